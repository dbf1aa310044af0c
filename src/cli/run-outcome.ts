/**
 * How a trace run ends, shared by tstrace's and ptail's command lines: an exception out of
 * the stop loop, and a failure while closing an output after it.
 */
import { StopTracing, TraceError } from '../engine/tracer.js';
import { OutputError } from '../format/output.js';

export interface RunFailed {
  readonly kind: 'error';
  readonly message: string;
}

/** The outcome of a run the stop loop ended by throwing `e`. */
export function runFailure(e: unknown): RunFailed {
  if (e instanceof OutputError || e instanceof TraceError) return { kind: 'error', message: e.message };
  return { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

/**
 * Closes an output after the run. Its last bytes finding no reader end the run by SIGPIPE
 * (unless something else ended it), as strace's would; another output failure becomes the
 * run's error. Anything else is a bug and is thrown.
 */
export function closeOutput<D extends { readonly kind: 'done'; readonly stoppedBy: number }>(
  outcome: D | RunFailed, close: () => void): D | RunFailed {
  try {
    close();
  } catch (e) {
    if (e instanceof StopTracing) {
      return outcome.kind === 'done' && outcome.stoppedBy === 0 ? { ...outcome, stoppedBy: e.signal } : outcome;
    }
    if (!(e instanceof OutputError)) throw e;
    if (outcome.kind === 'done') return { kind: 'error', message: e.message };
  }
  return outcome;
}
