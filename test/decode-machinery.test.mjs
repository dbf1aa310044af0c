// The shared decoding machinery, as strace 6.1 prints it: argument widths and signedness,
// -X styles, exact 64-bit values, unreadable memory, strings, -y on every fd. One section
// of test/fixtures/machinery.c per mechanism; each expected line is strace's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, lines, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

/**
 * The lines tstrace prints for `machinery SECTION` tracing `syscalls` with `flags`: those
 * after the fixture's start marker, the exit line left out.
 */
async function trace(section, syscalls, flags = []) {
  const r = await tstrace(['-e', `trace=chdir,${syscalls}`, ...flags, fixture('machinery'), section]);
  const all = lines(r.stderr);
  return all.slice(all.findIndex((l) => l.startsWith('chdir("/")')) + 1).filter((l) => !l.startsWith('+++'));
}

test('32-bit kinds read the low half of the register; 64-bit ones all of it', { skip }, async () => {
  const t = await trace('kinds', 'dup3,mkdir,fchmodat,lseek,mprotect,chown,fchown');
  assert.deepEqual(t, [
    'dup3(0, 0, 0)                           = -1 EINVAL (Invalid argument)',
    'mkdir("/nonexistent/x", 0755)           = -1 ENOENT (No such file or directory)',
    'fchmodat(AT_FDCWD, "/nonexistent", 0644) = -1 ENOENT (No such file or directory)',
    'lseek(-1, 0, SEEK_CUR)                  = -1 EBADF (Bad file descriptor)',
    'mprotect(NULL, 4096, PROT_READ|0xdefaced00000000) = -1 EINVAL (Invalid argument)',
    'chown("/nonexistent", 4294901760, -1)   = -1 ENOENT (No such file or directory)',
    'fchown(2147483647, -1, 1)               = -1 EBADF (Bad file descriptor)',
  ]);
});

test('-X raw|verbose: every constant as a number, or as the number and its name', { skip }, async () => {
  const calls = 'newfstatat,mknodat,mprotect,lseek,kill,socket,faccessat,openat';
  const expected = {
    raw: [
      'newfstatat(-100, "/dev/null", {st_mode=020666, st_rdev=0x103, ...}, 0) = 0',
      'mknodat(-100, "/nonexistent/x", 024644, 0x103) = -1 ENOENT (No such file or directory)',
      'mknodat(-100, "/nonexistent/x", 0644)   = -1 ENOENT (No such file or directory)',
      'mknodat(-100, "/nonexistent/x", 0170644) = -1 EINVAL (Invalid argument)',
      'mprotect(NULL, 0, 0)                    = 0',
      'mprotect(NULL, 0, 0x100)                = 0',
      'mprotect(NULL, 0, 0x103)                = 0',
      'lseek(-1, 0, 0x11)                      = -1 EBADF (Bad file descriptor)',
      'kill(2147483647, 18)                    = -1 ESRCH (No such process)',
      'kill(2147483647, 200)                   = -1 ESRCH (No such process)',
      'socket(0x2, 0x1|0x80000, 0)             = 3',
      'faccessat(-100, "/", 0)                 = 0',
      'openat(-100, "/nonexistent/x", 0x40000000) = -1 ENOENT (No such file or directory)',
    ],
    verbose: [
      'newfstatat(-100 /* AT_FDCWD */, "/dev/null", {st_mode=020666 /* S_IFCHR|0666 */, st_rdev=0x103 /* makedev(0x1, 0x3) */, ...}, 0) = 0',
      'mknodat(-100 /* AT_FDCWD */, "/nonexistent/x", 024644 /* S_IFCHR|S_ISUID|0644 */, 0x103 /* makedev(0x1, 0x3) */) = -1 ENOENT (No such file or directory)',
      'mknodat(-100 /* AT_FDCWD */, "/nonexistent/x", 0644 /* 0644 */) = -1 ENOENT (No such file or directory)',
      'mknodat(-100 /* AT_FDCWD */, "/nonexistent/x", 0170644) = -1 EINVAL (Invalid argument)',
      'mprotect(NULL, 0, 0 /* PROT_NONE */)    = 0',
      'mprotect(NULL, 0, 0x100 /* PROT_??? */) = 0',
      'mprotect(NULL, 0, 0x103 /* PROT_READ|PROT_WRITE|0x100 */) = 0',
      'lseek(-1, 0, 0x11 /* SEEK_??? */)       = -1 EBADF (Bad file descriptor)',
      'kill(2147483647, 18 /* SIGCONT */)      = -1 ESRCH (No such process)',
      'kill(2147483647, 200)                   = -1 ESRCH (No such process)',
      'socket(0x2 /* AF_INET */, 0x1 /* SOCK_STREAM */|0x80000 /* SOCK_CLOEXEC */, 0 /* IPPROTO_IP */) = 3',
      'faccessat(-100 /* AT_FDCWD */, "/", 0 /* F_OK */) = 0',
      'openat(-100 /* AT_FDCWD */, "/nonexistent/x", 0x40000000 /* O_RDONLY|0x40000000 */) = -1 ENOENT (No such file or directory)',
    ],
    abbrev: [
      'newfstatat(AT_FDCWD, "/dev/null", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, 0) = 0',
      'mknodat(AT_FDCWD, "/nonexistent/x", S_IFCHR|S_ISUID|0644, makedev(0x1, 0x3)) = -1 ENOENT (No such file or directory)',
      'mknodat(AT_FDCWD, "/nonexistent/x", 0644) = -1 ENOENT (No such file or directory)',
      'mknodat(AT_FDCWD, "/nonexistent/x", 0170644) = -1 EINVAL (Invalid argument)',
      'mprotect(NULL, 0, PROT_NONE)            = 0',
      'mprotect(NULL, 0, 0x100 /* PROT_??? */) = 0',
      'mprotect(NULL, 0, PROT_READ|PROT_WRITE|0x100) = 0',
      'lseek(-1, 0, 0x11 /* SEEK_??? */)       = -1 EBADF (Bad file descriptor)',
      'kill(2147483647, SIGCONT)               = -1 ESRCH (No such process)',
      'kill(2147483647, 200)                   = -1 ESRCH (No such process)',
      'socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3',
      'faccessat(AT_FDCWD, "/", F_OK)          = 0',
      'openat(AT_FDCWD, "/nonexistent/x", O_RDONLY|0x40000000) = -1 ENOENT (No such file or directory)',
    ],
  };
  for (const [style, want] of Object.entries(expected)) {
    assert.deepEqual(await trace('xlat', calls, ['-X', style]), want, `-X ${style}`);
  }
});

