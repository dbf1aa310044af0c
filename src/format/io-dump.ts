/**
 * -e write=FDS / -e read=FDS: the data a call moved, as strace's hex dump
 * (` | 00000  68 69 0a    ...    hi.              |`), per iovec for vectored calls.
 */
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';

/** Where a syscall's data is: one buffer (arg index) or an iovec array (arg index, count arg). */
type DataAt =
  | { readonly kind: 'buffer'; readonly buf: number }
  | { readonly kind: 'iovec'; readonly iov: number; readonly count: number }
  | { readonly kind: 'msghdr'; readonly msg: number }
  | { readonly kind: 'mmsghdr'; readonly vec: number };

export const WRITES: Readonly<Record<string, DataAt>> = {
  write: { kind: 'buffer', buf: 1 }, pwrite64: { kind: 'buffer', buf: 1 }, sendto: { kind: 'buffer', buf: 1 },
  writev: { kind: 'iovec', iov: 1, count: 2 }, pwritev: { kind: 'iovec', iov: 1, count: 2 },
  pwritev2: { kind: 'iovec', iov: 1, count: 2 }, vmsplice: { kind: 'iovec', iov: 1, count: 2 },
  sendmsg: { kind: 'msghdr', msg: 1 }, sendmmsg: { kind: 'mmsghdr', vec: 1 }, mq_timedsend: { kind: 'buffer', buf: 1 },
};
export const READS: Readonly<Record<string, DataAt>> = {
  read: { kind: 'buffer', buf: 1 }, pread64: { kind: 'buffer', buf: 1 }, recvfrom: { kind: 'buffer', buf: 1 },
  readv: { kind: 'iovec', iov: 1, count: 2 }, preadv: { kind: 'iovec', iov: 1, count: 2 },
  preadv2: { kind: 'iovec', iov: 1, count: 2 }, recvmsg: { kind: 'msghdr', msg: 1 }, recvmmsg: { kind: 'mmsghdr', vec: 1 },
  mq_timedreceive: { kind: 'buffer', buf: 1 },
};

const hex2 = (b: number): string => (b < 16 ? '0' : '') + b.toString(16);

/** The offset column's width for a dump of `len` bytes: 5 digits, more past 1 MiB (as the last offset needs). */
function offsetWidth(len: number): number {
  return len > 1 << 20 ? 1 + Math.floor(Math.log2(len - 1) / 4) : 5;
}

/** strace's dump lines for `bytes` at offset `base`: 16 a line, offset, hex (a gap after 8), printable ASCII. */
function hexLines(bytes: Uint8Array, base: number, width: number): string {
  let out = '';
  for (let off = 0; off < bytes.length; off += 16) {
    let hex = '';
    let ascii = '';
    for (let i = 0; i < 16; i++) {
      const at = off + i;
      if (at < bytes.length) {
        const b = bytes[at]!;
        hex += hex2(b) + ' ';
        ascii += b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.';
      } else {
        hex += '   ';
        ascii += ' ';
      }
      if (i === 7) hex += ' ';
    }
    out += ` | ${(base + off).toString(16).padStart(width, '0')}  ${hex} ${ascii} |\n`;
  }
  return out;
}

/** strace reads a dump in pieces of this size; a piece it cannot read ends the dump. */
const DUMP_PIECE = 1 << 16;

/**
 * The dump of `len` bytes at `addr`, read piece by piece as strace's dumpstr does: the
 * pieces read are shown, and a piece that cannot be read ends the dump, said in a line of
 * its own unless it was the first (then there is no dump at all).
 */
function dumpMemory(task: Task, mem: TraceeMemory, addr: number, len: number): string {
  const width = offsetWidth(len);
  let out = '';
  for (let done = 0; done < len; done += DUMP_PIECE) {
    const size = Math.min(len - done, DUMP_PIECE);
    const bytes = copy(mem, task.tid, addr + done, size);
    if (bytes === null) {
      if (done > 0) out += ` | <Cannot fetch ${size} byte${size === 1 ? '' : 's'} from pid ${task.tid} @0x${(addr + done).toString(16)}>\n`;
      break;
    }
    out += hexLines(bytes, done, width);
  }
  return out;
}

/** Copies `len` bytes at `addr`, in scratch-sized pieces; null if they cannot be read. */
function copy(mem: TraceeMemory, tid: number, addr: number, len: number): Uint8Array | null {
  if (len > 0 && mem.read(tid, addr, 1) !== 1) return null; // before allocating for a bogus length
  const out = new Uint8Array(len);
  for (let done = 0; done < len;) {
    const n = mem.read(tid, addr + done, len - done);
    if (n <= 0) return null;
    out.set(mem.scratch.subarray(0, n), done);
    done += n;
  }
  return out;
}

/** The dump of the `total` bytes a call moved through `at`, or '' when unreadable. */
export function dumpIo(task: Task, mem: TraceeMemory, at: DataAt, total: number): string {
  if (at.kind === 'buffer') return dumpMemory(task, mem, task.arg(at.buf), total);
  if (at.kind === 'mmsghdr') return dumpMmsg(task, mem, task.arg(at.vec));
  let iov = task.arg(at.kind === 'iovec' ? at.iov : at.msg);
  let count = at.kind === 'iovec' ? task.arg(at.count) : 0;
  if (at.kind === 'msghdr') {
    // struct msghdr: msg_iov at 16, msg_iovlen at 24.
    const hdr = copy(mem, task.tid, iov, 32);
    if (!hdr) return '';
    const v = Buffer.from(hdr.buffer);
    iov = v.readUInt32LE(16) + v.readUInt32LE(20) * 2 ** 32;
    count = v.readUInt32LE(24);
  }
  return dumpIovec(task, mem, iov, count, total);
}

/**
 * sendmmsg/recvmmsg: each message the call moved (its return value says how many), its
 * iovecs up to its msg_len (struct mmsghdr: msghdr, then msg_len; 64 bytes).
 */
function dumpMmsg(task: Task, mem: TraceeMemory, vec: number): string {
  if (task.isError) return '';
  const n = Number(task.retval());
  let out = '';
  for (let i = 0; i < n; i++) {
    const hdr = copy(mem, task.tid, vec + 64 * i, 64);
    if (!hdr) break;
    const v = Buffer.from(hdr.buffer);
    const iovlen = v.readUInt32LE(24) + v.readUInt32LE(28) * 2 ** 32;
    out += ` = ${iovlen} buffers in vector ${i}\n` +
      dumpIovec(task, mem, v.readUInt32LE(16) + v.readUInt32LE(20) * 2 ** 32, iovlen, v.readUInt32LE(56));
  }
  return out;
}

function dumpIovec(task: Task, mem: TraceeMemory, iov: number, count: number, total: number): string {
  // As strace's dumpiov_upto: the whole iovec array or nothing; each buffer's header even
  // when its bytes cannot be read; an empty buffer (or the data running out) ends the dump.
  count |= 0;
  if (count <= 0) return '';
  const array = copy(mem, task.tid, iov, 16 * count);
  if (!array) return '';
  const v = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  let out = '';
  let left = total;
  for (let i = 0; i < count; i++) {
    const base = v.readUInt32LE(16 * i) + v.readUInt32LE(16 * i + 4) * 2 ** 32;
    const n = Math.min(left, v.readUInt32LE(16 * i + 8) + v.readUInt32LE(16 * i + 12) * 2 ** 32);
    if (n <= 0) break;
    left -= n;
    out += ` * ${n} bytes in buffer ${i}\n` + dumpMemory(task, mem, base, n);
  }
  return out;
}
