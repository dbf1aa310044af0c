// Idle work in the stop loop (engine/tracer.ts, LoopControl.idle) and what the command
// line gives it to do: the decoders of a program's start, made ready while the command
// runs (decode/prepare.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tracer } from '../dist/engine/tracer.js';
import { programStartPreparer } from '../dist/decode/prepare.js';
import { deferUnit } from '../dist/decode/lazy.js';
import { syscallNumber } from '../dist/decode/signature.js';

/** Counts the syscall stops it is told of; nothing else. */
class CountingSink {
  entries = 0;
  exits = 0;
  taskAdded() {}
  syscallEntry() { this.entries++; }
  syscallExit() { this.exits++; }
  syscallNoReturn() {}
  unknownSyscall() {}
  signal() {}
  groupStop() {}
  threadExeced() {}
  exited() {}
  detached() {}
  processAttached() {}
  attachFailed() {}
  warning() {}
}

function traceTrue(idle) {
  const sink = new CountingSink();
  const config = {
    followForks: false,
    attach: [],
    command: { path: '/bin/true', argv: ['true'], env: [] },
  };
  const result = new Tracer(config, sink, { check: () => 0, idle }).run();
  return { sink, result };
}

test('the loop asks for idle work until the control has none left, and no more after', () => {
  const plain = traceTrue(undefined);
  let calls = 0;
  // `true` stops ~60 times: five steps are asked for well before it ends.
  const { sink, result } = traceTrue(() => ++calls < 5);
  assert.equal(calls, 5);
  assert.deepEqual(result.command, { kind: 'exited', code: 0 });
  assert.equal(sink.entries, plain.sink.entries, 'the same syscalls are seen');
  assert.equal(sink.exits, plain.sink.exits);
});

test('idle work that never runs out does not keep the trace from ending', () => {
  let calls = 0;
  const { result } = traceTrue(() => {
    calls++;
    return true;
  });
  assert.ok(calls > 0);
  assert.deepEqual(result.command, { kind: 'exited', code: 0 });
});

test("the preparer loads the units of the start's syscalls it is allowed, a lookup per step", () => {
  // Units standing in for decoders not loaded yet (everything else in dist/ loads eagerly):
  // a rule for set_robust_list and a result note for prlimit64, both syscalls of the start.
  const loads = [];
  const none = { xlat: [], struct: [], result: [], rule: [], ioctl: [] };
  deferUnit({ ...none, rule: ['set_robust_list'] }, () => loads.push('set_robust_list'));
  deferUnit({ ...none, result: ['prlimit64'] }, () => loads.push('prlimit64'));

  const nothing = programStartPreparer(() => false);
  assert.equal(nothing(), false, 'nothing wanted: no step');

  const robust = syscallNumber('set_robust_list');
  const notRobust = programStartPreparer((nr) => nr !== robust);
  let steps = 1;
  while (notRobust()) steps++;
  assert.deepEqual(loads, ['prlimit64'], 'a syscall not wanted is not prepared');
  // 16 syscalls, each its signature, its rule and its result, and its tables and structs.
  assert.ok(steps > 16 * 3, `${steps} steps`);

  const all = programStartPreparer(() => true);
  while (all());
  assert.deepEqual(loads, ['prlimit64', 'set_robust_list']);
});
