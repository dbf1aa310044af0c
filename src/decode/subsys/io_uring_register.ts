/**
 * io_uring_register(2): its argument by opcode, as strace's io_uring.c prints it (buffers,
 * fd arrays, files updates, the probe, restrictions, resource registration and update,
 * the io-wq affinity and worker counts, ring fds, provided-buffer rings). The probe and
 * the worker counts are read and written back: printed at entry and, changed, at exit.
 */
import type { Task } from '../../engine/task.js';
import { parseArg } from '../signature.js';
import { defineRule, type ArgSlot, type ArgView } from '../special.js';
import { iovText } from '../structs/io.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { hexAt, nonzeroBytes, ptrAt, u64At } from '../structs/text.js';
import { address } from '../numbers.js';
import { formatEnum, formatFlags, hex } from '../xlat/index.js';
import { URING_REGISTER_OPCODES } from '../xlat/subsys.gen.js';
import { arrayText, fdText } from './mem-text.js';
import { xlatEntries } from '../xlat/text.js';

const OP = Object.fromEntries(xlatEntries(URING_REGISTER_OPCODES).map(([v, n]) => [n, v])) as Record<string, number>;
const PAGE_SIZE = 4096;
const nargsOf = (c: StructContext): number => c.task.args[6]!;
const u32Hex = (v: number): string => hex(v, 0);

/** An fd of an fd array: `3</dev/null>`, or IORING_REGISTER_FILES_SKIP below -1. */
function updateFdText(c: StructContext, fd: number): string {
  return fd < -1 ? formatEnum('uring_files_update_fds', fd >>> 0, 0) : fdText(c, fd);
}

/** `count` ints at `addr`, each an fd (or a files-update entry). */
function fdArray(c: StructContext, addr: number, count: number, update: boolean): string | null {
  return arrayText(c, addr, count, 4, (b) => (update ? updateFdText(c, b.readInt32LE(0)) : fdText(c, b.readInt32LE(0))));
}

/** A u64 field holding a user address, as print_big_u64_addr (nothing extra on 64-bit). */
const u64Addr = (b: Buffer, off: number): number => b.readUInt32LE(off) + b.readUInt32LE(off + 4) * 2 ** 32;

// --- the arguments by opcode ---------------------------------------------------------------

defineStruct('uring_buffers', (c, addr) => (addr > Number.MAX_SAFE_INTEGER ? null : iovText(c, addr, nargsOf(c), 0, false)));
defineStruct('uring_fds', (c, addr) => fdArray(c, addr, nargsOf(c), false));

/** struct io_uring_files_update: offset, resv, fds (u64). */
defineStruct('uring_files_update', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, 16));
  const resv = b.readUInt32LE(4);
  const fds = fdArray(c, u64Addr(b, 8), nargsOf(c), true) ?? ptrAt(b, 8);
  return `{offset=${b.readUInt32LE(0)}${resv ? `, resv=${u32Hex(resv)}` : ''}, fds=${fds}}`;
});

/** struct io_uring_restriction: opcode (u16), the operand by opcode (u8), resv (u8), resv2[3] (u32). */
defineStruct('uring_restrictions', (c, addr) => arrayText(c, addr, nargsOf(c), 16, (b) => {
  const opcode = b.readUInt16LE(0);
  const operand = b.readUInt8(2);
  let s = `{opcode=${formatEnum('uring_restriction_opcode', opcode, 0)}`;
  switch (opcode) {
    case 0: s += `, register_op=${formatEnum('uring_register_opcode', operand, 0)}`; break;
    case 1: s += `, sqe_op=${formatEnum('uring_op', operand, 0)}`; break;
    case 2:
    case 3: s += `, sqe_flags=${formatFlags('uring_sqe_flags', operand, 0)}`; break;
    default: s += ` /* op: ${u32Hex(operand)} */`;
  }
  const resv = b.readUInt8(3);
  if (resv) s += `, resv=${u32Hex(resv)}`;
  const resv2 = [b.readUInt32LE(4), b.readUInt32LE(8), b.readUInt32LE(12)];
  if (resv2.some((v) => v !== 0)) s += `, resv2=[${resv2.map(u32Hex).join(', ')}]`;
  return s + '}';
}));

