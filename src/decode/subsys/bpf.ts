/**
 * bpf(2)'s union bpf_attr as strace's bpf.c prints it, per command: the fields the caller's
 * size covers (strace stops at the first field a shorter, older struct lacks), and
 * `...` (or extra_data with -v) when bytes past the known struct are not all zero.
 */
import type { Task } from '../../engine/task.js';
import type { TraceeMemory } from '../../sys/memory.js';
import { defineRule, view } from '../special.js';
import { describeFd } from '../fd-info.js';
import { devAt } from '../structs/stat.js';
import { ifindexText } from '../net/inet.js';
import { quote } from '../quote.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { hexAt, ptrAt, u64At } from '../structs/text.js';
import { defineEnum, defineFlags, formatEnum, formatFlags, hex, styled } from '../xlat/index.js';
import * as T from '../xlat/subsys.gen.js';
import { BPF_CMDS } from '../xlat/process.gen.js';
import { arrayText, boundedString, bytesText, fdText } from './mem-text.js';
import { bpfCodeText } from './bpf-filter.js';
import { xlatEntries } from '../xlat/text.js';

defineEnum('bpf_prog_types', T.BPF_PROG_TYPES, { unknown: 'BPF_PROG_TYPE_???' });
defineEnum('bpf_attach_type', T.BPF_ATTACH_TYPE, { unknown: 'BPF_???' });
defineEnum('ebpf_regs', T.EBPF_REGS, { unknown: 'BPF_REG_???' });
defineFlags('bpf_map_lookup_elem_flags', T.BPF_MAP_LOOKUP_ELEM_FLAGS, { unknown: 'BPF_???' });
defineEnum('bpf_map_update_elem_flags', T.BPF_MAP_UPDATE_ELEM_FLAGS, { unknown: 'BPF_???' });
defineFlags('bpf_file_mode_flags', T.BPF_FILE_MODE_FLAGS, { unknown: 'BPF_F_???' });
defineFlags('bpf_attach_flags', T.BPF_ATTACH_FLAGS, { unknown: 'BPF_F_???' });
defineFlags('bpf_test_run_flags', T.BPF_TEST_RUN_FLAGS, { unknown: 'BPF_F_???' });
defineEnum('bpf_task_fd_type', T.BPF_TASK_FD_TYPE, { unknown: 'BPF_FD_TYPE_???' });
defineFlags('bpf_query_flags', T.BPF_QUERY_FLAGS, { unknown: 'BPF_F_QUERY_???' });
defineFlags('bpf_link_create_kprobe_multi_flags', T.BPF_LINK_CREATE_KPROBE_MULTI_FLAGS, { unknown: 'BPF_F_???' });
defineEnum('bpf_map_types', T.BPF_MAP_TYPES, { unknown: 'BPF_MAP_TYPE_???' });
defineFlags('bpf_map_flags', T.BPF_MAP_FLAGS, { unknown: 'BPF_F_???' });
defineFlags('bpf_prog_flags', T.BPF_PROG_FLAGS, { unknown: 'BPF_F_???' });

/** bpf(2)'s commands by name (`C.PROG_LOAD`), from the generated table. */
type CommandName =
  'BTF_GET_FD_BY_ID' | 'BTF_GET_NEXT_ID' | 'BTF_LOAD' | 'LINK_CREATE' | 'LINK_GET_FD_BY_ID'
  | 'LINK_GET_NEXT_ID' | 'LINK_UPDATE' | 'MAP_CREATE' | 'MAP_DELETE_BATCH' | 'MAP_DELETE_ELEM'
  | 'MAP_FREEZE' | 'MAP_GET_FD_BY_ID' | 'MAP_GET_NEXT_ID' | 'MAP_GET_NEXT_KEY'
  | 'MAP_LOOKUP_AND_DELETE_BATCH' | 'MAP_LOOKUP_AND_DELETE_ELEM' | 'MAP_LOOKUP_BATCH'
  | 'MAP_LOOKUP_ELEM' | 'MAP_UPDATE_BATCH' | 'MAP_UPDATE_ELEM' | 'OBJ_GET' | 'OBJ_GET_INFO_BY_FD'
  | 'OBJ_PIN' | 'PROG_ATTACH' | 'PROG_DETACH' | 'PROG_GET_FD_BY_ID' | 'PROG_GET_NEXT_ID'
  | 'PROG_LOAD' | 'PROG_QUERY' | 'PROG_TEST_RUN' | 'RAW_TRACEPOINT_OPEN' | 'TASK_FD_QUERY';
