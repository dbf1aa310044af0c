// Self-test of the C fixtures and of test/helpers/fixtures.mjs: every fixture
// compiles, and the quick ones behave as documented, both on their own and
// under the real `strace -f` (when strace is installed and can trace).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIXTURES_DIR, fixture, haveCompiler, haveStrace, straceWorks, lines, normalizeTrace,
  procState, run, startBackground, stopBackground, strace, tempDir,
} from './helpers/fixtures.mjs';

const ALL = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();

// Quick fixtures: [name, args(binaries), options, check(result, ctx)].
function cases() {
  return [
    {
      name: 'files',
      setup() { const dir = tempDir(); return { args: [dir], cleanup: () => rmSync(dir, { recursive: true, force: true }), dir }; },
      check(r, ctx) {
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(existsSync(join(ctx.dir, 'data.txt')), false, 'data.txt unlinked');
      },
    },
    { name: 'forkwait', args: () => [], check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, ''); } },
    { name: 'forkwait', label: 'forkwait 5', args: () => ['5'], check: (r) => assert.equal(r.code, 0) },
    {
      name: 'threads', args: () => [],
      check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, 't\n'.repeat(4)); },
    },
    {
      name: 'threads', label: 'threads 2', args: () => ['2'],
      check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, 't\n'.repeat(2)); },
    },
    { name: 'signals', args: () => [], check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, 'usr1\n'); } },
    {
      name: 'crash', args: () => [],
      check: (r) => { assert.equal(r.signal, 'SIGSEGV'); assert.equal(r.stdout, 'about to crash\n'); },
    },
    { name: 'exitcode', args: () => [], check: (r) => assert.equal(r.code, 0) },
    { name: 'exitcode', label: 'exitcode 42', args: () => ['42'], check: (r) => assert.equal(r.code, 42) },
    {
      name: 'exec_thread', label: 'exec_thread exitcode 7', args: () => [fixture('exitcode'), '7'],
      check: (r) => assert.equal(r.code, 7, r.stderr),
    },
    {
      name: 'reader', args: () => [], opts: { input: 'hello reader\n' },
      check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, 'hello reader\n'); },
    },
    { name: 'reader', label: 'reader (EOF)', args: () => [], opts: { input: '' }, check: (r) => { assert.equal(r.code, 0); assert.equal(r.stdout, ''); } },
    { name: 'spin', label: 'spin 1000', args: () => ['1000'], check: (r) => assert.equal(r.code, 0) },
  ];
}

async function runCase(c, traced) {
  const ctx = c.setup ? c.setup() : { args: c.args() };
  try {
    const bin = fixture(c.name);
    const r = traced
      ? await strace(['-f', '-o', '/dev/null', bin, ...ctx.args], { ...c.opts, timeout: 10000 })
      : await run(bin, ctx.args, { ...c.opts, timeout: 10000 });
    c.check(r, ctx);
  } finally {
    ctx.cleanup?.();
  }
}

