/**
 * clone3's struct clone_args, as strace prints it: the fields the flags make meaningful,
 * and, at exit, what the kernel wrote back for the parent (` => {parent_tid=[N]}`).
 * Every field is a u64 kept as two 32-bit halves, so odd values print exactly.
 */
import { fdText } from '../fd-info.js';
import { address as addr } from '../numbers.js';
import { signalText } from '../signals.js';
import { formatFlags } from '../xlat/index.js';
import { arrayText } from './array.js';
import { hexAt, nonzeroBytes, numAt, ptrAt, u64At } from './text.js';
import { defineStruct, type StructContext } from './registry.js';

/** Flag bits that decide what is printed (all in the low half). */
const CLONE_PIDFD = 0x1000;
const CLONE_SETTLS = 0x80000;
const CLONE_PARENT_SETTID = 0x100000;
const CLONE_CHILD_CLEARTID = 0x200000;
const CLONE_CHILD_SETTID = 0x1000000;
/** CLONE_INTO_CGROUP is bit 33: bit 1 of the high half. */
const CLONE_INTO_CGROUP_HI = 0x2;

/** Offsets in struct clone_args (each field a u64). */
const FLAGS = 0;
const PIDFD = 8;
const CHILD_TID = 16;
const PARENT_TID = 24;
const EXIT_SIGNAL = 32;
const STACK = 40;
const STACK_SIZE = 48;
const TLS = 56;
const SET_TID = 64;
const SET_TID_SIZE = 72;
const CGROUP = 80;
/** The struct as this tracer knows it, and its first published version (up to tls). */
export const CLONE_ARGS_SIZE = 88;
export const CLONE_ARGS_MIN_SIZE = 64;
const MAX_SET_TID_SIZE = 32;
const PAGE_SIZE = 4096;

/** How many bytes of the struct strace reads: the size argument, at most what it knows. */
export function cloneArgsFetchSize(size: number): number {
  return Math.min(size, CLONE_ARGS_SIZE);
}

const isZero = (b: Buffer, off: number): boolean => b.readUInt32LE(off) === 0 && b.readUInt32LE(off + 4) === 0;

defineStruct('clone_args', (c: StructContext, at) => {
  const size = c.task.arg(1);
  const fetch = cloneArgsFetchSize(size);
  if (fetch < CLONE_ARGS_MIN_SIZE || c.mem.read(c.task.tid, at, fetch) !== fetch) return null;
  // A copy: the set_tid array and the tail are read through the scratch buffer.
  const b = Buffer.alloc(CLONE_ARGS_SIZE);
  c.mem.scratch.copy(b, 0, 0, fetch);
  const flagsLo = b.readUInt32LE(FLAGS);
  const flagsHi = b.readUInt32LE(FLAGS + 4);
  let s = `{flags=${formatFlags('clone3_flags', flagsLo, flagsHi)}`;
  if (flagsLo & CLONE_PIDFD) s += `, pidfd=${ptrAt(b, PIDFD)}`;
  if (flagsLo & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) s += `, child_tid=${ptrAt(b, CHILD_TID)}`;
  if (flagsLo & CLONE_PARENT_SETTID) s += `, parent_tid=${ptrAt(b, PARENT_TID)}`;
  const sigLo = b.readUInt32LE(EXIT_SIGNAL);
  const sigSmall = b.readUInt32LE(EXIT_SIGNAL + 4) === 0 && sigLo < 0x7fffffff;
  s += `, exit_signal=${sigSmall ? signalText(sigLo) : u64At(b, EXIT_SIGNAL)}`;
  s += `, stack=${ptrAt(b, STACK)}, stack_size=${hexAt(b, STACK_SIZE)}`;
  if (flagsLo & CLONE_SETTLS) s += `, tls=${ptrAt(b, TLS)}`;
  if (!isZero(b, SET_TID) || !isZero(b, SET_TID_SIZE)) {
    const setTid = numAt(b, SET_TID);
    const count = numAt(b, SET_TID_SIZE);
    const list = isZero(b, SET_TID) || count === 0 || count > MAX_SET_TID_SIZE
      ? ptrAt(b, SET_TID)
      : arrayText(c, setTid, count, 4, (e, off) => String(e.readInt32LE(off)));
    s += `, set_tid=${list}, set_tid_size=${u64At(b, SET_TID_SIZE)}`;
  }
  if (fetch > CGROUP && (!isZero(b, CGROUP) || (flagsHi & CLONE_INTO_CGROUP_HI))) s += `, cgroup=${u64At(b, CGROUP)}`;
  if (size > fetch) s += nonzeroBytes(c.mem, c.task.tid, at, fetch, Math.min(size, PAGE_SIZE), c.opts.strsize);
  return s + '}';
});

/** `[N]` for the int the kernel stored at `p` (NULL, or the address when unreadable). */
function storedInt(c: StructContext, p: number, asFd: boolean): string {
  if (p === 0) return 'NULL';
  if (c.mem.read(c.task.tid, p, 4) !== 4) return addr(p);
  const v = c.mem.scratch.readInt32LE(0);
  return `[${asFd ? fdText(c.task.tid, v, c.opts.fdPaths) : String(v)}]`;
}

/**
 * What follows ` => ` at exit: `{pidfd=[N], parent_tid=[N]}` and any non-zero tail of a
 * bigger struct, read again as strace does; '' (left out) when the call failed or there
 * is nothing to show; the address when the struct can no longer be read.
 */
defineStruct('clone3_result', (c, at) => {
  if (c.task.isError) return '';
  const size = c.task.arg(1);
  const fetch = cloneArgsFetchSize(size);
  if (c.mem.read(c.task.tid, at, fetch) !== fetch) return addr(at);
  const flagsLo = c.mem.scratch.readUInt32LE(FLAGS);
  const pidfd = numAt(c.mem.scratch, PIDFD);
  const parentTid = numAt(c.mem.scratch, PARENT_TID);
  const out: string[] = [];
  if (flagsLo & CLONE_PIDFD) out.push(`pidfd=${storedInt(c, pidfd, true)}`);
  if (flagsLo & CLONE_PARENT_SETTID) out.push(`parent_tid=${storedInt(c, parentTid, false)}`);
  if (size > fetch) {
    const tail = nonzeroBytes(c.mem, c.task.tid, at, fetch, Math.min(size, PAGE_SIZE), c.opts.strsize);
    if (tail !== '') out.push(tail.slice(2));
  }
  return out.length === 0 ? '' : `{${out.join(', ')}}`;
}, { onError: true });