const C = Object.fromEntries(xlatEntries(BPF_CMDS).map(([v, n]) => [n.slice(4), v])) as Readonly<Record<CommandName, number>>;
const BPF_F_NUMA_NODE = 1 << 2;
const PAGE_SIZE = 4096;

/**
 * A command's printer: the attr bytes read at entry and at exit (each zero-padded to the
 * struct's size; the exit ones are the entry ones when they cannot be read) and the
 * caller's size.
 */
interface Command {
  readonly size: number;
  readonly print: (c: StructContext, b: Buffer, len: number, atExit: Buffer) => string[];
  /** Text after the struct (the batch commands' ` => {batch={count=N}}`). */
  readonly after?: (b: Buffer, atExit: Buffer) => string;
  /** How much of the struct the command knows when that depends on its fields (bytes past it are extra data). */
  readonly known?: (b: Buffer, len: number) => number;
}

/** KERNEL_VERSION(a, b, c) of a version word, per -X (strace's print_kernel_version). */
function kernelVersion(v: number): string {
  return styled(`KERNEL_VERSION(${v >>> 16}, ${(v >>> 8) & 0xff}, ${v & 0xff})`, hex(v, 0));
}

/** A char[n] field (strace's PRINT_FIELD_CSTRING_SZ): up to its NUL, or n-1 bytes and `...`. */
function cstringField(c: StructContext, b: Buffer, off: number, n: number): string {
  const end = b.indexOf(0, off);
  if (end >= 0 && end < off + n) return quote(b.subarray(off), end - off, c.opts.strings ?? 'escape');
  return quote(b.subarray(off), n - 1, c.opts.strings ?? 'escape') + '...';
}

const addrAt = (b: Buffer, off: number): number => b.readUInt32LE(off) + b.readUInt32LE(off + 4) * 2 ** 32;

/** A string at a u64 address field, at most -s bytes (strace's printstr). */
function stringAt(c: StructContext, b: Buffer, off: number): string {
  const addr = addrAt(b, off);
  if (addr === 0) return 'NULL';
  return boundedString(c, addr, c.opts.strsize) ?? ptrAt(b, off);
}

/** A buffer of `len` bytes that should hold a NUL-terminated string (printstr_ex, QUOTE_0_TERMINATED). */
function bufferAt(c: StructContext, b: Buffer, off: number, len: number): string {
  const addr = addrAt(b, off);
  if (addr === 0) return 'NULL';
  const n = Math.min(len, c.opts.strsize);
  if (n === 0) return '""';
  if (c.mem.read(c.task.tid, addr, n) !== n) return ptrAt(b, off);
  const data = c.mem.scratch;
  const nul = data.indexOf(0, 0);
  const style = c.opts.strings ?? 'escape';
  if (nul >= 0 && nul < n) return quote(data, nul, style);
  return quote(data, n, style) + '...';
}

const BPF_MAXINSNS = 4096;
const INSN_SIZE = 8;

/** struct bpf_insn: code, the two 4-bit registers, off, imm. */
function insnText(i: Buffer): string {
  const regs = i.readUInt8(1);
  return `{code=${bpfCodeText(i.readUInt8(0), true)}, dst_reg=${formatEnum('ebpf_regs', regs & 0xf, 0)}` +
    `, src_reg=${formatEnum('ebpf_regs', regs >>> 4, 0)}, off=${i.readInt16LE(2)}, imm=${hex(i.readUInt32LE(4), 0)}}`;
}

/** The program: its address, or with -v its instructions (at most BPF_MAXINSNS of them). */
function insnsAt(c: StructContext, b: Buffer, off: number, count: number): string {
  const addr = addrAt(b, off);
  if (!c.opts.verbose || addr === 0) return ptrAt(b, off);
  const text = arrayText(c, addr, Math.min(count, BPF_MAXINSNS), INSN_SIZE, insnText);
  if (text === null) return ptrAt(b, off);
  return count > BPF_MAXINSNS && text.endsWith('}]') ? text.slice(0, -1) + ', ...]' : text;
}

