/**
 * The parts of an ELF64 little-endian file's headers that the stack-trace readers need:
 * program headers (where each segment's bytes are, and where they are mapped) and section
 * headers. Read with positioned reads of an open fd: nothing else of the file is loaded.
 */
import { readSync } from 'node:fs';

export const PT_LOAD = 1;
export const PT_GNU_EH_FRAME = 0x6474e550;

export interface ProgramHeader {
  readonly type: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly filesz: number;
}

export interface SectionHeader {
  readonly type: number;
  /** Offset of the name in the section-name string table. */
  readonly nameAt: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
}

export interface ElfHeaders {
  readonly programs: readonly ProgramHeader[];
  readonly sections: readonly SectionHeader[];
  /** Index of the section holding section names (e_shstrndx). */
  readonly namesIndex: number;
}

/** `length` bytes of `fd` at `offset`; throws on a short file. */
export function readAt(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, b, got, length - got, offset + got);
    if (n <= 0) throw new Error('short read');
    got += n;
  }
  return b;
}

/** The headers of the ELF file open as `fd` (`size` bytes); null when it is not ELF64 LE. */
export function readElfHeaders(fd: number, size: number): ElfHeaders | null {
  if (size < 64) return null;
  const eh = readAt(fd, 0, 64);
  // \x7fELF, ELFCLASS64, ELFDATA2LSB
  if (eh.readUInt32BE(0) !== 0x7f454c46 || eh[4] !== 2 || eh[5] !== 1) return null;
  const phoff = Number(eh.readBigUInt64LE(32));
  const shoff = Number(eh.readBigUInt64LE(40));
  const phentsize = eh.readUInt16LE(54);
  const phnum = eh.readUInt16LE(56);
  const shentsize = eh.readUInt16LE(58);
  const shnum = eh.readUInt16LE(60);
  const namesIndex = eh.readUInt16LE(62);

  const programs: ProgramHeader[] = [];
  if (phnum > 0 && phoff + phnum * phentsize <= size) {
    const ph = readAt(fd, phoff, phentsize * phnum);
    for (let i = 0, p = 0; i < phnum; i++, p += phentsize) {
      programs.push({
        type: ph.readUInt32LE(p),
        offset: Number(ph.readBigUInt64LE(p + 8)),
        vaddr: Number(ph.readBigUInt64LE(p + 16)),
        filesz: Number(ph.readBigUInt64LE(p + 32)),
      });
    }
  }
  const sections: SectionHeader[] = [];
  if (shoff > 0 && shnum > 0 && shoff + shnum * shentsize <= size) {
    const sh = readAt(fd, shoff, shentsize * shnum);
    for (let i = 0, s = 0; i < shnum; i++, s += shentsize) {
      sections.push({
        nameAt: sh.readUInt32LE(s),
        type: sh.readUInt32LE(s + 4),
        addr: Number(sh.readBigUInt64LE(s + 16)),
        offset: Number(sh.readBigUInt64LE(s + 24)),
        size: Number(sh.readBigUInt64LE(s + 32)),
        link: sh.readUInt32LE(s + 40),
      });
    }
  }
  return { programs, sections, namesIndex };
}
