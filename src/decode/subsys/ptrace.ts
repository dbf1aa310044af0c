/**
 * ptrace(2) as a traced call, as strace's ptrace.c prints it: which arguments each request
 * takes, what its address and data point to (register sets, siginfo, signal masks, the
 * PEEKSIGINFO and SECCOMP_GET_METADATA structs, PTRACE_GET_SYSCALL_INFO's result), and
 * what the kernel wrote back at exit.
 */
import type { Task } from '../../engine/task.js';
import { pointer } from '../numbers.js';
import { errnoName as errnoNameOf } from '../errno.js';
import { syscallNrText } from '../signals.js';
import { defineRule, view, type ArgView } from '../special.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { sigsetText, siginfoText } from '../structs/signal.js';
import { formatSiginfo } from '../signals.js';
import { fdText } from '../fd-info.js';
import { hexAt, i64At, u64At } from '../structs/text.js';
import { formatEnum, formatFlags, hex, styled, xlatStyle } from '../xlat/index.js';
import { PTRACE_REQUESTS } from '../xlat/process.gen.js';
import { PTRACE_USER_OFFSETS } from '../xlat/subsys.gen.js';
import { arrayText } from './mem-text.js';
import { bpfProgramText } from './bpf-filter.js';
import { xlatEntries } from '../xlat/text.js';

const REQ = Object.fromEntries(xlatEntries(PTRACE_REQUESTS).map(([v, n]) => [n, v])) as Record<string, number>;
const NT_PRSTATUS = 1;
const NT_FPREGSET = 2;

// --- register sets ---------------------------------------------------------------------------

/** struct user_regs_struct's fields, 8 bytes each, in order. */
const PRSTATUS_FIELDS = ['r15', 'r14', 'r13', 'r12', 'rbp', 'rbx', 'r11', 'r10', 'r9', 'r8', 'rax', 'rcx', 'rdx',
  'rsi', 'rdi', 'orig_rax', 'rip', 'cs', 'eflags', 'rsp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs'];
const PRSTATUS_SIZE = PRSTATUS_FIELDS.length * 8;
const FPREGSET_SIZE = 512;

/** The u32 array of `n` words at `off` in `b`, in hex, cut at -s unless -v. */
function u32Array(c: StructContext, b: Buffer, off: number, n: number): string {
  const limit = c.opts.verbose ? n : Math.min(n, c.opts.strsize);
  const words: string[] = [];
  for (let i = 0; i < limit; i++) words.push(hex(b.readUInt32LE(off + 4 * i), 0));
  if (limit < n) words.push('...');
  return `[${words.join(', ')}]`;
}

/**
 * A register set of `size` bytes at `addr` (NT_PRSTATUS or NT_FPREGSET): the fields that
 * fit in it, `...` after them when it is larger than the kernel's; null (the address)
 * when the size is not a multiple of 8 or the memory cannot be read.
 */
function regsetText(c: StructContext, addr: number, size: number, nt: number): string | null {
  if (nt !== NT_PRSTATUS && nt !== NT_FPREGSET) return null;
  if (size === 0 || size % 8 !== 0 || addr === 0) return null;
  const whole = nt === NT_PRSTATUS ? PRSTATUS_SIZE : FPREGSET_SIZE;
  const fetch = Math.min(whole, size);
  if (c.mem.read(c.task.tid, addr, fetch) !== fetch) return null;
  const b = Buffer.from(c.mem.scratch.subarray(0, fetch));
  const fields: string[] = [];
  if (nt === NT_PRSTATUS) {
    for (let i = 0; i * 8 < fetch; i++) fields.push(`${PRSTATUS_FIELDS[i]}=${hexAt(b, i * 8)}`);
  } else {
    // struct user_fpregs_struct: cwd swd ftw fop (u16), rip rdp (u64), mxcsr mxcr_mask (u32),
    // st_space[32], xmm_space[64], padding[24] (u32).
    const scalars: Array<[string, number, 2 | 4 | 8]> = [['cwd', 0, 2], ['swd', 2, 2], ['ftw', 4, 2], ['fop', 6, 2],
      ['rip', 8, 8], ['rdp', 16, 8], ['mxcsr', 24, 4], ['mxcr_mask', 28, 4]];
    for (const [name, off, width] of scalars) {
      if (off >= fetch) break;
      const v = width === 2 ? hex(b.readUInt16LE(off), 0) : width === 4 ? hex(b.readUInt32LE(off), 0) : hexAt(b, off);
      fields.push(`${name}=${v}`);
    }
    for (const [name, off, n] of [['st_space', 32, 32], ['xmm_space', 160, 64], ['padding', 416, 24]] as const) {
      if (off >= fetch) break;
      fields.push(`${name}=${u32Array(c, b, off, Math.min(n, (fetch - off) / 4))}`);
    }
  }
  if (size > whole) fields.push('...');
  return `{${fields.join(', ')}}`;
}

