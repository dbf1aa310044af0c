/**
 * seccomp user notifications (type '!', linux/seccomp.h): the notification a supervisor
 * receives, its response, the id check and the fd it installs in the target.
 */
import { pidText } from '../pids.js';
import { SYSCALL_NAMES } from '../../sys/x86_64/syscalls.gen.js';
import { errnoName } from '../errno.js';
import * as D from '../xlat/devices.gen.js';
import { AUDIT_ARCH } from '../xlat/subsys.gen.js';
import { OPEN_FLAGS } from '../xlat/fs.gen.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64, x64 } from './fields.js';
import { onRequests, type IoctlStep } from './registry.js';
import { requestNumbers as codes } from './request.js';

const AUDIT_ARCH_X86_64 = 0xc000003e;
/** SECCOMP_IOR(2, __u64): the id check as first (wrongly) numbered, still accepted. */
const NOTIF_ID_VALID_WRONG_DIR = ((2 << 30) | (8 << 16) | (0x21 << 8) | 2) >>> 0;
const NOTIF_SIZE = 80;

/** seccomp_data's nr: the syscall's name where the arch is this tracer's own. */
function syscallNr(c: IoctlCall, nr: number, arch: number): string {
  const name = arch === AUDIT_ARCH_X86_64 ? SYSCALL_NAMES[nr] ?? undefined : undefined;
  if (name === undefined || c.style === 'raw') return String(nr);
  return c.style === 'verbose' ? `${nr} /* __NR_${name} */` : `__NR_${name}`;
}

/** struct seccomp_notif: id, pid, flags, then struct seccomp_data. */
function notif(c: IoctlCall, b: Buffer): string {
  const nr = b.readUInt32LE(16);
  const arch = b.readUInt32LE(20);
  const args = c.local(6, (i) => x64(b, 32 + 8 * i));
  return `{id=${x64(b, 0)}, pid=${pidText(c.task.tid, b.readInt32LE(8), 'tgid', c.opts)}, flags=${hex(b.readUInt32LE(12))}, data={nr=${syscallNr(c, nr, arch)}` +
    `, arch=${c.xval(AUDIT_ARCH, arch, 'AUDIT_ARCH_???')}, instruction_pointer=${ptr64(b, 24)}, args=${args}}}`;
}

onRequests(codes('SECCOMP_IOCTL_NOTIF_RECV'), (c): IoctlStep => {
  const b = c.fetch(c.arg, NOTIF_SIZE);
  if (b === null) return c.addr(c.arg);
  const exit = (c: IoctlCall): string => c.struct(c.arg, NOTIF_SIZE, (o) => notif(c, o));
  // The kernel wants it zeroed: only what it wrote is worth printing then.
  if (b.every((v) => v === 0)) return { entry: '', exit };
  return { entry: notif(c, b), exit: (c) => ' => ' + exit(c) };
});

/** An errno value as print_err prints a negated one: `-ENOSR`, else the number. */
function negatedErrno(c: IoctlCall, v: number): string {
  const name = v < 0 ? errnoName(-v) : undefined;
  if (name === undefined || c.style === 'raw') return String(v);
  return c.style === 'verbose' ? `${v} /* -${name} */` : `-${name}`;
}

onRequests(codes('SECCOMP_IOCTL_NOTIF_SEND'), (c) => c.struct(c.arg, 24, (b) =>
  `{id=${x64(b, 0)}, val=${b.readBigInt64LE(8)}, error=${negatedErrno(c, b.readInt32LE(16))}` +
  `, flags=${c.flags(D.SECCOMP_IOCTL_RESP_FLAGS, b.readUInt32LE(20), 'SECCOMP_USER_NOTIF_FLAG_???')}}`));

onRequests([...codes('SECCOMP_IOCTL_NOTIF_ID_VALID'), NOTIF_ID_VALID_WRONG_DIR], (c) =>
  c.struct(c.arg, 8, (b) => `[${x64(b, 0)}]`));

onRequests(codes('SECCOMP_IOCTL_NOTIF_ADDFD'), (c) => c.struct(c.arg, 24, (b) =>
  `{id=${x64(b, 0)}, flags=${c.flags(D.SECCOMP_IOCTL_ADDFD_FLAGS, b.readUInt32LE(8), 'SECCOMP_ADDFD_FLAG_???')}` +
  `, srcfd=${c.fd(b.readInt32LE(12))}, newfd=${b.readInt32LE(16)}, newfd_flags=${c.flags(OPEN_FLAGS, b.readUInt32LE(20), 'O_???')}}`));
