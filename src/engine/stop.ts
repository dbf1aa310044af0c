/** What a wait4 status says happened to a tracee: one tagged case per kind of stop. */
import {
  PTRACE_EVENT_CLONE, PTRACE_EVENT_EXEC, PTRACE_EVENT_EXIT, PTRACE_EVENT_FORK, PTRACE_EVENT_SECCOMP,
  PTRACE_EVENT_STOP, PTRACE_EVENT_VFORK, PTRACE_EVENT_VFORK_DONE, SIGSTOP, SIGTRAP, SIGTSTP, SIGTTIN, SIGTTOU,
} from '../sys/constants.js';

export type PtraceEvent = 'fork' | 'vfork' | 'clone' | 'exec' | 'vfork-done' | 'exit' | 'seccomp';

export type Stop =
  /** The task is gone: exit status known. */
  | { readonly kind: 'exited'; readonly code: number }
  | { readonly kind: 'killed'; readonly signal: number; readonly core: boolean }
  /** Syscall entry or exit (PTRACE_O_TRACESYSGOOD); which one, PTRACE_GET_SYSCALL_INFO says. */
  | { readonly kind: 'syscall' }
  /** A signal is about to be delivered; resuming with it passes it on. */
  | { readonly kind: 'signal'; readonly signal: number }
  /** The task entered group-stop (SIGSTOP & co.); resume only with PTRACE_LISTEN. */
  | { readonly kind: 'group-stop'; readonly signal: number }
  /** PTRACE_INTERRUPT, or the first stop of an auto-attached child. */
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'event'; readonly event: PtraceEvent };

const EVENTS: Readonly<Record<number, PtraceEvent>> = {
  [PTRACE_EVENT_FORK]: 'fork',
  [PTRACE_EVENT_VFORK]: 'vfork',
  [PTRACE_EVENT_CLONE]: 'clone',
  [PTRACE_EVENT_EXEC]: 'exec',
  [PTRACE_EVENT_VFORK_DONE]: 'vfork-done',
  [PTRACE_EVENT_EXIT]: 'exit',
  [PTRACE_EVENT_SECCOMP]: 'seccomp',
};

const SYSCALL_STOP: Stop = { kind: 'syscall' };
const INTERRUPT_STOP: Stop = { kind: 'interrupt' };

function isStopSignal(sig: number): boolean {
  return sig === SIGSTOP || sig === SIGTSTP || sig === SIGTTIN || sig === SIGTTOU;
}

/** Decodes a wait4 status. The two hot cases (syscall stops) allocate nothing. */
export function decodeStatus(status: number): Stop {
  const low = status & 0x7f;
  if (low === 0) return { kind: 'exited', code: (status >> 8) & 0xff };
  if ((status & 0xff) !== 0x7f) return { kind: 'killed', signal: low, core: (status & 0x80) !== 0 };
  const sig = (status >> 8) & 0xff;
  if (sig === (SIGTRAP | 0x80)) return SYSCALL_STOP;
  const event = status >>> 16;
  if (event === 0) return { kind: 'signal', signal: sig };
  if (event === PTRACE_EVENT_STOP) {
    return isStopSignal(sig) ? { kind: 'group-stop', signal: sig } : INTERRUPT_STOP;
  }
  const name = EVENTS[event];
  if (name === undefined) throw new Error(`unknown ptrace event ${event} in wait status 0x${status.toString(16)}`);
  return { kind: 'event', event: name };
}
