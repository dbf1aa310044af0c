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
