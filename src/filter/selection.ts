/**
 * What is shown, decided in one place for every output (the strace text, the JSON events,
 * the timeline) and for fault injection, which strace applies only to the syscalls it
 * shows: trace= and -P at a syscall's entry, status= once its outcome is known, signal= at
 * a signal.
 *
 * The entry decision is made once per syscall, before any sink hears of it: the owner
 * installs the selection as the engine's SyscallTamper (it wraps the fault injector, if
 * any), so the decision precedes injection as in strace. The sinks only read it.
 */
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { touchesPaths } from '../decode/paths.js';
import { signatureOf } from '../decode/signature.js';
import type { SyscallTamper } from '../engine/tamper.js';
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import type { Filters, StatusKind } from './expressions.js';

export class SyscallSelection implements SyscallTamper {
  private readonly paths: ReadonlySet<string> | null;
  /**
   * The last entry decided: the sinks read it at that same entry stop (and keep it
   * themselves until the exit), so one is all there is to remember.
   */
  private lastTid = 0;
  private lastShown = false;

  constructor(
    private readonly mem: TraceeMemory,
    private readonly filters: Filters,
    paths: readonly string[],
    private readonly inject: SyscallTamper | null = null,
  ) {
    this.paths = paths.length > 0 ? new Set(paths) : null;
  }

  /** At a syscall's entry: decides (and remembers) whether it is shown. */
  decide(task: Task): boolean {
    const trace = this.filters.trace;
    // A number the syscall table does not name passes trace= whatever it says (strace
    // traces the syscalls it cannot qualify: `syscall_0x1c3(...)` under -e trace=none).
    const shown = (trace === null || trace.has(task.nr) || SYSCALL_NAMES[task.nr] === undefined) &&
      (this.paths === null || touchesPaths(signatureOf(task.nr), task, this.mem, this.paths));
    this.lastTid = task.tid;
    this.lastShown = shown;
    return shown;
  }

  /** The decision for the syscall entry `task` is stopped at (made just before, by decide). */
  shown(task: Task): boolean {
    return this.lastTid === task.tid && this.lastShown;
  }

  /** Is a syscall that ended this way printed (status=, -z, -Z)? */
  outcomeShown(kind: StatusKind): boolean {
    const status = this.filters.status;
    return status === null || status.has(kind);
  }

  /** status= filters lines: they wait for their outcome before being printed. */
  get deferred(): boolean {
    return this.filters.status !== null;
  }

  signalShown(signal: number): boolean {
    const wanted = this.filters.signals;
    return wanted === null || wanted.has(signal);
  }

  // --- SyscallTamper: the engine calls these before the sinks hear of the stop ----------

  entering(task: Task): number {
    if (this.decide(task) && this.inject !== null) return this.inject.entering(task);
    task.injected = false;
    task.poked = false;
    task.delayed = false;
    return 0;
  }

  exiting(task: Task): void {
    // The injector remembers which calls it tampered with: only shown ones.
    this.inject?.exiting(task);
  }
}
