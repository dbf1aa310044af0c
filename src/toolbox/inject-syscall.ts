/**
 * Making a stopped tracee run a syscall of our choosing, then putting it back exactly as
 * it was: what gdb's `call` does for functions, for one syscall. The seccomp installation
 * on an attached process and tests use it.
 *
 * How, by the kind of stop the task is in (PTRACE_GET_SYSCALL_INFO tells):
 * - syscall entry (or seccomp) stop: the kernel is about to run the syscall in orig_rax;
 *   we swap in ours, run to its exit stop, then rewind rip onto the `syscall` instruction
 *   and run again to the entry stop of the original call, which is where we found it.
 * - syscall exit stop: rip follows a `syscall` instruction; rewind onto it with our
 *   number, run to our exit stop, restore the registers: it is again the original exit.
 * - any other stop (signal, group-stop, PTRACE_INTERRUPT, single-step): use the `syscall`
 *   instruction just before rip if there is one (a task stopped inside a blocking call),
 *   else plant one at rip for the duration; run entry to exit; restore.
 *
 * A task stopped inside an interrupted syscall carries -ERESTART* in rax: the kernel would
 * rewind it on the way out of the stop, but that step has been spent on our call, so the
 * restore does the rewind itself (the call restarts, as it would have).
 *
 * Signals that arrive meanwhile are held (the task is resumed without them) and sent
 * again to the task once it is restored, so the caller sees them as ordinary stops.
 */
import { readFileSync } from 'node:fs';
import {
  EINTR, PTRACE_GET_SYSCALL_INFO, PTRACE_SYSCALL, PTRACE_SYSCALL_INFO_ENTRY, PTRACE_SYSCALL_INFO_EXIT,
  PTRACE_SYSCALL_INFO_SECCOMP, SIGTRAP, SYSCALL_INFO_SIZE, SYS_restart_syscall, __WALL,
} from '../sys/constants.js';
import { errno, ptrace, ptraceInt, tgkill, wait4 } from '../sys/libc.js';
import { Registers, SYSCALL_ARG_REGISTERS } from './registers.js';
import { PtraceError, Tracee, type Address } from './tracee.js';

/** `syscall` is 0f 05. */
const SYSCALL_INSN = 0x050f;
const ERESTARTSYS = -512n;
const ERESTARTNOINTR = -513n;
const ERESTARTNOHAND = -514n;
const ERESTART_RESTARTBLOCK = -516n;

/** The task died (or was killed) while running the injected call. */
export class TaskGoneError extends Error {}

export interface InjectOptions {
  /**
   * The address of a `syscall` instruction to use. Default: the one the task is at (syscall
   * stops, or a task stopped inside a blocking call), else one planted at rip meanwhile.
   */
  readonly syscallAddress?: Address;
}

type StopKind = 'entry' | 'exit' | 'other';

/**
 * Runs syscall `nr` with `args` in the stopped task `tracee` and returns its raw result
 * (negative errno on failure). The task is left in the same stop with the same registers
 * (and code) as before. Must be called on the tracer thread; the task must be in a
 * ptrace-stop whose wait status the caller has already consumed.
 */
export function injectSyscall(tracee: Tracee, nr: number, args: readonly (bigint | number)[] = [], opts: InjectOptions = {}): bigint {
  if (args.length > 6) throw new RangeError('a syscall takes at most 6 arguments');
  const runner = new InjectionRun(tracee);
  return runner.run(nr, args, opts);
}

class InjectionRun {
  private readonly status = new Int32Array(1);
  private readonly held: number[] = [];

  constructor(private readonly t: Tracee) {}

