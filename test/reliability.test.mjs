// Reliability: storms of threads and processes, attaching mid-storm, output that goes
// away, signals to tstrace at random moments, decoders that throw. Figures for the large
// versions come from bench/stress.mjs; these are the same checks at test size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture, haveCompiler, lines, mergeResumed, procState, run, startBackground, stopBackground, tempDir, tstrace, TSTRACE, waitFor,
} from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

test('1,000 threads under -f: every thread\'s gettid and exit, once each, nothing else', { skip }, async () => {
  const dir = tempDir();
  const out = join(dir, 'trace');
  const r = await tstrace(['-f', '-o', out, '-e', 'trace=gettid', fixture('thread_storm'), '1000', '50'], { timeout: 120000 });
  assert.equal(r.code, 0, r.stderr);
  const t = mergeResumed(lines(readFileSync(out, 'utf8')));
  const gettid = new Map();
  const exits = new Map();
  const stray = [];
  for (const l of t) {
    let m;
    if ((m = /^(\d+) +gettid\(\) = (\d+)$/.exec(l))) {
      assert.equal(m[1], m[2]);
      gettid.set(m[1], (gettid.get(m[1]) ?? 0) + 1);
    } else if ((m = /^(\d+) +\+\+\+ exited with 0 \+\+\+$/.exec(l))) {
      exits.set(m[1], (exits.get(m[1]) ?? 0) + 1);
    } else stray.push(l);
  }
  assert.deepEqual(stray, []);
  assert.equal(gettid.size, 1000);
  assert.ok([...gettid.values()].every((n) => n === 1));
  assert.equal(exits.size, 1001, 'every thread and the process');
  assert.ok([...exits.values()].every((n) => n === 1));
});

test('-f -p in the middle of thread creation: no thread of the process escapes tracing', { skip }, async () => {
  const bg = await startBackground(fixture('thread_storm'), ['100000', '20', '2000']);
  const child = spawn(process.execPath, [TSTRACE, '-f', '-qq', '-o', '/dev/null', '-p', String(bg.pid)], { stdio: 'ignore' });
  try {
    // Sample the live threads while the storm goes on: every one must have a tracer.
    await waitFor(() => readFileSync(`/proc/${bg.pid}/status`, 'utf8').includes('TracerPid:\t0') === false, { timeout: 10000, what: 'attach' });
    let sampled = 0;
    for (let i = 0; i < 40; i++) {
      for (const tid of readdirSync(`/proc/${bg.pid}/task`)) {
        let status;
        try {
          status = readFileSync(`/proc/${bg.pid}/task/${tid}/status`, 'utf8');
        } catch {
          continue; // it just exited
        }
        if (/^State:\s+[ZX]/m.test(status)) continue;
        assert.doesNotMatch(status, /^TracerPid:\t0$/m, `thread ${tid} is not traced`);
        sampled++;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(sampled > 40, `sampled ${sampled} threads`);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.on('close', r));
    await stopBackground(bg.child);
  }
});

test('a fork storm under -f: as many processes in the trace as were forked', { skip }, async () => {
  const dir = tempDir();
  const out = join(dir, 'trace');
  const r = await tstrace(['-f', '-o', out, '-e', 'trace=getpid', fixture('fork_storm'), '500'], { timeout: 120000 });
  assert.equal(r.code, 0, r.stderr);
  const t = mergeResumed(lines(readFileSync(out, 'utf8')));
  const pids = new Set(t.map((l) => /^(\d+) +getpid\(\) = (\d+)$/.exec(l)).filter(Boolean).map((m) => m[2]));
  assert.equal(pids.size, 500);
  assert.equal(t.filter((l) => /\+\+\+ exited with 0 \+\+\+$/.test(l)).length, 501);
});

test('SIGINT/SIGTERM/SIGHUP at random moments under load: nothing left stopped or traced', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper_threads'), ['1']);
  const busy = await startBackground(fixture('thread_storm'), ['1000000', '4', '0']);
  try {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [TSTRACE, '-f', '-o', '/dev/null', '-p', `${bg.pid},${busy.pid}`], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 250)));
      child.kill(signals[i % 3]);
      await new Promise((r) => child.on('close', r));
      for (const pid of [bg.pid, busy.pid]) {
        for (const tid of readdirSync(`/proc/${pid}/task`)) {
          const st = procState(Number(tid));
          if (st === null) continue;
          assert.ok(!['t', 'T'].includes(st), `run ${i}: thread ${tid} left in state ${st}`);
          let status = '';
          try {
            status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
          } catch {
            continue;
          }
          if (!/^State:\s+[ZX]/m.test(status)) assert.match(status, /^TracerPid:\t0$/m, `run ${i}: thread ${tid} still traced`);
        }
      }
    }
  } finally {
    await stopBackground(bg.child);
    await stopBackground(busy.child);
  }
});