if (!haveCompiler()) {
  test.skip('no C compiler: fixture tests skipped');
} else {
  test('every fixture compiles', () => {
    assert.ok(ALL.length >= 11, `fixtures: ${ALL.join(' ')}`);
    for (const name of ALL) {
      const bin = fixture(name);
      assert.ok(existsSync(bin), bin);
      assert.equal(fixture(name), bin, 'cached');
    }
    assert.throws(() => fixture('no-such-fixture'));
  });

  test('quick fixtures run as documented', async (t) => {
    for (const c of cases()) {
      await t.test(c.label ?? c.name, () => runCase(c, false));
    }
  });

  const traceSkip = !haveStrace() ? 'strace not installed: traced fixture runs skipped'
    : !straceWorks() ? 'strace cannot trace here (ptrace not permitted?): traced fixture runs skipped'
      : false;

  test('quick fixtures behave the same under strace -f', { skip: traceSkip }, async (t) => {
    for (const c of cases()) {
      await t.test(c.label ?? c.name, () => runCase(c, true));
    }
  });

  test('exec from a non-leader thread under strace -f', { skip: traceSkip }, async () => {
    const r = await strace(['-f', fixture('exec_thread'), fixture('exitcode'), '3']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /\+\+\+ superseded by execve in pid \d+ \+\+\+/);
    assert.match(r.stderr, /\+\+\+ exited with 3 \+\+\+/);
  });

  test('strace output of files/crash/signals has the documented lines', { skip: traceSkip }, async () => {
    const dir = tempDir();
    try {
      const r = await strace(['-f', fixture('files'), dir]);
      assert.equal(r.code, 0);
      const n = normalizeTrace(r.stderr);
      assert.match(n, /^openat\(AT_FDCWD, ".*\/data\.txt", O_WRONLY\|O_CREAT\|O_TRUNC, 0644\) = 3$/m);
      assert.match(n, /^write\(3, "hello tstrace\\n", 14\) = 14$/m);
      assert.match(n, /^read\(3, "hello tstrace\\n", 64\) = 14$/m);
      assert.match(n, /^openat\(AT_FDCWD, ".*\/does-not-exist", O_RDONLY\) = -1 ENOENT \(No such file or directory\)$/m);
      assert.match(n, /^write\(3, "\\0\\1\\2\\3\\4\\5\\6\\7\\10\\t\\n\\v\\f\\r\\16\\17.*"\.\.\., 100\) = 100$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const c = await strace(['-f', fixture('crash')]);
    // strace mirrors the tracee's death: it kills itself with the same signal.
    assert.ok(c.signal === 'SIGSEGV' || c.code === 128 + 11, `code ${c.code} signal ${c.signal}`);
    assert.match(c.stderr, /--- SIGSEGV \{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL\} ---/);
    assert.match(c.stderr, /\+\+\+ killed by SIGSEGV( \(core dumped\))? \+\+\+/);
    const s = await strace(['-f', fixture('signals')]);
    assert.equal(s.code, 0);
    const sn = normalizeTrace(s.stderr);
    assert.match(sn, /^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=PID, si_uid=\d+\} ---$/m);
    assert.match(sn, /^\[pid PID\] pause\(/m);
    assert.match(sn, /^\[pid PID\] \+\+\+ killed by SIGTERM \+\+\+$/m);
    // (the wait4 line may be split into "<unfinished ...>" / "<... wait4 resumed>")
    assert.match(sn, /(wait4\(PID, |<\.\.\. wait4 resumed>)\[\{WIFSIGNALED\(s\) && WTERMSIG\(s\) == SIGTERM\}\], 0, NULL\) = PID$/m);
  });

  test('sleeper: startBackground, procState, stopBackground', async () => {
    const { child, pid } = await startBackground(fixture('sleeper'), []);
    try {
      assert.equal(pid, child.pid);
      assert.ok(['R', 'S'].includes(procState(pid)), procState(pid));
    } finally {
      const r = await stopBackground(child, 'SIGTERM');
      assert.equal(r.signal, 'SIGTERM');
    }
    assert.equal(procState(pid), null);
  });

  test('sleeper_threads has 4 tasks once it prints pid=', async () => {
    const { child, pid } = await startBackground(fixture('sleeper_threads'), []);
    try {
      assert.equal(readdirSync(`/proc/${pid}/task`).length, 4);
    } finally {
      await stopBackground(child);
    }
  });
}

test('normalizeTrace and lines', () => {
  const raw = [
    'strace: Process 3445 attached',
    '[pid  3444] clone(child_stack=NULL, flags=SIGCHLD, child_tidptr=0x7f86f84cba10) = 3445',
    '[pid  3445] --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=3444, si_uid=0} ---',
    '3576  +++ superseded by execve in pid 3577 +++',
    'execve("./x", ["./x"], 0x7ffe96e70158 /* 35 vars */) = 0',
    '<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 12}], 0, NULL) = 3417',
    'kill(3445, SIGTERM)                     = 0',
    'wait4(-1, NULL, 0, NULL)                = -1 ECHILD (No child processes)',
    'write(1, "4096", 4)                     = 4',
    '',
  ].join('\n');
  assert.equal(normalizeTrace(raw), [
    '[pid PID] clone(child_stack=NULL, flags=SIGCHLD, child_tidptr=0xADDR) = PID',
    '[pid PID] --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=PID, si_uid=0} ---',
    'PID +++ superseded by execve in pid PID +++',
    'execve("./x", ["./x"], 0xADDR /* N vars */) = 0',
    '<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 12}], 0, NULL) = PID',
    'kill(PID, SIGTERM) = 0',
    'wait4(-1, NULL, 0, NULL) = -1 ECHILD (No child processes)',
    'write(1, "4096", 4) = 4',
    '',
  ].join('\n'));
  assert.deepEqual(lines('a\n\nb\r\n  \nc'), ['a', 'b', 'c']);
});