test('-y/-yy: fds the kernel returns, fds inside structs, AT_FDCWD; [NULL] written back', { skip }, async () => {
  const calls = 'pipe2,socketpair,fcntl,faccessat,poll,arch_prctl';
  // Inode numbers differ from run to run.
  const norm = (ls) => ls.map((l) => l.replace(/\d{4,}/g, 'N'));
  const y = norm(await trace('fds', calls, ['-y']));
  assert.deepEqual(y, [
    'chdir("/tmp")                           = 0',
    'pipe2([3<pipe:[N]>, 4<pipe:[N]>], O_CLOEXEC) = 0',
    'socketpair(AF_UNIX, SOCK_STREAM, 0, [5<socket:[N]>, 6<socket:[N]>]) = 0',
    'fcntl(0</dev/null>, F_DUPFD, 200)       = 200</dev/null>',
    'faccessat(AT_FDCWD</tmp>, ".", F_OK)    = 0',
    'poll([{fd=0</dev/null>, events=POLLIN}, {fd=5<socket:[N]>, events=POLLOUT}], 2, 0) = 2 ([{fd=0, revents=POLLIN}, {fd=5, revents=POLLOUT}])',
    'arch_prctl(ARCH_GET_GS, [NULL])         = 0',
  ]);
  const yy = norm(await trace('fds', calls, ['-yy']));
  assert.equal(yy[2], 'socketpair(AF_UNIX, SOCK_STREAM, 0, [5<UNIX-STREAM:[N->N]>, 6<UNIX-STREAM:[N->N]>]) = 0');
  assert.equal(yy[3], 'fcntl(0</dev/null<char 1:3>>, F_DUPFD, 200) = 200</dev/null<char 1:3>>');
});

