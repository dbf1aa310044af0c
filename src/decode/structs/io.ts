/** iovec arrays (readv/writev and friends); msghdr is net/msghdr.ts's. */
import { quote } from '../quote.js';
import { signatureOf } from '../signature.js';
import { arrayText } from './array.js';
import { numAt, ptrAt, u64At } from './text.js';
import { defineStruct, type StructContext } from './registry.js';

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
      text = ptrAt(b, off);
    } else {
      const shown = Math.min(len, left);
      left -= shown;
      const take = Math.min(shown, max);
      // As strace's printstrn: one byte more than shown is read, all of it must be readable.
      const need = Math.min(shown, max + 1);
      if (base === 0) text = 'NULL';
      else if (take === 0) text = '""';
      else if (c.mem.read(c.task.tid, base, need) !== need) text = ptrAt(b, off);
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
  if (addr > Number.MAX_SAFE_INTEGER) return null; // not a user address: printed exactly by the caller
  return iovText(c, addr, t.arg(c.index + 1), data, !remote && !(atExit && t.isError));
}, { onError: true });
