/**
 * The row of an FDE's call frame table at one address: how to find the CFA (the caller's
 * stack pointer) and where each register of the caller was saved. Computed by running the
 * CIE's initial instructions and then the FDE's up to the address (DWARF 5, 6.4.2).
 */
import { DwarfReader } from './dwarf-reader.js';
import type { Fde } from './eh-frame.js';

/** DWARF registers kept (x86_64: 0-15 the general registers, 16 the return address). */
export const COLUMNS = 17;

/** How a register of the caller is recovered. */
export const Rule = {
  /** Unchanged from the callee (DWARF's default for callee-saved registers). */
  Same: 0,
  /** Not recoverable (for the return address: the outermost frame). */
  Undefined: 1,
  /** Saved at CFA + value. */
  Offset: 2,
  /** Is CFA + value. */
  ValOffset: 3,
  /** In register `value`. */
  Register: 4,
  /** Saved at the address the expression computes (the CFA pushed first). */
  Expression: 5,
  /** Is what the expression computes. */
  ValExpression: 6,
} as const;
export type Rule = (typeof Rule)[keyof typeof Rule];

/** A DWARF expression: [start, end) of the buffer it lives in. */
export interface ExprRange {
  readonly buf: Buffer;
  readonly start: number;
  readonly end: number;
}

export class Row {
  /** CFA = register `cfaRegister` + `cfaOffset`, unless `cfaExpression` computes it. */
  cfaRegister = 7;
  cfaOffset = 0;
  cfaExpression: ExprRange | null = null;
  readonly rules = new Uint8Array(COLUMNS);
  readonly values = new Float64Array(COLUMNS);
  readonly expressions: (ExprRange | null)[] = new Array<ExprRange | null>(COLUMNS).fill(null);

  copyFrom(o: Row): this {
    this.cfaRegister = o.cfaRegister;
    this.cfaOffset = o.cfaOffset;
    this.cfaExpression = o.cfaExpression;
    this.rules.set(o.rules);
    this.values.set(o.values);
    for (let i = 0; i < COLUMNS; i++) this.expressions[i] = o.expressions[i]!;
    return this;
  }

  set(column: number, rule: Rule, value = 0, expression: ExprRange | null = null): void {
    if (column >= COLUMNS) return; // vector registers: not needed to walk the stack
    this.rules[column] = rule;
    this.values[column] = value;
    this.expressions[column] = expression;
  }
}

/** The row of `fde` in effect at virtual address `pc`; throws on malformed instructions. */
export function rowAt(frames: DwarfReader, fde: Fde, pc: number): Row {
  const row = new Row();
  run(frames, fde, fde.cie.start, fde.cie.end, row, null, Infinity);
  const initial = new Row().copyFrom(row);
  run(frames, fde, fde.start, fde.end, row, initial, pc);
  return row;
}

/** Runs instructions [start, end) on `row` until the location passes `pc`. */
function run(frames: DwarfReader, fde: Fde, start: number, end: number, row: Row, initial: Row | null, pc: number): void {
  const { codeAlign, dataAlign } = fde.cie;
  const r = new DwarfReader(frames.buf, frames.base, start);
  const saved: Row[] = [];
  const block = (): ExprRange => {
    const len = r.uleb();
    const e = { buf: r.buf, start: r.pos, end: r.pos + len };
    r.pos += len;
    return e;
  };
  const restore = (column: number): void => {
    if (initial === null || column >= COLUMNS) row.set(column, Rule.Same);
    else row.set(column, initial.rules[column] as Rule, initial.values[column]!, initial.expressions[column]!);
  };
  let loc = fde.pcBegin;
  while (r.pos < end) {
    const op = r.u8();
    const low = op & 0x3f;
    switch (op & 0xc0) {
      case 0x40: // advance_loc
        loc += low * codeAlign;
        if (loc > pc) return;
        continue;
      case 0x80: // offset
        row.set(low, Rule.Offset, r.uleb() * dataAlign);
        continue;
      case 0xc0: // restore
        restore(low);
        continue;
    }
    switch (op) {
      case 0x00: break; // nop
      case 0x01: // set_loc
        loc = r.pointer(fde.cie.fdeEncoding);
        if (loc > pc) return;
        break;
      case 0x02: case 0x03: case 0x04: { // advance_loc1, 2, 4
        const delta = op === 0x02 ? r.u8() : op === 0x03 ? r.u16() : r.u32();
        loc += delta * codeAlign;
        if (loc > pc) return;
        break;
      }
      case 0x05: { // offset_extended
        const reg = r.uleb();
        row.set(reg, Rule.Offset, r.uleb() * dataAlign);
        break;
      }
      case 0x06: restore(r.uleb()); break; // restore_extended
      case 0x07: row.set(r.uleb(), Rule.Undefined); break;
      case 0x08: row.set(r.uleb(), Rule.Same); break;
      case 0x09: { // register
        const reg = r.uleb();
        row.set(reg, Rule.Register, r.uleb());
        break;
      }
      case 0x0a: saved.push(new Row().copyFrom(row)); break; // remember_state
      case 0x0b: { // restore_state: the whole row, CFA included
        const s = saved.pop();
        if (s !== undefined) row.copyFrom(s);
        break;
      }
      case 0x0c: // def_cfa
        row.cfaRegister = r.uleb();
        row.cfaOffset = r.uleb();
        row.cfaExpression = null;
        break;
      case 0x0d: // def_cfa_register
        row.cfaRegister = r.uleb();
        row.cfaExpression = null;
        break;
      case 0x0e: row.cfaOffset = r.uleb(); break; // def_cfa_offset
      case 0x0f: row.cfaExpression = block(); break; // def_cfa_expression
      case 0x10: { // expression
        const reg = r.uleb();
        row.set(reg, Rule.Expression, 0, block());
        break;
      }
      case 0x11: { // offset_extended_sf
        const reg = r.uleb();
        row.set(reg, Rule.Offset, r.sleb() * dataAlign);
        break;
      }
      case 0x12: // def_cfa_sf
        row.cfaRegister = r.uleb();
        row.cfaOffset = r.sleb() * dataAlign;
        row.cfaExpression = null;
        break;
      case 0x13: row.cfaOffset = r.sleb() * dataAlign; break; // def_cfa_offset_sf
      case 0x14: { // val_offset
        const reg = r.uleb();
        row.set(reg, Rule.ValOffset, r.uleb() * dataAlign);
        break;
      }
      case 0x15: { // val_offset_sf
        const reg = r.uleb();
        row.set(reg, Rule.ValOffset, r.sleb() * dataAlign);
        break;
      }
      case 0x16: { // val_expression
        const reg = r.uleb();
        row.set(reg, Rule.ValExpression, 0, block());
        break;
      }
      case 0x2e: r.uleb(); break; // GNU_args_size
      case 0x2f: { // GNU_negative_offset_extended
        const reg = r.uleb();
        row.set(reg, Rule.Offset, -r.uleb() * dataAlign);
        break;
      }
      default:
        throw new RangeError(`unknown call frame instruction 0x${op.toString(16)}`);
    }
  }
}