const u32 = (b: Buffer, off: number): number => b.readUInt32LE(off);
const fd = (c: StructContext, b: Buffer, off: number): string => fdText(c, b.readInt32LE(off));

const mapCreate: Command = {
  size: 72,
  print: (c, b, len) => {
    const f = [`map_type=${formatEnum('bpf_map_types', u32(b, 0), 0)}`, `key_size=${u32(b, 4)}`,
      `value_size=${u32(b, 8)}`, `max_entries=${u32(b, 12)}`];
    if (len <= 16) return f;
    const flags = u32(b, 16);
    f.push(`map_flags=${formatFlags('bpf_map_flags', flags, 0)}`);
    if (len <= 20) return f;
    f.push(`inner_map_fd=${fd(c, b, 20)}`);
    if (len <= 24) return f;
    if (flags & BPF_F_NUMA_NODE) {
      const node = u32(b, 24);
      f.push(`numa_node=${node === 0xffffffff ? `${node} /* NUMA_NO_NODE */` : String(node)}`);
    }
    if (len <= 28) return f;
    f.push(`map_name=${cstringField(c, b, 28, Math.min(16, len - 28))}`);
    if (len <= 44) return f;
    f.push(`map_ifindex=${ifindexText(u32(b, 44))}`);
    if (len <= 48) return f;
    f.push(`btf_fd=${fd(c, b, 48)}`, `btf_key_type_id=${u32(b, 52)}`, `btf_value_type_id=${u32(b, 56)}`);
    if (len <= 60) return f;
    f.push(`btf_vmlinux_value_type_id=${u32(b, 60)}`);
    if (len <= 64) return f;
    f.push(`map_extra=${u64At(b, 64)}`);
    return f;
  },
};

const progLoad: Command = {
  size: 128,
  print: (c, b, len) => {
    const insns = insnsAt(c, b, 8, u32(b, 4));
    const f = [`prog_type=${formatEnum('bpf_prog_types', u32(b, 0), 0)}`, `insn_cnt=${u32(b, 4)}`,
      `insns=${insns}`, `license=${stringAt(c, b, 16)}`];
    if (len <= 24) return f;
    f.push(`log_level=${u32(b, 24)}`, `log_size=${u32(b, 28)}`, `log_buf=${bufferAt(c, b, 32, u32(b, 28))}`);
    if (len <= 40) return f;
    f.push(`kern_version=${kernelVersion(u32(b, 40))}`);
    if (len <= 44) return f;
    f.push(`prog_flags=${formatFlags('bpf_prog_flags', u32(b, 44), 0)}`);
    if (len <= 48) return f;
    f.push(`prog_name=${cstringField(c, b, 48, Math.min(16, len - 48))}`);
    if (len <= 64) return f;
    f.push(`prog_ifindex=${ifindexText(u32(b, 64))}`);
    if (len <= 68) return f;
    f.push(`expected_attach_type=${formatEnum('bpf_attach_type', u32(b, 68), 0)}`);
    if (len <= 72) return f;
    f.push(`prog_btf_fd=${fd(c, b, 72)}`, `func_info_rec_size=${u32(b, 76)}`, `func_info=${ptrAt(b, 80)}`,
      `func_info_cnt=${u32(b, 88)}`, `line_info_rec_size=${u32(b, 92)}`, `line_info=${ptrAt(b, 96)}`,
      `line_info_cnt=${u32(b, 104)}`);
    if (len <= 108) return f;
    f.push(`attach_btf_id=${u32(b, 108)}`);
    if (len <= 112) return f;
    f.push(`attach_prog_fd=${fd(c, b, 112)}`);
    if (len <= 120) return f;
    f.push(`fd_array=${ptrAt(b, 120)}`);
    return f;
  },
};

const hi = (b: Buffer, off: number): number => b.readUInt32LE(off + 4);