  run(nr: number, args: readonly (bigint | number)[], opts: InjectOptions): bigint {
    const kind = this.stopKind();
    const saved = this.t.getRegisters();
    const regs = saved.clone();
    for (let i = 0; i < 6; i++) regs.set(SYSCALL_ARG_REGISTERS[i]!, args[i] ?? 0);
    let result: bigint;
    if (kind === 'entry') {
      // Already past the `syscall` instruction: the kernel takes the number from orig_rax.
      regs.set('orig_rax', nr);
      this.t.setRegisters(regs);
      this.resumeTo('exit');
      result = this.t.getRegisters().signed('rax');
      // Back onto the instruction with the original number: the original entry stop again.
      const again = saved.clone();
      again.set('rip', saved.get('rip') - 2n).set('rax', saved.get('orig_rax'));
      this.t.setRegisters(again);
      this.resumeTo('entry');
      this.t.setRegisters(saved);
    } else {
      const planted = kind === 'other' && opts.syscallAddress === undefined ? this.plantIfNeeded(saved) : null;
      const at = opts.syscallAddress !== undefined ? BigInt(opts.syscallAddress)
        : planted !== null ? planted.at : saved.get('rip') - 2n;
      // orig_rax -1: no syscall-restart logic may touch our registers on the way out.
      regs.set('rip', at).set('rax', nr).set('orig_rax', -1);
      this.t.setRegisters(regs);
      try {
        this.resumeTo('entry');
        this.resumeTo('exit');
        result = this.t.getRegisters().signed('rax');
      } finally {
        if (planted !== null) this.t.poke(planted.at, planted.word);
      }
      this.t.setRegisters(kind === 'other' ? restartable(saved) : saved);
    }
    for (const sig of this.held) tgkill(tgidOf(this.t.tid), this.t.tid, sig);
    return result;
  }

  private stopKind(): StopKind {
    const info = new Uint8Array(SYSCALL_INFO_SIZE);
    if (ptrace(PTRACE_GET_SYSCALL_INFO, this.t.tid, SYSCALL_INFO_SIZE, info) < 0) {
      throw new PtraceError('PTRACE_GET_SYSCALL_INFO', errno());
    }
    const op = info[0];
    if (op === PTRACE_SYSCALL_INFO_ENTRY || op === PTRACE_SYSCALL_INFO_SECCOMP) return 'entry';
    if (op === PTRACE_SYSCALL_INFO_EXIT) return 'exit';
    return 'other';
  }

  /** A `syscall` just before rip is reused; otherwise one is written at rip (code pages too). */
  private plantIfNeeded(saved: Registers): { at: bigint; word: bigint } | null {
    const rip = saved.get('rip');
    try {
      if ((Number(this.t.peek(rip - 2n) & 0xffffn)) === SYSCALL_INSN) return null;
    } catch {
      // rip at the start of a page after an unmapped one: plant instead.
    }
    const word = this.t.peek(rip);
    this.t.poke(rip, (word & ~0xffffn) | BigInt(SYSCALL_INSN));
    return { at: rip, word };
  }

  /** PTRACE_SYSCALL until the task reaches a syscall stop of `kind`; signals are held. */
  private resumeTo(kind: 'entry' | 'exit'): void {
    let sig = 0;
    for (;;) {
      if (ptraceInt(PTRACE_SYSCALL, this.t.tid, 0, sig) < 0) throw new PtraceError('PTRACE_SYSCALL', errno());
      sig = 0;
      let r: number;
      do r = wait4(this.t.tid, this.status, __WALL, null); while (r < 0 && errno() === EINTR);
      if (r < 0) throw new PtraceError('wait4', errno());
      const st = this.status[0]!;
      if ((st & 0x7f) === 0 || ((st & 0xff) !== 0x7f)) throw new TaskGoneError(`task ${this.t.tid} ended during an injected syscall`);
      const stopSig = (st >> 8) & 0xff;
      if (stopSig === (SIGTRAP | 0x80)) {
        if (this.stopKind() === kind) return;
        continue;
      }
      // A signal-delivery stop (no event bits): hold the signal back until we are done.
      if (st >>> 16 === 0 && stopSig !== SIGTRAP) this.held.push(stopSig);
    }
  }
}

/** The registers of a task stopped in an interrupted syscall, rewound to restart it. */
function restartable(saved: Registers): Registers {
  if (saved.signed('orig_rax') < 0n) return saved;
  const rax = saved.signed('rax');
  if (rax !== ERESTARTSYS && rax !== ERESTARTNOINTR && rax !== ERESTARTNOHAND && rax !== ERESTART_RESTARTBLOCK) return saved;
  const r = saved.clone();
  r.set('rip', saved.get('rip') - 2n);
  r.set('rax', rax === ERESTART_RESTARTBLOCK ? BigInt(SYS_restart_syscall) : saved.get('orig_rax'));
  r.set('orig_rax', -1);
  return r;
}

function tgidOf(tid: number): number {
  try {
    const m = /^Tgid:\s*(\d+)/m.exec(readFileSync(`/proc/${tid}/status`, 'latin1'));
    return m ? Number(m[1]) : tid;
  } catch {
    return tid;
  }
}