// GETREGS/SETREGS, GETFPREGS/SETFPREGS: a whole set at data (at exit for the GETs).
for (const [name, nt] of [['pt_regs', NT_PRSTATUS], ['pt_fpregs', NT_FPREGSET]] as const) {
  defineStruct(name, (c, addr) => regsetText(c, addr, nt === NT_PRSTATUS ? PRSTATUS_SIZE : FPREGSET_SIZE, nt));
}

/** struct iovec at `addr`: base and len, or null when unreadable. */
function iovecAt(c: StructContext, addr: number): { base: number; baseText: string; len: number; lenText: string } | null {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  const b = c.mem.scratch;
  return {
    base: b.readUInt32LE(0) + b.readUInt32LE(4) * 2 ** 32, baseText: hexAt(b, 0).replace(/^0$/, 'NULL'),
    len: b.readUInt32LE(8) + b.readUInt32LE(12) * 2 ** 32, lenText: u64At(b, 8),
  };
}

/** GET/SETREGSET's iov_len at entry, by thread: the kernel shrinks it to what it used. */
const iovLenAtEntry = new WeakMap<Task, { text: string; len: number }>();

/**
 * GETREGSET/SETREGSET's iovec, printed at exit: the set (what GETREGSET got, or what
 * SETREGSET gave, shown whatever the outcome), with `iov_len=N => M` when the kernel
 * changed the length.
 */
for (const get of [true, false]) {
  defineStruct(get ? 'ptrace_getregset' : 'ptrace_setregset', (c, addr) => {
    const iov = iovecAt(c, addr);
    if (iov === null) return null;
    const nt = c.task.args[4]!;
    const atEntry = iovLenAtEntry.get(c.task);
    // SETREGSET's set is what the caller gave: its size is the one at entry.
    const size = get ? iov.len : atEntry?.len ?? iov.len;
    const set = (get && c.task.isError ? null : regsetText(c, iov.base, size, nt)) ?? iov.baseText;
    const before = atEntry?.text ?? iov.lenText;
    const len = before === iov.lenText ? iov.lenText : `${before} => ${iov.lenText}`;
    return `{iov_base=${set}, iov_len=${len}}`;
  }, { onError: true });
}

// --- the other structs -----------------------------------------------------------------------

/** PTRACE_PEEKUSER/POKEUSER's offset: `offsetof(struct user, u_debugreg)+8` per -X. */
const USER_OFFSETS = xlatEntries(PTRACE_USER_OFFSETS);
const lastOffset = USER_OFFSETS[USER_OFFSETS.length - 1]?.[0] ?? 0;
function userOffsetText(lo: number, hi: number): string {
  const raw = pointer(lo, hi);
  if (hi !== 0) return raw;
  let base: readonly [number, string] | undefined;
  for (const e of USER_OFFSETS) if (e[0] <= lo && (base === undefined || e[0] >= base[0])) base = e;
  if (base === undefined || (lo > base[0] && base[0] === lastOffset)) return raw;
  const text = base[1] + (lo > base[0] ? `+${lo - base[0]}` : '');
  const style = xlatStyle();
  return style === 'abbrev' ? text : style === 'raw' ? raw : `${raw} /* ${text} */`;
}
defineStruct('ptrace_user_offset', (c) => userOffsetText(c.task.args[4]!, c.task.args[5]!));

/** struct __ptrace_peeksiginfo_args: off (u64), flags, nr (u32). */
defineStruct('ptrace_peeksiginfo_args', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
  const b = c.mem.scratch;
  return `{off=${u64At(b, 0)}, flags=${formatFlags('ptrace_peeksiginfo', b.readUInt32LE(8), 0)}, nr=${b.readUInt32LE(12)}}`;
});

/** The sigset at data, its size being argument 2 (strace's print_sigset_addr_len). */
const NSIG_BYTES = 8;
function sigmaskText(c: StructContext, addr: number): string | null {
  if (c.task.arg(2) !== NSIG_BYTES || c.mem.read(c.task.tid, addr, NSIG_BYTES) !== NSIG_BYTES) return null;
  return sigsetText(c.mem.scratch, 0, NSIG_BYTES);
}
defineStruct('ptrace_sigmask', sigmaskText);
defineStruct('ptrace_sigmask_out', (c, addr) => (c.task.isError ? null : sigmaskText(c, addr)));