/** BPF_MAP_LOOKUP_ELEM and BPF_MAP_LOOKUP_AND_DELETE_ELEM. */
const mapLookup: Command = {
  size: 32,
  print: (c, b, len) => {
    const f = [`map_fd=${fd(c, b, 0)}`, `key=${ptrAt(b, 8)}`, `value=${ptrAt(b, 16)}`];
    if (len > 24) f.push(`flags=${formatFlags('bpf_map_lookup_elem_flags', u32(b, 24), hi(b, 24))}`);
    return f;
  },
};
const mapUpdate: Command = {
  size: 32,
  print: (c, b) => [`map_fd=${fd(c, b, 0)}`, `key=${ptrAt(b, 8)}`, `value=${ptrAt(b, 16)}`,
    `flags=${formatEnum('bpf_map_update_elem_flags', u32(b, 24), hi(b, 24))}`],
};
const mapDelete: Command = { size: 16, print: (c, b) => [`map_fd=${fd(c, b, 0)}`, `key=${ptrAt(b, 8)}`] };
const mapNextKey: Command = {
  size: 24,
  print: (c, b) => [`map_fd=${fd(c, b, 0)}`, `key=${ptrAt(b, 8)}`, `next_key=${ptrAt(b, 16)}`],
};
const mapFreeze: Command = { size: 4, print: (c, b) => [`map_fd=${fd(c, b, 0)}`] };

const PATH_MAX = 4096;
const TP_NAME_SIZE = 128;

/** BPF_OBJ_PIN and BPF_OBJ_GET. */
const objPin: Command = {
  size: 16,
  print: (c, b, len) => {
    const addr = addrAt(b, 0);
    const path = addr === 0 ? 'NULL' : boundedString(c, addr, PATH_MAX) ?? ptrAt(b, 0);
    const f = [`pathname=${path}`, `bpf_fd=${fd(c, b, 8)}`];
    if (len > 12) f.push(`file_flags=${formatFlags('bpf_file_mode_flags', u32(b, 12), 0)}`);
    return f;
  },
};
const progAttach: Command = {
  size: 20,
  print: (c, b, len) => {
    const f = [`target_fd=${fd(c, b, 0)}`, `attach_bpf_fd=${fd(c, b, 4)}`,
      `attach_type=${formatEnum('bpf_attach_type', u32(b, 8), 0)}`,
      `attach_flags=${formatFlags('bpf_attach_flags', u32(b, 12), 0)}`];
    if (len > 16) f.push(`replace_bpf_fd=${fd(c, b, 16)}`);
    return f;
  },
};
const progDetach: Command = {
  size: 12,
  print: (c, b) => [`target_fd=${fd(c, b, 0)}`, `attach_type=${formatEnum('bpf_attach_type', u32(b, 8), 0)}`],
};
const progTestRun: Command = {
  size: 76,
  print: (c, b, len) => {
    const f = [`prog_fd=${fd(c, b, 0)}`, `retval=${u32(b, 4)}`, `data_size_in=${u32(b, 8)}`,
      `data_size_out=${u32(b, 12)}`, `data_in=${ptrAt(b, 16)}`, `data_out=${ptrAt(b, 24)}`, `repeat=${u32(b, 32)}`,
      `duration=${u32(b, 36)}`];
    if (len > 40) {
      f.push(`ctx_size_in=${u32(b, 40)}`, `ctx_size_out=${u32(b, 44)}`, `ctx_in=${ptrAt(b, 48)}`,
        `ctx_out=${ptrAt(b, 56)}`);
    }
    if (len > 64) f.push(`flags=${formatFlags('bpf_test_run_flags', u32(b, 64), 0)}`, `cpu=${u32(b, 68)}`);
    if (len > 72) f.push(`batch_size=${u32(b, 72)}`);
    return [`test={${f.join(', ')}}`];
  },
};
/** BPF_PROG_GET_FD_BY_ID and BPF_MAP_GET_FD_BY_ID: the id's field name differs. */
const getFdById = (idName: string): Command => ({
  size: 12,
  print: (_c, b, len) => {
    const f = [`${idName}=${u32(b, 0)}`, `next_id=${u32(b, 4)}`];
    if (len > 8) f.push(`open_flags=${formatFlags('bpf_file_mode_flags', u32(b, 8), 0)}`);
    return f;
  },
});
const onlyId = (idName: string): Command => ({ size: 4, print: (_c, b) => [`${idName}=${u32(b, 0)}`] });
const rawTracepointOpen: Command = {
  size: 12,
  print: (c, b) => [`raw_tracepoint={name=${bufferAt(c, b, 0, TP_NAME_SIZE)}, prog_fd=${fd(c, b, 8)}}`],
};
const btfLoad: Command = {
  size: 28,
  print: (c, b) => {
    const addr = addrAt(b, 0);
    const btf = addr === 0 ? 'NULL' : bytesText(c, addr, u32(b, 16)) ?? ptrAt(b, 0);
    return [`btf=${btf}`, `btf_log_buf=${ptrAt(b, 8)}`, `btf_size=${u32(b, 16)}`, `btf_log_size=${u32(b, 20)}`,
      `btf_log_level=${u32(b, 24)}`];
  },
};
const BPF_F_REPLACE = 4;
const linkUpdate: Command = {
  size: 16,
  print: (c, b) => {
    const flags = u32(b, 8);
    return [`link_update={link_fd=${fd(c, b, 0)}, new_prog_fd=${fd(c, b, 4)}` +
      `, flags=${formatFlags('bpf_attach_flags', flags, 0)}${flags & BPF_F_REPLACE ? `, old_prog_fd=${fd(c, b, 12)}` : ''}}`];
  },
};

