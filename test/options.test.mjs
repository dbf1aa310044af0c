// strace's flags and injection semantics beyond the everyday ones: injection only into
// traced syscalls, when= as strace counts it, syscall=, delays that hold one task only,
// (DELAYED), -j marking, -E, -A, -o '|cmd', -n, -O, syscall sets with numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

test('fault= only into traced syscalls: untraced ones run untouched', { skip }, async () => {
  // exit_group would be skipped (and the program fall off its end) if it were injected.
  const r = await tstrace(['-e', 'trace=getppid', '-e', 'fault=getppid,exit_group', fixture('spin'), '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(lines(r.stderr).filter((l) => /^getppid\(\) += -1 ENOSYS \(Function not implemented\) \(INJECTED\)$/.test(l)).length, 2, r.stderr);
  // -P too: a call that does not touch the path is neither shown nor injected.
  const p = await tstrace(['-P', '/nonexistent-tstrace', '-e', 'fault=all', 'sh', '-c', 'exit 3']);
  assert.equal(p.code, 3, p.stderr);
});

test('when=N is the Nth call only; N+ from it on; N..M+S every S-th', { skip }, async () => {
  const injected = async (when) => {
    const r = await tstrace(['-e', 'trace=getppid', '-e', `inject=getppid:error=EPERM:when=${when}`, fixture('spin'), '8']);
    return lines(r.stderr).filter((l) => l.startsWith('getppid')).map((l, i) => (l.includes('(INJECTED)') ? i + 1 : 0)).filter(Boolean);
  };
  assert.deepEqual(await injected('3'), [3]);
  assert.deepEqual(await injected('6+'), [6, 7, 8]);
  assert.deepEqual(await injected('2..7+2'), [2, 4, 6]);
  assert.deepEqual(await injected('5+3'), [5, 8]);
});

test('syscall= runs a pure syscall instead; retval= forces the result', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=getppid', '-e', 'inject=getppid:retval=42:syscall=gettid', fixture('spin'), '1']);
  assert.match(r.stderr, /^getppid\(\) += 42 \(INJECTED\)$/m);
});

test('an injected retval= with the top bit set prints unsigned, as strace\'s default result', async () => {
  const big = await tstrace(['-e', 'trace=chdir', '-e', 'inject=chdir:retval=0x8000000000000000', 'sh', '-c', 'cd /']);
  assert.match(big.stderr, /^chdir\("\/"\) += 9223372036854775808 \(INJECTED\)$/m, big.stderr);
  const negative = await tstrace(['-e', 'trace=chdir', '-e', 'inject=chdir:retval=-5000', 'sh', '-c', 'cd /']);
  assert.match(negative.stderr, /^chdir\("\/"\) += 18446744073709546616 \(INJECTED\)$/m, negative.stderr);
});

test('poke_enter= naming one argument twice is refused', async () => {
  const r = await tstrace(['-e', 'inject=chdir:poke_enter=@arg1=00,@arg1=00', 'true']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid inject argument 'chdir:poke_enter=@arg1=00,@arg1=00'/);
});

test('delay_exit holds only the delayed task, says (DELAYED), and -j marks injection', { skip }, async () => {
  const dir = tempDir();
  const log = join(dir, 'log');
  const spin = fixture('spin');
  const r = await tstrace(['-f', '-ttt', '-o', log, '-e', 'trace=getppid', '-e', 'inject=getppid:delay_exit=300ms', 'sh', '-c',
    `${spin} 1 & ${spin} 1 & ${spin} 1 & wait`]);
  assert.equal(r.code, 0, r.stderr);
  const t = lines(readFileSync(log, 'utf8'));
  const at = (l) => Number(l.split(/ +/)[1]);
  // The shell (the first pid) calls getppid too: only the three spin processes count.
  const shell = t[0].split(' ')[0];
  const spinPids = new Set(t.filter((l) => / \(DELAYED\)$/.test(l)).map((l) => l.split(' ')[0]).filter((p) => p !== shell));
  const calls = t.filter((l) => / getppid\(/.test(l) && spinPids.has(l.split(' ')[0]));
  const exits = t.filter((l) => /\+\+\+ exited with 0/.test(l) && spinPids.has(l.split(' ')[0]));
  assert.ok(calls.length >= 3 && exits.length >= 3, t.join('\n'));
  for (const e of exits) {
    const call = calls.find((c) => c.split(' ')[0] === e.split(' ')[0]);
    assert.ok(at(e) - at(call) >= 0.29, `held 300 ms: ${call} / ${e}`);
  }
  // Held at about the same time, side by side: not 3 x 300 ms one after the other.
  const span = Math.max(...exits.map(at)) - Math.min(...calls.map(at));
  assert.ok(span < 0.85, `${span} s`);
  const j = await tstrace(['-j', '-e', 'trace=getppid', '-e', 'fault=getppid:error=EACCES', spin, '1']);
  const ev = j.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.type === 'syscall');
  assert.equal(ev.retText, '-1 EACCES (Permission denied) (INJECTED)');
});

test('-E sets and unsets variables of the command; -A appends; -o |cmd pipes', async () => {
  const dir = tempDir();
  process.env.TSTRACE_TEST_GONE = 'x';
  const e = await tstrace(['-qq', '-e', 'trace=none', '-E', 'TSTRACE_A=1', '--env=TSTRACE_TEST_GONE', 'sh', '-c', 'echo "$TSTRACE_A/${TSTRACE_TEST_GONE-unset}"']);
  delete process.env.TSTRACE_TEST_GONE;
  assert.equal(e.stdout, '1/unset\n');
  const out = join(dir, 'log');
  writeFileSync(out, 'before\n');
  await tstrace(['-A', '-o', out, '-e', 'trace=exit_group', 'true']);
  assert.match(readFileSync(out, 'utf8'), /^before\nexit_group\(0\) += \?\n/);
  const piped = join(dir, 'piped');
  const p = await tstrace(['-o', `|cat > ${piped}`, '-e', 'trace=exit_group', 'true']);
  assert.equal(p.code, 0, p.stderr);
  // Written by the time tstrace exits: it waits for the command.
  assert.match(readFileSync(piped, 'utf8'), /^exit_group\(0\) += \?\n/);
});

test('-n numbers each call; -c -e trace=none prints no table; -O is taken off each call', { skip }, async () => {
  const n = await tstrace(['-n', '-e', 'trace=getppid', fixture('spin'), '1']);
  assert.match(n.stderr, /^\[ 110\] getppid\(\) += \d+$/m);
  const none = await tstrace(['-c', '-e', 'trace=none', fixture('spin'), '3']);
  assert.equal(none.stderr, '');
  const o = await tstrace(['-c', '-w', '-O', '1s', '-e', 'trace=getppid', fixture('spin'), '3']);
  assert.match(o.stderr, /^ +0\.00 +0\.000000 +0 +3 +getppid$/m);
  assert.match((await tstrace(['-O', 'x', 'true'])).stderr, /^tstrace: invalid -O argument: 'x'$/m);
});

test('-P matches fds inside poll and select sets', async (t) => {
  const dir = tempDir();
  const file = join(dir, 'watched');
  writeFileSync(file, 'x');
  const py = `import select,os
f=os.open(${JSON.stringify(file)}, os.O_RDONLY)
p=select.poll(); p.register(f, select.POLLIN); p.poll(0)
select.select([f],[],[],0)
q=select.poll(); q.register(0, select.POLLIN); q.poll(0)`;
  const r = await tstrace(['-P', file, '-e', 'trace=poll,select,pselect6', 'python3', '-c', py]);
  if (/Can't stat 'python3'/.test(r.stderr)) return t.skip('no python3');
  const calls = lines(r.stderr).filter((l) => /^(poll|pselect6|select)\(/.test(l));
  assert.equal(calls.length, 2, r.stderr);
  assert.match(calls[0], /^poll\(\[\{fd=3, /);
});

test('-qq hides exits but not deaths by a signal; -Y names tasks in prefixes', { skip }, async () => {
  const k = await tstrace(['-qq', '-e', 'trace=none', 'sh', '-c', 'kill -SEGV $$']);
  assert.match(k.stderr, /^\+\+\+ killed by SIGSEGV \+\+\+$/m);
  const e = await tstrace(['-qq', '-e', 'trace=none', 'true']);
  assert.doesNotMatch(e.stderr, /exited with/);
  const dir = tempDir();
  const log = join(dir, 'y');
  await tstrace(['-Y', '-f', '-o', log, '-e', 'trace=getppid', 'sh', '-c', `exec ${fixture('spin')} 1`]);
  // The parent pid the call returns is named too, as strace names it (`= 741<strace>`).
  assert.match(readFileSync(log, 'utf8'), /\d+<spin> getppid\(\) += \d+<[^>]+>\n\d+<spin> \+\+\+ exited with 0 \+\+\+\n$/);
});

test('--absolute-timestamps given twice combine; with -t refused; -tt -r brackets the delta', async () => {
  const first = async (args) => lines((await tstrace([...args, '-e', 'trace=exit_group', 'true'])).stderr)[0];
  assert.match(await first(['--absolute-timestamps=precision:ms', '--absolute-timestamps=format:unix']), /^\d{10}\.\d{3} exit_group/);
  assert.match(await first(['--absolute-timestamps=format:unix']), /^\d{10} exit_group/);
  assert.match(await first(['--timestamps=time,ns']), /^\d\d:\d\d:\d\d\.\d{9} exit_group/);
  assert.match(await first(['-tt', '-r']), /^\d\d:\d\d:\d\d\.\d{6} \(\+ +0\.\d{6}\) exit_group/);
  const both = await tstrace(['-t', '--timestamps', 'true']);
  assert.equal(both.stderr, 'tstrace: -t and --absolute-timestamps cannot be provided simultaneously\n');
});
