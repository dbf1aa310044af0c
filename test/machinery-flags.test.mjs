// The shared machinery's flags: --pidns-translation and -Y on pid arguments and results,
// -e verbose= / -e abbrev= per syscall, --strings-in-hex=non-ascii-chars, reading a tracee
// without process_vm_readv, and strace's detach of the command on a fatal signal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fixture, haveCompiler, tempDir, TSTRACE, tstrace, waitFor } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

test('--pidns-translation: pids a tracee names in its own PID namespace get ours in a comment', { skip }, async () => {
  const args = ['-f', '-e', 'trace=getpid,kill', fixture('pidns')];
  const r = await tstrace(['--pidns-translation', ...args]);
  if (r.code === 77) return; // no user namespaces here
  assert.equal(r.code, 0, r.stderr);
  const child = Number(/^child=(\d+)$/m.exec(r.stdout)?.[1]);
  const ns = ` /\\* ${child} in strace's PID NS \\*/`;
  assert.match(r.stderr, new RegExp(`getpid\\(\\) += 1${ns}$`, 'm'));
  assert.match(r.stderr, new RegExp(`kill\\(1${ns}, 0\\) += 0$`, 'm'));
  // Without the flag, the tracee's numbers alone.
  const plain = await tstrace(args);
  assert.match(plain.stderr, /getpid\(\) += 1$/m);
  assert.doesNotMatch(plain.stderr, /PID NS/);
});

test('--pidns-translation: fcntl\'s owner pids (F_SETOWN, F_GETOWN\'s result, struct f_owner_ex)', { skip }, async () => {
  const r = await tstrace(['--pidns-translation', '-f', '-e', 'trace=fcntl', fixture('pidns')]);
  if (r.code === 77) return; // no user namespaces here
  assert.equal(r.code, 0, r.stderr);
  const child = Number(/^child=(\d+)$/m.exec(r.stdout)?.[1]);
  const ns = ` /\\* ${child} in strace's PID NS \\*/`;
  assert.match(r.stderr, new RegExp(`fcntl\\(3, F_SETOWN, 1${ns}\\) += 0$`, 'm'));
  assert.match(r.stderr, new RegExp(`fcntl\\(3, F_GETOWN\\) += 1${ns}$`, 'm'));
  assert.match(r.stderr, new RegExp(`fcntl\\(3, F_SETOWN_EX, \\{type=F_OWNER_PID, pid=1${ns}\\}\\) += 0$`, 'm'));
});

test('-Y: the command name after pid arguments and results, not only line prefixes', async () => {
  const r = await tstrace(['-Y', '-e', 'trace=kill,getppid', 'sh', '-c', 'kill -0 $$']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^kill\((\d+)<sh>, 0\) += 0$/m);
});

