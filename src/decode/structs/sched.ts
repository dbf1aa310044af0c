/**
 * struct sched_attr (sched_setattr, sched_getattr) as strace's sched.c prints it: the size
 * the caller says (setattr) or the kernel wrote (getattr) decides which fields exist;
 * setattr leaves out what SCHED_FLAG_KEEP_POLICY/KEEP_PARAMS keep; a setattr refused
 * with E2BIG shows the size the kernel wants (` => {size=56}`).
 */
import { defineRule, type ArgView } from '../special.js';
import { parseArg } from '../signature.js';
import { formatEnum, formatFlags } from '../xlat/index.js';
import { defineStruct, type StructContext } from './registry.js';
import { u64At } from './text.js';

/** The first version's size, and the one with the utilization clamps (all strace knows). */
const SCHED_ATTR_MIN_SIZE = 48;
const SCHED_ATTR_SIZE_VER1 = 56;
const SCHED_FLAG_KEEP_POLICY = 0x08;
const SCHED_FLAG_KEEP_PARAMS = 0x10;
const E2BIG = 7;

/** The fields of `b` (`size` bytes of them meaningful); `setting`: sched_setattr's view. */
function attrText(b: Buffer, size: number, sizeField: number, setting: boolean, more: boolean): string {
  const f = [`size=${sizeField}`];
  if (size >= SCHED_ATTR_MIN_SIZE) {
    const policy = b.readUInt32LE(4);
    const flagsLo = b.readUInt32LE(8);
    if (!setting || (policy | 0) < 0 || !(flagsLo & (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS))) {
      f.push(`sched_policy=${formatEnum('sched_policy', policy, 0)}`);
    }
    f.push(`sched_flags=${formatFlags('sched_flags', flagsLo, b.readUInt32LE(12))}`);
    if (!setting || !(flagsLo & SCHED_FLAG_KEEP_PARAMS)) {
      f.push(`sched_nice=${b.readInt32LE(16)}`, `sched_priority=${b.readUInt32LE(20)}`,
        `sched_runtime=${u64At(b, 24)}`, `sched_deadline=${u64At(b, 32)}`, `sched_period=${u64At(b, 40)}`);
    }
    if (size >= SCHED_ATTR_SIZE_VER1) f.push(`sched_util_min=${b.readUInt32LE(48)}`, `sched_util_max=${b.readUInt32LE(52)}`);
  }
  if (more) f.push('...');
  return `{${f.join(', ')}}`;
}

function read(c: StructContext, addr: number, len: number): Buffer | null {
  const b = Buffer.alloc(SCHED_ATTR_SIZE_VER1);
  if (c.mem.read(c.task.tid, addr, len) !== len) return null;
  c.mem.scratch.copy(b, 0, 0, len);
  return b;
}

// sched_setattr: the caller's size field says how much there is (0: the first version).
defineStruct('sched_attr_in', (c, addr) => {
  const head = read(c, addr, 4);
  if (head === null) return null;
  const sizeField = head.readUInt32LE(0);
  const usize = sizeField || SCHED_ATTR_MIN_SIZE;
  const size = Math.min(usize, SCHED_ATTR_SIZE_VER1);
  const b = size >= SCHED_ATTR_MIN_SIZE ? read(c, addr, size) : head;
  if (b === null) return null;
  return attrText(b, size, sizeField, true, usize > size);
});

// sched_getattr: the caller's buffer size (argument 2) bounds the read; the kernel's size field says what it wrote.
defineStruct('sched_attr_out', (c, addr) => {
  const usize = c.task.argInt(2) >>> 0;
  if (usize === 0) return null;
  const b = read(c, addr, Math.min(usize, SCHED_ATTR_SIZE_VER1));
  if (b === null) return null;
  const written = b.readUInt32LE(0);
  return attrText(b, written, written, false, false);
});

// The size the kernel stored when it refused the caller's (E2BIG); '' otherwise.
defineStruct('sched_attr_e2big', (c, addr) => {
  if (!c.task.isError || -(c.task.retLo | 0) !== E2BIG || c.opts.decodeStructs === false) return '';
  const b = read(c, addr, 4);
  return b === null ? '' : `{size=${b.readUInt32LE(0)}}`;
});

{
  const sys = 'sched_setattr';
  const slot = (index: number, kind: string, joiner?: string) =>
    ({ arg: parseArg(sys, kind), index, label: '', ...(joiner === undefined ? {} : { joiner }) });
  const setattr: ArgView = {
    slots: [slot(0, 'pid'), slot(1, 'struct:sched_attr_in'), slot(1, 'ovalue:sched_attr_e2big', ' => '), slot(2, 'uint')],
    exitFrom: 2,
    separatorAtExit: true,
  };
  defineRule(sys, () => setattr);
}
