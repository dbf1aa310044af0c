/**
 * The stop loop on the calling thread: the command line's host. Starting a Worker (a
 * second isolate, the module graph loaded twice) was most of tstrace's start-up time and
 * a quarter of its memory; the command line has nothing else to do while it traces, so
 * it runs the loop itself. The library keeps its Worker (engine/host.ts): a user's event
 * loop must stay free.
 *
 * While wait4 blocks, no JS runs here, so what engine/host.ts does from the event loop
 * comes through the kernel instead (sys/signal-probe.ts): the signals asking to let go
 * interrupt the wait and are identified afterwards, and a periodic SIGALRM interrupts it
 * so that buffered output goes out while the tracee is quiet.
 */
import { SignalProbe, WakeTimer } from '../sys/signal-probe.js';
import type { LoopHost } from './loop-host.js';
import { monotonicMs } from '../sys/clock.js';

/**
 * The inline host can also run work on a period of the monotonic clock (the -c table every
 * --summary-interval): it is looked at where the clock already is, never per stop, and the
 * timer's wake-ups bring it round while the tracees are quiet (blocked in a syscall for
 * minutes, nothing stops): so a period is kept within FLUSH_INTERVAL_MS or so.
 */
export interface InlineHost extends LoopHost {
  /** Calls `run` every `ms` while the loop runs (one such job per host; a second replaces it). */
  every(ms: number, run: () => void): void;
}

/** How often buffered output is pushed out when the tracer is idle or slow (as host.ts). */
const FLUSH_INTERVAL_MS = 40;
/**
 * Stops between two looks at the clock, for a loop so busy that the timer's signal never
 * lands in a wait (the look costs more than a stop's share of work; 1 in 4096 does not).
 */
const CLOCK_EVERY = 4096;

/**
 * Runs `body` (which runs the stop loop with the host it is given) on this thread, with
 * `signals` (SIGINT & co.) turned into a request to let go: the first one that comes is
 * what check() answers from then on. Signal dispositions are restored afterwards.
 */
export function runInline<R>(signals: readonly number[], body: (host: InlineHost) => R): R {
  const probe = new SignalProbe(signals);
  const timer = new WakeTimer(FLUSH_INTERVAL_MS);
  let outputWaits = false;
  let stopSignal = 0;
  let stops = 0;
  let lastLook = monotonicMs();
  let period = Infinity;
  let dueAt = Infinity;
  let periodic: () => void = () => {};
  const host: InlineHost = {
    pending: {
      set: () => { outputWaits = true; },
      clear: () => { outputWaits = false; },
    },
    check(interrupted, flush) {
      if (!interrupted) {
        if ((++stops & (CLOCK_EVERY - 1)) !== 0) return stopSignal;
        if (monotonicMs() - lastLook < FLUSH_INTERVAL_MS) return stopSignal;
      }
      const now = monotonicMs();
      lastLook = now;
      if (stopSignal === 0) stopSignal = probe.take();
      if (now >= dueAt) {
        // The next one a period after this one: a late look does not bunch them up.
        dueAt = now + period;
        periodic();
      }
      if (outputWaits) flush();
      return stopSignal;
    },
    every(ms, run) {
      period = ms;
      dueAt = monotonicMs() + ms;
      periodic = run;
    },
  };
  try {
    return body(host);
  } finally {
    timer.stop();
    probe.restore();
  }
}