/** A word the kernel stored: `[0x...]` (PEEK*), or `[N]` (GETEVENTMSG). */
for (const [name, text] of [['ptrace_peek', hexAt], ['ptrace_eventmsg', u64At]] as const) {
  defineStruct(name, (c, addr) => {
    if (c.task.isError || c.mem.read(c.task.tid, addr, 8) !== 8) return null;
    return `[${text(c.mem.scratch, 0)}]`;
  });
}

defineStruct('ptrace_siginfo_out', (c, addr) => (c.task.isError ? null : siginfoText(c, addr)));

/** PEEKSIGINFO's result: as many siginfos as it returned. */
const SIGINFO_SIZE = 128;
defineStruct('ptrace_siginfo_array', (c, addr) => {
  if (c.task.isError) return null;
  const fd = (n: number): string => fdText(c.task.tid, n, c.opts.fdPaths);
  return arrayText(c, addr, Number(c.task.retval()), SIGINFO_SIZE, (b) => formatSiginfo(b, { fd }));
});

defineStruct('ptrace_seccomp_filter', (c, addr) =>
  (c.task.isError ? null : bpfProgramText(c, addr, Number(c.task.retval()) & 0xffff, true)));

/**
 * struct seccomp_metadata: filter_off (u64) read at entry when addr says it fits, then at
 * exit the flags the kernel stored when it says it wrote them.
 */
defineStruct('ptrace_seccomp_metadata', (c, addr) => {
  const t = c.task;
  if (t.arg(2) < 8 || c.mem.read(t.tid, addr, 8) !== 8) return null;
  let s = `{filter_off=${u64At(c.mem.scratch, 0)}`;
  const size = t.isError ? 0 : Number(t.retval());
  if (size > 8) {
    if (size < 16 || c.mem.read(t.tid, addr + 8, 8) !== 8) s += ', ???';
    else {
      s += `, flags=${formatFlags('seccomp', c.mem.scratch.readUInt32LE(0), c.mem.scratch.readUInt32LE(4))}`;
      if (size > 16) s += ', ...';
    }
  }
  return s + '}';
}, { onError: true });

/**
 * struct ptrace_syscall_info (PTRACE_GET_SYSCALL_INFO): op, arch, instruction and stack
 * pointers, then the entry, exit or seccomp part, each field only if the size the kernel
 * returned (and the caller allowed) covers it.
 */
const PSI_SECCOMP_SIZE = 84; // offsetofend(seccomp.ret_data)
const PSI_EXIT_SIZE = 33; // offsetofend(exit.is_error)
const PSI_ENTRY = 1;
const PSI_EXIT = 2;
const PSI_SECCOMP = 3;
defineStruct('ptrace_syscall_info', (c, addr) => {
  const t = c.task;
  if (t.isError) return null;
  const fetch = Math.min(t.arg(2), Number(t.retval()), PSI_SECCOMP_SIZE);
  if (fetch <= 0 || c.mem.read(t.tid, addr, fetch) !== fetch) return null;
  const b = Buffer.alloc(PSI_SECCOMP_SIZE);
  c.mem.scratch.copy(b, 0, 0, fetch);
  const op = b.readUInt8(0);
  let s = `{op=${formatEnum('ptrace_syscall_info_op', op, 0)}`;
  if (fetch < 8) return s + '}';
  const arch = b.readUInt32LE(4);
  s += `, arch=${formatEnum('audit_arch', arch, 0)}`;
  if (fetch < 16) return s + '}';
  s += `, instruction_pointer=${hexAt(b, 8)}`;
  if (fetch < 24) return s + '}';
  s += `, stack_pointer=${hexAt(b, 16)}`;
  if (fetch < 32) return s + '}';
  const args = (): string => {
    const n = Math.min(6, Math.floor((fetch - 32) / 8));
    if (n === 0) return '';
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(hexAt(b, 32 + 8 * i));
    return `, args=[${words.join(', ')}]`;
  };
  const nr = (): string => (b.readUInt32LE(28) === 0 ? syscallNrText(b.readUInt32LE(24), arch) : u64At(b, 24));
  if (op === PSI_ENTRY) s += `, entry={nr=${nr()}${args()}}`;
  else if (op === PSI_SECCOMP) {
    s += `, seccomp={nr=${nr()}${args()}${fetch >= PSI_SECCOMP_SIZE ? `, ret_data=${b.readUInt32LE(80)}` : ''}}`;
  } else if (op === PSI_EXIT) {
    const full = fetch >= PSI_EXIT_SIZE;
    const isError = full ? b.readUInt8(32) : 0;
    const rval = i64At(b, 24);
    const errText = (): string => {
      const e = -Number(rval);
      const name = errnoNameOf(e);
      return name === undefined ? rval : styled(`-${name}`, rval);
    };
    s += `, exit={rval=${isError ? errText() : rval}${full ? `, is_error=${isError}` : ''}}`;
  }
  return s + '}';
});

