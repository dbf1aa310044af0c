/**
 * A seccomp-bpf program that makes only the chosen syscalls stop for the tracer
 * (SECCOMP_RET_TRACE) and lets every other one run (SECCOMP_RET_ALLOW), so untraced
 * syscalls cost nothing. Syscalls of another ABI (i386, x32) all stop: the tracer decides.
 */
import { readFileSync } from 'node:fs';

const BPF_LD_W_ABS = 0x20;
const BPF_JEQ_K = 0x15;
const BPF_JGT_K = 0x25;
const BPF_JGE_K = 0x35;
const BPF_RET_K = 0x06;
const SECCOMP_RET_ALLOW = 0x7fff0000;
const SECCOMP_RET_TRACE = 0x7ff00000;
const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;
/** offsetof(struct seccomp_data, nr / arch). */
const DATA_NR = 0;
const DATA_ARCH = 4;
/** The kernel's BPF_MAXINSNS. */
export const MAX_INSNS = 4096;

type Insn = readonly [code: number, jt: number, jf: number, k: number];

/** Consecutive runs of the sorted numbers: [[lo, hi], ...]. */
function ranges(nrs: Iterable<number>): [number, number][] {
  const sorted = [...new Set(nrs)].filter((n) => n >= 0).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** The filter as `struct sock_filter[]` bytes (8 bytes an instruction). */
export function traceFilter(traced: Iterable<number>): Buffer {
  const prog: Insn[] = [
    [BPF_LD_W_ABS, 0, 0, DATA_ARCH],
    [BPF_JEQ_K, 1, 0, AUDIT_ARCH_X86_64],
    [BPF_RET_K, 0, 0, SECCOMP_RET_TRACE],
    [BPF_LD_W_ABS, 0, 0, DATA_NR],
    [BPF_JGE_K, 0, 1, X32_SYSCALL_BIT],
    [BPF_RET_K, 0, 0, SECCOMP_RET_TRACE],
  ];
  // Jumps only go forward and at most 255 instructions, so each range decides on the spot;
  // a number below a range's start is below every later one too.
  for (const [lo, hi] of ranges(traced)) {
    prog.push(
      [BPF_JGT_K, 3, 0, hi],
      [BPF_JGE_K, 0, 1, lo],
      [BPF_RET_K, 0, 0, SECCOMP_RET_TRACE],
      [BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW],
    );
  }
  prog.push([BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW]);
  if (prog.length > MAX_INSNS) throw new Error(`seccomp filter too long (${prog.length} instructions)`);
  const b = Buffer.alloc(prog.length * 8);
  prog.forEach(([code, jt, jf, k], i) => {
    b.writeUInt16LE(code, i * 8);
    b.writeUInt8(jt, i * 8 + 2);
    b.writeUInt8(jf, i * 8 + 3);
    b.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return b;
}

/** `struct sock_fprog` followed by the filter, laid out for an address `at` in the tracee. */
export function fprogImage(filter: Buffer, at: number): Buffer {
  const b = Buffer.alloc(16 + filter.length);
  b.writeUInt16LE(filter.length / 8, 0);
  b.writeBigUInt64LE(BigInt(at + 16), 8);
  filter.copy(b, 16);
  return b;
}

/** CAP_SYS_ADMIN's bit in /proc/PID/status CapEff. */
const CAP_SYS_ADMIN = 21n;

/**
 * Whether a process we start (with our credentials) may install a seccomp filter without
 * setting no_new_privs, which would strip setuid programs of their privileges.
 */
export function mayFilterWithoutNoNewPrivs(): boolean {
  try {
    const m = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'latin1'));
    return m !== null && ((BigInt('0x' + m[1]) >> CAP_SYS_ADMIN) & 1n) === 1n;
  } catch {
    return false;
  }
}
