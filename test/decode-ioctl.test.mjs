// ioctl: request names from the table generated out of the kernel headers (two names for one
// number, the _IOC form for unknown ones, computed names), and arguments decoded by request,
// as strace prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, haveTstrace, lines, straceWorks, strace, tstrace } from './helpers/fixtures.mjs';

const skip = !haveCompiler() ? 'no C compiler' : !haveTstrace() ? 'tstrace is not built (npx tsc -p .)' : false;
const EBADF = '-1 EBADF (Bad file descriptor)';

function ioctlLines(text) {
  return lines(text).filter((l) => l.startsWith('ioctl(')).map((l) => l.replace(/ {2,}=/, ' ='));
}

test('ioctl requests and arguments by device family', { skip }, async () => {
  const bin = fixture('ioctls');
  const t = ioctlLines((await tstrace(['-e', 'trace=ioctl', bin])).stderr);
  assert.deepEqual(t.slice(0, 9), [
    `ioctl(-1, FS_IOC_FSSETXATTR, {fsx_xflags=FS_XFLAG_APPEND|FS_XFLAG_NOATIME, fsx_extsize=7, fsx_projid=0x2a, fsx_cowextsize=9}) = ${EBADF}`,
    `ioctl(-1, FITRIM, {start=0x1000, len=4096, minlen=512}) = ${EBADF}`,
    `ioctl(-1, FS_IOC_SETFLAGS, [FS_APPEND_FL|FS_NOATIME_FL]) = ${EBADF}`,
    `ioctl(-1, BTRFS_IOC_CLONE or FICLONE, 5) = ${EBADF}`,
    `ioctl(-1, FIFREEZE) = ${EBADF}`,
    `ioctl(-1, _IOC(_IOC_READ, 0xde, 0xad, 0x8), 0x1234) = ${EBADF}`,
    `ioctl(-1, EVIOCGBIT(EV_KEY, 8), NULL) = ${EBADF}`,
    `ioctl(-1, RTC_PARAM_SET, {param=RTC_PARAM_CORRECTION, svalue=-5, index=3}) = ${EBADF}`,
    `ioctl(-1, TCFLSH, TCIOFLUSH) = ${EBADF}`,
  ]);
  assert.match(t[9], /^ioctl\(\d+, TIOCSWINSZ, \{ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0\}\) = 0$/);
  assert.match(t[10], /^ioctl\(\d+, TIOCGWINSZ, \{ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0\}\) = 0$/);
  assert.match(t[11], /^ioctl\(\d+, TIOCGPTN, \[\d+\]\) = 0$/);

  const raw = ioctlLines((await tstrace(['-X', 'verbose', '-e', 'trace=ioctl', bin])).stderr);
  assert.equal(raw[3], `ioctl(-1, 0x40049409 /* BTRFS_IOC_CLONE or FICLONE */, 5) = ${EBADF}`);
  assert.equal(raw[5], `ioctl(-1, 0x8008dead /* _IOC(_IOC_READ, 0xde, 0xad, 0x8) */, 0x1234) = ${EBADF}`);

  if (straceWorks()) {
    const s = ioctlLines((await strace(['-e', 'trace=ioctl', bin])).stderr);
    assert.deepEqual(t.slice(0, 9), s.slice(0, 9));
  }
});

test('ioctl: struct termios, abbreviated and with -v', { skip }, async () => {
  const bin = fixture('ioctls');
  const t = ioctlLines((await tstrace(['-e', 'trace=ioctl', bin])).stderr);
  assert.match(t[12], /^ioctl\(\d+, TCGETS, \{c_iflag=[A-Z|]+, c_oflag=NL0\|CR0\|TAB0\|BS0\|VT0\|FF0\|[A-Z|]+, c_cflag=B\d+\|CS8\|[A-Z|]+, c_lflag=[A-Z|]+, \.\.\.\}\) = 0$/);
  const v = ioctlLines((await tstrace(['-v', '-e', 'trace=ioctl', bin])).stderr);
  assert.match(v[12], /, c_line=N_TTY, c_cc=\[\[VINTR\]=0x3, \[VQUIT\]=0x1c, .*\[17\]=0, \[18\]=0\]\}\) = 0$/);
});
