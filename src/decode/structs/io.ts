/** iovec arrays (readv/writev and friends) and msghdr (sendmsg/recvmsg). */
import { quote } from '../quote.js';
import { signatureOf } from '../signature.js';
import { arrayText } from './array.js';
import { flagsOr, numAt, ptr, u64At, type Bits } from './text.js';
import { defineStruct, type StructContext } from './registry.js';
import { sockaddrText } from './net.js';
import { msgControlText } from '../net/cmsg.js';

const IOVEC_SIZE = 16;

/**
 * `[{iov_base="hello", iov_len=5}, ...]` for `count` iovecs at `addr`, as strace's
 * tprint_iov_upto: the bytes shown are at most `data` in all (the return value at exit),
 * each buffer cut at -s; `withData` false prints the bases as addresses (another process's
 * iovecs, or a failed call's). The array itself prints as print_array does (cut after -s
 * elements, the address when unreadable, `... /* 0x... *\/` where reading stops).
 */
export function iovText(c: StructContext, addr: number, count: number, data: number, withData: boolean): string {
  const max = c.opts.strsize;
  let left = data;
  return arrayText(c, addr, count, IOVEC_SIZE, (b, off) => {
    const base = numAt(b, off);
    const len = numAt(b, off + 8);
    let text: string;
    if (!withData) {
      text = ptr(base);
    } else {
      const shown = Math.min(len, left);
      left -= shown;
      const take = Math.min(shown, max);
      if (base === 0) text = 'NULL';
      else if (take === 0) text = '""';
      else if (c.mem.read(c.task.tid, base, take) !== take) text = ptr(base);
      else text = quote(c.mem.scratch, take, c.opts.strings) + (shown > take ? '...' : '');
    }
    return `{iov_base=${text}, iov_len=${u64At(b, off + 8)}}`;
  });
}

// readv/writev/preadv/pwritev(2)/vmsplice/process_vm_*/process_madvise: the count follows.
// At exit only the bytes transferred are shown, and none when the call failed; another
// process's iovecs show no data.
defineStruct('iovec', (c, addr) => {
  const t = c.task;
  const sig = signatureOf(t.nr);
  const atExit = sig.args[c.index]?.kind === 'ostruct';
  const remote = sig.name === 'process_madvise' || (sig.name.startsWith('process_vm_') && c.index === 3);
  const data = atExit && !t.isError ? Number(t.retval()) : Infinity;
  return iovText(c, addr, t.arg(c.index + 1), data, !remote && !(atExit && t.isError));
}, { onError: true });

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
  const iovs = iovText(c, iov, iovlen, data, true);
  let s = `{msg_name=${nameText}, msg_namelen=${namelen}, msg_iov=${iovs}, msg_iovlen=${iovlen}`;
  if (controllen !== 0) s += `, msg_control=${msgControlText(c, control, controllen)}`;
  return `${s}, msg_controllen=${controllen}, msg_flags=${flagsOr('msg', MSG_FLAGS, flags)}}`;
});

