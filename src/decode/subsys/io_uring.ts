/**
 * io_uring: the setup parameters (what the caller asks at entry, what the kernel filled
 * in at exit, in one struct as strace prints it).
 */
import { defineRule, type ArgView } from '../special.js';
import { parseArg } from '../signature.js';
import { defineStruct } from '../structs/registry.js';
import { formatFlags, hex } from '../xlat/index.js';
import { fdText } from './mem-text.js';

const PARAMS_SIZE = 120;
const IORING_SETUP_ATTACH_WQ = 32;

/** struct io_uring_params, the caller's half: `{flags=..., sq_thread_cpu=..., sq_thread_idle=...` (left open). */
defineStruct('io_uring_params_in', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, PARAMS_SIZE) !== PARAMS_SIZE) return null;
  const b = c.mem.scratch;
  const flags = b.readUInt32LE(8);
  let s = `{flags=${formatFlags('uring_setup_flags', flags, 0)}, sq_thread_cpu=${hex(b.readUInt32LE(12), 0)}` +
    `, sq_thread_idle=${b.readUInt32LE(16)}`;
  if (flags & IORING_SETUP_ATTACH_WQ) s += `, wq_fd=${fdText(c, b.readInt32LE(24))}`;
  const resv = [b.readUInt32LE(28), b.readUInt32LE(32), b.readUInt32LE(36)];
  if (resv.some((r) => r !== 0)) s += `, resv=[${resv.map((r) => hex(r, 0)).join(', ')}]`;
  return s;
});

const sqOff = (b: Buffer, o: number): string => {
  const names = ['head', 'tail', 'ring_mask', 'ring_entries', 'flags', 'dropped', 'array'];
  return '{' + names.map((n, i) => `${n}=${b.readUInt32LE(o + 4 * i)}`).join(', ') + reserved(b, o) + '}';
};
const cqOff = (b: Buffer, o: number): string => {
  const names = ['head', 'tail', 'ring_mask', 'ring_entries', 'overflow', 'cqes', 'flags'];
  return '{' + names.map((n, i) => `${n}=${b.readUInt32LE(o + 4 * i)}`).join(', ') + reserved(b, o) + '}';
};
/** The offsets structs' resv1 (u32 at 28) and resv2 (u64 at 32), when not zero. */
function reserved(b: Buffer, o: number): string {
  let s = '';
  if (b.readUInt32LE(o + 28) !== 0) s += `, resv1=${hex(b.readUInt32LE(o + 28), 0)}`;
  const lo = b.readUInt32LE(o + 32);
  const hi = b.readUInt32LE(o + 36);
  if (lo !== 0 || hi !== 0) s += `, resv2=${hex(lo, hi)}`;
  return s;
}

/** The kernel's half, closing the struct: `, sq_entries=..., cq_off={...}}`; nothing if unreadable. */
defineStruct('io_uring_params_out', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, PARAMS_SIZE) !== PARAMS_SIZE) return '';
  if (c.task.isError) return '}';
  const b = c.mem.scratch;
  return `, sq_entries=${b.readUInt32LE(0)}, cq_entries=${b.readUInt32LE(4)}` +
    `, features=${formatFlags('uring_setup_features', b.readUInt32LE(20), 0)}, sq_off=${sqOff(b, 40)}` +
    `, cq_off=${cqOff(b, 80)}}`;
});

const SETUP_VIEW: ArgView = {
  slots: [
    { arg: parseArg('io_uring_setup', 'uint'), index: 0, label: '' },
    { arg: parseArg('io_uring_setup', 'struct:io_uring_params_in'), index: 1, label: '' },
    { arg: parseArg('io_uring_setup', 'ovalue:io_uring_params_out'), index: 1, label: '', joiner: '' },
  ],
  exitFrom: 2,
  separatorAtExit: true,
};
defineRule('io_uring_setup', () => SETUP_VIEW);
