/**
 * An ELF file's call frame information (.eh_frame, found through .eh_frame_hdr's sorted
 * table, or by a scan of .eh_frame when there is no table): for a code address, the FDE
 * that covers it and its CIE, parsed as far as unwinding needs (augmentations zR, zPLR, S).
 * The rules themselves are computed by cfa-rows.ts.
 *
 * Loaded once per file: the bytes of the segment that holds the tables are read, nothing
 * else. Addresses here are the file's own virtual addresses (before load bias).
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { rowAt, type Row } from './cfa-rows.js';
import { DwarfReader, PE_OMIT } from './dwarf-reader.js';
import { floorIndex } from './floor-index.js';
import { PT_GNU_EH_FRAME, PT_LOAD, readAt, readElfHeaders, type ElfHeaders } from './elf-file.js';

export interface Cie {
  readonly codeAlign: number;
  readonly dataAlign: number;
  /** The DWARF column of the return address (16, rip, on x86_64). */
  readonly raColumn: number;
  /** DW_EH_PE encoding of the FDEs' addresses ('R'). */
  readonly fdeEncoding: number;
  /** The FDEs carry augmentation data to skip ('z'). */
  readonly hasAugmentationData: boolean;
  /** Frames of this CIE are signal frames ('S'): their caller's pc is exact, not a return address. */
  readonly signalFrame: boolean;
  /** The initial instructions, [start, end) in the .eh_frame reader's buffer. */
  readonly start: number;
  readonly end: number;
}

export interface Fde {
  readonly cie: Cie;
  readonly pcBegin: number;
  readonly pcEnd: number;
  /** Its instructions, [start, end) in the .eh_frame reader's buffer. */
  readonly start: number;
  readonly end: number;
}

/** DW_EH_PE_datarel | DW_EH_PE_sdata4: .eh_frame_hdr's usual table encoding. */
const DATAREL_SDATA4 = 0x3b;
/** Rows kept per file: the pcs a trace walks through repeat (loops, the same call sites). */
const MAX_ROWS = 4096;

export class CallFrameInfo {
  private readonly cies = new Map<number, Cie | null>();
  private readonly rows = new Map<number, { readonly fde: Fde; readonly row: Row } | null>();

  /** Use CallFrameInfo.load(). */
  constructor(
    /** .eh_frame (and whatever surrounds it in its segment). */
    readonly frames: DwarfReader,
    /** FDE start addresses, ascending, and the FDEs' offsets in `frames`. */
    private readonly starts: Float64Array,
    private readonly offsets: Float64Array,
  ) {}

  /** The FDE covering virtual address `pc`; null when none does. */
  find(pc: number): Fde | null {
    const found = floorIndex(this.starts, pc);
    if (found < 0) return null;
    try {
      const fde = this.fdeAt(this.offsets[found]!);
      return fde !== null && pc < fde.pcEnd ? fde : null;
    } catch {
      return null; // a malformed entry covers nothing
    }
  }

  /** The FDE covering `pc` and its row there (cached); null when none does or it is malformed. */
  rowFor(pc: number): { readonly fde: Fde; readonly row: Row } | null {
    let hit = this.rows.get(pc);
    if (hit === undefined) {
      const fde = this.find(pc);
      try {
        hit = fde === null ? null : { fde, row: rowAt(this.frames, fde, pc) };
      } catch {
        hit = null;
      }
      if (this.rows.size >= MAX_ROWS) this.rows.clear();
      this.rows.set(pc, hit);
    }
    return hit;
  }

