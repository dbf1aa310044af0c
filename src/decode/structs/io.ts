/** iovec arrays (readv/writev and friends) and msghdr (sendmsg/recvmsg). */
import { quote } from '../quote.js';
import { signatureOf } from '../signature.js';
import { flagsOr, numAt, ptr, type Bits } from './text.js';
import { defineStruct, type StructContext } from './registry.js';
import { sockaddrText } from './net.js';

/** Reused holder for an iovec array's (base, len) pairs while their data is read. */
let pairs = new Float64Array(64);

/**
 * `[{iov_base="hello", iov_len=5}, ...]` for `count` iovecs at `addr`; the bytes shown are
 * at most `data` in all (the return value at exit), each cut at -s. `withData` false prints
 * the bases as addresses (another process's iovecs). null when the array cannot be read.
 */
export function iovText(c: StructContext, addr: number, count: number, data: number, withData: boolean): string | null {
  const max = c.opts.strsize;
  const n = Math.min(count, max + 1, 4096);
  if (n <= 0) return '[]';
  if (c.mem.read(c.task.tid, addr, 16 * n) !== 16 * n) return null;
  if (pairs.length < 2 * n) pairs = new Float64Array(2 * n);
  const b = c.mem.scratch;
  for (let i = 0; i < n; i++) {
    pairs[2 * i] = numAt(b, 16 * i);
    pairs[2 * i + 1] = numAt(b, 16 * i + 8);
  }
  let s = '[';
  let left = data;
  for (let i = 0; i < n; i++) {
    if (i > 0) s += ', ';
    if (i === max) {
      s += '...';
      break;
    }
    const base = pairs[2 * i]!;
    const len = pairs[2 * i + 1]!;
    s += '{iov_base=';
    if (!withData || base === 0) {
      s += ptr(base);
    } else {
      const shown = Math.min(len, left);
      left -= shown;
      const take = Math.min(shown, max);
      if (take === 0) s += '""';
      else if (c.mem.read(c.task.tid, base, take) !== take) s += ptr(base);
      else s += quote(c.mem.scratch, take, c.opts.strings) + (shown > take ? '...' : '');
    }
    s += `, iov_len=${len}}`;
  }
  return s + (count > n && n <= max ? ', ...]' : ']');
}

// readv/writev/preadv/pwritev(2)/vmsplice/process_vm_*/process_madvise: the count follows.
// At exit only the bytes transferred are shown; another process's iovecs show no data.
defineStruct('iovec', (c, addr) => {
  const t = c.task;
  const sig = signatureOf(t.nr);
  const atExit = sig.args[c.index]?.kind === 'ostruct';
  const remote = sig.name === 'process_madvise' || (sig.name.startsWith('process_vm_') && c.index === 3);
  const data = atExit ? Number(t.retval()) : Infinity;
  return iovText(c, addr, t.arg(c.index + 1), data, !remote);
});

const MSG_FLAGS: Bits = [
  [0x1, 'MSG_OOB'], [0x2, 'MSG_PEEK'], [0x4, 'MSG_DONTROUTE'], [0x8, 'MSG_CTRUNC'], [0x10, 'MSG_PROBE'],
  [0x20, 'MSG_TRUNC'], [0x40, 'MSG_DONTWAIT'], [0x80, 'MSG_EOR'], [0x100, 'MSG_WAITALL'], [0x200, 'MSG_FIN'],
  [0x400, 'MSG_SYN'], [0x800, 'MSG_CONFIRM'], [0x1000, 'MSG_RST'], [0x2000, 'MSG_ERRQUEUE'],
  [0x4000, 'MSG_NOSIGNAL'], [0x8000, 'MSG_MORE'], [0x10000, 'MSG_WAITFORONE'], [0x40000, 'MSG_BATCH'],
  [0x4000000, 'MSG_ZEROCOPY'], [0x20000000, 'MSG_FASTOPEN'], [0x40000000, 'MSG_CMSG_CLOEXEC'],
];

// struct msghdr: name 0, namelen 8, iov 16, iovlen 24, control 32, controllen 40, flags 48.
defineStruct('msghdr', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 56) !== 56) return null;
  const b = c.mem.scratch;
  const name = numAt(b, 0);
  const namelen = b.readUInt32LE(8);
  const iov = numAt(b, 16);
  const iovlen = numAt(b, 24);
  const control = numAt(b, 32);
  const controllen = numAt(b, 40);
  const flags = b.readUInt32LE(48);
  const atExit = signatureOf(c.task.nr).args[c.index]?.kind === 'ostruct';
  const data = atExit ? Number(c.task.retval()) : Infinity;
  const nameText = name === 0 ? 'NULL' : sockaddrText(c, name, namelen) ?? ptr(name);
  const iovs = iov === 0 ? 'NULL' : iovText(c, iov, iovlen, data, true) ?? ptr(iov);
  let s = `{msg_name=${nameText}, msg_namelen=${namelen}, msg_iov=${iovs}, msg_iovlen=${iovlen}`;
  // Control messages are not decoded: their address stands in for them.
  if (controllen !== 0) s += `, msg_control=${ptr(control)}`;
  return `${s}, msg_controllen=${controllen}, msg_flags=${flagsOr('msg', MSG_FLAGS, flags)}}`;
});