/** BPF_{PROG,MAP,BTF,LINK}_GET_NEXT_ID: the id the kernel wrote back after `=>`. */
const getNextId: Command = {
  size: 12,
  print: (_c, b, len, e) => {
    const next = u32(e, 4);
    const f = [`start_id=${u32(b, 0)}`, `next_id=${u32(b, 4)}${next !== u32(b, 4) ? ` => ${next}` : ''}`];
    if (len > 8) f.push(`open_flags=${formatFlags('bpf_file_mode_flags', u32(e, 8), 0)}`);
    return f;
  },
};
const taskFdQuery: Command = {
  size: 48,
  print: (c, b, _len, e) => {
    const bufLen = u32(b, 12);
    const newLen = u32(e, 12);
    return [`task_fd_query={pid=${u32(b, 0)}, fd=${fd(c, b, 4)}, flags=${u32(b, 8)}` +
      `, buf_len=${bufLen}${newLen !== bufLen ? ` => ${newLen}` : ''}` +
      `, buf=${bufferAt(c, e, 16, Math.min(bufLen, newLen))}, prog_id=${u32(e, 24)}` +
      `, fd_type=${formatEnum('bpf_task_fd_type', u32(e, 28), 0)}, probe_offset=${hexAt(e, 32)}` +
      `, probe_addr=${hexAt(e, 40)}}`];
  },
};

/** The program ids the kernel wrote, by the count it wrote back (the address when the call failed). */
const progQuery: Command = {
  size: 28,
  print: (c, b, _len, e) => {
    const count = u32(b, 24);
    const newCount = u32(e, 24);
    const addr = addrAt(e, 16);
    let ids: string;
    if (addr === 0) ids = 'NULL';
    else if (newCount === 0) ids = '[]';
    else if (c.task.isError) ids = ptrAt(e, 16);
    else ids = arrayText(c, addr, newCount, 4, (x) => String(x.readUInt32LE(0))) ?? ptrAt(e, 16);
    return [`query={target_fd=${fd(c, b, 0)}, attach_type=${formatEnum('bpf_attach_type', u32(b, 4), 0)}` +
      `, query_flags=${formatFlags('bpf_query_flags', u32(b, 8), 0)}` +
      `, attach_flags=${formatFlags('bpf_attach_flags', u32(b, 12), 0)}, prog_ids=${ids}` +
      `, prog_cnt=${count !== newCount ? `${count} => ` : ''}${newCount}}`];
  },
};
const MAP_INFO_SIZE = 88;

