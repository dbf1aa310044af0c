/**
 * Reads a stopped tracee's memory with process_vm_readv into one reusable scratch buffer:
 * one syscall per read, no allocation on the way. Callers copy out what they keep.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { addressOf, errno, processVmReadv, processVmWritev, ptraceRaw, ptraceRawInt, strerror } from './libc.js';
import { procPid } from './pidns.js';

const ENOSYS = 38;
const ESRCH = 3;
const PTRACE_PEEKDATA = 2;
const PTRACE_POKEDATA = 5;
const EFAULT = 14;
const EIO = 5;

const PAGE = 4096;
/** Pages kept per reader, as strace's umove cache: reads within them cost no syscall. */
const CACHED_PAGES = 4;

/**
 * Bumped whenever a tracee may have run or been written to (every stop the tracer takes):
 * cached pages from before are stale then.
 */
let generation = 0;

/** Drops every reader's cached pages (the tracer calls it at each stop). */
export function memoryMayHaveChanged(): void {
  generation++;
}

/** process_vm_readv said ENOSYS once (a kernel without it, or a tracer of ours injecting it). */
let noVmReadv = false;

/** Highest user-space address on x86_64 (47-bit): anything above can only fault. */
const USER_ADDR_LIMIT = 2 ** 47;
const TWO32 = 2 ** 32;

/** process_vm_writev of all of `data` at `addr`: the bytes written, or -1 (errno set). */
function vmWrite(pid: number, addr: number, data: Buffer): number {
  generation++;
  const local = Buffer.alloc(16);
  local.writeBigUInt64LE(addressOf(data), 0);
  local.writeBigUInt64LE(BigInt(data.length), 8);
  const remote = Buffer.alloc(16);
  remote.writeBigUInt64LE(BigInt(addr), 0);
  remote.writeBigUInt64LE(BigInt(data.length), 8);
  return processVmWritev(pid, local, 1, remote, 1, 0);
}

export class TraceeMemory {
  /** Holds the bytes of the last read; valid until the next call. */
  readonly scratch: Buffer;
  private readonly localIov = Buffer.alloc(16);
  private readonly remoteIov = Buffer.alloc(16);
  /** errno of the last failed read (0 after a write that the kernel cut short without one). */
  lastErrno = 0;
  /**
   * Told when a string read gets some bytes and then faults before its NUL, as strace's
   * umovestr reports it (the CLI's trace output sets it; other readers stay quiet).
   */
  onShortRead: ((message: string) => void) | null = null;
  /** Cached pages: their bytes, address, task, and the generation they were read in. */
  private readonly pages = Buffer.allocUnsafe(CACHED_PAGES * PAGE);
  private readonly pageAddr = new Float64Array(CACHED_PAGES);
  private readonly pagePid = new Int32Array(CACHED_PAGES);
  private readonly pageGen = new Float64Array(CACHED_PAGES).fill(-1);
  private nextPage = 0;
  /** One local iovec per slot, each aimed at its page of `pages`. */
  private readonly pageIovs: Buffer[] = [];

  constructor(size = 1 << 16) {
    this.scratch = Buffer.allocUnsafe(size);
    this.localIov.writeBigUInt64LE(addressOf(this.scratch), 0);
    const base = addressOf(this.pages);
    for (let i = 0; i < CACHED_PAGES; i++) {
      const iov = Buffer.alloc(16);
      iov.writeBigUInt64LE(base + BigInt(i * PAGE), 0);
      iov.writeUInt32LE(PAGE, 8);
      this.pageIovs.push(iov);
    }
  }

  /**
   * Copies up to `len` bytes at `addr` of task `pid` into `scratch`. Returns how many were
   * read (fewer when the range runs into an unmapped page) or -1 when none could be.
   */
  read(pid: number, addr: number, len: number): number {
    if (addr <= 0 || addr >= USER_ADDR_LIMIT) {
      this.lastErrno = 14; // EFAULT
      return -1;
    }
    if (len > this.scratch.length) len = this.scratch.length;
    if (len <= 0) return 0;
    const first = addr - (addr % PAGE);
    if (!noVmReadv && addr + len - first <= CACHED_PAGES * PAGE) {
      const n = this.readCached(pid, addr, len, first);
      return n < 0 && noVmReadv ? this.readProcMem(pid, addr, len) : n;
    }
    this.localIov.writeUInt32LE(len, 8);
    this.remoteIov.writeUInt32LE(addr % TWO32, 0);
    this.remoteIov.writeUInt32LE(Math.floor(addr / TWO32), 4);
    this.remoteIov.writeUInt32LE(len, 8);
    if (noVmReadv) return this.readProcMem(pid, addr, len);
    const n = processVmReadv(pid, this.localIov, 1, this.remoteIov, 1, 0);
    if (n >= 0) return n;
    this.lastErrno = errno();
    if (this.lastErrno !== ENOSYS) return n;
    noVmReadv = true;
    return this.readProcMem(pid, addr, len);
  }

  /**
   * read() through whole cached pages, as strace's umoven: decoding one syscall's arguments
   * (an iovec array and its buffers, a string and its neighbours) costs a syscall per page
   * rather than per field. Stops at the first unreadable page, like process_vm_readv.
   */
  private readCached(pid: number, addr: number, len: number, page: number): number {
    let done = 0;
    while (done < len) {
      const slot = this.page(pid, page);
      if (slot < 0) {
        if (done > 0) return done;
        return -1;
      }
      const from = addr + done - page;
      const n = Math.min(len - done, PAGE - from);
      this.pages.copy(this.scratch, done, slot * PAGE + from, slot * PAGE + from + n);
      done += n;
      page += PAGE;
    }
    return done;
  }

