/**
 * Frame-pointer unwinding, the fallback where no call frame information covers a pc (JIT
 * code, the vdso, stripped files). Code built with frame pointers keeps a chain of (saved
 * rbp, return address) pairs; a leaf that set up no frame (a syscall wrapper) still has its
 * return address at rsp, accepted only if it follows a call instruction.
 */
import type { Tracee } from './tracee.js';

const TWO32 = 2 ** 32;

/** The 64-bit word at `addr` as a Number: NaN where it cannot be read or is not exact. */
export function readWord(t: Tracee, addr: number): number {
  if (!(addr >= 0)) return NaN;
  try {
    const b = t.read(addr, 8);
    const hi = b.readUInt32LE(4);
    return hi < 0x200000 ? b.readUInt32LE(0) + hi * TWO32 : NaN;
  } catch {
    return NaN;
  }
}

/** Whether the bytes before `ret` are a call (e8 rel32, or ff /2 in its usual lengths). */
export function followsCall(t: Tracee, ret: number): boolean {
  let b: Buffer;
  try {
    b = t.read(ret - 7, 7);
  } catch {
    return false;
  }
  if (b[2] === 0xe8) return true; // call rel32
  // call r/m64: ff /2 with 2, 3, 6 or 7 bytes (register, disp8, disp32, SIB+disp32)
  for (const len of [2, 3, 6, 7]) {
    const at = 7 - len;
    if (b[at] === 0xff && ((b[at + 1]! >> 3) & 7) === 2) return true;
  }
  return false;
}

/** A caller's return address, stack pointer and frame pointer. */
export interface FrameStep {
  readonly ra: number;
  readonly sp: number;
  readonly fp: number;
}

/** A leaf's caller: the return address at `sp`, if it follows a call. */
export function leafStep(t: Tracee, sp: number, fp: number): FrameStep | null {
  const ra = readWord(t, sp);
  return ra > 0 && followsCall(t, ra) ? { ra, sp: sp + 8, fp } : null;
}

/** The caller through the frame record at `fp` (a frame record lives above sp, 8-aligned). */
export function frameRecordStep(t: Tracee, sp: number, fp: number): FrameStep | null {
  if (!(fp >= sp) || fp % 8 !== 0) return null;
  const ra = readWord(t, fp + 8);
  const next = readWord(t, fp);
  if (!(ra > 0)) return null;
  return { ra, sp: fp + 16, fp: next };
}