test('a decoder that throws: the line is printed raw, with one warning per syscall', async () => {
  // Drives the printer directly with a sabotaged argument formatter (no process needed).
  const script = `
    import { StraceText } from '${join(import.meta.dirname, '..', 'dist', 'format', 'strace-text.js')}';
    import { Task } from '${join(import.meta.dirname, '..', 'dist', 'engine', 'task.js')}';
    import { defaultFilters } from '${join(import.meta.dirname, '..', 'dist', 'filter', 'expressions.js')}';
    const p = new StraceText(null, { followForks: 0, outputPath: null, outputFd: -1, column: 40, strsize: 32,
      verbose: false, filters: defaultFilters(), timestamps: { absolute: null, relative: null, syscallTimes: null },
      summary: null, paths: [] }, { set() {}, clear() {} });
    p.args.entry = () => { throw new Error('boom'); };
    const t = new Task(4242, 'attached');
    p.taskAdded(t);
    for (let i = 0; i < 2; i++) {
      t.nr = 1; t.args.set([1, 0, 0x1000, 0x7fff, 5, 0]); t.retLo = 5; t.isError = false;
      p.syscallEntry(t); p.syscallExit(t);
    }
    t.nr = 39; p.syscallEntry(t); t.retLo = 4242; p.syscallExit(t);
    p.close();`;
  const r = await run(process.execPath, ['--input-type=module', '-e', script]);
  assert.equal(r.code, 0, r.stderr);
  const t = lines(r.stderr);
  assert.deepEqual(t.filter((l) => l.startsWith('tstrace: ')), ['tstrace: decoding write failed (boom); printing it raw', 'tstrace: decoding getpid failed (boom); printing it raw']);
  assert.equal(t.filter((l) => l === 'write(0x1, 0x7fff00001000, 0x5)         = 5').length, 2, t.join('\n'));
  assert.ok(t.includes('getpid()                                = 4242'));
});

/** Starts tstrace on `args`; resolves when its stderr matches `re`; returns the handle. */
async function traceUntil(args, re) {
  const child = spawn(process.execPath, [TSTRACE, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr: err })));
  try {
    // The bound only guards against a hang; a loaded machine may need most of it.
    await waitFor(() => re.test(err), { timeout: 60000, what: `${re} in:\n${err}` });
  } catch (e) {
    child.kill('SIGKILL'); // never leave a tracer (and its tracee) behind a failed test
    throw e;
  }
  return { child, done, stderr: () => err };
}

test('the tracee killed by SIGKILL inside a syscall: its end is reported, tstrace exits 0', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await traceUntil(['-p', String(bg.pid)], /clock_nanosleep\(/);
    process.kill(bg.pid, 'SIGKILL');
    const r = await t.done;
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^\+\+\+ killed by SIGKILL \+\+\+$/m);
  } finally {
    await stopBackground(bg.child);
  }
});

test('group-stop: shown, passed through (SIGCONT resumes), and detach leaves it as the user left it', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await traceUntil(['-p', String(bg.pid)], /clock_nanosleep\(/);
    process.kill(bg.pid, 'SIGSTOP');
    await waitFor(() => /--- stopped by SIGSTOP ---/.test(t.stderr()), { what: 'the group-stop line' });
    await waitFor(() => procState(bg.pid) === 't' || procState(bg.pid) === 'T', { what: 'stopped state' });
    const before = bg.output().length;
    process.kill(bg.pid, 'SIGCONT');
    await waitFor(() => bg.output().length > before, { what: 'ticks after SIGCONT' });
    await waitFor(() => /--- SIGCONT \{si_signo=SIGCONT, si_code=SI_USER/.test(t.stderr()), { what: 'the SIGCONT line' });
    // Stopped again by the user, then tstrace detaches: stopped it stays (T), untraced.
    process.kill(bg.pid, 'SIGSTOP');
    await waitFor(() => (t.stderr().match(/--- stopped by SIGSTOP ---/g) ?? []).length === 2, { what: 'second stop' });
    t.child.kill('SIGINT');
    await t.done;
    await waitFor(() => procState(bg.pid) === 'T', { what: 'T after detach' });
    assert.match(readFileSync(`/proc/${bg.pid}/status`, 'utf8'), /^TracerPid:\t0$/m);
    process.kill(bg.pid, 'SIGCONT');
    const now = bg.output().length;
    await waitFor(() => bg.output().length > now, { what: 'it runs again on SIGCONT' });
  } finally {
    await stopBackground(bg.child);
  }
});

test('SIGKILL while in group-stop: reported as killed', { skip }, async () => {
  const bg = await startBackground(fixture('sleeper'), ['1']);
  try {
    const t = await traceUntil(['-p', String(bg.pid)], /clock_nanosleep\(/);
    process.kill(bg.pid, 'SIGSTOP');
    await waitFor(() => /--- stopped by SIGSTOP ---/.test(t.stderr()), { what: 'the group-stop line' });
    process.kill(bg.pid, 'SIGKILL');
    const r = await t.done;
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^\+\+\+ killed by SIGKILL \+\+\+$/m);
  } finally {
    await stopBackground(bg.child);
  }
});

test('attaching to a zombie: one line that says so, exit 1', { skip }, async () => {
  const bg = await startBackground(fixture('zombie_parent'));
  try {
    await waitFor(() => procState(bg.pid) === 'Z', { what: 'the zombie' });
    const r = await tstrace(['-p', String(bg.pid)]);
    assert.equal(r.code, 1);
    assert.equal(lines(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^tstrace: attach: ptrace\\(PTRACE_SEIZE, ${bg.pid}\\): .*has exited \\(a zombie`));
  } finally {
    await stopBackground(bg.child);
  }
});

test('SIGKILL at random moments of an exec-heavy process tree: tstrace ends cleanly, the kill reported', { skip }, async () => {
  for (let i = 0; i < 4; i++) {
    const t = await traceUntil(['-f', '-e', 'trace=execve', 'sh', '-c', 'while :; do /bin/true; done'], /execve\("\/bin\/true"/);
    await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 80)));
    // The shell is tstrace's child; its children are mid-fork or mid-exec at any moment.
    const children = (pid) => readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
    const [shell] = children(t.child.pid);
    try {
      for (const p of [shell, ...children(shell)]) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    } finally {
      // Whatever failed above, leave no endless shell loop behind.
      setTimeout(() => t.child.kill('SIGKILL'), 10000).unref();
    }
    const r = await t.done;
    assert.equal(r.signal, 'SIGKILL', 'tstrace ends as its command did');
    assert.match(r.stderr, /\+\+\+ killed by SIGKILL \+\+\+$/m);
  }
});