/** struct bpf_map_info as the kernel filled it (`size` bytes of it), as far as its size goes. */
function mapInfoText(c: StructContext, raw: Buffer): string {
  const info = Buffer.alloc(MAP_INFO_SIZE);
  raw.copy(info, 0, 0, Math.min(raw.length, MAP_INFO_SIZE));
  const len = Math.min(raw.length, MAP_INFO_SIZE);
  const f = [`type=${formatEnum('bpf_map_types', u32(info, 0), 0)}`, `id=${u32(info, 4)}`, `key_size=${u32(info, 8)}`,
    `value_size=${u32(info, 12)}`, `max_entries=${u32(info, 16)}`,
    `map_flags=${formatFlags('bpf_map_flags', u32(info, 20), 0)}`];
  if (len > 24) f.push(`name=${cstringField(c, info, 24, 16)}`);
  if (len > 40) {
    f.push(`ifindex=${ifindexText(u32(info, 40))}`, `btf_vmlinux_value_type_id=${u32(info, 44)}`,
      `netns_dev=${devAt(info, 48)}`, `netns_ino=${u64At(info, 56)}`);
  }
  if (len > 64) {
    f.push(`btf_id=${u32(info, 64)}`, `btf_key_type_id=${u32(info, 68)}`, `btf_value_type_id=${u32(info, 72)}`);
    const extra = extraData(c, raw, MAP_INFO_SIZE, raw.length);
    if (extra !== undefined) f.push(extra);
  }
  return `{${f.join(', ')}}`;
}

/**
 * BPF_OBJ_GET_INFO_BY_FD: with -v, a map's info as the kernel wrote it (strace also
 * decodes a program's, not done here); otherwise the buffer's address.
 */
const objGetInfo: Command = {
  size: 16,
  print: (c, b, _len, e) => {
    const infoLen = u32(b, 4);
    const newLen = u32(e, 4);
    let info = ptrAt(b, 8);
    const addr = addrAt(b, 8);
    if (c.opts.verbose && newLen > 0 && newLen <= PAGE_SIZE &&
      describeFd(c.task.tid, b.readInt32LE(0), 1) === 'anon_inode:bpf-map' &&
      c.mem.read(c.task.tid, addr, newLen) === newLen) {
      info = mapInfoText(c, Buffer.from(c.mem.scratch.subarray(0, newLen)));
    }
    return [`info={bpf_fd=${fd(c, b, 0)}, info_len=${infoLen}${newLen !== infoLen ? ` => ${newLen}` : ''}` +
      `, info=${info}}`];
  },
};

/** The batch commands: which address fields each prints before count; the count written back after `=>`. */
const batch = (addrs: ReadonlyArray<readonly [string, number]>): Command => ({
  size: 56,
  print: (c, b) => [`batch={${addrs.map(([name, off]) => `${name}=${ptrAt(b, off)}, `).join('')}count=${u32(b, 32)}` +
    `, map_fd=${fd(c, b, 36)}, elem_flags=${formatFlags('bpf_map_lookup_elem_flags', u32(b, 40), hi(b, 40))}` +
    `, flags=${hexAt(b, 48)}}`],
  after: (b, e) => (u32(e, 32) !== u32(b, 32) ? ` => {batch={count=${u32(e, 32)}}}` : ''),
});
const lookupBatch = batch([['in_batch', 0], ['out_batch', 8], ['keys', 16], ['values', 24]]);

const BPF_TRACE_ITER = 28;
const BPF_PERF_EVENT = 41;
const BPF_TRACE_KPROBE_MULTI = 42;

/** An array of u64 in hex (strace's print_xint_array_member). */
const xints = (c: StructContext, b: Buffer, off: number, count: number): string =>
  arrayText(c, addrAt(b, off), count, 8, (x) => hexAt(x, 0)) ?? ptrAt(b, off);

/** An array of string pointers (strace's print_str_array_member); arrayText reads each element afresh, so reading the string may reuse the scratch buffer. */
function strings(c: StructContext, b: Buffer, off: number, count: number): string {
  return arrayText(c, addrAt(b, off), count, 8, (x) => {
    const addr = addrAt(x, 0);
    return addr === 0 ? 'NULL' : boundedString(c, addr, c.opts.strsize) ?? ptrAt(x, 0);
  }) ?? ptrAt(b, off);
}

