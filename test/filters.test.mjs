// Filters (-e trace/signal/status/quiet, -z/-Z, -P), clocks (-t -tt -ttt -r -T), the
// summary (-c -C -S -U -w, percentiles) and seccomp-bpf, on real processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyExpression, defaultFilters, parseSyscallSet } from '../dist/filter/expressions.js';
import { SYSCALL_NAMES } from '../dist/sys/x86_64/syscalls.gen.js';
import { fixture, haveCompiler, lines, mergeResumed, normalizeTrace, straceWorks, strace, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const nr = (name) => SYSCALL_NAMES.indexOf(name);
const names = (set) => [...set].map((n) => SYSCALL_NAMES[n]).sort();

test('trace= sets: names, classes, negation, regex, ?optional, all/none', () => {
  assert.deepEqual(names(parseSyscallSet('openat,close')), ['close', 'openat']);
  assert.ok(parseSyscallSet('%file').has(nr('openat')));
  assert.ok(parseSyscallSet('file').has(nr('execve')), 'legacy class spelling');
  assert.ok(!parseSyscallSet('%file').has(nr('read')));
  assert.deepEqual(names(parseSyscallSet('%%stat')), ['fstat', 'lstat', 'newfstatat', 'stat', 'statx']);
  assert.ok(parseSyscallSet('%net').has(nr('connect')) && parseSyscallSet('%network').has(nr('sendto')));
  assert.deepEqual(names(parseSyscallSet('%pure')).length, 8);
  const notWrite = parseSyscallSet('!write');
  assert.ok(!notWrite.has(nr('write')) && notWrite.has(nr('read')));
  assert.deepEqual(names(parseSyscallSet('/^pread|^pwrite')), ['pread64', 'preadv', 'preadv2', 'pwrite64', 'pwritev', 'pwritev2']);
  assert.deepEqual(names(parseSyscallSet('?nosuch,read')), ['read']);
  assert.equal(parseSyscallSet('none').size, 0);
  assert.equal(parseSyscallSet('!none').size, SYSCALL_NAMES.filter(Boolean).length);
  for (const bad of ['nosuch', '%nosuch', '/^zzz', '', '!', ',', '1,none', '1,!chdir', '415', '0x1', 'chdir@65']) {
    assert.throws(() => parseSyscallSet(bad), /invalid system call|incorrect personality designator/, bad);
  }
  assert.throws(() => parseSyscallSet('/['), /^Error: regcomp: \[: /);
  // strace's other spellings: numbers, other personalities' names, @64, case-free classes.
  assert.deepEqual(names(parseSyscallSet('desc,51')).includes('getsockname'), true);
  assert.deepEqual(names(parseSyscallSet('chdir@64,socketcall,_llseek@32')), ['chdir']);
  assert.equal(parseSyscallSet('%DESC').size, parseSyscallSet('%desc').size);
  const f = defaultFilters();
  applyExpression(f, 'trace=read');
  applyExpression(f, 'trace=write');
  assert.deepEqual(names(f.trace), ['write'], 'a later trace= replaces the earlier, as in strace');
  applyExpression(f, 'signal=!SIGCHLD,USR1');
  assert.ok(!f.signals.has(17) && !f.signals.has(10) && f.signals.has(15));
  assert.throws(() => applyExpression(f, 'signal=SIGNOPE'), /invalid signal 'SIGNOPE'/);
  assert.throws(() => applyExpression(f, 'status=maybe'), /invalid status 'maybe'/);
  assert.throws(() => applyExpression(f, 'bogus=1'), /invalid system call 'bogus=1'/, 'no qualifier: a trace= set, as in strace');
  applyExpression(f, 'abbrev=none');
  applyExpression(f, 'raw=read');
  assert.deepEqual(names(f.raw), ['read']);
  applyExpression(f, 'decode-fds=path,dev');
  assert.deepEqual([...f.decodeFds].sort(), ['dev', 'path']);
  assert.throws(() => applyExpression(f, 'kvm=nope'), /invalid -e kvm= argument: 'nope'/);
});

test('bad -e expressions: one line naming the token, exit 1, nothing run', async () => {
  for (const [expr, re] of [['trace=%nosuch', /invalid system call '%nosuch'/], ['signal=SIGFOO', /invalid signal 'SIGFOO'/],
    ['status=sometimes', /invalid status 'sometimes'/], ['quiet=loud', /invalid quiet 'loud'/], ['trace=/(', /regcomp: \(: /]]) {
    const r = await tstrace(['-e', expr, 'touch', '/tmp/tstrace-filters-must-not-exist']);
    assert.equal(r.code, 1, expr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, re);
  }
});

test('-e trace=%file and !%file split the calls', { skip }, async () => {
  const dir = tempDir();
  const file = await tstrace(['-e', 'trace=%file', fixture('files'), dir]);
  const calls = (t) => new Set(lines(t).filter((l) => /^\w+\(/.test(l)).map((l) => l.slice(0, l.indexOf('('))));
  const fileCalls = calls(file.stderr);
  const fileClass = new Set(names(parseSyscallSet('%file')));
  assert.ok(['execve', 'openat', 'unlink'].every((c) => fileCalls.has(c)), [...fileCalls].join(' '));
  assert.ok([...fileCalls].every((c) => fileClass.has(c)), [...fileCalls].join(' '));
  const notFile = calls((await tstrace(['-e', 'trace=!%file', fixture('files'), dir])).stderr);
  assert.ok(notFile.has('write') && notFile.has('close') && !notFile.has('openat') && !notFile.has('unlink'));
});

test('-z, -Z, status=: only successful / failed calls, whole lines', { skip }, async () => {
  const dir = tempDir();
  const z = lines((await tstrace(['-z', '-e', 'trace=openat,unlink', fixture('files'), dir])).stderr).filter((l) => !l.startsWith('+++'));
  assert.ok(z.length >= 4 && z.every((l) => !/= -1 /.test(l)), z.join('\n'));
  const Z = lines((await tstrace(['-Z', '-e', 'trace=openat,unlink', fixture('files'), dir])).stderr).filter((l) => !l.startsWith('+++'));
  assert.deepEqual(Z.map((l) => l.replace(dir, 'DIR')), ['openat(AT_FDCWD, "DIR/does-not-exist", O_RDONLY) = -1 ENOENT (No such file or directory)']);
  const un = lines((await tstrace(['-e', 'status=unfinished', fixture('exitcode'), '4'])).stderr);
  assert.deepEqual(un, ['exit_group(4)                           = ?', '+++ exited with 4 +++']);
});

test('-e signal= and -e quiet=', { skip }, async () => {
  const all = await tstrace(['-f', '-e', 'trace=none', fixture('signals')]);
  assert.match(all.stderr, /--- SIGUSR1 /);
  assert.match(all.stderr, /--- SIGCHLD /);
  const some = await tstrace(['-f', '-e', 'trace=none', '-e', 'signal=!SIGCHLD', fixture('signals')]);
  assert.match(some.stderr, /--- SIGUSR1 /);
  assert.doesNotMatch(some.stderr, /--- SIGCHLD /);
  const q = await tstrace(['-f', '-e', 'trace=none', '-e', 'quiet=attach,exit', fixture('signals')]);
  // As in strace: quiet=exit hides exits; a death by a signal is shown unless signal= hides it.
  assert.doesNotMatch(q.stderr, /attached|\+\+\+ exited/);
  const qq = await tstrace(['-qq', fixture('exitcode'), '2']);
  assert.doesNotMatch(qq.stderr, /\+\+\+ exited/);
});

test('-P PATH: only calls that name the path or use an fd open on it', { skip }, async () => {
  const dir = tempDir();
  const r = await tstrace(['-P', join(dir, 'data.txt'), fixture('files'), dir]);
  const t = lines(r.stderr).filter((l) => !l.startsWith('+++')).map((l) => l.replace(dir, 'DIR').replace(/ +=/, ' ='));
  assert.deepEqual(t, [
    'openat(AT_FDCWD, "DIR/data.txt", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3',
    'write(3, "hello tstrace\\n", 14) = 14',
    'close(3) = 0',
    'openat(AT_FDCWD, "DIR/data.txt", O_RDONLY) = 3',
    'read(3, "hello tstrace\\n", 64) = 14',
    'close(3) = 0',
    'unlink("DIR/data.txt") = 0',
  ]);
});

test('clocks: -t, -tt, -ttt, -r, -T as strace formats them, counted in the = column', { skip }, async () => {
  const bin = fixture('exitcode');
  const first = async (flags) => lines((await tstrace([...flags, '-e', 'trace=exit_group', bin])).stderr)[0];
  assert.match(await first(['-t']), /^\d\d:\d\d:\d\d exit_group\(0\) {18}= \?$/);
  assert.match(await first(['-tt']), /^\d\d:\d\d:\d\d\.\d{6} exit_group\(0\) {11}= \?$/);
  assert.match(await first(['-ttt']), /^\d{10}\.\d{6} exit_group\(0\) {9}= \?$/);
  assert.match(await first(['--absolute-timestamps=format:unix,precision:ms']), /^\d{10}\.\d{3} exit_group/);
  assert.match(await first(['-r']), /^ {5}0\.000000 exit_group\(0\) {13}= \?$/);
  const T = lines((await tstrace(['-T', '-e', 'trace=getppid', fixture('spin'), '3'])).stderr);
  assert.equal(T.filter((l) => /^getppid\(\) {31}= \d+ <\d\.\d{6}>$/.test(l)).length, 3, T.join('\n'));
  const ttt = lines((await tstrace(['-ttt', '-e', 'trace=getppid', fixture('spin'), '3'])).stderr).slice(0, 3);
  const times = ttt.map((l) => Number(l.split(' ')[0]));
  assert.ok(Math.abs(times[0] - Date.now() / 1000) < 60, 'epoch seconds');
  assert.ok(times[0] <= times[1] && times[1] <= times[2], 'in order');
});

test('-c: strace 6\'s table: header, one row per syscall, total; -C also traces', { skip }, async () => {
  const r = await tstrace(['-c', fixture('spin'), '50']);
  assert.equal(r.code, 0);
  const t = lines(r.stderr);
  assert.equal(t[0], '% time     seconds  usecs/call     calls    errors syscall');
  assert.equal(t[1], '------ ----------- ----------- --------- --------- ----------------');
  const row = (name) => t.find((l) => l.endsWith(` ${name}`) && /^ *\d+\.\d\d +\d+\.\d{6} +\d+ +\d+/.test(l));
  assert.match(row('getppid'), /^ *\d+\.\d\d +\d+\.\d{6} +\d+ +50 {11}getppid$/);
  assert.match(row('access'), /^ *\d+\.\d\d +\d+\.\d{6} +\d+ +1 +1 access$/, 'errors column');
  assert.match(t.at(-1), /^100\.00 +\d+\.\d{6} +\d+ +\d+ +\d+ total$/);
  assert.ok(!t.some((l) => /^getppid\(/.test(l)), 'no trace lines with -c');
  const C = lines((await tstrace(['-C', '-e', 'trace=getppid', fixture('spin'), '5'])).stderr);
  assert.equal(C.filter((l) => l.startsWith('getppid()')).length, 5);
  assert.match(C.find((l) => l.endsWith(' getppid')), / 5 +getppid$/);
});

test('-c -w -S calls -U and --summary-percentiles', { skip }, async () => {
  const r = await tstrace(['-c', '-w', '-S', 'calls', '-U', 'name,calls,min-time,max-time', '--summary-percentiles', fixture('spin'), '40']);
  const t = lines(r.stderr);
  assert.equal(t[0], 'syscall              calls shortest  longest      p50      p99');
  assert.match(t[2], /^getppid +40 +\d\.\d{6} +\d\.\d{6} +\d\.\d{6} +\d\.\d{6}$/, 'most calls first');
  const [min, max, p50, p99] = t[2].trim().split(/ +/).slice(2).map(Number);
  assert.ok(min > 0 && min <= p50 * 1.1 && p50 <= p99 && p99 <= max * 1.1, t[2]);
  const bad = await tstrace(['-c', '-S', 'weight', 'true']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /invalid sortby: 'weight'/);
  for (const p of ['p50', 'p99']) assert.match((await tstrace(['-c', '-S', p, 'true'])).stderr, new RegExp(`invalid sortby: '${p}'`));
});

test('the -c table has strace\'s rows: same syscalls, calls and errors', { skip: skip || (!straceWorks() && 'strace is not installed: comparison skipped') }, async () => {
  const dir = tempDir();
  const rows = (text) => lines(text).filter((l) => /^ *\d+\.\d\d /.test(l))
    .map((l) => l.trim().split(/ +/)).map((c) => `${c.at(-1)} ${c.length === 6 ? c[3] + '/' + c[4] : c[3] + '/0'}`).sort();
  const s = await strace(['-c', '-f', fixture('forkwait'), '3'], { cwd: dir });
  const t = await tstrace(['-c', '-f', fixture('forkwait'), '3'], { cwd: dir });
  // wait4 and clone may be interrupted by SIGCHLD and restarted (timing); compare the rest.
  const stable = (r) => r.filter((x) => !/^(wait4|clone|total|restart_syscall|rt_sigreturn) /.test(x));
  assert.deepEqual(stable(rows(t.stderr)), stable(rows(s.stderr)));
});

test('seccomp-bpf: with -f and trace=, only traced calls stop; same output either way', { skip }, async () => {
  const dir = tempDir();
  const cmd = ['sh', '-c', `grep Seccomp: /proc/self/status; cat ${fixture('files')}.c > /dev/null; ${fixture('files')} ${dir}`];
  const on = await tstrace(['-f', '--seccomp-bpf', '-o', join(dir, 'on'), '-e', 'trace=openat,unlink,exit_group', ...cmd]);
  const off = await tstrace(['-f', '--no-seccomp-bpf', '-o', join(dir, 'off'), '-e', 'trace=openat,unlink,exit_group', ...cmd]);
  assert.equal(on.code, 0, on.stderr);
  // The tracee itself shows whether a filter is installed (2 = filter mode).
  assert.match(on.stdout, /^Seccomp:\t2$/m);
  assert.match(off.stdout, /^Seccomp:\t0$/m);
  const norm = (f) => mergeResumed(lines(normalizeTrace(readFileSync(join(dir, f), 'utf8')))).sort();
  const a = norm('on');
  assert.ok(a.length > 10);
  assert.deepEqual(a, norm('off'));
  // Without -f, an untraced child would get ENOSYS from the filter: so it stays off.
  const noF = await tstrace(['-o', '/dev/null', '-e', 'trace=openat', 'grep', 'Seccomp:', '/proc/self/status']);
  assert.match(noF.stdout, /^Seccomp:\t0$/m);
  const asked = await tstrace(['--seccomp-bpf', '-o', '/dev/null', '-e', 'trace=openat', 'true']);
  assert.match(asked.stderr, /^tstrace: --seccomp-bpf cannot be used without -f\/--follow-forks, disabling$/m);
});
