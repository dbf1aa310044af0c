// Core and subsystem struct decoders (structs/poll, fcntl, open, mem, xattr, array; fd
// annotations; subsys aio, mqueue, futex-waitv, ldt, sched) on one fixture: the lines
// tstrace prints, and the same lines as strace's where strace is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, strace, straceWorks, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const skipCompare = skip || (straceWorks() ? false : 'strace is not installed (or cannot trace here): comparison skipped');

const TRACED = 'poll,fcntl,openat2,mincore,fsetxattr,flistxattr,fchmod,fsync,pidfd_open,pidfd_getfd,io_setup,' +
  'io_submit,io_getevents,io_destroy,mq_open,mq_unlink,futex_waitv,modify_ldt,personality,sched_getscheduler,kill';

async function run(tracer, args) {
  const dir = tempDir();
  const out = join(dir, 'trace');
  const r = await tracer(['-o', out, ...args, fixture('core_structs'), dir]);
  assert.equal(r.code, 0, r.stderr);
  return lines(readFileSync(out, 'utf8')).map((l) => l.replace(/\) +=/, ') ='));
}

/** What differs from run to run: addresses, pipe inodes, pids, the scratch directory. */
function normalize(l) {
  return l.replace(/0x[0-9a-f]+/g, '0xADDR').replace(/pipe:\[\d+\]/g, 'pipe:[INO]')
    .replace(/(pidfd_open\(|kill\(|<pid:)\d+/g, '$1PID').replace(/\/tmp\/[^/<>]+/g, '/DIR');
}

test('structs, fd annotations and subsystem structs as strace prints them', { skip }, async () => {
  const t = await run(tstrace, ['-yy', '-e', `trace=${TRACED}`]);
  const has = (re) => assert.ok(t.some((l) => re.test(l)), `no line matches ${re}\n${t.join('\n')}`);
  has(/^poll\(\[\{fd=3<pipe:\[\d+\]>, events=POLLIN\}, \{fd=4<pipe:\[\d+\]>, events=POLLOUT\}\], 2, 0\) = 2 \(\[\{fd=3, revents=POLLIN\}, \{fd=4, revents=POLLOUT\}\]\)$/);
  has(/^fcntl\(5<[^>]*\/locked>, F_GETLK, \{l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=5, l_pid=0\}\) = 0$/);
  has(/^openat2\(AT_FDCWD<[^>]+>, "locked", \{flags=O_RDONLY, resolve=RESOLVE_NO_SYMLINKS\}, 24\) = 6<[^>]*\/locked>$/);
  has(/^mincore\(0x[0-9a-f]+, 8192, \[1, 1\]\) = 0$/);
  has(/^flistxattr\(5<[^>]*\/locked>, 0x[0-9a-f]+, 0\) = \d+$/);
  has(/^fchmod\(6<[^>]*\/gone>\(deleted\), 0600\) = 0$/);
  has(/^fsync\(7<[^>]*\/a\\74b\\76\\nc>\) = 0$/);
  has(/^pidfd_getfd\(8<pid:\d+>, 5<[^>]*\/locked>, 0\) = 9<[^>]*\/locked>$/);
  has(/^io_setup\(1, \[0x[0-9a-f]+\]\) = 0$/);
  has(/^io_submit\(0x[0-9a-f]+, 1, \[\{aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=5<[^>]*\/locked>, aio_buf="aio-data", aio_nbytes=8, aio_offset=0\}\]\) = 1$/);
  has(/^io_getevents\(0x[0-9a-f]+, 1, 1, \[\{data=0x1234, obj=0x[0-9a-f]+, res=8, res2=0\}\], \{tv_sec=1, tv_nsec=0\}\) = 1$/);
  has(/^mq_open\("core-structs-mq", O_RDWR\|O_CREAT\|O_EXCL, 0600, \{mq_flags=0, mq_maxmsg=2, mq_msgsize=16, mq_curmsgs=0\}\) = \d+/);
  has(/^futex_waitv\(\[\{val=0, uaddr=0x[0-9a-f]+, flags=FUTEX_32\|FUTEX_PRIVATE_FLAG\}\], 1, 0, NULL, CLOCK_MONOTONIC\) = -1 EAGAIN/);
  has(/^modify_ldt\(119, \{entry_number=5, base_addr=0x001000, limit=0x0000ff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=0, seg_not_present=0, useable=1, lm=0\}, 16\) = 4294967258 ENOSYS \(Function not implemented\)$/);
  has(/^sched_getscheduler\(0\) = 0 \(SCHED_OTHER\)$/);
  // Not in trace=, but no table names it: strace shows it anyway.
  has(/^syscall_0x1ff\(0x1, 0x2, 0x3, 0x4, 0x5, 0x6\) = -1 ENOSYS/);
});

test('the same lines as strace -yy', { skip: skipCompare }, async () => {
  const args = ['-yy', '-e', `trace=${TRACED}`];
  const s = (await run(strace, args)).map(normalize);
  const t = (await run(tstrace, args)).map(normalize);
  assert.deepEqual(t, s);
});

test('-Y names pids in arguments; -X raw splits the persona from its flags', { skip }, async () => {
  const y = await run(tstrace, ['-Y', '-e', 'trace=kill']);
  assert.ok(y.some((l) => /^kill\(\d+<core_structs>, 0\) = 0$/.test(l)), y.join('\n'));
  const raw = await run(tstrace, ['-X', 'raw', '-e', 'trace=personality']);
  assert.ok(raw.includes('personality(0xffffffff) = 0 (0)'), raw.join('\n'));
});

test('sigaction and sigaltstack follow -X like the other constants', { skip }, async () => {
  const args = (x) => ['-X', x, '-e', 'trace=rt_sigaction,sigaltstack'];
  const raw = await run(tstrace, args('raw'));
  assert.ok(raw.some((l) => /^rt_sigaction\(12, \{sa_handler=0x1, sa_mask=\[\], sa_flags=0x14000000, sa_restorer=0x[0-9a-f]+\}, NULL, 8\) = 0$/.test(l)), raw.join('\n'));
  const verbose = await run(tstrace, args('verbose'));
  assert.ok(verbose.some((l) => l.includes('sa_handler=0x1 /* SIG_IGN */')), verbose.join('\n'));
  assert.ok(verbose.some((l) => l.includes('ss_flags=0x40 /* SS_??? */')), verbose.join('\n'));
  if (skipCompare) return;
  for (const x of ['raw', 'verbose']) {
    assert.deepEqual((await run(tstrace, args(x))).map(normalize), (await run(strace, args(x))).map(normalize), `-X ${x}`);
  }
});

test("-o '|command': tstrace exits after the command has", async () => {
  const dir = tempDir();
  const done = join(dir, 'done');
  const r = await tstrace(['-o', `|cat > ${join(dir, 't')} && sleep 0.2 && echo ok > ${done}`, '-e', 'trace=none', '/bin/true']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(done), 'the command had not finished when tstrace exited');
});
