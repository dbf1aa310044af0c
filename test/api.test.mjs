// The library: trace() as an async iterable of typed events, its exit status, detach(),
// and backpressure (a slow consumer holds the tracee instead of growing memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyExpression, defaultFilters, parseSyscallSet, trace, TraceError } from '../dist/index.js';
import { fixture, haveCompiler, startBackground, stopBackground, waitFor } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

async function collect(handle) {
  const events = [];
  for await (const e of handle) events.push(e);
  return events;
}

test('trace a command: typed events in order per task, and its exit status', { skip }, async () => {
  const h = trace({ command: [fixture('forkwait'), '2'] }, { followForks: true });
  const events = await collect(h);
  assert.deepEqual(await h.exit, { kind: 'exited', code: 0 });
  const tasks = events.filter((e) => e.type === 'task');
  assert.deepEqual(tasks.map((e) => e.origin), ['spawned', 'child', 'child']);
  const exec = events.find((e) => e.type === 'exec');
  assert.equal(exec.filename, fixture('forkwait'));
  const getpids = events.filter((e) => e.type === 'syscall' && e.name === 'getpid');
  assert.equal(getpids.length, 2);
  for (const g of getpids) assert.equal(g.ret, g.pid, 'getpid returns the pid the event names');
  const codes = events.filter((e) => e.type === 'exit').map((e) => e.status.code);
  assert.deepEqual(codes.slice(0, 2).sort(), [10, 11], 'the children, in whichever order they ended');
  assert.equal(codes[2], 0, 'then the parent');
  const wait = events.find((e) => e.type === 'syscall' && e.name === 'wait4' && e.outcome === 'successful');
  assert.match(wait.args[1], /WIFEXITED\(s\) && WEXITSTATUS\(s\) == 1[01]/, 'output arguments decoded after the call');
});

test('filters are the CLI\'s objects; the README example counts openat', { skip }, async () => {
  const filters = defaultFilters();
  applyExpression(filters, 'trace=openat');
  const h = trace({ command: ['cat', '/etc/hostname', '/nonexistent'] }, { filters, stdio: [0, 2, 2] });
  let opens = 0;
  let failed = 0;
  for await (const e of h) {
    if (e.type !== 'syscall') continue;
    assert.equal(e.name, 'openat');
    opens++;
    if (e.errno === 'ENOENT') failed++;
  }
  assert.ok(opens >= 2);
  assert.ok(failed >= 1);
  assert.deepEqual(await h.exit, { kind: 'exited', code: 1 });
});

test('a command killed by a signal; events: false gives the status alone', { skip }, async () => {
  const h = trace({ command: [fixture('crash')] }, { events: false });
  const status = await h.exit;
  assert.equal(status.kind, 'killed');
  assert.match(status.signalName, /^SIG/);
});

test('errors: unknown command throws; nothing attachable rejects', async () => {
  assert.throws(() => trace({ command: ['/nonexistent/prog'] }), TraceError);
  assert.throws(() => trace({ pids: [] }), TraceError);
  const h = trace({ pids: [0x3ffffff0] });
  const events = await collect(h);
  assert.match(events.find((e) => e.type === 'warning').message, /PTRACE_SEIZE/);
  await assert.rejects(h.exit, TraceError);
});

test('backpressure: a slow consumer holds the tracee (bounded batches in flight)', { skip }, async () => {
  const filters = { ...defaultFilters(), trace: parseSyscallSet('write') };
  const h = trace({ command: ['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=1', 'count=400', 'status=none'] },
    { filters, batch: { maxEvents: 4, maxPending: 1, maxDelayMs: 5 } });
  const times = [];
  for await (const e of h) {
    if (e.type !== 'syscall') continue;
    times.push(e.time);
    if (times.length <= 40) await sleep(20);
  }
  assert.deepEqual(await h.exit, { kind: 'exited', code: 0 });
  assert.equal(times.length, 400);
  // Untraced, 400 one-byte writes take a few ms. Held back, the 40th write cannot run
  // before the consumer took all but a few batches of what came before it.
  const held = (times[39] - times[0]) * 1000;
  assert.ok(held > 300, `the 40th write came ${held.toFixed(1)} ms after the first: not held back`);
});

/** The sleeper fixture, started by a shell so that it is not our child (see trace()'s pid check). */
async function sleeperNotOurChild() {
  const sh = await startBackground('sh', ['-c', `${fixture('sleeper')} 1 & wait`]);
  return { ...sh, stop: async () => { try { process.kill(sh.pid, 'SIGKILL'); } catch { /* gone */ } await stopBackground(sh.child); } };
}

test('attach by pid, then detach(): the process keeps running, untraced', { skip }, async () => {
  const bg = await sleeperNotOurChild();
  try {
    const h = trace({ pids: [bg.pid] });
    const seen = [];
    for await (const e of h) {
      seen.push(e);
      if (e.type === 'syscall' && e.name === 'write') h.detach();
    }
    // No signal was sent to it: none is reported.
    assert.deepEqual(await h.exit, { kind: 'detached' });
    assert.equal(seen[0].type, 'task');
    assert.equal(seen[0].origin, 'attached');
    assert.ok(seen.some((e) => e.type === 'attach' && e.pid === bg.pid));
    assert.equal(seen.at(-1).type, 'detach');
    const status = () => readFileSync(`/proc/${bg.pid}/status`, 'utf8');
    assert.match(status(), /^TracerPid:\s*0$/m);
    const before = bg.output().length;
    await waitFor(() => bg.output().length > before, { what: 'the process to keep ticking' });
    assert.doesNotMatch(status(), /^State:\s*[tT]/m);
  } finally {
    await bg.stop();
  }
});

test('a child of this process cannot be traced by pid: a clear error, not a hang', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'));
  try {
    assert.throws(() => trace({ pids: [bg.pid] }), /is a child of this process/);
  } finally {
    await stopBackground(bg.child);
  }
});

test('leaving the loop early detaches; a started command is ended', { skip }, async () => {
  const h = trace({ command: [fixture('sleeper')] }, { stdio: [0, 2, 2] });
  let n = 0;
  for await (const e of h) if (e.type === 'syscall' && ++n === 5) break;
  const status = await h.exit;
  assert.deepEqual(status, { kind: 'detached', signal: 15, signalName: 'SIGTERM' });
  assert.throws(() => h[Symbol.asyncIterator](), /only once/);
});