/** The data and tags of a resource registration or update (u64 addresses, `nr` entries). */
function rsrcData(c: StructContext, b: Buffer, dataOff: number, tagsOff: number, nr: number, op: number): string {
  const data = u64Addr(b, dataOff);
  let items: string | null;
  if (op === OP['IORING_REGISTER_FILES2']) items = fdArray(c, data, nr, false);
  else if (op === OP['IORING_REGISTER_FILES_UPDATE2']) items = fdArray(c, data, nr, true);
  else items = data > Number.MAX_SAFE_INTEGER ? null : iovText(c, data, nr, 0, false);
  const tags = arrayText(c, u64Addr(b, tagsOff), nr, 8, (t) => hexAt(t, 0)) ?? ptrAt(b, tagsOff);
  return `, data=${items ?? ptrAt(b, dataOff)}, tags=${tags}`;
}

/** struct io_uring_rsrc_register (FILES2, BUFFERS2): nr, flags, resv2, data, tags; size is nargs. */
defineStruct('uring_rsrc_register', (c, addr) => {
  const size = nargsOf(c);
  if (size < 32 || c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, 32));
  const nr = b.readUInt32LE(0);
  const resv2 = u64At(b, 8) !== '0' ? `, resv2=${hexAt(b, 8)}` : '';
  let s = `{nr=${nr}, flags=${formatFlags('uring_rsrc_register_flags', b.readUInt32LE(4), 0)}${resv2}` +
    rsrcData(c, b, 16, 24, nr, c.task.args[2]!);
  if (size > 32) s += nonzeroBytes(c.mem, c.task.tid, addr, 32, Math.min(size, PAGE_SIZE), c.opts.strsize);
  return s + '}';
});

/** struct io_uring_rsrc_update2 (FILES_UPDATE2, BUFFERS_UPDATE): offset, resv, data, tags, nr, resv2. */
defineStruct('uring_rsrc_update', (c, addr) => {
  const size = nargsOf(c);
  if (size < 32 || c.mem.read(c.task.tid, addr, 32) !== 32) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, 32));
  const resv = b.readUInt32LE(4);
  const nr = b.readUInt32LE(24);
  const resv2 = b.readUInt32LE(28);
  let s = `{offset=${b.readUInt32LE(0)}${resv ? `, resv=${u32Hex(resv)}` : ''}` + rsrcData(c, b, 8, 16, nr, c.task.args[2]!) +
    `, nr=${nr}${resv2 ? `, resv2=${u32Hex(resv2)}` : ''}`;
  if (size > 32) s += nonzeroBytes(c.mem, c.task.tid, addr, 32, Math.min(size, PAGE_SIZE), c.opts.strsize);
  return s + '}';
});

/** The io-wq CPU affinity: a cpu bitmap of nargs bytes (up to the kernel's cpuset size). */
const CPUSET_MAX = 128;
defineStruct('uring_iowq_aff', (c, addr) => {
  const len = nargsOf(c);
  if (len === 0) return '[]';
  const take = Math.min(len, CPUSET_MAX);
  if (c.mem.read(c.task.tid, addr, take) !== take) return null;
  const cpus: string[] = [];
  for (let i = 0; i < take * 8; i++) if (c.mem.scratch[i >> 3]! & (1 << (i & 7))) cpus.push(String(i));
  if (Math.ceil(take / 8) * 8 < len) cpus.push('...');
  return `[${cpus.join(' ')}]`;
});

/** struct io_uring_rsrc_update of RING_FDS: offset (-1: any), resv, data (the fd to register). */
defineStruct('uring_ring_fds', (c, addr) => arrayText(c, addr, nargsOf(c), 16, (b) => {
  const offset = b.readUInt32LE(0);
  const resv = b.readUInt32LE(4);
  return `{offset=${offset === 0xffffffff ? '-1' : offset}${resv ? `, resv=${u32Hex(resv)}` : ''}` +
    `, data=${fdText(c, b.readInt32LE(8))}}`;
}));
/** The same, unregistering: offset, resv, data when set. */
defineStruct('uring_ring_fds_unregister', (c, addr) => arrayText(c, addr, nargsOf(c), 16, (b) => {
  const resv = b.readUInt32LE(4);
  const data = u64At(b, 8) !== '0' ? `, data=${hexAt(b, 8)}` : '';
  return `{offset=${b.readUInt32LE(0)}${resv ? `, resv=${u32Hex(resv)}` : ''}${data}}`;
}));

