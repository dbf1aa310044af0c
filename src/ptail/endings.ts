/** ptail's one-line notes about how a process ended. */
import { signalName } from '../decode/signals.js';
import type { ExitHow } from '../engine/sink.js';

/** `exited with 0`, `killed by SIGTERM`, `killed by SIGSEGV (core dumped)`. */
export function describeEnding(how: ExitHow): string {
  return how.kind === 'exited'
    ? `exited with ${how.code}`
    : `killed by ${signalName(how.signal)}${how.core ? ' (core dumped)' : ''}`;
}

/** Whether a child's ending is worth a note: only the named processes are always noted. */
export function isUnremarkable(how: ExitHow): boolean {
  return how.kind === 'exited' && how.code === 0;
}
