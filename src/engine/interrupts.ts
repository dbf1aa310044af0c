/**
 * What the signals that end a tracer do, by strace's -I (--interruptible) levels:
 *   1 anywhere    they end us at once, by their default action (what the kernel does
 *                 then: a command we started dies with us, -p processes are let go);
 *   2 waiting     they make us detach between stops, kill the command we started with the
 *                 same signal, and end by it (the default);
 *   3 never       HUP, INT, QUIT, PIPE and TERM are ignored: Ctrl-C at a terminal reaches
 *                 only the command, whose handling of it we trace to its end (the default
 *                 with -o FILE and a command);
 *   4 never_tstp  also ^Z (SIGTSTP) is ignored (the default with -D).
 * SIGTTOU and SIGTTIN are always ignored, as strace does: the tracer writing to or reading
 * from a terminal it does not own must not stop it.
 */
import { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU } from '../sys/constants.js';
import { ignoreSignal } from '../sys/signals.js';

export type Interruptible = 1 | 2 | 3 | 4;

/** strace's default level: never with -o FILE and a command, never_tstp with -D, else waiting. */
export function defaultInterruptible(o: { outputFile: boolean; command: boolean; daemonize: boolean }): Interruptible {
  if (o.daemonize) return 4;
  if (o.outputFile && o.command) return 3;
  return 2;
}

const FATAL: readonly NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTERM'];
const NUMBER: Readonly<Record<string, number>> = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };

/**
 * Applies `level`'s ignored signals to this process and returns the fatal signals that
 * should end the trace (none at level 1, where they end us by their default action, and
 * none at 3 and 4, where they are ignored). The command we start gets default dispositions
 * regardless (sys/spawn.ts).
 */
export function letGoSignals(level: Interruptible): number[] {
  ignoreSignal(SIGTTOU);
  ignoreSignal(SIGTTIN);
  if (level === 1) return [];
  if (level >= 3) {
    for (const s of [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM]) ignoreSignal(s);
    if (level === 4) ignoreSignal(SIGTSTP);
    return [];
  }
  return [SIGHUP, SIGINT, SIGQUIT, SIGTERM];
}

/**
 * For a host on the event loop (engine/host.ts): applies `level`, and `stop(signal)` is
 * called for each fatal signal that should end the trace. Returns what undoes the listeners.
 */
export function applyInterruptible(level: Interruptible, stop: (signal: number) => void): () => void {
  if (letGoSignals(level).length === 0) return () => {};
  const onSignal = (name: NodeJS.Signals): void => stop(NUMBER[name]!);
  for (const s of FATAL) process.on(s, onSignal);
  return () => {
    for (const s of FATAL) process.off(s, onSignal);
  };
}