  /** The cache slot holding page `page` of task `pid`, read now if needed; -1 if unreadable. */
  private page(pid: number, page: number): number {
    for (let i = 0; i < CACHED_PAGES; i++) {
      if (this.pageGen[i] === generation && this.pageAddr[i] === page && this.pagePid[i] === pid) return i;
    }
    const slot = this.nextPage;
    this.remoteIov.writeUInt32LE(page % TWO32, 0);
    this.remoteIov.writeUInt32LE(Math.floor(page / TWO32), 4);
    this.remoteIov.writeUInt32LE(PAGE, 8);
    const n = processVmReadv(pid, this.pageIovs[slot]!, 1, this.remoteIov, 1, 0);
    if (n !== PAGE) {
      this.lastErrno = n < 0 ? errno() : EFAULT;
      if (n < 0 && this.lastErrno === ENOSYS) noVmReadv = true;
      return -1;
    }
    this.pageAddr[slot] = page;
    this.pagePid[slot] = pid;
    this.pageGen[slot] = generation;
    this.nextPage = (slot + 1) % CACHED_PAGES;
    return slot;
  }

  /** Reads `len` bytes at `addr` through /proc/PID/mem alone (no process_vm_readv): for one-off reads. */
  readOnce(pid: number, addr: number, len: number): number {
    return this.readProcMem(pid, addr, Math.min(len, this.scratch.length));
  }

  /** read()'s fallback without process_vm_readv: /proc/PID/mem, which stops at an unmapped page the same way. */
  private readProcMem(pid: number, addr: number, len: number): number {
    let fd: number;
    try {
      fd = openSync(`/proc/${procPid(pid)}/mem`, 'r');
    } catch {
      this.lastErrno = EFAULT;
      return -1;
    }
    try {
      const n = readSync(fd, this.scratch, 0, len, addr);
      if (n === 0) this.lastErrno = EFAULT;
      return n === 0 ? -1 : n;
    } catch (e) {
      this.lastErrno = (e as NodeJS.ErrnoException).code === 'EIO' ? EFAULT : EIO;
      return -1;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Reads a NUL-terminated string of at most `max` bytes. Returns its length (the NUL
   * excluded) with the bytes in `scratch`, `-1` when the address cannot be read, or a
   * fault comes before the NUL, or `max` with `terminated === false` when no NUL came
   * within `max` bytes.
   */
  readCString(pid: number, addr: number, max: number): { len: number; terminated: boolean } {
    // A string may end just before an unmapped page, so a short read is not a failure;
    // ask for the whole window once and let the kernel stop at the fault.
    const n = this.read(pid, addr, max);
    if (n < 0) return { len: -1, terminated: false };
    const nul = this.scratch.indexOf(0, 0);
    if (nul >= 0 && nul < n) return { len: nul, terminated: true };
    // The read stopped at an unreadable page before any NUL: the string cannot be told
    // (strace prints its address then, never the bytes before the fault).
    if (n < max && n < this.scratch.length) {
      this.onShortRead?.(`umovestr: short read (${n} < ${max}) @0x${addr.toString(16)}: ${strerror(EFAULT)}`);
      return { len: -1, terminated: false };
    }
    return { len: n, terminated: false };
  }

  /** Writes all of `data` at `addr` of task `pid`; false (errno in lastErrno) if it could not. */
  write(pid: number, addr: number, data: Buffer): boolean {
    const n = vmWrite(pid, addr, data);
    if (n !== data.length) this.lastErrno = n < 0 ? errno() : EFAULT;
    return n === data.length;
  }

  /**
   * Writes `data` at `addr` of traced task `pid` as strace's upoken (injection's poke_enter=
   * and poke_exit=): with process_vm_writev, or where that cannot (ENOSYS, EPERM, a fault)
   * word by word with PTRACE_POKEDATA. Returns how many bytes were written: all, a part
   * when the range runs into memory that cannot be written, or 0. After a part, lastErrno
   * is what stopped PTRACE_POKEDATA, or 0 when process_vm_writev stopped without an errno.
   */
  poke(pid: number, addr: number, data: Buffer): number {
    if (addr <= 0 || addr >= USER_ADDR_LIMIT || data.length === 0) return 0;
    const n = vmWrite(pid, addr, data);
    if (n >= 0) {
      this.lastErrno = 0;
      return n;
    }
    this.lastErrno = errno();
    return this.lastErrno === ESRCH ? 0 : this.pokeWords(pid, addr, data);
  }

  /** poke() by PTRACE_POKEDATA: whole words, the partial ones at either end merged with what is there. */
  private pokeWords(pid: number, addr: number, data: Buffer): number {
    const word = Buffer.alloc(8);
    let done = 0;
    let at = addr - (addr % 8);
    let skip = addr - at;
    while (done < data.length) {
      const n = Math.min(8 - skip, data.length - done);
      if (n < 8 && ptraceRaw(PTRACE_PEEKDATA, pid, at, word) < 0) {
        this.lastErrno = errno();
        break;
      }
      data.copy(word, skip, done, done + n);
      if (ptraceRawInt(PTRACE_POKEDATA, pid, at, word.readBigInt64LE(0)) < 0) {
        this.lastErrno = errno();
        break;
      }
      done += n;
      at += 8;
      skip = 0;
    }
    return done;
  }

  /** Reads a little-endian 64-bit word as a Number (exact below 2^53). Returns -1 on fault. */
  readPointer(pid: number, addr: number): number {
    if (this.read(pid, addr, 8) !== 8) return -1;
    return this.scratch.readUInt32LE(0) + this.scratch.readUInt32LE(4) * TWO32;
  }
}
