/**
 * Frame-pointer unwinding of a stopped tracee: the return addresses of its call stack,
 * innermost first. Code built with frame pointers (-fno-omit-frame-pointer) keeps a chain
 * of (saved rbp, return address) pairs; libc's syscall wrappers are leaves that set up no
 * frame, so the word at rsp is tried first as the wrapper's return address, accepted only
 * if it follows a call instruction in executable memory.
 *
 * Code without frame pointers (most of libc) breaks the chain: the trace stops there.
 */
import { mappingAt, type Mapping } from './proc-maps.js';
import type { Tracee } from './tracee.js';

const MAX_FRAMES = 256;

function executable(maps: readonly Mapping[], addr: number): boolean {
  const m = mappingAt(maps, addr);
  return m !== undefined && m.perms[2] === 'x';
}

/** Whether the bytes before `ret` are a call (e8 rel32, or ff /2 in its usual lengths). */
function followsCall(t: Tracee, ret: number): boolean {
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

/** Reads a 64-bit word as a Number; NaN where memory cannot be read. */
function word(t: Tracee, addr: number): number {
  try {
    const b = t.read(addr, 8);
    return b.readUInt32LE(0) + b.readUInt32LE(4) * 2 ** 32;
  } catch {
    return NaN;
  }
}

/** The call stack of a task stopped at `rip` with `rsp` and `rbp`: rip, then return addresses. */
export function unwindFramePointers(t: Tracee, maps: readonly Mapping[], rip: number, rsp: number, rbp: number): number[] {
  const frames = [rip];
  const top = word(t, rsp);
  if (executable(maps, top) && followsCall(t, top)) frames.push(top);
  const stack = mappingAt(maps, rsp);
  let fp = rbp;
  while (frames.length < MAX_FRAMES) {
    // A frame record lives on the stack, above rsp, 8-aligned.
    if (stack === undefined || fp < rsp || fp + 16 > stack.end || fp % 8 !== 0) break;
    const ret = word(t, fp + 8);
    const next = word(t, fp);
    if (!executable(maps, ret)) break;
    frames.push(ret);
    if (!(next > fp)) break; // the chain must go up the stack
    fp = next;
  }
  return frames;
}