/** BPF_LINK_CREATE: the union after flags by attach type. */
const linkCreate: Command = {
  size: 48,
  print: (c, b, len) => {
    const type = u32(b, 8);
    const f = [`prog_fd=${fd(c, b, 0)}`, `target_fd=${fd(c, b, 4)}`,
      `attach_type=${formatEnum('bpf_attach_type', type, 0)}`, `flags=${hex(u32(b, 12), 0)}`];
    if (len > 16) {
      if (type === 0) {
        if (u32(b, 16)) f.push(`target_btf_id=${u32(b, 16)}`);
      } else if (type === BPF_TRACE_ITER) {
        const count = u32(b, 24);
        const info = arrayText(c, addrAt(b, 16), count, 4, (x) => `{map={map_fd=${fdText(c, x.readInt32LE(0))}}}`);
        f.push(`iter_info=${info ?? ptrAt(b, 16)}`, `iter_info_len=${count}`);
      } else if (type === BPF_PERF_EVENT) {
        f.push(`perf_event={bpf_cookie=${hexAt(b, 16)}}`);
      } else if (type === BPF_TRACE_KPROBE_MULTI) {
        const count = u32(b, 20);
        f.push(`kprobe_multi={flags=${formatFlags('bpf_link_create_kprobe_multi_flags', u32(b, 16), 0)}` +
          `, cnt=${count}, syms=${strings(c, b, 24, count)}, addrs=${xints(c, b, 32, count)}` +
          `, cookies=${xints(c, b, 40, count)}}`);
      }
    }
    return [`link_create={${f.join(', ')}}`];
  },
  known: (b, len) => {
    if (len <= 16) return 48;
    switch (u32(b, 8)) {
      case 0: return 20;
      case BPF_TRACE_ITER: return 28;
      case BPF_PERF_EVENT: return 24;
      case BPF_TRACE_KPROBE_MULTI: return 48;
      default: return 16;
    }
  },
};

const COMMANDS = new Map<number, Command>([[C.LINK_CREATE, linkCreate], [C.MAP_LOOKUP_BATCH, lookupBatch], [C.MAP_LOOKUP_AND_DELETE_BATCH, lookupBatch],
  [C.MAP_UPDATE_BATCH, batch([['keys', 16], ['values', 24]])], [C.MAP_DELETE_BATCH, batch([['keys', 16]])], [C.OBJ_GET_INFO_BY_FD, objGetInfo], [C.PROG_QUERY, progQuery], [C.PROG_GET_NEXT_ID, getNextId], [C.MAP_GET_NEXT_ID, getNextId], [C.BTF_GET_NEXT_ID, getNextId], [C.LINK_GET_NEXT_ID, getNextId],
  [C.TASK_FD_QUERY, taskFdQuery], [C.MAP_CREATE, mapCreate], [C.MAP_LOOKUP_ELEM, mapLookup], [C.MAP_UPDATE_ELEM, mapUpdate],
  [C.MAP_DELETE_ELEM, mapDelete], [C.MAP_GET_NEXT_KEY, mapNextKey], [C.PROG_LOAD, progLoad], [C.OBJ_PIN, objPin], [C.OBJ_GET, objPin], [C.PROG_ATTACH, progAttach],
  [C.PROG_DETACH, progDetach], [C.PROG_TEST_RUN, progTestRun], [C.PROG_GET_FD_BY_ID, getFdById('prog_id')], [C.MAP_GET_FD_BY_ID, getFdById('map_id')],
  [C.RAW_TRACEPOINT_OPEN, rawTracepointOpen], [C.BTF_LOAD, btfLoad], [C.BTF_GET_FD_BY_ID, onlyId('btf_id')], [C.MAP_LOOKUP_AND_DELETE_ELEM, mapLookup], [C.MAP_FREEZE, mapFreeze],
  [C.LINK_UPDATE, linkUpdate], [C.LINK_GET_FD_BY_ID, onlyId('link_id')]]);

/** The bytes past the known struct: `...` (or extra_data with -v) when any is not zero. */
function extraData(c: StructContext, raw: Buffer, known: number, size: number): string | undefined {
  if (size <= known) return undefined;
  const rest = raw.subarray(known, size);
  if (rest.every((x) => x === 0)) return undefined;
  if (!c.opts.verbose) return '...';
  return `extra_data=${quote(rest, rest.length, 'hex')} /* bytes ${known}..${size - 1} */`;
}

