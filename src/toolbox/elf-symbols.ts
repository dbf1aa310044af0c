/**
 * Function symbols of an ELF64 file (.symtab and .dynsym), for naming the addresses of a
 * stack trace. Read once per file and cached; only the headers, the symbol tables and
 * their string tables are read, not the whole file.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { PT_LOAD, readAt, readElfHeaders } from './elf-file.js';
import { floorIndex } from './floor-index.js';

const SHT_SYMTAB = 2;
const SHT_DYNSYM = 11;
const STT_FUNC = 2;
const STT_GNU_IFUNC = 10;
const SHN_UNDEF = 0;
const SYM_SIZE = 24;

interface Segment {
  readonly offset: number;
  readonly vaddr: number;
  readonly filesz: number;
}

/** A symbol found for an address: its name and how far past its start the address is. */
export interface SymbolHit {
  readonly name: string;
  readonly offset: number;
}

export class ElfSymbols {
  /** Use ElfSymbols.load(). */
  constructor(
    /** Symbol start addresses (ELF virtual addresses), ascending. */
    private readonly addrs: Float64Array,
    private readonly names: readonly string[],
    private readonly segments: readonly Segment[],
  ) {}

  /** An empty table, for files that are not ELF or cannot be read. */
  static readonly NONE = new ElfSymbols(new Float64Array(0), [], []);

  /** The file offset `off` (as in /proc/PID/maps) as an ELF virtual address, or -1. */
  vaddrOfOffset(off: number): number {
    for (const s of this.segments) {
      if (off >= s.offset && off < s.offset + s.filesz) return off - s.offset + s.vaddr;
    }
    return -1;
  }

  /**
   * The nearest function symbol at or below `vaddr` (no size check, like libunwind, whose
   * names strace prints); null when none.
   */
  lookup(vaddr: number): SymbolHit | null {
    const found = floorIndex(this.addrs, vaddr);
    return found < 0 ? null : { name: this.names[found]!, offset: vaddr - this.addrs[found]! };
  }

  /** Parses `path`; ElfSymbols.NONE if it is not a readable ELF64 little-endian file. */
  static load(path: string): ElfSymbols {
    let fd = -1;
    try {
      fd = openSync(path, 'r');
      return parse(fd, fstatSync(fd).size);
    } catch {
      return ElfSymbols.NONE;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }
}

function parse(fd: number, size: number): ElfSymbols {
  const headers = readElfHeaders(fd, size);
  if (headers === null) return ElfSymbols.NONE;
  const segments: Segment[] = headers.programs.filter((p) => p.type === PT_LOAD);
  const sections = headers.sections;
  const shnum = sections.length;

  const entries: { addr: number; name: string; order: number }[] = [];
  for (const sec of sections) {
    if (sec.type !== SHT_SYMTAB && sec.type !== SHT_DYNSYM) continue;
    const { offset: off, size: len, link } = sec;
    if (link >= shnum || off + len > size) continue;
    const { offset: strOff, size: strLen } = sections[link]!;
    if (strOff + strLen > size) continue;
    const syms = readAt(fd, off, len);
    const strs = readAt(fd, strOff, strLen);
    for (let s = 0; s + SYM_SIZE <= len; s += SYM_SIZE) {
      const info = syms[s + 4]!;
      const kind = info & 0xf;
      if (kind !== STT_FUNC && kind !== STT_GNU_IFUNC) continue;
      if (syms.readUInt16LE(s + 6) === SHN_UNDEF) continue;
      const addr = Number(syms.readBigUInt64LE(s + 8));
      if (addr === 0) continue;
      const nameAt = syms.readUInt32LE(s);
      const end = strs.indexOf(0, nameAt);
      const name = strs.toString('latin1', nameAt, end < 0 ? strs.length : end);
      if (name === '') continue;
      entries.push({ addr, name, order: entries.length });
    }
  }
  // Among symbols at one address the first in the file wins (libunwind's choice).
  entries.sort((a, b) => a.addr - b.addr || a.order - b.order);
  const addrs: number[] = [];
  const names: string[] = [];
  for (const e of entries) {
    if (addrs.length > 0 && addrs[addrs.length - 1] === e.addr) continue;
    addrs.push(e.addr);
    names.push(e.name);
  }
  return new ElfSymbols(Float64Array.from(addrs), names, segments);
}
