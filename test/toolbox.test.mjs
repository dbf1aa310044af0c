// The ptrace toolbox (issue 9): instruction counting, fault injection, -i, -k and the
// register/memory/inject-syscall API, on real processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  fixture, haveCompiler, haveTstrace, REPO, run, startBackground, stopBackground, tstrace, waitFor,
} from './helpers/fixtures.mjs';

const skip = !haveCompiler() || !haveTstrace() ? 'needs cc and a built tstrace' : false;

/** The instruction count --count-instructions reports for `icount_loop N`. */
async function icount(n) {
  const r = await tstrace(['--count-instructions', '--', fixture('icount_loop'), String(n)], { timeout: 60000 });
  assert.equal(r.code, 0, r.stderr);
  const m = /^\s*(\d+) \d+$/m.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.match(r.stderr, /steps in [\d.]+ s: \d+ steps\/s/);
  return Number(m[1]);
}

test('--count-instructions grows by exactly the loop: 2 instructions per iteration', { skip }, async () => {
  const [a, b, c] = await Promise.all([icount(2000), icount(4000), icount(8000)]);
  // Startup varies by a few dozen instructions between runs (ASLR); the loop does not.
  assert.ok(Math.abs(b - a - 4000) < 200, `${a} -> ${b}`);
  assert.ok(Math.abs(c - b - 8000) < 200, `${b} -> ${c}`);
  assert.ok(a > 4000 && a < 1e6, String(a));
});

test('--count-instructions -f counts each process', { skip }, async () => {
  const r = await tstrace(['--count-instructions', '-f', '--', fixture('forkwait'), '1'], { timeout: 60000 });
  assert.equal(r.code, 0, r.stderr);
  const tasks = [...r.stderr.matchAll(/^\s*(\d+) (\d+)$/gm)];
  assert.equal(tasks.length, 2, r.stderr);
  const total = Number(/^\s*(\d+) total$/m.exec(r.stderr)?.[1]);
  assert.equal(total, tasks.reduce((n, m) => n + Number(m[1]), 0));
});

test('-e inject=open:error=ENOENT makes the open fail, and the line says (INJECTED)', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=open', '-e', 'inject=open:error=ENOENT', fixture('open_missing'), '/etc/passwd']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'open failed: errno=2\n');
  assert.match(r.stderr, /^open\("\/etc\/passwd", O_RDONLY\) += -1 ENOENT \(No such file or directory\) \(INJECTED\)$/m);
  const plain = await run(fixture('open_missing'), ['/etc/passwd']);
  assert.equal(plain.stdout, 'open ok\n');
});

test('inject retval=, when= and fault=: per-task invocation counting as strace', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=getppid', '-e', 'inject=getppid:retval=42:when=2..6+2', fixture('spin'), '7']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('getppid'));
  assert.equal(lines.length, 7);
  assert.deepEqual(lines.map((l) => l.endsWith('= 42 (INJECTED)')), [false, true, false, true, false, true, false]);
  const f = await tstrace(['-f', '-e', 'trace=getppid', '-e', 'fault=getppid:when=3', fixture('spin'), '4']);
  const flines = f.stderr.split('\n').filter((l) => l.includes('getppid'));
  assert.match(flines[2], /= -1 ENOSYS \(Function not implemented\) \(INJECTED\)$/);
  assert.equal(flines.filter((l) => l.includes('INJECTED')).length, 1);
});

test('inject signal= delivers the signal; bad expressions are one line and exit 1', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=getppid', '-e', 'inject=getppid:signal=SIGUSR1', fixture('spin'), '1']);
  assert.equal(r.signal, 'SIGUSR1');
  assert.match(r.stderr, /--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_KERNEL\} ---/);
  for (const bad of ['inject=open', 'inject=open:error=EFOO', 'inject=open:when=0:error=1', 'fault=open:retval=1',
    'inject=open:error=1:retval=2', 'fault=open:when=3..', 'inject=open:syscall=chdir:error=1']) {
    const b = await tstrace(['-e', bad, '/bin/true']);
    assert.equal(b.code, 1, bad);
    assert.equal(b.stderr, `tstrace: invalid ${bad.slice(0, bad.indexOf('='))} argument '${bad.slice(bad.indexOf('=') + 1)}'\n`);
  }
  // A bad set is the set parser's message, as in strace.
  assert.equal((await tstrace(['-e', 'inject=nosuch:error=1', '/bin/true'])).stderr, "tstrace: invalid system call 'nosuch'\n");
});

/** `[ip]` of the write and the r-xp libc ranges the fixture printed from its own maps. */
async function traceStackWrite(flags) {
  const r = await tstrace([...flags, '-e', 'trace=write', fixture('stack_write')]);
  assert.equal(r.code, 0, r.stderr);
  return r;
}

test('-i: each syscall line starts with its address, inside the mapped libc', { skip }, async () => {
  const r = await traceStackWrite(['-i']);
  const m = /^\[([0-9a-f]{16})\] write\(1, /m.exec(r.stderr);
  assert.ok(m, r.stderr);
  const ip = BigInt(`0x${m[1]}`);
  const libc = r.stdout.split('\n').filter((l) => / r-xp .*\/libc[.-][^/]*$/.test(l)).map((l) => {
    const [lo, hi] = l.split(' ')[0].split('-');
    return [BigInt(`0x${lo}`), BigInt(`0x${hi}`)];
  });
  assert.ok(libc.length > 0, r.stdout);
  assert.ok(libc.some(([lo, hi]) => ip >= lo && ip < hi), `${m[1]} not in libc text`);
  assert.match(r.stderr, /^\[\?{16}\] \+\+\+ exited with 0 \+\+\+$/m);
});

test('-k: the stack of a syscall names the fixture\'s emit() and main()', { skip }, async () => {
  const r = await traceStackWrite(['-k']);
  const stack = r.stderr.split('\n').filter((l) => l.startsWith(' > '));
  assert.match(stack[0] ?? '', /^ > \/.*libc[^(]*\((__)?write\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$/, r.stderr);
  const at = (fn) => stack.findIndex((l) => l.includes(`stack_write(${fn}+0x`));
  assert.ok(at('emit') > 0, r.stderr);
  assert.ok(at('main') > at('emit'), r.stderr);
});

test('injectSyscall: a stopped sleeper runs getpid and goes on ticking', { skip }, async () => {
  const { child, pid, output } = await startBackground(fixture('sleeper'), ['1']);
  try {
    const r = await run(process.execPath, [join(REPO, 'test', 'toolbox-inject-helper.mjs'), String(pid)]);
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(r.stdout);
    assert.deepEqual(o, {
      interruptStop: true, getpidAtInterrupt: pid, calleeSavedKept: true,
      writeString: 'tick\n', writeBytes: 'tick\n', getpidAtEntry: pid, entryRegsKept: true,
      rewritten: 'TOCK\n', pokeCodeOk: true,
      getpidAtExit: pid, writeResult: 5, exitRegsKept: true,
    });
    const ticks = () => (output().match(/tick/g) ?? []).length;
    const seen = ticks();
    await waitFor(() => ticks() >= seen + 3, { timeout: 5000, what: 'more ticks after detach' });
    assert.doesNotMatch(output(), /TOCK/);
  } finally {
    await stopBackground(child);
  }
});
