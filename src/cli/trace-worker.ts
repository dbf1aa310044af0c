/**
 * The tracer thread: composes the engine with the strace text printer and runs the stop
 * loop. Started by cli/tstrace.ts through engine/host.ts; posts one WorkerOutcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CTL } from '../engine/host.js';
import { TraceError, Tracer, type TraceResult, type TracerConfig } from '../engine/tracer.js';
import { OutputError } from '../format/output.js';
import { StraceText, type TextOptions } from '../format/strace-text.js';
import { gettid } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';

export interface RunConfig {
  readonly tracer: TracerConfig;
  readonly text: TextOptions;
}

export type WorkerOutcome =
  | ({ readonly kind: 'done' } & TraceResult)
  | { readonly kind: 'output-closed' }
  | { readonly kind: 'error'; readonly message: string };

const { config, ctl } = workerData as { config: RunConfig; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
Atomics.store(control, CTL.TID, gettid());

const printer = new StraceText(new TraceeMemory(), config.text, {
  set: () => Atomics.store(control, CTL.PENDING, 1),
  clear: () => Atomics.store(control, CTL.PENDING, 0),
});
const tracer = new Tracer(config.tracer, printer, {
  check: () => {
    if (Atomics.load(control, CTL.FLUSH) !== 0) {
      Atomics.store(control, CTL.FLUSH, 0);
      printer.flush();
    }
    return Atomics.load(control, CTL.STOP);
  },
});

let outcome: WorkerOutcome;
try {
  outcome = { kind: 'done', ...tracer.run() };
} catch (e) {
  if (e instanceof OutputError && e.readerGone) outcome = { kind: 'output-closed' };
  else if (e instanceof OutputError || e instanceof TraceError) outcome = { kind: 'error', message: e.message };
  else outcome = { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
try {
  printer.close();
} catch (e) {
  if (!(e instanceof OutputError)) throw e;
  if (outcome.kind === 'done') outcome = e.readerGone ? { kind: 'output-closed' } : { kind: 'error', message: e.message };
}
parentPort!.postMessage(outcome);
