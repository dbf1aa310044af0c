// A tracee killed between its syscall stop and the tracer's look at it (strace's
// kill_child race): the stop can no longer be read, and strace shows a syscall whose
// number is unknown, `???(`, whatever the filters, ended by `<... ??? resumed>) = ?`
// when the task dies. The race is made certain by helpers/kill-at-stop.mjs, which kills
// the tracee inside tstrace's own loop, between wait4 and the read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lines, REPO, run, tempDir } from './helpers/fixtures.mjs';
import { validate } from './helpers/json-schema.mjs';

const HOOK = join(REPO, 'test', 'helpers', 'kill-at-stop.mjs');
// The unbundled CLI: the hook patches dist/engine/tracer.js, which the bundle does not use.
const UNBUNDLED = join(REPO, 'dist', 'cli', 'main.js');
const UNKNOWN_LINE = /^\?\?\?\(\) +=  ?\?$/;

/** tstrace with the tracee SIGKILLed at its `at`-th syscall entry stop, before tstrace reads it. */
function killedAtStop(at, args) {
  return run(process.execPath, ['--import', HOOK, UNBUNDLED, ...args], {
    env: { KILL_AT_STOP: String(at), KILL_AT_STOP_NOTE: '1' }, timeout: 60000,
  });
}

/** The trace lines, without the hook's note. */
function traceLines(stderr) {
  return lines(stderr).filter((l) => !l.startsWith('kill-at-stop: '));
}

test('a syscall stop that cannot be read shows as ???( whatever trace= says, ended by = ? at the death', async () => {
  // Every syscall stops (no seccomp filter) and trace= names none that /bin/true makes.
  const r = await killedAtStop(3, ['--no-seccomp-bpf', '-e', 'trace=getpid', '/bin/true']);
  assert.match(r.stderr, /^kill-at-stop: syscall stop$/m, r.stderr);
  const t = traceLines(r.stderr);
  assert.equal(t.length, 2, r.stderr);
  assert.match(t[0], UNKNOWN_LINE);
  assert.equal(t[0].indexOf('= ?'), 40, 'the result in the -a column');
  assert.equal(t[1], '+++ killed by SIGKILL +++');
});

test('the same at a seccomp stop: the line before is whole, the unknown one follows', async () => {
  const r = await killedAtStop(2, ['-f', '-e', 'trace=openat,close,mmap', '/bin/true']);
  // With CAP_SYS_ADMIN the filter is there by default; elsewhere the stops are plain ones (as above).
  if (process.getuid() === 0) assert.match(r.stderr, /^kill-at-stop: seccomp stop$/m, r.stderr);
  const t = traceLines(r.stderr);
  assert.equal(t.length, 3, r.stderr);
  assert.match(t[0], /^(openat|close|mmap)\(.*\) += \S+/);
  assert.match(t[1], UNKNOWN_LINE);
  assert.equal(t[2], '+++ killed by SIGKILL +++');
});

test('-j: the unknown syscall is an event with nr null, name ???, no arguments, valid against the schema', async () => {
  const dir = tempDir();
  try {
    const out = join(dir, 'trace.json');
    const r = await killedAtStop(3, ['--no-seccomp-bpf', '-j', '-o', out, '-e', 'trace=getpid', '/bin/true']);
    assert.match(r.stderr, /^kill-at-stop: syscall stop$/m, r.stderr);
    const events = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const schema = JSON.parse(readFileSync(join(REPO, 'docs', 'json-schema.json'), 'utf8'));
    for (const e of events) assert.deepEqual(validate(schema, e), [], JSON.stringify(e));
    const calls = events.filter((e) => e.type === 'syscall');
    assert.equal(calls.length, 1, JSON.stringify(events));
    const c = calls[0];
    assert.deepEqual(
      { nr: c.nr, name: c.name, rawArgs: c.rawArgs, args: c.args, ret: c.ret, retText: c.retText, errno: c.errno, outcome: c.outcome },
      { nr: null, name: '???', rawArgs: [], args: [], ret: null, retText: '?', errno: null, outcome: 'unfinished' });
    const exit = events.find((e) => e.type === 'exit');
    assert.deepEqual(exit?.status, { kind: 'killed', signal: 9, signalName: 'SIGKILL', core: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the printer: <... ??? resumed> after another task, -n, and no decoder ever asked about it', async () => {
  // Drives the text printer directly: which task's stop the tracer takes next after a
  // kill is the kernel's choice, so the interleaved form is checked here, with decoders
  // that throw (an unknown syscall must never reach them).
  const dist = join(REPO, 'dist');
  const script = `
    import { StraceText } from '${join(dist, 'format', 'strace-text.js')}';
    import { Task } from '${join(dist, 'engine', 'task.js')}';
    import { defaultFilters } from '${join(dist, 'filter', 'expressions.js')}';
    const filters = { ...defaultFilters(), trace: new Set([62]) };
    const p = new StraceText(null, { followForks: 1, outputPath: null, outputFd: -1, column: 40, strsize: 32,
      verbose: false, filters, timestamps: { absolute: null, relative: null, syscallTimes: null },
      summary: null, paths: [], syscallNumber: process.argv[1] === 'numbered' }, { set() {}, clear() {} });
    const parent = new Task(100, 'attached');
    const child = new Task(101, 'attached');
    p.taskAdded(parent); p.taskAdded(child);
    // The child's last syscall was a kill too: its number must not leak into the unknown one.
    child.nr = 62; child.args.set([1, 0, 9, 0]);
    p.args.entry = () => { throw new Error('decoder asked'); };
    p.unknownSyscall(child, 'entry');
    delete p.args.entry;
    parent.nr = 62; parent.args.set([101, 0, 9, 0]); parent.retLo = 0; parent.isError = false;
    p.syscallEntry(parent); p.syscallExit(parent);
    p.args.entry = p.args.exit = p.args.result = () => { throw new Error('decoder asked'); };
    p.unknownSyscall(child, 'no-return');
    // One that lived on after all: its exit's result, raw.
    p.unknownSyscall(parent, 'entry');
    parent.retLo = 0xfffffffe; parent.retHi = 0xffffffff; parent.isError = true;
    p.unknownSyscall(parent, 'exit');
    p.close();`;
  const plain = await run(process.execPath, ['--input-type=module', '-e', script]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.deepEqual(lines(plain.stderr), [
    '[pid   101] ???( <unfinished ...>',
    '[pid   100] kill(101, SIGKILL)          = 0',
    '[pid   101] <... ??? resumed>)          = ?',
    '[pid   100] ???()                       = -1 ENOENT (No such file or directory)',
  ]);
  const numbered = await run(process.execPath, ['--input-type=module', '-e', script, 'numbered']);
  assert.equal(numbered.code, 0, numbered.stderr);
  assert.deepEqual(lines(numbered.stderr).map((l) => l.slice(0, 30)), [
    '[pid   101] [ ???] ???( <unfin',
    '[pid   100] [  62] kill(101, S',
    '[pid   101] [ ???] <... ??? re',
    '[pid   100] [ ???] ???()      ',
  ]);
});
