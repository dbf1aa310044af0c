/**
 * What the code running the stop loop gets from the thread that hosts it: a Worker's
 * parent (engine/host.ts) or the loop's own thread (engine/inline-host.ts). Whoever
 * composes a trace (cli/trace-run.ts) depends on this, not on either host.
 */

/** Raised while output waits in buffers, so the host asks for a flush before long. */
export interface PendingFlag {
  set(): void;
  clear(): void;
}

export interface LoopHost {
  readonly pending: PendingFlag;
  /**
   * The stop loop's LoopControl.check (engine/tracer.ts): calls `flush` when buffered output
   * is due, and answers with the signal that asked to let go, else 0.
   */
  check(interrupted: boolean, flush: () => void): number;
}
