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

test('ioctl: consoles, video, seccomp notifications, SCSI generic, MTD and interfaces', { skip }, async () => {
  const bin = fixture('ioctl-devices');
  const t = ioctlLines((await tstrace(['-e', 'trace=ioctl', bin])).stderr);
  assert.deepEqual(t.slice(0, 8), [
    `ioctl(-1, KDMKTONE, 1<<16|440 /* 2711 Hz, 1 ms */) = ${EBADF}`,
    `ioctl(-1, KDSETLED, LED_NUM|LED_CAP) = ${EBADF}`,
    `ioctl(-1, KDSKBENT, {kb_table=K_SHIFTTAB, kb_index=30, kb_value=0x100 /* K_F1 */}) = ${EBADF}`,
    `ioctl(-1, VIDIOC_S_FMT, {type=V4L2_BUF_TYPE_VIDEO_OUTPUT, fmt.pix={width=640, height=480, ` +
      `pixelformat=v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */, field=V4L2_FIELD_NONE, bytesperline=0, ` +
      `sizeimage=0, colorspace=V4L2_COLORSPACE_DEFAULT}}) = ${EBADF}`,
    `ioctl(-1, SECCOMP_IOCTL_NOTIF_SEND, {id=0x2a, val=0, error=-EPERM, flags=SECCOMP_USER_NOTIF_FLAG_CONTINUE}) = ${EBADF}`,
    `ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_NONE, cmd_len=2, cmdp="\\x12\\x34", mx_sb_len=0, ` +
      `iovec_count=0, dxfer_len=0, timeout=0, flags=0, status=0, masked_status=0, msg_status=0, sb_len_wr=0, sbp=NULL, ` +
      `host_status=0, driver_status=0, resid=0, duration=0, info=0}) = ${EBADF}`,
    `ioctl(-1, MIXER_READ(13) or OTPSELECT, [MTD_OTP_USER]) = ${EBADF}`,
    `ioctl(-1, ZFS_IOC_POOL_CREATE, 0) = ${EBADF}`,
  ]);
  assert.match(t[8], /^ioctl\(\d+, SIOCGIFFLAGS, \{ifr_name="lo", ifr_flags=IFF_UP\|IFF_LOOPBACK\|IFF_RUNNING\}\) = 0$/);
  assert.match(t[9], /^ioctl\(\d+, SIOCGIFCONF, \{ifc_len=320 \/\* 8 \* sizeof\(struct ifreq\) \*\/ => \d+ \/\* \d \* sizeof\(struct ifreq\) \*\/, ifc_buf=\[\{ifr_name="lo", ifr_addr=\{sa_family=AF_INET, sin_port=htons\(0\), sin_addr=inet_addr\("127\.0\.0\.1"\)\}\}.*\]\}\) = 0$/);

  if (straceWorks()) {
    const s = ioctlLines((await strace(['-e', 'trace=ioctl', bin])).stderr);
    assert.deepEqual(t, s);
  }
});