/** struct io_uring_buf_reg: ring_addr, ring_entries, bgid (u16), pad (u16), resv[3] (u64). */
defineStruct('uring_buf_reg', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 40) !== 40) return null;
  const b = c.mem.scratch;
  const pad = b.readUInt16LE(14);
  const resv = [16, 24, 32].map((o) => hexAt(b, o));
  return `{ring_addr=${ptrAt(b, 0)}, ring_entries=${b.readUInt32LE(8)}, bgid=${b.readUInt16LE(12)}` +
    `${pad ? `, pad=${u32Hex(pad)}` : ''}${resv.some((r) => r !== '0') ? `, resv=[${resv.join(', ')}]` : ''}}`;
});

// --- read and written back: printed at entry, then ` => ` what the kernel left -------------

/** What an entry printed, and what the exit adds: nothing, ` => ` the new value, or all of it. */
type Then = 'none' | 'after' | 'instead';
const thenAtExit = new WeakMap<Task, Then>();

interface ReadWritten {
  /** The entry text (null: the address) and what follows at exit. */
  entry(c: StructContext, addr: number): { text: string | null; then: Then };
  /** The exit text (null: the address). */
  exit(c: StructContext, addr: number): string | null;
  /** On failure after an entry text: ` => 0x...` (true) or nothing. */
  addressOnError: boolean;
}

/** Defines NAME_in (entry) and NAME_out (exit) of a value the kernel reads and rewrites. */
function readWritten(name: string, rw: ReadWritten): void {
  defineStruct(`${name}_in`, (c, addr) => {
    const { text, then } = rw.entry(c, addr);
    thenAtExit.set(c.task, then);
    return then === 'instead' ? '' : text ?? address(addr);
  });
  defineStruct(`${name}_out`, (c, addr) => {
    const then = thenAtExit.get(c.task) ?? 'instead';
    if (then === 'none') return '';
    if (c.task.isError) return then === 'instead' ? address(addr) : rw.addressOnError ? ` => ${address(addr)}` : '';
    return (then === 'after' ? ' => ' : '') + (rw.exit(c, addr) ?? address(addr));
  });
}

const PROBE_OP_SIZE = 8;
const PROBE_MAX_OPS = 256;

/** struct io_uring_probe and its ops (at exit, as many as the kernel says it filled). */
function probeText(c: StructContext, b: Buffer, atExit: boolean): string {
  const nargs = nargsOf(c);
  const opsLen = b.readUInt8(1);
  const resv = b.readUInt16LE(2);
  const resv2 = [b.readUInt32LE(4), b.readUInt32LE(8), b.readUInt32LE(12)];
  const s = `{last_op=${formatEnum('uring_op_u', b.readUInt8(0), 0)}, ops_len=${opsLen}` +
    `${resv ? `, resv=${u32Hex(resv)}` : ''}${resv2.some((v) => v !== 0) ? `, resv2=[${resv2.map(u32Hex).join(', ')}]` : ''}`;
  const n = atExit ? Math.min(opsLen, nargs) : nargs;
  const limit = c.opts.verbose ? n : Math.min(n, c.opts.strsize);
  const ops: string[] = [];
  for (let i = 0; i < limit; i++) {
    const o = 16 + PROBE_OP_SIZE * i;
    const opResv = b.readUInt8(o + 1);
    const opResv2 = b.readUInt32LE(o + 4);
    ops.push(`{op=${formatEnum('uring_op_u', b.readUInt8(o), 0)}${opResv ? `, resv=${u32Hex(opResv)}` : ''}` +
      `, flags=${formatFlags('uring_op_flags', b.readUInt16LE(o + 2), 0)}${opResv2 ? `, resv2=${u32Hex(opResv2)}` : ''}}`);
  }
  if (limit < n || (atExit && nargs < opsLen)) ops.push('...');
  return `${s}, ops=[${ops.join(', ')}]}`;
}

function readProbe(c: StructContext, addr: number): Buffer | null {
  const size = 16 + PROBE_OP_SIZE * nargsOf(c);
  if (addr === 0 || c.mem.read(c.task.tid, addr, size) !== size) return null;
  return Buffer.from(c.mem.scratch.subarray(0, size));
}

