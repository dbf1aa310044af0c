// Attaching to running processes (-p) and letting go of them on Ctrl-C, SIGTERM, SIGHUP:
// they must keep running, untraced and not stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fixture, haveCompiler, procState, startBackground, stopBackground, TSTRACE, waitFor } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

/** Starts tstrace with `args`, collecting stderr; resolves when `ready(stderr)` holds. */
async function startTstrace(args, ready) {
  const child = spawn(process.execPath, [TSTRACE, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr: err })));
  await waitFor(() => ready(err), { timeout: 60000, what: `tstrace ${args.join(' ')} to show the expected lines; got:\n${err}` });
  return { child, done, stderr: () => err };
}

function threadsOf(pid) {
  return readdirSync(`/proc/${pid}/task`).map(Number);
}

function tracerPid(tid) {
  return Number(/^TracerPid:\s*(\d+)/m.exec(readFileSync(`/proc/${tid}/status`, 'utf8'))[1]);
}

/** Every thread of `pid` is untraced and not stopped, and the process still makes progress. */
async function assertRunningUntraced(pid, output) {
  for (const tid of threadsOf(pid)) {
    assert.equal(tracerPid(tid), 0, `thread ${tid} still traced`);
    assert.ok(!['t', 'T'].includes(procState(tid)), `thread ${tid} left stopped (${procState(tid)})`);
  }
  const before = output().length;
  await waitFor(() => output().length > before, { timeout: 5000, what: `process ${pid} to keep ticking` });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  test(`-f -p on a threaded process, then ${signal}: all threads attached, detached, left running`, { skip }, async () => {
    const bg = await startBackground(fixture('sleeper_threads'), ['1']);
    try {
      const pid = bg.pid;
      const threads = threadsOf(pid);
      assert.equal(threads.length, 4);
      const t = await startTstrace(['-f', '-p', String(pid)], (e) =>
        threads.every((tid) => e.includes(`[pid ${String(tid).padStart(5)}] clock_nanosleep(`)));
      t.child.kill(signal);
      const r = await t.done;
      assert.equal(r.signal, signal, 'tstrace ends by the signal it got, like strace');
      assert.match(r.stderr, new RegExp(`^tstrace: Process ${pid} attached with 4 threads$`, 'm'));
      assert.match(r.stderr, /restart_syscall\(<\.\.\. resuming interrupted \w+ \.\.\.>/);
      for (const tid of threads) assert.match(r.stderr, new RegExp(`tstrace: Process ${tid} detached$`, 'm'));
      await assertRunningUntraced(pid, bg.output);
    } finally {
      await stopBackground(bg.child);
    }
  });
}

test('-p without -f traces only that thread; several -p as a comma list', { skip }, async () => {
  const a = await startBackground(fixture('sleeper_threads'), ['1']);
  const b = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await startTstrace(['-p', `${a.pid},${b.pid}`], (e) =>
      e.includes(`[pid ${String(a.pid).padStart(5)}] write(1, "tick\\n", 5`) &&
      e.includes(`[pid ${String(b.pid).padStart(5)}] write(1, "tick\\n", 5`));
    t.child.kill('SIGINT');
    const r = await t.done;
    const pids = new Set([...r.stderr.matchAll(/^\[pid +(\d+)\]/gm)].map((m) => Number(m[1])));
    assert.deepEqual([...pids].sort(), [a.pid, b.pid].sort(), 'no other thread of the threaded process');
    assert.match(r.stderr, new RegExp(`^tstrace: Process ${a.pid} attached$`, 'm'));
    await assertRunningUntraced(a.pid, a.output);
    await assertRunningUntraced(b.pid, b.output);
  } finally {
    await stopBackground(a.child);
    await stopBackground(b.child);
  }
});

test('a process that exits while attached ends the trace with its status', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await startTstrace(['-p', String(bg.pid)], (e) => e.includes('clock_nanosleep('));
    bg.child.kill('SIGTERM');
    const r = await t.done;
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^\+\+\+ killed by SIGTERM \+\+\+$/m);
  } finally {
    // A failure above (a slow start on a loaded machine) must not leave it running.
    await stopBackground(bg.child);
  }
});

test('output device full (-o /dev/full): said once, tracing goes on; Ctrl-C then leaves the process running', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await startTstrace(['-o', '/dev/full', '-p', String(bg.pid)], (e) => e.includes('No space left on device'));
    const full = (e) => e.split('\n').filter((l) => l === 'tstrace: /dev/full: No space left on device').length;
    assert.equal(full(t.stderr()), 1, t.stderr());
    assert.notEqual(tracerPid(bg.pid), 0, 'still traced after the output failed');
    t.child.kill('SIGINT');
    const r = await t.done;
    assert.equal(r.signal, 'SIGINT');
    assert.equal(full(r.stderr), 1, r.stderr);
    await assertRunningUntraced(bg.pid, bg.output);
  } finally {
    await stopBackground(bg.child);
  }
});

test('a process another tracer holds: one line saying which, exit 1, the other trace unharmed', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const first = await startTstrace(['-p', String(bg.pid)], (e) => e.includes('clock_nanosleep('));
    const r = await new Promise((resolve) => {
      const c = spawn(process.execPath, [TSTRACE, '-p', String(bg.pid)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr.on('data', (d) => (err += d));
      c.on('close', (code) => resolve({ code, stderr: err }));
    });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^tstrace: attach: ptrace\\(PTRACE_SEIZE, ${bg.pid}\\): Operation not permitted \\(process ${bg.pid} is already traced by pid ${first.child.pid} \\(node\\): only one tracer at a time\\)$`, 'm'));
    const before = first.stderr().length;
    await waitFor(() => first.stderr().length > before, { what: 'the first trace to go on' });
    first.child.kill('SIGINT');
    await first.done;
    await assertRunningUntraced(bg.pid, bg.output);
  } finally {
    await stopBackground(bg.child);
  }
});
