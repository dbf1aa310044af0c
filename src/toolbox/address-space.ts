/**
 * A stopped task's address space as the stack-trace code sees it: its mappings
 * (/proc/PID/maps) and, for each mapped file, its symbols and call frame information.
 * Files are parsed once per tracer (ElfFiles), keyed by what they are (device, inode,
 * mtime), not by path: a rebuilt binary at the same path is read again.
 */
import { statSync } from 'node:fs';
import { CallFrameInfo } from './eh-frame.js';
import { ElfSymbols } from './elf-symbols.js';
import { mappingAt, type Mapping } from './proc-maps.js';
import type { CodeLookup } from './unwind.js';

/** What is known of one ELF file; the CFI is read on first need. */
export class ElfFile {
  private cfiTable: CallFrameInfo | null | undefined;

  constructor(readonly path: string, readonly symbols: ElfSymbols) {}

  get cfi(): CallFrameInfo | null {
    if (this.cfiTable === undefined) this.cfiTable = CallFrameInfo.load(this.path);
    return this.cfiTable;
  }
}

/** Every ELF file the traces have needed, by identity. */
export class ElfFiles {
  private readonly byIdentity = new Map<string, ElfFile>();

  /** The file now at `path`; null if it cannot be stat'ed. */
  get(path: string): ElfFile | null {
    let identity: string;
    try {
      const st = statSync(path, { bigint: true });
      identity = `${st.dev}:${st.ino}:${st.mtimeNs}`;
    } catch {
      return null;
    }
    let f = this.byIdentity.get(identity);
    if (f === undefined) {
      f = new ElfFile(path, ElfSymbols.load(path));
      this.byIdentity.set(identity, f);
    }
    return f;
  }
}

/** Where a runtime address comes from. */
export interface Located {
  readonly mapping: Mapping;
  readonly file: ElfFile;
  /** Offset of the address in the file (what strace prints in brackets). */
  readonly fileOffset: number;
  /** The address as the file's virtual address; -1 if no segment holds it. */
  readonly vaddr: number;
}

export class AddressSpace implements CodeLookup {
  private readonly byPath = new Map<string, ElfFile | null>();

  constructor(readonly maps: readonly Mapping[], private readonly files: ElfFiles) {}

  /** The file and offset of `ip`; null for anonymous memory, [vdso] and the like. */
  locate(ip: number): Located | null {
    const m = mappingAt(this.maps, ip);
    if (m === undefined || m.path === '' || m.path.startsWith('[')) return null;
    let file = this.byPath.get(m.path);
    if (file === undefined) {
      file = this.files.get(m.path);
      this.byPath.set(m.path, file);
    }
    if (file === null) return null;
    const fileOffset = ip - m.start + m.offset;
    return { mapping: m, file, fileOffset, vaddr: file.symbols.vaddrOfOffset(fileOffset) };
  }

  cfiAt(ip: number): { readonly cfi: CallFrameInfo; readonly vaddr: number } | null {
    const at = this.locate(ip);
    if (at === null || at.vaddr < 0) return null;
    const cfi = at.file.cfi;
    return cfi === null ? null : { cfi, vaddr: at.vaddr };
  }

  isCode(ip: number): boolean {
    const m = mappingAt(this.maps, ip);
    return m !== undefined && m.perms[2] === 'x';
  }
}
