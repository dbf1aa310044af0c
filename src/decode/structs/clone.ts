/**
 * clone3's struct clone_args, as strace prints it: the fields the flags make meaningful,
 * and, at exit, what the kernel wrote back for the parent (` => {parent_tid=[N]}`).
 */
import { address as addr } from '../numbers.js';
import { signalName } from '../signals.js';
import { formatFlags } from '../xlat/index.js';
import { defineStruct } from './registry.js';

const CLONE_PIDFD = 0x1000;
const CLONE_SETTLS = 0x80000;
const CLONE_PARENT_SETTID = 0x100000;
const CLONE_CHILD_CLEARTID = 0x200000;
const CLONE_CHILD_SETTID = 0x1000000;
const CLONE_INTO_CGROUP = 0x200000000;

/** struct clone_args: u64 flags, pidfd, child_tid, parent_tid, exit_signal, stack,
 * stack_size, tls, set_tid, set_tid_size, cgroup. */
const FIELDS = 11;

function words(b: Buffer): number[] {
  return Array.from({ length: FIELDS }, (_, i) => b.readUInt32LE(8 * i) + b.readUInt32LE(8 * i + 4) * 2 ** 32);
}


defineStruct('clone_args', (c, at) => {
  const size = Math.min(8 * FIELDS, c.task.arg(1));
  if (size < 64 || c.mem.read(c.task.tid, at, size) !== size) return null;
  const b = Buffer.alloc(8 * FIELDS);
  c.mem.scratch.copy(b, 0, 0, size);
  const [flags, pidfd, childTid, parentTid, exitSignal, stack, stackSize, tls, setTid, setTidSize, cgroup] = words(b) as
    [number, number, number, number, number, number, number, number, number, number, number];
  const flagsLo = flags % 2 ** 32;
  const flagsHi = Math.floor(flags / 2 ** 32);
  const has = (bit: number): boolean => (bit >= 2 ** 32 ? (flagsHi & (bit / 2 ** 32)) !== 0 : (flagsLo & bit) !== 0);
  let s = `{flags=${formatFlags('clone3_flags', flagsLo, flagsHi)}`;
  if (has(CLONE_PIDFD)) s += `, pidfd=${addr(pidfd)}`;
  if (has(CLONE_CHILD_SETTID) || has(CLONE_CHILD_CLEARTID)) s += `, child_tid=${addr(childTid)}`;
  if (has(CLONE_PARENT_SETTID)) s += `, parent_tid=${addr(parentTid)}`;
  s += `, exit_signal=${exitSignal === 0 ? '0' : signalName(exitSignal)}, stack=${addr(stack)}, stack_size=0x${stackSize.toString(16)}`;
  if (has(CLONE_SETTLS)) s += `, tls=${addr(tls)}`;
  if (setTid !== 0 || setTidSize !== 0) s += `, set_tid=${addr(setTid)}, set_tid_size=${setTidSize}`;
  if (has(CLONE_INTO_CGROUP)) s += `, cgroup=${cgroup}`;
  return s + '}';
});

/** ` => {pidfd=[N], parent_tid=[N]}` material: '' (left out) when there is none or the call failed. */
defineStruct('clone3_result', (c, at) => {
  if (c.task.isError || c.mem.read(c.task.tid, at, 32) !== 32) return '';
  const b = c.mem.scratch;
  const flagsLo = b.readUInt32LE(0);
  const pidfd = b.readUInt32LE(8) + b.readUInt32LE(12) * 2 ** 32;
  const parentTid = b.readUInt32LE(24) + b.readUInt32LE(28) * 2 ** 32;
  const out: string[] = [];
  const intAt = (p: number): string | null => (c.mem.read(c.task.tid, p, 4) === 4 ? String(c.mem.scratch.readInt32LE(0)) : null);
  if ((flagsLo & CLONE_PIDFD) !== 0 && pidfd !== 0) {
    const v = intAt(pidfd);
    if (v !== null) out.push(`pidfd=[${v}]`);
  }
  if ((flagsLo & CLONE_PARENT_SETTID) !== 0 && parentTid !== 0) {
    const v = intAt(parentTid);
    if (v !== null) out.push(`parent_tid=[${v}]`);
  }
  return out.length === 0 ? '' : `{${out.join(', ')}}`;
}, { onError: true });
