/**
 * DWARF expressions as call frame information uses them: the CFA of a PLT entry, the
 * registers a signal frame saved (glibc's __restore_rt describes the kernel's sigcontext
 * this way). A stack machine of 64-bit values (BigInt: these are rare, and wrap-around
 * arithmetic must be exact), reading registers and memory of the frame being unwound.
 */
import { DwarfReader } from './dwarf-reader.js';
import type { ExprRange } from './cfa-rows.js';

const MASK = (1n << 64n) - 1n;
const MAX_STEPS = 1000;

export interface ExprContext {
  /** The register's value in the frame being unwound; NaN if unknown. */
  register(column: number): number;
  /** The 64-bit word at `addr`; NaN if it cannot be read. */
  word(addr: number): number;
}

/** The expression's value, with `push` on the stack first (the CFA); NaN if it cannot be computed. */
export function evaluate(e: ExprRange, ctx: ExprContext, push?: number): number {
  const stack: bigint[] = [];
  const from = (n: number): bigint => {
    if (!Number.isFinite(n)) throw new RangeError('unknown value');
    return BigInt.asUintN(64, BigInt(n));
  };
  const pop = (): bigint => {
    const v = stack.pop();
    if (v === undefined) throw new RangeError('stack underflow');
    return v;
  };
  const signed = (v: bigint): bigint => BigInt.asIntN(64, v);
  const r = new DwarfReader(e.buf, 0, e.start);
  try {
    if (push !== undefined) stack.push(from(push));
    for (let steps = 0; r.pos < e.end; steps++) {
      if (steps > MAX_STEPS) return NaN;
      const op = r.u8();
      if (op >= 0x30 && op <= 0x4f) { stack.push(BigInt(op - 0x30)); continue; } // lit0-31
      if (op >= 0x70 && op <= 0x8f) { stack.push(from(ctx.register(op - 0x70) + r.sleb())); continue; } // breg0-31
      if (op >= 0x50 && op <= 0x6f) { stack.push(from(ctx.register(op - 0x50))); continue; } // reg0-31 (as a value)
      switch (op) {
        case 0x03: stack.push(from(r.u64())); break; // addr
        case 0x06: stack.push(from(ctx.word(Number(pop())))); break; // deref
        case 0x08: stack.push(BigInt(r.u8())); break; // const1u
        case 0x09: stack.push(from(r.buf.readInt8(r.pos++))); break; // const1s
        case 0x0a: stack.push(BigInt(r.u16())); break; // const2u
        case 0x0b: stack.push(from(r.s16())); break; // const2s
        case 0x0c: stack.push(BigInt(r.u32())); break; // const4u
        case 0x0d: stack.push(from(r.s32())); break; // const4s
        case 0x0e: stack.push(r.buf.readBigUInt64LE((r.pos += 8) - 8)); break; // const8u
        case 0x0f: stack.push(BigInt.asUintN(64, r.buf.readBigInt64LE((r.pos += 8) - 8))); break; // const8s
        case 0x10: stack.push(from(r.uleb())); break; // constu
        case 0x11: stack.push(from(r.sleb())); break; // consts
        case 0x12: { const v = pop(); stack.push(v, v); break; } // dup
        case 0x13: pop(); break; // drop
        case 0x14: { const v = stack[stack.length - 2]; if (v === undefined) return NaN; stack.push(v); break; } // over
        case 0x15: { const v = stack[stack.length - 1 - r.u8()]; if (v === undefined) return NaN; stack.push(v); break; } // pick
        case 0x16: { const a = pop(); const b = pop(); stack.push(a, b); break; } // swap
        case 0x17: { const a = pop(); const b = pop(); const c = pop(); stack.push(a, c, b); break; } // rot
        case 0x19: { const v = signed(pop()); stack.push(BigInt.asUintN(64, v < 0n ? -v : v)); break; } // abs
        case 0x1a: { const b = pop(); stack.push(pop() & b); break; } // and
        case 0x1b: { const b = signed(pop()); const a = signed(pop()); if (b === 0n) return NaN; stack.push(BigInt.asUintN(64, a / b)); break; } // div
        case 0x1c: { const b = pop(); stack.push((pop() - b) & MASK); break; } // minus
        case 0x1d: { const b = pop(); const a = pop(); if (b === 0n) return NaN; stack.push(a % b); break; } // mod
        case 0x1e: { const b = pop(); stack.push((pop() * b) & MASK); break; } // mul
        case 0x1f: stack.push((-pop()) & MASK); break; // neg
        case 0x20: stack.push(~pop() & MASK); break; // not
        case 0x21: { const b = pop(); stack.push(pop() | b); break; } // or
        case 0x22: { const b = pop(); stack.push((pop() + b) & MASK); break; } // plus
        case 0x23: stack.push((pop() + from(r.uleb())) & MASK); break; // plus_uconst
        case 0x24: { const b = pop(); stack.push((pop() << b) & MASK); break; } // shl
        case 0x25: { const b = pop(); stack.push(pop() >> b); break; } // shr
        case 0x26: { const b = pop(); stack.push(BigInt.asUintN(64, signed(pop()) >> b)); break; } // shra
        case 0x27: { const b = pop(); stack.push(pop() ^ b); break; } // xor
        case 0x28: { const off = r.s16(); if (pop() !== 0n) r.pos += off; break; } // bra
        case 0x29: case 0x2a: case 0x2b: case 0x2c: case 0x2d: case 0x2e: { // eq ge gt le lt ne (signed)
          const b = signed(pop());
          const a = signed(pop());
          const t = op === 0x29 ? a === b : op === 0x2a ? a >= b : op === 0x2b ? a > b : op === 0x2c ? a <= b : op === 0x2d ? a < b : a !== b;
          stack.push(t ? 1n : 0n);
          break;
        }
        case 0x2f: r.pos += r.s16(); break; // skip
        case 0x90: stack.push(from(ctx.register(r.uleb()))); break; // regx
        case 0x92: { const reg = r.uleb(); stack.push(from(ctx.register(reg) + r.sleb())); break; } // bregx
        case 0x94: { // deref_size
          const size = r.u8();
          const w = from(ctx.word(Number(pop())));
          stack.push(size >= 8 ? w : w & ((1n << BigInt(size * 8)) - 1n));
          break;
        }
        case 0x96: break; // nop
        default: return NaN; // not used in call frame information
      }
    }
    const top = stack.pop();
    return top === undefined || top >= 1n << 53n ? NaN : Number(top);
  } catch {
    return NaN;
  }
}
