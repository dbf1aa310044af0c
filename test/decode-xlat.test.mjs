// Symbolic constants (src/decode/xlat, src/decode/special.ts): the tables and formatters
// on their own, every flags:/enum: name of signatures.ts covered, and real traces line by
// line against strace where it is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, mergeResumed, normalizeTrace, strace, straceWorks, tempDir, tstrace } from './helpers/fixtures.mjs';
import { formatEnum, formatFlags, hasXlat } from '../dist/decode/xlat/index.js';
import { SIGNATURE_ROWS } from '../dist/decode/signatures.js';
import { rowEntries } from '../dist/decode/rows.js';
import { requestText } from '../dist/decode/ioctl/request.js';

const F = (name, v, hi = 0) => formatFlags(name, v >>> 0, hi);
const E = (name, v) => formatEnum(name, v >>> 0, v < 0 ? 0xffffffff : 0);

test('open flags: the access mode field, O_RDONLY for 0, kernel O_LARGEFILE', () => {
  assert.equal(F('open', 0x80000), 'O_RDONLY|O_CLOEXEC');
  assert.equal(F('open', 0), 'O_RDONLY');
  assert.equal(F('open', 0x8002), 'O_RDWR|O_LARGEFILE');
  assert.equal(F('open', 0x241), 'O_WRONLY|O_CREAT|O_TRUNC');
  assert.equal(F('open', 0x90800), 'O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY');
  assert.equal(F('open', 0x410002), 'O_RDWR|O_TMPFILE');
  assert.equal(F('open', 0x101401), 'O_WRONLY|O_APPEND|O_SYNC');
  assert.equal(F('open', 0x40000003), 'O_ACCMODE|0x40000000');
  assert.equal(F('open_mode', 0), '0');
  assert.equal(F('open_mode', 0x80800), 'O_NONBLOCK|O_CLOEXEC');
});

test('flags: zero names, unknown bits, unknown words', () => {
  assert.equal(F('mmap_prot', 0), 'PROT_NONE');
  assert.equal(F('mmap_prot', 3), 'PROT_READ|PROT_WRITE');
  assert.equal(F('mmap_prot', 0x10), '0x10 /* PROT_??? */');
  assert.equal(F('access', 0), 'F_OK');
  assert.equal(F('access', 7), 'R_OK|W_OK|X_OK');
  assert.equal(F('access', 0x10), '0x10 /* ?_OK */');
  assert.equal(F('at', 0x8000100), 'AT_SYMLINK_NOFOLLOW|0x8000000');
  assert.equal(F('at_statx', 0x100), 'AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW');
  assert.equal(F('at_statx', 0x4000), 'AT_STATX_DONT_SYNC');
  assert.equal(F('wait', 0x40000101), 'WNOHANG|__WALL|0x100');
  assert.equal(F('wait', 0), '0');
  assert.equal(F('statx_mask', 0x17ff), 'STATX_BASIC_STATS|STATX_MNT_ID');
  assert.equal(F('getrandom', 1), 'GRND_NONBLOCK');
  assert.equal(F('efd', 0x80801), 'EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK');
});

test('mmap flags: the mapping type, then flags, then the huge page size', () => {
  assert.equal(F('mmap_flags', 0x22), 'MAP_PRIVATE|MAP_ANONYMOUS');
  assert.equal(F('mmap_flags', 0x812), 'MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE');
  assert.equal(F('mmap_flags', 0x4000023), 'MAP_SHARED_VALIDATE|MAP_ANONYMOUS|1<<MAP_HUGE_SHIFT');
  assert.equal(F('mmap_flags', 0x3f000022), 'MAP_PRIVATE|MAP_ANONYMOUS|0x3000000|15<<MAP_HUGE_SHIFT');
});

test('clone flags end with the exit signal; socket types start with the type', () => {
  assert.equal(F('clone', 0x1200011), 'CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD');
  assert.equal(F('clone', 0x11), 'SIGCHLD');
  assert.equal(F('clone', 0x40000080), 'CLONE_NEWNET|128');
  assert.equal(F('clone', 0), '0');
  assert.equal(F('clone3_flags', 0, 1), 'CLONE_CLEAR_SIGHAND');
  assert.equal(F('socket_type', 0x80801), 'SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK');
  assert.equal(F('socket_type', 0x7f), '0x7f /* SOCK_??? */');
  assert.equal(F('socket_flags', 0), '0');
});

test('enums: names, first alias wins, unknown values in hex with a comment', () => {
  assert.equal(E('seek_whence', 1), 'SEEK_CUR');
  assert.equal(E('seek_whence', 7), '0x7 /* SEEK_??? */');
  assert.equal(E('socket_family', 1), 'AF_UNIX');
  assert.equal(E('clockid', -6), '0xfffffffa /* CLOCK_??? */');
  assert.equal(E('rusage_who', -1), 'RUSAGE_CHILDREN');
  assert.equal(E('arch_prctl_code', 0x1002), 'ARCH_SET_FS');
  assert.equal(E('futex_op', 0x189), 'FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME');
  assert.equal(E('futex_op', 0x80), 'FUTEX_WAIT_PRIVATE');
  assert.equal(E('sigprocmask_how', 2), 'SIG_SETMASK');
  assert.equal(E('rlimit_resource', 3), 'RLIMIT_STACK');
  assert.equal(E('madv', 4), 'MADV_DONTNEED');
  assert.equal(E('socket_level', 999), '0x3e7 /* SOL_?? */');
  assert.equal(E('syslog_action', 10), '10 /* SYSLOG_ACTION_SIZE_BUFFER */');
});