// --- the requests ----------------------------------------------------------------------------

{
  const REQUEST: [number, string] = [0, 'enum64:ptrace_req'];
  const PID: [number, string] = [1, 'pid'];
  const v = (...rest: Array<[number, string]>): ArgView => view('ptrace', [REQUEST, ...rest]);
  const byReq = new Map<number, ArgView>();
  const set = (names: string[], av: ArgView): void => {
    for (const n of names) if (REQ[n] !== undefined) byReq.set(REQ[n]!, av);
  };
  const ADDR: [number, string] = [2, 'ptr'];
  const U_ADDR: [number, string] = [2, 'ulong'];
  set(['PTRACE_TRACEME'], v());
  set(['PTRACE_ATTACH', 'PTRACE_INTERRUPT', 'PTRACE_KILL', 'PTRACE_LISTEN'], v(PID));
  set(['PTRACE_PEEKUSER'], v(PID, [2, 'value:ptrace_user_offset'], [3, 'ovalue:ptrace_peek']));
  set(['PTRACE_POKEUSER'], v(PID, [2, 'value:ptrace_user_offset'], [3, 'ptr']));
  set(['PTRACE_PEEKTEXT', 'PTRACE_PEEKDATA'], v(PID, ADDR, [3, 'ovalue:ptrace_peek']));
  set(['PTRACE_GETEVENTMSG'], v(PID, ADDR, [3, 'ovalue:ptrace_eventmsg']));
  set(['PTRACE_CONT', 'PTRACE_DETACH', 'PTRACE_SYSCALL', 'PTRACE_SINGLESTEP', 'PTRACE_SINGLEBLOCK', 'PTRACE_SYSEMU',
    'PTRACE_SYSEMU_SINGLESTEP'], v(PID, ADDR, [3, 'sig']));
  set(['PTRACE_SEIZE', 'PTRACE_SETOPTIONS'], v(PID, ADDR, [3, 'flags64:ptrace_setoptions']));
  set(['PTRACE_SETSIGINFO'], v(PID, ADDR, [3, 'struct:siginfo']));
  set(['PTRACE_GETSIGINFO'], v(PID, ADDR, [3, 'ovalue:ptrace_siginfo_out']));
  set(['PTRACE_SETSIGMASK'], v(PID, U_ADDR, [3, 'value:ptrace_sigmask']));
  set(['PTRACE_GETSIGMASK'], v(PID, U_ADDR, [3, 'ovalue:ptrace_sigmask_out']));
  set(['PTRACE_SECCOMP_GET_FILTER'], v(PID, U_ADDR, [3, 'ovalue:ptrace_seccomp_filter']));
  set(['PTRACE_SECCOMP_GET_METADATA'], v(PID, U_ADDR, [3, 'ovalue:ptrace_seccomp_metadata']));
  set(['PTRACE_GET_SYSCALL_INFO'], v(PID, U_ADDR, [3, 'ovalue:ptrace_syscall_info']));
  set(['PTRACE_PEEKSIGINFO'], v(PID, [2, 'struct:ptrace_peeksiginfo_args'], [3, 'ovalue:ptrace_siginfo_array']));
  set(['PTRACE_GETREGSET'], v(PID, [2, 'enum64:nt_descriptor_type'], [3, 'ovalue:ptrace_getregset']));
  set(['PTRACE_SETREGSET'], v(PID, [2, 'enum64:nt_descriptor_type'], [3, 'ovalue:ptrace_setregset']));
  set(['PTRACE_GETREGS'], v(PID, [3, 'ostruct:pt_regs']));
  set(['PTRACE_GETFPREGS'], v(PID, [3, 'ostruct:pt_fpregs']));
  set(['PTRACE_SETREGS'], v(PID, [3, 'struct:pt_regs']));
  set(['PTRACE_SETFPREGS'], v(PID, [3, 'struct:pt_fpregs']));
  const other = v(PID, ADDR, [3, 'ptr']);
  const REGSET = new Set([REQ['PTRACE_GETREGSET'], REQ['PTRACE_SETREGSET']]);
  defineRule('ptrace', (t, mem) => {
    const req = t.args[1] === 0 ? t.args[0]! : -1;
    // The kernel rewrites the regset's iov_len: keep the caller's, at entry.
    if (REGSET.has(req) && t.inSyscall) {
      const addr = t.arg(3);
      if (addr !== 0 && mem.read(t.tid, addr + 8, 8) === 8) {
        iovLenAtEntry.set(t, { text: u64At(mem.scratch, 0), len: mem.scratch.readUInt32LE(0) + mem.scratch.readUInt32LE(4) * 2 ** 32 });
      }
      else iovLenAtEntry.delete(t);
    }
    return byReq.get(req) ?? other;
  });
}
