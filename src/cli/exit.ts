/** How tstrace and ptail end, as strace does: like the command they traced. */
import type { ExitHow } from '../engine/sink.js';
import { dieBySignal } from '../sys/signals.js';

/**
 * By the signal that made us let go (Ctrl-C & co.), else with the command's exit code or
 * by the signal that killed it; 0 when there was no command (only -p processes).
 */
export function exitLike(r: { readonly stoppedBy: number; readonly command: ExitHow | null }): never {
  if (r.stoppedBy !== 0) dieBySignal(r.stoppedBy);
  if (r.command === null) process.exit(0);
  if (r.command.kind === 'exited') process.exit(r.command.code);
  dieBySignal(r.command.signal);
}