/** The commands whose attr the kernel writes back: printed at exit, from what was read at entry and after. */
const WRITTEN_BACK = new Set([C.PROG_GET_NEXT_ID, C.MAP_GET_NEXT_ID, C.OBJ_GET_INFO_BY_FD, C.PROG_QUERY, C.TASK_FD_QUERY, C.BTF_GET_NEXT_ID, C.MAP_LOOKUP_BATCH, C.MAP_LOOKUP_AND_DELETE_BATCH, C.MAP_UPDATE_BATCH, C.MAP_DELETE_BATCH, C.LINK_GET_NEXT_ID]);

/** The commands that return a new fd (strace's RVAL_FD): MAP_CREATE, PROG_LOAD, OBJ_GET, *_GET_FD_BY_ID, BTF_LOAD, LINK_CREATE. */
const FD_RESULT = new Set([C.MAP_CREATE, C.PROG_LOAD, C.OBJ_PIN, C.OBJ_GET, C.PROG_GET_FD_BY_ID, C.MAP_GET_FD_BY_ID, C.BTF_LOAD, C.BTF_GET_FD_BY_ID, C.LINK_CREATE, C.LINK_GET_FD_BY_ID]);

/** The attr as the caller passed it, by thread (for the WRITTEN_BACK commands). */
const atEntry = new WeakMap<Task, Buffer | null>();

/** The attr's `size` bytes at `addr`, or null when the command has no printer or they cannot be read. */
function readAttr(task: Task, mem: TraceeMemory, addr: number): Buffer | null {
  const size = task.arg(2);
  if (addr === 0 || !COMMANDS.has(task.arg(0)) || size === 0 || size > PAGE_SIZE) return null;
  if (mem.read(task.tid, addr, size) !== size) return null;
  return Buffer.from(mem.scratch.subarray(0, size));
}

/** `raw` zero-padded (or cut) to the command's struct. */
function padded(command: Command, raw: Buffer): Buffer {
  const b = Buffer.alloc(command.size);
  raw.copy(b, 0, 0, Math.min(raw.length, command.size));
  return b;
}

function attrText(c: StructContext, raw: Buffer | null, atExit: Buffer | null): string | null {
  const command = COMMANDS.get(c.task.arg(0));
  if (command === undefined || raw === null) return null;
  const size = raw.length;
  const b = padded(command, raw);
  const f = command.print(c, b, Math.min(size, command.size), atExit === null ? b : padded(command, atExit));
  const extra = extraData(c, raw, command.known?.(b, Math.min(size, command.size)) ?? command.size, size);
  if (extra !== undefined) f.push(extra);
  return `{${f.join(', ')}}${command.after?.(b, atExit === null ? b : padded(command, atExit)) ?? ''}`;
}

defineStruct('bpf_attr', (c, addr) => attrText(c, readAttr(c.task, c.mem, addr), null));
defineStruct('bpf_attr_exit', (c, addr) => {
  const saved = atEntry.get(c.task);
  atEntry.delete(c.task);
  return saved === undefined ? null : attrText(c, saved, readAttr(c.task, c.mem, addr));
});

{
  const atExit = view('bpf', [[0, 'enum:bpf_cmd'], [1, 'ovalue:bpf_attr_exit'], [2, 'uint']], { exitFrom: 1 });
  const fdResult = view('bpf', [[0, 'enum:bpf_cmd'], [1, 'iostruct:bpf_attr'], [2, 'uint']], { ret: 'fd' });
  defineRule('bpf', (t, mem) => {
    // As strace's RVAL_FD: a result beyond INT_MAX (an injected one) is no fd.
    if (FD_RESULT.has(t.args[0]!)) return t.retHi === 0 && t.retLo <= 0x7fffffff ? fdResult : undefined;
    if (!WRITTEN_BACK.has(t.args[0]!)) return undefined;
    if (t.inSyscall) {
      atEntry.set(t, readAttr(t, mem, t.arg(1)));
    }
    return atExit;
  });
}
