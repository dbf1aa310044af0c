/**
 * A cursor over bytes of an ELF file that are mapped at a known virtual address, reading
 * the encodings DWARF call frame information uses: fixed-size words, LEB128, and the
 * DW_EH_PE pointer encodings of .eh_frame and .eh_frame_hdr.
 *
 * Values are Numbers: addresses and offsets in ELF files fit below 2^53. A 64-bit word that
 * does not is NaN rather than a wrong address.
 */

const TWO32 = 2 ** 32;

/** DW_EH_PE_omit: no value follows. */
export const PE_OMIT = 0xff;

export class DwarfReader {
  /** `buf[0]` is at virtual address `base`. */
  constructor(readonly buf: Buffer, readonly base: number, public pos = 0) {}

  get atEnd(): boolean {
    return this.pos >= this.buf.length;
  }

  /** The virtual address of the next byte. */
  get vaddr(): number {
    return this.base + this.pos;
  }

  u8(): number {
    return this.buf[this.pos++]!;
  }

  u16(): number {
    return this.skip(2, this.buf.readUInt16LE(this.pos));
  }

  s16(): number {
    return this.skip(2, this.buf.readInt16LE(this.pos));
  }

  u32(): number {
    return this.skip(4, this.buf.readUInt32LE(this.pos));
  }

  s32(): number {
    return this.skip(4, this.buf.readInt32LE(this.pos));
  }

  /** An unsigned 64-bit word; NaN beyond 2^53. */
  u64(): number {
    const hi = this.buf.readUInt32LE(this.pos + 4);
    return this.skip(8, hi < 0x200000 ? this.buf.readUInt32LE(this.pos) + hi * TWO32 : NaN);
  }

  /** A signed 64-bit word; NaN beyond ±2^53. */
  s64(): number {
    const hi = this.buf.readInt32LE(this.pos + 4);
    return this.skip(8, hi >= -0x200000 && hi < 0x200000 ? this.buf.readUInt32LE(this.pos) + hi * TWO32 : NaN);
  }

  /** Moves past the `n` bytes `value` was read from. */
  private skip(n: number, value: number): number {
    this.pos += n;
    return value;
  }

  uleb(): number {
    return this.leb(false);
  }

  sleb(): number {
    return this.leb(true);
  }

  private leb(signed: boolean): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new RangeError('LEB128 past the end');
      v += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) return signed && (b & 0x40) !== 0 ? v - scale : v;
    }
  }

  /** A NUL-terminated string (an augmentation). */
  cstring(): string {
    const end = this.buf.indexOf(0, this.pos);
    if (end < 0) throw new RangeError('unterminated string');
    const s = this.buf.toString('latin1', this.pos, end);
    this.pos = end + 1;
    return s;
  }

  /**
   * A pointer in DW_EH_PE encoding `enc`: the value's format in the low nibble, what it is
   * relative to in bits 4-6 (the field itself, or `dataBase` for .eh_frame_hdr's table).
   * Indirect pointers (through the GOT, only personalities use them) are NaN: their target
   * is only known at run time.
   */
  pointer(enc: number, dataBase = NaN): number {
    if (enc === PE_OMIT) return NaN;
    const at = this.vaddr;
    let v: number;
    switch (enc & 0x0f) {
      case 0x00: v = this.u64(); break; // absptr (8 bytes on x86_64)
      case 0x01: v = this.uleb(); break;
      case 0x02: v = this.u16(); break;
      case 0x03: v = this.u32(); break;
      case 0x04: v = this.u64(); break;
      case 0x09: v = this.sleb(); break;
      case 0x0a: v = this.s16(); break;
      case 0x0b: v = this.s32(); break;
      case 0x0c: v = this.s64(); break;
      default: throw new RangeError(`pointer encoding 0x${enc.toString(16)}`);
    }
    switch (enc & 0x70) {
      case 0x00: break;
      case 0x10: v += at; break; // pcrel
      case 0x30: v += dataBase; break; // datarel
      default: throw new RangeError(`pointer encoding 0x${enc.toString(16)}`);
    }
    return (enc & 0x80) !== 0 ? NaN : v;
  }
}
