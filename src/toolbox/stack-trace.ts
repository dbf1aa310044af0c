/**
 * strace's -k: the call stack of a task at a syscall, one line per frame,
 *
 *      > /usr/lib/x86_64-linux-gnu/libc.so.6(__write+0x10) [0xf8350]
 *      > /usr/bin/prog(main+0x1c) [0x1189]
 *      > /usr/bin/prog() [0x2901]
 *
 * where the bracket is the file offset of the address (as strace prints it) and the name
 * comes from the file's ELF symbol tables. The stack is walked with the files' call frame
 * information (unwind.ts). Captured at syscall entry (the memory may be gone at exit:
 * execve, munmap, exit) and printed when the syscall line is complete.
 */
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { AddressSpace, ElfFiles } from './address-space.js';
import { mappingAt, readMaps } from './proc-maps.js';
import { Registers } from './registers.js';
import { Tracee } from './tracee.js';
import { unwindStack } from './unwind.js';

/** Syscalls after which a task's address space may have changed: re-read its maps. */
const REMAPPING = new Set(['mmap', 'munmap', 'mremap', 'mprotect', 'execve', 'execveat', 'shmat', 'shmdt', 'brk']
  .map((n) => SYSCALL_NAMES.indexOf(n)).filter((nr) => nr >= 0));

export class StackTraces {
  private readonly files = new ElfFiles();
  private readonly spaces = new Map<number, AddressSpace>();
  private readonly captured = new Map<number, string>();
  private readonly regs = new Registers();

  /** Records the stack of stopped task `tid` (at the entry of syscall `nr`). */
  capture(tid: number, nr: number): void {
    this.captured.set(tid, this.render(tid));
    if (REMAPPING.has(nr)) this.spaces.delete(tid);
  }

  /** The lines captured for `tid` ('' if none), forgetting them. */
  take(tid: number): string {
    const s = this.captured.get(tid);
    if (s === undefined) return '';
    this.captured.delete(tid);
    return s;
  }

  /** The task is gone: drop what is kept for it. */
  forget(tid: number): void {
    this.captured.delete(tid);
    this.spaces.delete(tid);
  }

  /** The -k lines for a stopped task now. */
  render(tid: number): string {
    const t = new Tracee(tid);
    try {
      t.getRegisters(this.regs);
    } catch {
      return '';
    }
    let space = this.spaces.get(tid);
    let walk = space === undefined ? null : unwindStack(t, space, this.regs);
    // Only the syscalls shown reach capture(), so an mmap or exec may have gone unseen:
    // a walk that strays out of the known code re-reads the maps.
    if (space === undefined || walk === null || walk.leftCode) {
      space = new AddressSpace(readMaps(tid), this.files);
      this.spaces.set(tid, space);
      walk = unwindStack(t, space, this.regs);
    }
    let out = '';
    for (const ip of walk.frames) out += frameLine(space, ip);
    return out;
  }
}

function frameLine(space: AddressSpace, ip: number): string {
  const m = mappingAt(space.maps, ip);
  if (m === undefined || m.path === '' || m.path.startsWith('[')) {
    return ` > unexpected_backtracing_error [0x${ip.toString(16)}]\n`;
  }
  const at = space.locate(ip);
  const fileOffset = ip - m.start + m.offset;
  const hit = at === null ? null : at.file.symbols.lookup(at.vaddr);
  const sym = hit === null ? '' : `${hit.name}+0x${hit.offset.toString(16)}`;
  return ` > ${m.path}(${sym}) [0x${fileOffset.toString(16)}]\n`;
}