test('custom shapes: ioctl requests, modes, devices, futex operations', () => {
  assert.equal(requestText(0x5401, 'abbrev'), 'TCGETS');
  assert.equal(requestText(0x5413, 'abbrev'), 'TIOCGWINSZ');
  assert.equal(requestText(0x12345678, 'abbrev'), '_IOC(_IOC_NONE, 0x56, 0x78, 0x1234)');
  assert.equal(requestText(0xc0087802, 'abbrev'), '_IOC(_IOC_READ|_IOC_WRITE, 0x78, 0x2, 0x8)');
  assert.equal(F('mknod_mode', 0o104644 & ~0o100000 | 0o020000), 'S_IFCHR|S_ISUID|0644');
  assert.equal(F('mknod_mode', 0o010644), 'S_IFIFO|0644');
  assert.equal(E('makedev', 0x103), 'makedev(0x1, 0x3)');
  assert.equal(E('futex_wake_op', 0x04001001), 'FUTEX_OP_SET<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0x1');
  assert.equal(F('personality', 0xffffffff), '0xffffffff');
  assert.equal(F('personality', 0x400000), 'PER_LINUX|READ_IMPLIES_EXEC');
  assert.equal(F('ipc_get', 0o1600), 'IPC_CREAT|0600');
  assert.equal(E('packet_protocol', 0x300), 'htons(ETH_P_ALL)');
});

/** flags:/enum: names strace prints as numbers too (none today). */
const PRINTED_RAW = new Set([]);

test('every flags:/enum: name in signatures.ts has a table', () => {
  const names = new Set();
  for (const [, text] of rowEntries(SIGNATURE_ROWS)) {
    for (const m of text.matchAll(/\b(?:flags|enum)(?:64)?:(\w+)/g)) names.add(m[1]);
  }
  const missing = [...names].filter((n) => !hasXlat(n) && !PRINTED_RAW.has(n)).sort();
  assert.deepEqual(missing, [], `names without a table: ${missing.join(', ')}`);
});

const skip = !haveCompiler() ? 'no C compiler: strace comparison skipped'
  : !straceWorks() ? 'strace is not installed (or cannot trace here): strace comparison skipped' : false;

function traceOf(file) {
  return mergeResumed(lines(normalizeTrace(readFileSync(file, 'utf8'))));
}

test('xlat fixture: every line as strace prints it', { skip }, async (t) => {
  const dir = tempDir();
  const bin = fixture('xlat');
  await strace(['-f', '-o', join(dir, 's'), bin, dir, 'fork']);
  await tstrace(['-f', '-o', join(dir, 't'), bin, dir, 'fork']);
  // Sorted: the forked child's lines interleave with the parent's in no fixed order; and
  // whether the parent's wait4 is interrupted by SIGCHLD depends on timing.
  const racy = /wait4|SIGCHLD|restart_syscall/;
  const sl = traceOf(join(dir, 's')).filter((l) => !racy.test(l)).sort();
  const tl = traceOf(join(dir, 't')).filter((l) => !racy.test(l)).sort();
  assert.equal(tl.length, sl.length, 'as many lines as strace');
  let same = 0;
  for (let i = 0; i < sl.length; i++) {
    if (tl[i] === sl[i]) same++;
    // Structs are the struct decoders' business; every other line must be identical.
    else if (!sl[i].includes('{')) assert.equal(tl[i], sl[i], `line ${i + 1}`);
  }
  t.diagnostic(`xlat: ${same}/${sl.length} lines identical to strace`);
});

test('real programs: ls -l and a forking shell, symbolic lines as strace prints them', { skip }, async (t) => {
  for (const cmd of [['ls', '-l', '/'], ['sh', '-c', 'true; ls / >/dev/null']]) {
    const dir = tempDir();
    await strace(['-f', '-o', join(dir, 's'), ...cmd]);
    await tstrace(['-f', '-o', join(dir, 't'), ...cmd]);
    const sl = traceOf(join(dir, 's'));
    const tl = new Set(traceOf(join(dir, 't')));
    // Compared as sets: the interleaving of processes differs between runs.
    const symbolic = sl.filter((l) => /\b(O_|PROT_|MAP_|AT_|CLONE_|SIG_|R_OK|F_OK|ARCH_|FUTEX_|RLIMIT_|SOCK_|AF_|GRND_|TCGETS|TIOC)/.test(l) && !l.includes('{'));
    const missing = symbolic.filter((l) => !tl.has(l));
    t.diagnostic(`${cmd.join(' ')}: ${symbolic.length - missing.length}/${symbolic.length} symbolic lines identical`);
    assert.deepEqual(missing, []);
  }
});
