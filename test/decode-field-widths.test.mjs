// Arguments and results strace prints by their C width, a size field or a mask
// (test/fixtures/field_widths.c): perf and inotify ioctls, pkey and PAC key flags, struct
// sched_attr both ways, time(2), a group list cut by an unmapped page, statx's sync-type
// flags, recvmsg's name length, and an injected result above 2^63.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, lines, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

async function trace(syscalls, flags = []) {
  const r = await tstrace(['-e', `trace=${syscalls}`, ...flags, fixture('field_widths')]);
  return lines(r.stderr).map((l) => l.replace(/\s+= /, ' = '));
}

test('perf ioctls by request; INOTIFY_IOC_SETNEXTWD\'s int', { skip }, async () => {
  const t = await trace('ioctl');
  assert.deepEqual(t.slice(0, 4), [
    // printflags reads the argument's low 32 bits.
    'ioctl(-1, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP) = -1 EBADF (Bad file descriptor)',
    'ioctl(-1, PERF_EVENT_IOC_SET_FILTER, "filter") = -1 EBADF (Bad file descriptor)',
    'ioctl(-1, PERF_EVENT_IOC_ID, NULL) = -1 EBADF (Bad file descriptor)',
    'ioctl(-1, INOTIFY_IOC_SETNEXTWD, -5) = -1 EBADF (Bad file descriptor)',
  ]);
});

test('pkey_alloc names PKEY_DISABLE_EXECUTE; PR_PAC_RESET_KEYS keeps all 64 bits', { skip }, async () => {
  const t = await trace('pkey_alloc,prctl');
  assert.ok(t.some((l) => l.startsWith('pkey_alloc(0, PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE|PKEY_DISABLE_EXECUTE) = ')), t.join('\n'));
  assert.ok(t.some((l) => l.startsWith('prctl(PR_PAC_RESET_KEYS, 0xbadc0ded00000000 /* PR_PAC_??? */, 0, 0, 0) = ')), t.join('\n'));
});

test('struct sched_attr: what the kernel wrote; a refused size and the one it wants', { skip }, async () => {
  const t = await trace('sched_getattr,sched_setattr');
  assert.match(t[0], /^sched_getattr\(0, \{size=56, sched_policy=SCHED_\w+, sched_flags=\w+, sched_nice=-?\d+, sched_priority=\d+, sched_runtime=\d+, sched_deadline=\d+, sched_period=\d+, sched_util_min=\d+, sched_util_max=\d+\}, 56, 0\) = 0$/);
  assert.equal(t[1], 'sched_setattr(0, {size=1} => {size=56}, 0) = -1 E2BIG (Argument list too long)');
});

test('time: the seconds stored and the result, each with its date', { skip }, async () => {
  const t = await trace('time');
  const m = /^time\(\[(\d+) \/\* (\S+) \*\/\]\) = (\d+) \((\S+)\)$/.exec(t[0]);
  assert.ok(m, t[0]);
  assert.equal(m[1], m[3]);
  assert.match(m[2], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$/);
});

test('setgroups: the list as far as memory goes', { skip }, async () => {
  const t = await trace('setgroups');
  assert.match(t[0], /^setgroups\(3, \[4294967294, 4294967293, \.\.\. \/\* 0x[0-9a-f]+ \*\/\]\) = -1 EFAULT \(Bad address\)$/);
});

test('statx: both sync-type bits named', { skip }, async () => {
  const t = await trace('statx');
  assert.match(t[0], /^statx\(AT_FDCWD, "\/", AT_STATX_FORCE_SYNC\|AT_STATX_DONT_SYNC, STATX_ALL, 0x[0-9a-f]+\) = -1 EINVAL/);
});

test('recvmsg: the name length given and returned; alone when the call fails', { skip }, async () => {
  const t = await trace('recvmsg');
  assert.match(t[0], /^recvmsg\(3, \{msg_name=0x[0-9a-f]+, msg_namelen=110 => 0, msg_iov=\[\{iov_base="A", iov_len=1\}\], /);
  assert.equal(t[1], 'recvmsg(3, {msg_namelen=110}, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)');
});

test('a result injected into a syscall that never fails prints unsigned', { skip }, async () => {
  const t = await trace('geteuid', ['-e', 'inject=geteuid:retval=0x8000000000000000']);
  assert.equal(t[0], 'geteuid() = 9223372036854775808 (INJECTED)');
});

test('set_thread_area\'s struct user_desc; get_thread_area\'s entry number, the rest at exit', { skip }, async () => {
  const t = await trace('set_thread_area,get_thread_area');
  assert.match(t[0], /^set_thread_area\(\{entry_number=5, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0\}\) = -1 E/);
  assert.match(t[1], /^get_thread_area\(\{entry_number=5, \.\.\.\}\) = -1 E/);
});