  /** The CFI of the ELF file at `path`; null when it has none or is not an ELF file. */
  static load(path: string): CallFrameInfo | null {
    let fd = -1;
    try {
      fd = openSync(path, 'r');
      const size = fstatSync(fd).size;
      const headers = readElfHeaders(fd, size);
      if (headers === null) return null;
      return fromHeaderTable(fd, headers) ?? fromSection(fd, headers, size);
    } catch {
      return null;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }

  /** The FDE at `offset` of .eh_frame's buffer; null for a CIE or a terminator. */
  fdeAt(offset: number): Fde | null {
    const r = new DwarfReader(this.frames.buf, this.frames.base, offset);
    const entry = entryHeader(r);
    if (entry === null || entry.id === 0) return null;
    // The CIE pointer counts back from its own field.
    const cie = this.cieAt(entry.idAt - entry.id);
    if (cie === null) return null;
    const pcBegin = r.pointer(cie.fdeEncoding);
    const pcRange = r.pointer(cie.fdeEncoding & 0x0f);
    if (cie.hasAugmentationData) {
      const len = r.uleb();
      r.pos += len;
    }
    return { cie, pcBegin, pcEnd: pcBegin + pcRange, start: r.pos, end: entry.end };
  }

  private cieAt(offset: number): Cie | null {
    let cie = this.cies.get(offset);
    if (cie === undefined) {
      cie = parseCie(new DwarfReader(this.frames.buf, this.frames.base, offset));
      this.cies.set(offset, cie);
    }
    return cie;
  }
}

/** An entry's length and id fields: where it ends, the id and where the id was. */
function entryHeader(r: DwarfReader): { end: number; id: number; idAt: number } | null {
  if (r.pos + 4 > r.buf.length) return null;
  let length = r.u32();
  if (length === 0) return null; // the terminator
  if (length === 0xffffffff) length = r.u64(); // 64-bit DWARF
  const end = r.pos + length;
  if (!(end <= r.buf.length)) return null;
  const idAt = r.pos;
  return { end, id: r.u32(), idAt };
}

function parseCie(r: DwarfReader): Cie | null {
  const entry = entryHeader(r);
  if (entry === null || entry.id !== 0) return null;
  const version = r.u8();
  const augmentation = r.cstring();
  if (augmentation.includes('eh')) r.pos += 8; // an old GCC's eh_ptr
  const codeAlign = r.uleb();
  const dataAlign = r.sleb();
  const raColumn = version === 1 ? r.u8() : r.uleb();
  let fdeEncoding = 0;
  let signalFrame = false;
  const hasAugmentationData = augmentation.startsWith('z');
  let start = r.pos;
  if (hasAugmentationData) {
    const len = r.uleb();
    start = r.pos + len;
    for (const c of augmentation.slice(1)) {
      if (c === 'R') fdeEncoding = r.u8();
      else if (c === 'L') r.u8(); // the LSDA's encoding: exception tables are not our business
      else if (c === 'P') r.pointer(r.u8() & 0x7f); // the personality routine, skipped
      else if (c === 'S') signalFrame = true;
      else if (c !== 'B') break; // unknown: the length lets us skip the rest
    }
  } else if (augmentation !== '') {
    return null; // without 'z' an unknown augmentation cannot be skipped
  }
  return { codeAlign, dataAlign, raColumn, fdeEncoding, hasAugmentationData, signalFrame, start, end: entry.end };
}

/** The bytes of the PT_LOAD segment holding virtual address `vaddr`, as a reader. */
function segmentReader(fd: number, headers: ElfHeaders, vaddr: number): DwarfReader | null {
  for (const p of headers.programs) {
    if (p.type === PT_LOAD && vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) {
      return new DwarfReader(readAt(fd, p.offset, p.filesz), p.vaddr, vaddr - p.vaddr);
    }
  }
  return null;
}

/** Through .eh_frame_hdr: its binary-search table gives every FDE's start, sorted. */
function fromHeaderTable(fd: number, headers: ElfHeaders): CallFrameInfo | null {
  const ph = headers.programs.find((p) => p.type === PT_GNU_EH_FRAME);
  if (ph === undefined) return null;
  const hdr = segmentReader(fd, headers, ph.vaddr);
  if (hdr === null) return null;
  const hdrStart = hdr.vaddr;
  if (hdr.u8() !== 1) return null;
  const frameEnc = hdr.u8();
  const countEnc = hdr.u8();
  const tableEnc = hdr.u8();
  const ehFrame = hdr.pointer(frameEnc, hdrStart);
  const count = hdr.pointer(countEnc, hdrStart);
  if (countEnc === PE_OMIT || tableEnc === PE_OMIT || !Number.isFinite(ehFrame) || !(count >= 0)) return null;
  const frames = hdr.buf.length > 0 && ehFrame >= hdr.base && ehFrame < hdr.base + hdr.buf.length
    ? new DwarfReader(hdr.buf, hdr.base) : segmentReader(fd, headers, ehFrame);
  if (frames === null) return null;
  frames.pos = 0;
  const starts = new Float64Array(count);
  const offsets = new Float64Array(count);
  if (tableEnc === DATAREL_SDATA4 && hdr.pos + 8 * count <= hdr.buf.length) {
    // What every linker writes: pairs of 32-bit offsets from the header. Read directly
    // (libc has thousands).
    for (let i = 0, at = hdr.pos; i < count; i++, at += 8) {
      starts[i] = hdr.buf.readInt32LE(at) + hdrStart;
      offsets[i] = hdr.buf.readInt32LE(at + 4) + hdrStart - frames.base;
    }
  } else {
    for (let i = 0; i < count; i++) {
      starts[i] = hdr.pointer(tableEnc, hdrStart);
      offsets[i] = hdr.pointer(tableEnc, hdrStart) - frames.base;
    }
  }
  return new CallFrameInfo(frames, starts, offsets);
}

/** Without a table: every FDE of the .eh_frame section, found by walking it. */
function fromSection(fd: number, headers: ElfHeaders, size: number): CallFrameInfo | null {
  const names = headers.sections[headers.namesIndex];
  if (names === undefined || names.offset + names.size > size) return null;
  const nameTable = readAt(fd, names.offset, names.size);
  const sec = headers.sections.find((s) => {
    const end = nameTable.indexOf(0, s.nameAt);
    return nameTable.toString('latin1', s.nameAt, end < 0 ? nameTable.length : end) === '.eh_frame';
  });
  if (sec === undefined || sec.size === 0 || sec.offset + sec.size > size) return null;
  const frames = new DwarfReader(readAt(fd, sec.offset, sec.size), sec.addr);
  const found: { start: number; offset: number }[] = [];
  const table = new CallFrameInfo(frames, new Float64Array(0), new Float64Array(0));
  for (let at = 0; at + 4 <= sec.size;) {
    const r = new DwarfReader(frames.buf, frames.base, at);
    const entry = entryHeader(r);
    if (entry === null) break;
    if (entry.id !== 0) {
      const fde = table.fdeAt(at);
      if (fde !== null && fde.pcEnd > fde.pcBegin) found.push({ start: fde.pcBegin, offset: at });
    }
    at = entry.end;
  }
  found.sort((a, b) => a.start - b.start);
  return new CallFrameInfo(frames, Float64Array.from(found, (f) => f.start), Float64Array.from(found, (f) => f.offset));
}
