/**
 * perf_event_open(2)'s struct perf_event_attr as strace's perf.c prints it: the fields the
 * caller's size covers (all of them with -v; up to the bit flags otherwise, only the set
 * flags then), config spelled out by event type, and the size the kernel wrote back when
 * it refused a larger struct (E2BIG).
 */
import type { Task } from '../../engine/task.js';
import type { TraceeMemory } from '../../sys/memory.js';
import { defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';
import { hexAt, u64At } from '../structs/text.js';
import { formatEnum, formatFlags, hex } from '../xlat/index.js';

/** strace 6.1's struct perf_event_attr: up to sig_data (PERF_ATTR_SIZE_VER7). */
const ATTR_SIZE = 128;
const ATTR_SIZE_VER0 = 64;
/** Without -v strace reads up to wakeup_events only. */
const ABBREV_SIZE = 48;

const PERF_TYPE_HARDWARE = 0;
const PERF_TYPE_SOFTWARE = 1;
const PERF_TYPE_TRACEPOINT = 2;
const PERF_TYPE_HW_CACHE = 3;
const PERF_TYPE_BREAKPOINT = 5;
const PERF_SAMPLE_BRANCH_STACK = 1 << 11;
const PERF_SAMPLE_STACK_USER = 1 << 13;
const HW_BREAKPOINT_X_RW = 4 | 3;
const E2BIG = 7;

/** The one-bit flags at offset 40, by bit; precise_ip (bits 15-16) is printed apart. */
const FLAG_BITS = ['disabled', 'inherit', 'pinned', 'exclusive', 'exclude_user', 'exclude_kernel', 'exclude_hv',
  'exclude_idle', 'mmap', 'comm', 'freq', 'inherit_stat', 'enable_on_exec', 'task', 'watermark'];
const PRECISE_IP_BIT = 15;
const FLAG_BITS_2 = ['mmap_data', 'sample_id_all', 'exclude_host', 'exclude_guest', 'exclude_callchain_kernel',
  'exclude_callchain_user', 'mmap2', 'comm_exec', 'use_clockid', 'context_switch', 'write_backward', 'namespaces',
  'ksymbol', 'bpf_event', 'aux_output', 'cgroup', 'text_poke', 'build_id', 'inherit_thread', 'remove_on_exec', 'sigtrap'];
const FLAG_BITS_2_FROM = 17;
const RESERVED_1_BIT = 38;
const PRECISE_IP = ['arbitrary skid', 'constant skid', 'requested to have 0 skid', 'must have 0 skid'];


/** Bit `n` (0..63) of the u64 at `off`. */
const bit = (b: Buffer, off: number, n: number): number => (n < 32 ? b.readUInt32LE(off) >>> n : b.readUInt32LE(off + 4) >>> (n - 32)) & 1;

/** config by event type (hardware and cache events name their parts). */
function configText(b: Buffer, type: number): string {
  const lo = b.readUInt32LE(8);
  const hi = b.readUInt32LE(12);
  const pmu = hi !== 0 ? `${hex(hi, 0)}<<32|` : '';
  switch (type) {
    case PERF_TYPE_HARDWARE:
      return pmu + formatEnum('perf_hw_id', lo, 0);
    case PERF_TYPE_SOFTWARE:
      return formatEnum('perf_sw_ids', lo, hi);
    case PERF_TYPE_TRACEPOINT:
      return u64At(b, 8);
    case PERF_TYPE_HW_CACHE: {
      const top = lo >>> 24;
      return pmu + (top ? `${hex(top, 0)}<<24|` : '') +
        `${formatEnum('perf_hw_cache_op_result_id', (lo >>> 16) & 0xff, 0)}<<16|` +
        `${formatEnum('perf_hw_cache_op_id', (lo >>> 8) & 0xff, 0)}<<8|${formatEnum('perf_hw_cache_id', lo & 0xff, 0)}`;
    }
    default:
      return hexAt(b, 8);
  }
}

function attrText(b: Buffer, size: number, verbose: boolean, newSize: string | undefined): string {
  const type = b.readUInt32LE(0);
  const attrSize = b.readUInt32LE(4);
  const f: string[] = [];
  f.push(`type=${formatEnum('perf_type_id', type, 0)}`);
  f.push(`size=${formatEnum('perf_attr_size', attrSize, 0)}${newSize === undefined ? '' : ` => ${newSize}`}`);
  f.push(`config=${configText(b, type)}`);
  const freq = bit(b, 40, 10);
  f.push(`${freq ? 'sample_freq' : 'sample_period'}=${u64At(b, 16)}`);
  const sampleLo = b.readUInt32LE(24);
  f.push(`sample_type=${formatFlags('perf_event_sample_format', sampleLo, b.readUInt32LE(28))}`);
  f.push(`read_format=${formatFlags('perf_event_read_format', b.readUInt32LE(32), b.readUInt32LE(36))}`);
  const flag = (name: string, n: number): void => {
    const v = bit(b, 40, n);
    if (verbose || v) f.push(`${name}=${v}`);
  };
  FLAG_BITS.forEach((name, i) => flag(name, i));
  const precise = bit(b, 40, PRECISE_IP_BIT) | (bit(b, 40, PRECISE_IP_BIT + 1) << 1);
  f.push(`precise_ip=${precise} /* ${PRECISE_IP[precise]} */`);
  FLAG_BITS_2.forEach((name, i) => flag(name, FLAG_BITS_2_FROM + i));
  const reserved1 = (b.readUInt32LE(44) >>> (RESERVED_1_BIT - 32)) >>> 0;
  if (reserved1) f.push(`__reserved_1=${hex(reserved1, 0)} /* Bits 63..38 */`);
  const more = (attrSize !== 0 && attrSize > size) || (attrSize === 0 && size < ATTR_SIZE_VER0);
  const done = (): string => `{${f.join(', ')}${more ? ', ...' : ''}}`;
  if (!verbose) return done();
  const watermark = bit(b, 40, 14);
  f.push(`${watermark ? 'wakeup_watermark' : 'wakeup_events'}=${b.readUInt32LE(48)}`);
  const breakpoint = type === PERF_TYPE_BREAKPOINT;
  if (breakpoint) {
    const bpType = b.readUInt32LE(52);
    f.push(`bp_type=${formatEnum(bpType <= HW_BREAKPOINT_X_RW ? 'hw_breakpoint_type_invalid' : 'hw_breakpoint_type', bpType, 0)}`);
  }
  f.push(`${breakpoint ? 'bp_addr' : 'config1'}=${hexAt(b, 56)}`);
  // The optional fields, each if the size covers its offset.
  if (size <= 64) return done();
  f.push(breakpoint ? `bp_len=${u64At(b, 64)}` : `config2=${hexAt(b, 64)}`);
  if (size <= 72) return done();
  if (sampleLo & PERF_SAMPLE_BRANCH_STACK) {
    f.push(`branch_sample_type=${formatFlags('perf_branch_sample_type', b.readUInt32LE(72), b.readUInt32LE(76))}`);
  }
  if (size <= 80) return done();
  f.push(`sample_regs_user=${hexAt(b, 80)}`);
  if (size <= 88) return done();
  if (sampleLo & PERF_SAMPLE_STACK_USER) f.push(`sample_stack_user=${hex(b.readUInt32LE(88), 0)}`);
  if (bit(b, 40, 25)) { // use_clockid
    if (size <= 92) return done();
    f.push(`clockid=${formatEnum('clockid', b.readUInt32LE(92), 0)}`);
  }
  if (size <= 96) return done();
  f.push(`sample_regs_intr=${hexAt(b, 96)}`);
  if (size <= 104) return done();
  f.push(`aux_watermark=${b.readUInt32LE(104)}`);
  if (size <= 108) return done();
  f.push(`sample_max_stack=${b.readUInt16LE(108)}`);
  if (size <= 110) return done();
  const reserved2 = b.readUInt16LE(110);
  // strace puts these comments right after the previous field.
  if (reserved2) f[f.length - 1] += ` /* bytes 110..111: ${hex(reserved2, 0)} */`;
  if (size <= 112) return done();
  f.push(`aux_sample_size=${b.readUInt32LE(112)}`);
  if (size <= 116) return done();
  const reserved3 = b.readUInt32LE(116);
  if (reserved3) f[f.length - 1] += ` /* bytes 116..119: ${hex(reserved3, 0)} */`;
  if (size <= 120) return done();
  f.push(`sig_data=${hexAt(b, 120)}`);
  return done();
}

/** The attr as read at entry, by thread (the kernel may rewrite its size): all `size` bytes, or the abbreviated part only. */
interface Saved { readonly bytes: Buffer; readonly size: number; readonly whole: boolean; readonly head: boolean }
const atEntry = new WeakMap<Task, Saved | null>();

defineStruct('perf_event_attr_exit', (c, addr) => {
  // Outside -e verbose=, strace fetches no structure: the address stands in for it.
  if (c.opts.decodeStructs === false) return null;
  const saved = atEntry.get(c.task);
  if (saved === undefined || saved === null) return null;
  const verbose = c.opts.verbose;
  if (verbose ? !saved.whole : !saved.head) return null;
  let newSize: string | undefined;
  if (c.task.isError && -(c.task.retLo | 0) === E2BIG) {
    newSize = c.mem.read(c.task.tid, addr + 4, 4) === 4 ? formatEnum('perf_attr_size', c.mem.scratch.readUInt32LE(0), 0) : '???';
  }
  return attrText(saved.bytes, verbose ? saved.size : ABBREV_SIZE, verbose, newSize);
});

/** Reads an attr: its size field says how much (0: the first version's); null if none of it is shown. */
function readAttr(tid: number, addr: number, mem: TraceeMemory): Saved | null {
  if (addr === 0 || mem.read(tid, addr + 4, 4) !== 4) return null;
  const size = Math.min(mem.scratch.readUInt32LE(0), ATTR_SIZE) || ATTR_SIZE_VER0;
  // The kernel refuses sizes below the first version's, and so strace shows none of it.
  if (size < ATTR_SIZE_VER0) return null;
  const bytes = Buffer.alloc(ATTR_SIZE);
  const whole = mem.read(tid, addr, size) === size;
  if (whole) mem.scratch.copy(bytes, 0, 0, size);
  const head = whole || mem.read(tid, addr, ABBREV_SIZE) === ABBREV_SIZE;
  if (!whole && head) mem.scratch.copy(bytes, 0, 0, ABBREV_SIZE);
  return { bytes, size, whole, head };
}

/** Reads the attr at entry, for its exit. */
function capture(task: Task, addr: number, mem: TraceeMemory): void {
  atEntry.set(task, readAttr(task.tid, addr, mem));
}

/**
 * The attr at `addr` as it is now (PERF_EVENT_IOC_MODIFY_ATTRIBUTES passes one), or null
 * where strace prints the address.
 */
export function perfEventAttrText(tid: number, addr: number, mem: TraceeMemory, verbose: boolean): string | null {
  const saved = readAttr(tid, addr, mem);
  if (saved === null || (verbose ? !saved.whole : !saved.head)) return null;
  return attrText(saved.bytes, verbose ? saved.size : ABBREV_SIZE, verbose, undefined);
}

{
  const all = view('perf_event_open', [[0, 'ovalue:perf_event_attr_exit'], [1, 'int'], [2, 'int'], [3, 'fd'],
    [4, 'flags64:perf_event_open']], { exitFrom: 0 });
  defineRule('perf_event_open', (t, mem) => {
    if (t.inSyscall) capture(t, t.arg(0), mem);
    return all;
  });
}
