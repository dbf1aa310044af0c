/**
 * BPF programs as strace prints them: each instruction's code spelled out from its class
 * (`BPF_JMP|BPF_K|BPF_JEQ`), classic programs as BPF_STMT/BPF_JUMP lists, and seccomp
 * filters with their return actions named (`SECCOMP_RET_ERRNO|0x1`).
 */
import { address } from '../numbers.js';
import { defineStruct, type StructContext } from '../structs/registry.js';
import { formatEnum, hex } from '../xlat/index.js';

const BPF_LD = 0, BPF_LDX = 1, BPF_ST = 2, BPF_STX = 3, BPF_ALU = 4, BPF_JMP = 5, BPF_RET = 6, BPF_MISC = 7;
const BPF_JMP32 = 6;

const e = (table: string, v: number): string => formatEnum(table, v, 0);
const unknownBits = (i: number): string => `|${hex(i, 0)} /* BPF_??? */`;

/** The code of an instruction; `extended` for eBPF, whose classes 6 and 7 are JMP32 and ALU64. */
export function bpfCodeText(code: number, extended: boolean): string {
  const cls = code & 7;
  let i = code & ~7;
  let s = e(extended ? 'ebpf_class' : 'bpf_class', cls);
  const alu = (): string => `|${e('bpf_src', code & 0x08)}|${e('bpf_op_alu', code & 0xf0)}`;
  const jmp = (): string => `|${e('bpf_src', code & 0x08)}|${e('bpf_op_jmp', code & 0xf0)}`;
  const load = (): string => `|${e('bpf_size', code & 0x18)}|${e(extended ? 'ebpf_mode' : 'bpf_mode', code & 0xe0)}`;
  switch (cls) {
    case BPF_ST:
    case BPF_STX:
      if (extended) return s + load();
      return i ? s + unknownBits(i) : s;
    case BPF_LD:
    case BPF_LDX:
      return s + load();
    case BPF_MISC: // BPF_ALU64 in eBPF
      if (extended) return s + alu();
      s += `|${e('bpf_miscop', code & 0xf8)}`;
      i &= ~(code & 0xf8);
      return i ? s + unknownBits(i) : s;
    case BPF_ALU:
      return s + alu();
    case BPF_JMP:
      return s + jmp();
    case BPF_RET: // BPF_JMP32 in eBPF
      if (extended && cls === BPF_JMP32) return s + jmp();
      s += `|${e('bpf_rval', code & 0x18)}`;
      i &= ~(code & 0x18);
      return i ? s + unknownBits(i) : s;
  }
  return s;
}

const SECCOMP_RET_ACTION_FULL = 0xffff0000;

/** A seccomp filter's return value: the action, and its data when set. */
function seccompK(k: number): string {
  const action = (k & SECCOMP_RET_ACTION_FULL) >>> 0;
  const data = (k & ~SECCOMP_RET_ACTION_FULL) >>> 0;
  return e('seccomp_ret_action', action) + (data ? `|${hex(data, 0)}` : '');
}

/** One classic instruction (struct sock_filter: u16 code, u8 jt, u8 jf, u32 k). */
function insnText(b: Buffer, seccomp: boolean): string {
  const code = b.readUInt16LE(0);
  const jt = b.readUInt8(2);
  const jf = b.readUInt8(3);
  const k = b.readUInt32LE(4);
  if (jt || jf) return `BPF_JUMP(${bpfCodeText(code, false)}, ${hex(k, 0)}, ${hex(jt, 0)}, ${hex(jf, 0)})`;
  const kText = seccomp && (code & 7) === BPF_RET ? seccompK(k) : hex(k, 0);
  return `BPF_STMT(${bpfCodeText(code, false)}, ${kText})`;
}

const BPF_MAXINSNS = 4096;

/** The instructions of a classic program: its address unless -v, as strace does. */
export function bpfProgramText(c: StructContext, addr: number, len: number, seccomp: boolean): string {
  if (!c.opts.verbose) return address(addr);
  if (addr === 0) return 'NULL';
  if (len === 0) return '[]';
  let s = '[';
  for (let i = 0; i < len; i++) {
    const at = addr + 8 * i;
    if (c.mem.read(c.task.tid, at, 8) !== 8) {
      return i === 0 ? address(addr) : `${s}, ... /* ${address(at)} */]`;
    }
    if (i === BPF_MAXINSNS) return s + ', ...]';
    s += (i === 0 ? '' : ', ') + insnText(c.mem.scratch, seccomp);
  }
  return s + ']';
}

/** struct sock_fprog: u16 len, then the filter's address at 8. */
function fprog(seccomp: boolean) {
  return (c: StructContext, addr: number): string | null => {
    if (c.mem.read(c.task.tid, addr, 16) !== 16) return null;
    const b = c.mem.scratch;
    const len = b.readUInt16LE(0);
    const filter = b.readUInt32LE(8) + b.readUInt32LE(12) * 2 ** 32;
    return `{len=${len}, filter=${bpfProgramText(c, filter, len, seccomp)}}`;
  };
}
defineStruct('seccomp_fprog', fprog(true));
defineStruct('sock_fprog', fprog(false));