test('memory strace does not decode prints as its address; strings and buffers under -s', { skip }, async () => {
  const calls = 'write,mount,execve';
  // mmap addresses differ from run to run.
  const norm = (ls) => ls.map((l) => l.replace(/0x7[0-9a-f]{11}\b/g, 'ADDR').replace(/\) +=/, ') ='));
  assert.deepEqual(norm(await trace('memory', calls, ['-s', '3'])), [
    // As strace's umovestr says it (strace prints it in the middle of the line it is building).
    'tstrace: umovestr: short read (6 < 4096) @ADDR: Bad address',
    'chdir(ADDR) = -1 EFAULT (Bad address)',
    'write(-1, "aaa"..., 10) = -1 EBADF (Bad file descriptor)',
    'write(-1, "aaa"..., 6) = -1 EBADF (Bad file descriptor)',
    'write(-1, "abc"..., 7) = -1 EBADF (Bad file descriptor)',
    'mount("abcdef", "/nonexistent/x", "typ", 0, "dat"...) = -1 ENOENT (No such file or directory)',
    'execve("/nonexistent/x", ["fir"..., 0xffffffffffffffff, 0xfffffffffffffffe, ... /* ADDR */], ADDR /* 3 vars, unterminated */) = -1 ENOENT (No such file or directory)',
  ]);
  const traceOnly = (ls) => ls.filter((l) => !l.startsWith('tstrace: '));
  const v = traceOnly(norm(await trace('memory', calls, ['-v'])));
  assert.equal(v[1], 'write(-1, ADDR, 10) = -1 EBADF (Bad file descriptor)');
  assert.equal(v[3], 'write(-1, "abcdef\\0", 7) = -1 EBADF (Bad file descriptor)');
  assert.equal(v[5], 'execve("/nonexistent/x", ["first", 0xffffffffffffffff, 0xfffffffffffffffe, ... /* ADDR */], ' +
    '["first", 0xffffffffffffffff, 0xfffffffffffffffe, ... /* ADDR */]) = -1 ENOENT (No such file or directory)');
  const s0 = traceOnly(norm(await trace('memory', calls, ['-s', '0'])));
  assert.deepEqual(s0.slice(1), [
    'write(-1, ""..., 10) = -1 EBADF (Bad file descriptor)',
    'write(-1, ""..., 6) = -1 EBADF (Bad file descriptor)',
    'write(-1, ""..., 7) = -1 EBADF (Bad file descriptor)',
    'mount("abcdef", "/nonexistent/x", ""..., 0, ""...) = -1 ENOENT (No such file or directory)',
    'execve("/nonexistent/x", [...], ADDR /* 3 vars, unterminated */) = -1 ENOENT (No such file or directory)',
  ]);
});

test('-xx reaches strings inside structs', { skip }, async () => {
  const r = await tstrace(['-xx', '-e', 'trace=uname', 'uname', '-s']);
  assert.match(r.stderr, /^uname\(\{sysname="\\x4c\\x69\\x6e\\x75\\x78", nodename="(\\x[0-9a-f]{2})+", \.\.\.\}\) += 0$/m);
});

test('-X inside structs and signal reports: rlimits, si_signo, si_code', { skip }, async () => {
  const norm = (ls) => ls.map((l) => l.replace(/pid=\d+/, 'pid=N').replace(/^kill\(\d+, (.*)\) +=/, 'kill(N, $1) ='));
  const want = {
    raw: ['setrlimit(0x4, {rlim_cur=8388608, rlim_max=18446744073709551615}) = 0',
      'kill(N, 18) = 0', '--- SIGCONT {si_signo=18, si_code=0, si_pid=N, si_uid=0} ---'],
    verbose: ['setrlimit(0x4 /* RLIMIT_CORE */, {rlim_cur=8388608 /* 8192*1024 */, rlim_max=18446744073709551615 /* RLIM64_INFINITY */}) = 0',
      'kill(N, 18 /* SIGCONT */) = 0', '--- SIGCONT {si_signo=18 /* SIGCONT */, si_code=0 /* SI_USER */, si_pid=N, si_uid=0} ---'],
    abbrev: ['setrlimit(RLIMIT_CORE, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0',
      'kill(N, SIGCONT) = 0', '--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER, si_pid=N, si_uid=0} ---'],
  };
  for (const [style, lines_] of Object.entries(want)) {
    assert.deepEqual(norm(await trace('xlat_more', 'setrlimit,kill', ['-X', style])), lines_, `-X ${style}`);
  }
});
