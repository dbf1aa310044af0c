/**
 * ptail's tracer thread: the engine's stop loop with the Capture sink. Started by
 * cli/ptail.ts through engine/host.ts; posts one PtailOutcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CTL } from '../engine/host.js';
import type { ExitHow } from '../engine/sink.js';
import { Tracer, type TracerConfig } from '../engine/tracer.js';
import { Capture, type CaptureOptions } from '../ptail/capture.js';
import { SIGTERM } from '../sys/constants.js';
import { gettid } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';
import { closeOutput, runFailure } from './run-outcome.js';

export interface PtailRunConfig {
  readonly tracer: TracerConfig;
  readonly capture: CaptureOptions;
}

export type PtailOutcome =
  | {
    readonly kind: 'done';
    /** How the command ptail started ended (null with -p, or when it was left running). */
    readonly command: ExitHow | null;
    /** The signal (Ctrl-C & co.) that made ptail let go; 0 when the tracees finished. */
    readonly stoppedBy: number;
    /** -p pids that could not be attached; the run was abandoned if any. */
    readonly notAttached: readonly number[];
  }
  | { readonly kind: 'error'; readonly message: string };

const { config, ctl } = workerData as { config: PtailRunConfig; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
Atomics.store(control, CTL.TID, gettid());

const capture = new Capture(new TraceeMemory(), config.capture, {
  set: () => Atomics.store(control, CTL.PENDING, 1),
  clear: () => Atomics.store(control, CTL.PENDING, 0),
});
const tracer = new Tracer(config.tracer, capture, {
  check: () => {
    if (Atomics.load(control, CTL.FLUSH) !== 0) {
      Atomics.store(control, CTL.FLUSH, 0);
      capture.flush();
    }
    // One -p that cannot be attached abandons the run (let go of the others).
    if (capture.anyAttachFailed) return SIGTERM;
    return Atomics.load(control, CTL.STOP);
  },
});

let outcome: PtailOutcome;
try {
  const r = tracer.run();
  const notAttached = config.tracer.attach.filter((pid) => !capture.attached.has(pid));
  outcome = { kind: 'done', command: r.command, stoppedBy: notAttached.length > 0 ? 0 : r.stoppedBy, notAttached };
} catch (e) {
  outcome = runFailure(e);
}
outcome = closeOutput(outcome, () => capture.close());
parentPort!.postMessage(outcome);
