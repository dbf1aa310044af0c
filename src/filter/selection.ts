/**
 * What is shown, decided in one place for every output (the strace text, the JSON events,
 * the timeline and HTML page, the library's events) and for fault injection, which strace
 * applies only to the syscalls it shows: trace= and -P at a syscall's entry, status= once
 * its outcome is known, signal= at a signal or a death by one, quiet= for the notes about
 * tasks (attached, detached, exited, superseded). Each answer is a Verdict that says why
 * something is hidden; the outputs only render what is shown.
 *
 * The entry decision is made once per syscall, before any sink hears of it: the owner
 * installs the selection as the engine's SyscallTamper (it wraps the fault injector, if
 * any), so the decision precedes injection as in strace. The sinks only read it.
 */
import { SYSCALL_NAMES } from '../sys/x86_64/syscalls.gen.js';
import { touchesPaths } from '../decode/paths.js';
import { signatureOf } from '../decode/signature.js';
import type { ExitHow } from '../engine/sink.js';
import type { SyscallTamper } from '../engine/tamper.js';
import type { Task } from '../engine/task.js';
import type { TraceeMemory } from '../sys/memory.js';
import type { Filters, StatusKind } from './expressions.js';

/** The filter that hid something. */
export type HiddenBy = 'trace' | 'paths' | 'status' | 'signal' | 'quiet';
export type Shown = { readonly show: 'now' };
export type Hidden = { readonly show: 'no'; readonly by: HiddenBy };
export type Verdict = Shown | Hidden;
/**
 * A syscall at its entry: shown as it happens (its entry half now), held until its
 * outcome passes status= (the whole line at its end), or hidden.
 */
export type EntryVerdict = Shown | { readonly show: 'at-end' } | Hidden;

/** What the trace reports besides syscalls (strace's `---` and `+++` lines and messages). */
export type Note =
  /** A signal's delivery (`--- SIGCHLD {...} ---`) or a group-stop (`--- stopped by SIGSTOP ---`). */
  | { readonly kind: 'signal'; readonly signal: number }
  /** A task ended (`+++ exited with 0 +++`, `+++ killed by SIGKILL +++`). */
  | { readonly kind: 'exit'; readonly how: ExitHow }
  /**
   * A task or process came to be traced by attaching or following a fork (`Process N
   * attached`), or was let go (`Process N detached`); a thread's execve took its leader's
   * place (`+++ superseded by execve in pid N +++`); a task we never traced ended or was
   * let go (`Exit of unknown pid N ignored`, `Detached unknown pid N`).
   */
  | { readonly kind: 'attach' | 'detach' | 'superseded' | 'unknown-exit' | 'unknown-detach' };

const NOW: Shown = { show: 'now' };
const AT_END: EntryVerdict = { show: 'at-end' };
const HIDDEN: Readonly<Record<HiddenBy, Hidden>> = {
  trace: { show: 'no', by: 'trace' }, paths: { show: 'no', by: 'paths' }, status: { show: 'no', by: 'status' },
  signal: { show: 'no', by: 'signal' }, quiet: { show: 'no', by: 'quiet' },
};

export class SyscallSelection implements SyscallTamper {
  private readonly paths: ReadonlySet<string> | null;
  /**
   * The last entry decided: the sinks read it at that same entry stop (and keep it
   * themselves until the exit), so one is all there is to remember.
   */
  private lastTid = 0;
  private last: EntryVerdict = HIDDEN.trace;

  constructor(
    private readonly mem: TraceeMemory,
    private readonly filters: Filters,
    paths: readonly string[],
    private readonly inject: SyscallTamper | null = null,
  ) {
    this.paths = paths.length > 0 ? new Set(paths) : null;
  }

  /**
   * Whether syscall `nr` passes trace=, the first of decide's tests (also asked ahead of
   * any entry: decode/prepare.ts). A number the syscall table does not name passes whatever
   * trace= says (strace traces the syscalls it cannot qualify: `syscall_0x1c3(...)` under
   * -e trace=none).
   */
  mayShow(nr: number): boolean {
    const trace = this.filters.trace;
    return trace === null || trace.has(nr) || SYSCALL_NAMES[nr] === undefined;
  }

  /** At a syscall's entry: decides (and remembers) whether and when it is shown. */
  decide(task: Task): EntryVerdict {
    const verdict = !this.mayShow(task.nr)
      ? HIDDEN.trace
      : this.paths !== null && !touchesPaths(signatureOf(task.nr), task, this.mem, this.paths)
        ? HIDDEN.paths
        : this.filters.status !== null ? AT_END : NOW;
    this.lastTid = task.tid;
    this.last = verdict;
    return verdict;
  }

  /** The verdict on the syscall entry `task` is stopped at (made just before, by decide). */
  entry(task: Task): EntryVerdict {
    return this.lastTid === task.tid ? this.last : HIDDEN.trace;
  }

  /** A syscall that ended `outcome`, given its entry's verdict: is it shown (status=, -z, -Z)? */
  ending(entry: EntryVerdict, outcome: StatusKind): Verdict {
    if (entry.show !== 'at-end') return entry;
    return this.filters.status === null || this.filters.status.has(outcome) ? NOW : HIDDEN.status;
  }

  /** Is this note shown? signal= for signals and deaths by one, quiet= for the rest. */
  note(note: Note): Verdict {
    const quiet = this.filters.quiet;
    switch (note.kind) {
      case 'signal':
        return this.signalShown(note.signal) ? NOW : HIDDEN.signal;
      case 'exit':
        // As in strace: quiet=exit hides normal exits; a death by a signal follows signal=.
        if (note.how.kind === 'killed') return this.signalShown(note.how.signal) ? NOW : HIDDEN.signal;
        return quiet.has('exit') ? HIDDEN.quiet : NOW;
      case 'unknown-exit':
        return quiet.has('exit') ? HIDDEN.quiet : NOW;
      case 'attach':
      case 'detach':
      case 'unknown-detach':
        return quiet.has('attach') ? HIDDEN.quiet : NOW;
      case 'superseded':
        return quiet.has('thread-execve') ? HIDDEN.quiet : NOW;
    }
  }

  private signalShown(signal: number): boolean {
    const wanted = this.filters.signals;
    return wanted === null || wanted.has(signal);
  }

  // --- SyscallTamper: the engine calls these before the sinks hear of the stop ----------

  entering(task: Task): number {
    if (this.decide(task).show !== 'no' && this.inject !== null) return this.inject.entering(task);
    task.injected = false;
    task.poked = false;
    task.delayed = false;
    return 0;
  }

  exiting(task: Task): void {
    // The injector remembers which calls it tampered with: only shown ones.
    this.inject?.exiting(task);
  }

  /** Injection and delays apply to shown syscalls only: a hidden one's exit is not ours. */
  wantsExit(task: Task): boolean {
    return this.entry(task).show !== 'no';
  }
}
