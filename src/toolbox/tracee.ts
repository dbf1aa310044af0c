/**
 * Registers and memory of one task in a ptrace-stop, for the thread that traces it (ptrace
 * requests are only accepted from the tracer thread, and only while the task is stopped).
 *
 * Memory goes through process_vm_readv/writev (one syscall for any length) and falls back to
 * PTRACE_PEEKDATA/POKEDATA word by word, which also reach pages the tracee cannot read or
 * write itself (its code, to plant a breakpoint or a `syscall` instruction).
 */
import { addressOf, errno, processVmReadv, processVmWritev, ptraceRaw, ptraceRawInt, strerror } from '../sys/libc.js';
import {
  PTRACE_GETREGS, PTRACE_PEEKDATA, PTRACE_PEEKUSER, PTRACE_POKEDATA, PTRACE_POKEUSER, PTRACE_SETREGS, REG,
  type RegisterName,
} from '../sys/ptrace-toolbox.js';
import { Registers } from './registers.js';

/** A ptrace or memory request failed; `errno` says why (ESRCH: not stopped, or gone). */
export class PtraceError extends Error {
  constructor(readonly op: string, readonly errno: number) {
    super(`${op}: ${strerror(errno)}`);
  }
}

export type Address = bigint | number;

const WORD = 8;

export class Tracee {
  private readonly word = Buffer.alloc(WORD);
  private readonly localIov = Buffer.alloc(16);
  private readonly remoteIov = Buffer.alloc(16);

  /** `tid`: a task stopped under ptrace by the calling thread. */
  constructor(readonly tid: number) {}

  // --- registers ------------------------------------------------------------------------

  /** PTRACE_GETREGS, into `into` when given (no allocation). */
  getRegisters(into: Registers = new Registers()): Registers {
    if (ptraceRaw(PTRACE_GETREGS, this.tid, 0, into.raw) < 0) throw new PtraceError('PTRACE_GETREGS', errno());
    return into;
  }

  /** PTRACE_SETREGS: the task resumes with these (the kernel refuses bad segment values). */
  setRegisters(regs: Registers): void {
    if (ptraceRaw(PTRACE_SETREGS, this.tid, 0, regs.raw) < 0) throw new PtraceError('PTRACE_SETREGS', errno());
  }

  /** One register through PTRACE_PEEKUSER: cheaper than GETREGS when one is all you need. */
  getRegister(name: RegisterName): bigint {
    if (ptraceRaw(PTRACE_PEEKUSER, this.tid, REG[name], this.word) < 0) throw new PtraceError('PTRACE_PEEKUSER', errno());
    return this.word.readBigUInt64LE(0);
  }

  /** One register through PTRACE_POKEUSER. */
  setRegister(name: RegisterName, value: bigint | number): void {
    const v = BigInt.asIntN(64, BigInt(value));
    if (ptraceRawInt(PTRACE_POKEUSER, this.tid, REG[name], v) < 0) throw new PtraceError('PTRACE_POKEUSER', errno());
  }

  // --- memory ---------------------------------------------------------------------------

  /** PTRACE_PEEKDATA: the 64-bit word at `addr`. */
  peek(addr: Address): bigint {
    if (ptraceRaw(PTRACE_PEEKDATA, this.tid, addr, this.word) < 0) throw new PtraceError('PTRACE_PEEKDATA', errno());
    return this.word.readBigUInt64LE(0);
  }

  /** PTRACE_POKEDATA: writes the 64-bit word at `addr`, even into read-only code. */
  poke(addr: Address, word: bigint): void {
    if (ptraceRawInt(PTRACE_POKEDATA, this.tid, addr, BigInt.asIntN(64, word)) < 0) throw new PtraceError('PTRACE_POKEDATA', errno());
  }

  /** `len` bytes at `addr`; throws if any of them cannot be read. */
  read(addr: Address, len: number): Buffer {
    const out = Buffer.alloc(len);
    if (len === 0) return out;
    if (this.vm(processVmReadv, out, addr) === len) return out;
    // Unreadable to the tracee itself (PROT_NONE, or a short read): word by word.
    const base = BigInt(addr);
    const start = base & ~7n;
    const end = base + BigInt(len);
    for (let a = start; a < end; a += 8n) {
      const w = this.peek(a);
      this.word.writeBigUInt64LE(w, 0);
      const from = Number(a - base); // may be negative for the first word
      for (let i = 0; i < WORD; i++) {
        const at = from + i;
        if (at >= 0 && at < len) out[at] = this.word[i]!;
      }
    }
    return out;
  }

  /** Writes `data` at `addr`; through POKEDATA when the page is not writable (code). */
  write(addr: Address, data: Uint8Array): void {
    if (data.length === 0) return;
    if (this.vm(processVmWritev, data, addr) === data.length) return;
    const base = BigInt(addr);
    const start = base & ~7n;
    const end = base + BigInt(data.length);
    for (let a = start; a < end; a += 8n) {
      const from = Number(a - base);
      const partial = from < 0 || from + WORD > data.length;
      if (partial) this.word.writeBigUInt64LE(this.peek(a), 0);
      for (let i = 0; i < WORD; i++) {
        const at = from + i;
        if (at >= 0 && at < data.length) this.word[i] = data[at]!;
      }
      this.poke(a, this.word.readBigUInt64LE(0));
    }
  }

  /**
   * The NUL-terminated string at `addr`, at most `max` bytes (decoded as latin1, so bytes
   * map 1:1 to chars); null when not terminated within `max`.
   */
  readCString(addr: Address, max = 4096): string | null {
    const chunk = 256;
    const parts: Buffer[] = [];
    let got = 0;
    let a = BigInt(addr);
    while (got < max) {
      // Never cross a page boundary in one read: the next page may be unmapped.
      const toPage = 4096 - Number(a & 4095n);
      const n = Math.min(chunk, toPage, max - got);
      const buf = this.read(a, n);
      const nul = buf.indexOf(0);
      if (nul >= 0) {
        parts.push(buf.subarray(0, nul));
        return Buffer.concat(parts).toString('latin1');
      }
      parts.push(buf);
      got += n;
      a += BigInt(n);
    }
    return null;
  }

  /** process_vm_readv/writev of all of `buf` at `addr`: bytes transferred, -1 on failure. */
  private vm(fn: typeof processVmReadv, buf: Uint8Array, addr: Address): number {
    this.localIov.writeBigUInt64LE(addressOf(buf), 0);
    this.localIov.writeBigUInt64LE(BigInt(buf.length), 8);
    this.remoteIov.writeBigUInt64LE(BigInt(addr), 0);
    this.remoteIov.writeBigUInt64LE(BigInt(buf.length), 8);
    return fn(this.tid, this.localIov, 1, this.remoteIov, 1, 0);
  }
}