readWritten('uring_probe', {
  entry(c, addr) {
    if (nargsOf(c) > PROBE_MAX_OPS) return { text: null, then: 'none' };
    const b = readProbe(c, addr);
    if (b === null) return { text: null, then: 'none' };
    // The kernel wants it zeroed: then there is nothing to show before it fills it in.
    if (b.every((x) => x === 0)) return { text: '', then: 'instead' };
    return { text: probeText(c, b, false), then: 'after' };
  },
  exit(c, addr) {
    const b = readProbe(c, addr);
    return b === null ? null : probeText(c, b, true);
  },
  addressOnError: false,
});

/** The worker counts, with their index: `[[IO_WQ_BOUND]=N, ...]`; complete: whether all could be read. */
function workersText(c: StructContext, addr: number): { text: string | null; complete: boolean } {
  const nargs = nargsOf(c);
  if (addr === 0) return { text: 'NULL', complete: false };
  if (nargs === 0) return { text: '[]', complete: false };
  const limit = c.opts.verbose ? nargs : Math.min(nargs, c.opts.strsize);
  const items: string[] = [];
  for (let i = 0; i < nargs; i++) {
    if (c.mem.read(c.task.tid, addr + 4 * i, 4) !== 4) {
      if (i === 0) return { text: null, complete: false };
      items.push(`... /* ${address(addr + 4 * i)} */`);
      return { text: `[${items.join(', ')}]`, complete: false };
    }
    if (i === limit) {
      items.push('...');
      break;
    }
    items.push(`[${formatEnum('uring_iowq_acct', i, 0)}]=${c.mem.scratch.readUInt32LE(0)}`);
  }
  return { text: `[${items.join(', ')}]`, complete: true };
}

readWritten('uring_iowq_max_workers', {
  entry(c, addr) {
    const { text, complete } = workersText(c, addr);
    return { text, then: complete ? 'after' : 'none' };
  },
  exit: (c, addr) => workersText(c, addr).text,
  addressOnError: true,
});

// --- the views ---------------------------------------------------------------------------

{
  const sys = 'io_uring_register';
  const slot = (index: number, kind: string, joiner?: string): ArgSlot =>
    ({ arg: parseArg(sys, kind), index, label: '', ...(joiner !== undefined ? { joiner } : {}) });
  const head = [slot(0, 'fd'), slot(1, 'enum:uring_register_opcode')];
  const simple = (kind: string): ArgView => ({ slots: [...head, slot(2, kind), slot(3, 'uint')], exitFrom: 4, separatorAtExit: false });
  const twoWay = (name: string): ArgView => ({
    slots: [...head, slot(2, `value:${name}_in`), slot(2, `ovalue:${name}_out`, ''), slot(3, 'uint')],
    exitFrom: 3, separatorAtExit: true,
  });
  const byOp = new Map<number, ArgView>();
  const set = (names: string[], v: ArgView): void => {
    for (const n of names) if (OP[n] !== undefined) byOp.set(OP[n]!, v);
  };
  set(['IORING_REGISTER_BUFFERS'], simple('struct:uring_buffers'));
  set(['IORING_REGISTER_FILES', 'IORING_REGISTER_EVENTFD', 'IORING_REGISTER_EVENTFD_ASYNC'], simple('struct:uring_fds'));
  set(['IORING_REGISTER_FILES_UPDATE'], simple('struct:uring_files_update'));
  set(['IORING_REGISTER_PROBE'], twoWay('uring_probe'));
  set(['IORING_REGISTER_RESTRICTIONS'], simple('struct:uring_restrictions'));
  set(['IORING_REGISTER_FILES2', 'IORING_REGISTER_BUFFERS2'], simple('struct:uring_rsrc_register'));
  set(['IORING_REGISTER_FILES_UPDATE2', 'IORING_REGISTER_BUFFERS_UPDATE'], simple('struct:uring_rsrc_update'));
  set(['IORING_REGISTER_IOWQ_AFF'], simple('struct:uring_iowq_aff'));
  set(['IORING_REGISTER_IOWQ_MAX_WORKERS'], twoWay('uring_iowq_max_workers'));
  set(['IORING_REGISTER_RING_FDS'], simple('struct:uring_ring_fds'));
  set(['IORING_UNREGISTER_RING_FDS'], simple('struct:uring_ring_fds_unregister'));
  set(['IORING_REGISTER_PBUF_RING', 'IORING_UNREGISTER_PBUF_RING'], simple('struct:uring_buf_reg'));
  const other = simple('ptr');
  defineRule(sys, (t) => byOp.get(t.args[2]!) ?? other);
}