test('-e verbose=SET: structures of other syscalls print as addresses; -e abbrev= per syscall', async () => {
  const all = await tstrace(['-e', 'trace=clock_nanosleep', 'sleep', '0.01']);
  assert.match(all.stderr, /clock_nanosleep\(CLOCK_REALTIME, 0, \{tv_sec=0, tv_nsec=10000000\}, /);
  const none = await tstrace(['-e', 'trace=clock_nanosleep', '-e', 'verbose=!clock_nanosleep', 'sleep', '0.01']);
  assert.match(none.stderr, /clock_nanosleep\(CLOCK_REALTIME, 0, 0x[0-9a-f]+, 0x[0-9a-f]+\)/);
  // -v prints execve's environment in full; a later abbrev=execve abbreviates it again.
  const full = await tstrace(['-v', '-e', 'trace=execve', 'true'], { env: { TSTRACE_TEST_VAR: 'x' } });
  assert.match(full.stderr, /"TSTRACE_TEST_VAR=x"/);
  const abbrev = await tstrace(['-v', '-e', 'abbrev=execve', '-e', 'trace=execve', 'true']);
  assert.match(abbrev.stderr, /^execve\("[^"]+", \["true"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) = 0$/m);
});

test('--strings-in-hex=non-ascii-chars: C escapes kept, other bytes as \\xNN; refused with -x', async () => {
  const r = await tstrace(['--strings-in-hex=non-ascii-chars', '-e', 'trace=chdir', 'sh', '-c', 'cd "$(printf "\\016\\tx\\377")" 2>/dev/null; exit 0']);
  assert.match(r.stderr, /^chdir\("[^"]*\\x0e\\tx\\xff"\) += -1 ENOENT/m);
  const both = await tstrace(['-x', '--strings-in-hex=all', 'true']);
  assert.notEqual(both.code, 0);
  assert.match(both.stderr, /-x and --strings-in-hex cannot be provided simultaneously/);
});

test('without process_vm_readv (ENOSYS injected by an outer tracer) strings are still read', async () => {
  const r = await tstrace(['-qq', '-e', 'trace=process_vm_readv', '-e', 'fault=process_vm_readv:error=ENOSYS', '-o', '/dev/null',
    process.execPath, TSTRACE, '-e', 'trace=openat', 'cat', '/etc/hostname'], { timeout: 60000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^openat\(AT_FDCWD, "\/etc\/hostname", O_RDONLY\) = 3$/m);
});

test('a fatal signal to tstrace kills the command and detaches: its syscall ends <detached ...>', async () => {
  const log = join(tempDir(), 'log');
  const child = spawn(process.execPath, [TSTRACE, '-o', log, '-I2', 'sleep', '60'], { stdio: 'ignore' });
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const read = () => { try { return readFileSync(log, 'latin1'); } catch { return ''; } };
  await waitFor(() => /nanosleep\(/.test(read()), { timeout: 20000, what: 'the sleep to start' });
  child.kill('SIGTERM');
  const r = await done;
  assert.equal(r.signal, 'SIGTERM');
  assert.match(read(), /nanosleep\(.*<detached \.\.\.>$/m);
  assert.doesNotMatch(read(), /\+\+\+ killed by/);
});

test('poke_enter= beyond the syscall\'s arguments is refused with strace\'s message; a poke that writes marks (INJECTED: args)', async () => {
  const r = await tstrace(['-e', 'trace=chdir', '-e', 'inject=chdir:poke_enter=@arg2=00', 'sh', '-c', 'cd /']);
  assert.match(r.stderr, /Failed to tamper with process \d+: requested to tamper with argument #2, but system call 'chdir' has only 1 arguments/);
  assert.doesNotMatch(r.stderr, /INJECTED/);
  // "/tmp" poked over "/usr" before the call (and before it is printed, as strace does).
  const p = await tstrace(['-e', 'trace=chdir', '-e', 'inject=chdir:poke_enter=@arg1=2f746d7000', 'sh', '-c', 'cd /usr; pwd -P']);
  assert.match(p.stderr, /^chdir\("\/tmp"\) += 0 \(INJECTED: args\)$/m);
  assert.equal(p.stdout, '/tmp\n');
});

test('a poke cut short by an unmapped page is said (short write), and so is the path read back (short read)', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=chdir', '-e', 'inject=chdir:poke_enter=@arg1=3f5354524143453f00', fixture('poke_edge')]);
  assert.equal(r.code, 0, r.stderr);
  const addr = r.stdout.trim().replace(/^0x0*/, '0x');
  assert.match(r.stderr, new RegExp(`^tstrace: pid:\\d+ short write \\(1 < 9\\) @${addr}`, 'm'));
  assert.match(r.stderr, new RegExp(`^tstrace: umovestr: short read \\(1 < \\d+\\) @${addr}: Bad address$`, 'm'));
  // One byte written is a poke done: the call is marked, the path shown as its address.
  assert.match(r.stderr, new RegExp(`^chdir\\(${addr}\\) += -1 EFAULT \\(Bad address\\) \\(INJECTED: args\\)$`, 'm'));
  assert.doesNotMatch(r.stderr, /couldn't poke/);
});
