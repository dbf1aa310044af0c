/**
 * struct msghdr (sendmsg/recvmsg) and arrays of struct mmsghdr (sendmmsg/recvmmsg) as
 * strace prints them: the name, the iovecs (at exit, only the bytes moved), the control
 * messages, and for each mmsghdr the msg_len the kernel wrote. recvmmsg's name lengths and
 * timeout are kept at entry, as the kernel overwrites them.
 */
import type { Task } from '../../engine/task.js';
import * as N from '../xlat/net.gen.js';
import { signatureOf } from '../signature.js';
import { iovText } from '../structs/io.js';
import { sockaddrText } from '../structs/net.js';
import { defineResult, defineStruct, structDecoder, type StructContext } from '../structs/registry.js';
import { numAt, ptr } from '../structs/text.js';
import { msgControlText } from './cmsg.js';
import { xflags } from './xval.js';

const MSGHDR_SIZE = 56;
const MMSGHDR_SIZE = 64;
/** strace shows at most IOV_MAX messages of a vector. */
const IOV_MAX = 1024;

/**
 * The msghdr in `b` (56 bytes): `userNamelen` is the name length the caller gave when the
 * kernel changed it (`msg_namelen=0 => 16`), `data` the most bytes its iovecs show.
 */
export function msghdrText(c: StructContext, b: Buffer, userNamelen: number | undefined, data: number): string {
  const name = numAt(b, 0);
  const namelen = b.readInt32LE(8);
  const iov = numAt(b, 16);
  const iovlen = numAt(b, 24);
  const control = numAt(b, 32);
  const controllen = numAt(b, 40);
  const flags = b.readUInt32LE(48);
  const shownLen = userNamelen !== undefined && namelen > userNamelen ? userNamelen : namelen;
  const nameText = name === 0 ? 'NULL' : sockaddrText(c, name, shownLen) ?? ptr(name);
  const lenText = userNamelen !== undefined && userNamelen !== namelen ? `${userNamelen} => ${namelen}` : String(namelen);
  let s = `{msg_name=${nameText}, msg_namelen=${lenText}, msg_iov=${iovText(c, iov, iovlen, data, true)}, msg_iovlen=${iovlen}`;
  if (controllen !== 0) s += `, msg_control=${msgControlText(c, control, controllen)}`;
  return `${s}, msg_controllen=${controllen}, msg_flags=${xflags(N.MSG_FLAGS, flags, 'MSG_???')}}`;
}

function copyAt(c: StructContext, addr: number, len: number): Buffer | null {
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  return Buffer.from(c.mem.scratch.subarray(0, len));
}

/** recvmsg's msg_namelen at entry, by thread; null when its msghdr could not be read then. */
const namelenAtEntry = new WeakMap<Task, number | null>();

// sendmsg: the whole buffers; recvmsg (at exit): what the call returned, the name length
// the caller gave beside the kernel's, and that length alone when the call failed.
defineStruct('msghdr', (c, addr) => {
  const atExit = signatureOf(c.task.nr).args[c.index]?.kind === 'ostruct';
  if (!atExit) {
    const b = copyAt(c, addr, MSGHDR_SIZE);
    return b === null ? null : msghdrText(c, b, undefined, Infinity);
  }
  const userNamelen = namelenAtEntry.get(c.task);
  // Unseen at entry (attached during the call): as if the caller's length were the kernel's.
  if (userNamelen === null) return null;
  if (c.task.isError) return userNamelen === undefined ? null : `{msg_namelen=${userNamelen}}`;
  const b = copyAt(c, addr, MSGHDR_SIZE);
  return b === null ? null : msghdrText(c, b, userNamelen, Number(c.task.retval()));
}, {
  onError: true,
  capture(c, addr) {
    namelenAtEntry.set(c.task, c.mem.read(c.task.tid, addr, MSGHDR_SIZE) === MSGHDR_SIZE ? c.mem.scratch.readInt32LE(8) : null);
  },
});

const SYS_recvmmsg = 299;

/** recvmmsg's messages' name lengths at entry, by thread. */
const namelensAtEntry = new WeakMap<Task, number[]>();

/**
 * The vector at syscall exit: sendmmsg's whole (with msg_len for the messages sent, even
 * when it failed), recvmmsg's messages received (its address when it failed).
 */
defineStruct('mmsghdr', (c, addr) => {
  const t = c.task;
  const recv = t.nr === SYS_recvmmsg;
  if (recv && t.isError) return null;
  const done = t.isError ? 0 : Number(t.retval());
  const count = recv ? done : t.arg(c.index + 1) >>> 0;
  const namelens = recv ? namelensAtEntry.get(t) : undefined;
  const max = Math.min(IOV_MAX, namelens?.length ?? IOV_MAX);
  if (count === 0) return '[]';
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const b = copyAt(c, addr + i * MMSGHDR_SIZE, MMSGHDR_SIZE);
    if (b === null) {
      if (i === 0) return null;
      parts.push(`... /* ${ptr(addr + i * MMSGHDR_SIZE)} */`);
      break;
    }
    if ((!c.opts.verbose && i >= c.opts.strsize) || i >= max) {
      parts.push('...');
      break;
    }
    const msgLen = b.readUInt32LE(MSGHDR_SIZE);
    let s = `{msg_hdr=${msghdrText(c, b, namelens?.[i], recv ? msgLen : Infinity)}`;
    if (i < done) s += `, msg_len=${msgLen}`;
    parts.push(s + '}');
  }
  return `[${parts.join(', ')}]`;
}, {
  onError: true,
  capture(c, addr) {
    const t = c.task;
    if (t.nr !== SYS_recvmmsg) return;
    const lens: number[] = [];
    const n = Math.min(t.arg(c.index + 1) >>> 0, IOV_MAX);
    for (let i = 0; i < n; i++) {
      if (c.mem.read(t.tid, addr + i * MMSGHDR_SIZE + 8, 4) !== 4) break;
      lens.push(c.mem.scratch.readInt32LE(0));
    }
    namelensAtEntry.set(t, lens);
  },
});

/** recvmmsg's timeout as it was at entry (the kernel writes what is left into it). */
const timeoutAtEntry = new WeakMap<Task, string>();
defineStruct('mmsg_timeout', (c, addr) => timeoutAtEntry.get(c.task) ?? ptr(addr), {
  capture(c, addr) {
    timeoutAtEntry.set(c.task, structDecoder('timespec')?.(c, addr) ?? ptr(addr));
  },
});

// `= 0 (Timeout)`, or what was left of the timeout: `= 1 (left {tv_sec=0, tv_nsec=5})`.
defineResult('recvmmsg', (c) => {
  const t = c.task;
  if (Number(t.retval()) === 0) return 'Timeout';
  const addr = t.arg(4);
  // Outside -e verbose=, strace reads no timeout back.
  if (addr === 0 || c.opts.decodeStructs === false) return null;
  const left = structDecoder('timespec')?.({ ...c, index: 4 }, addr);
  return left ? `left ${left}` : null;
});
