/**
 * The tracer thread: composes the engine with the strace text printer and runs the stop
 * loop. Started by cli/tstrace.ts through engine/host.ts; posts one WorkerOutcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CTL } from '../engine/host.js';
import { StopTracing, TraceError, Tracer, type TraceResult, type TracerConfig } from '../engine/tracer.js';
import { OutputError } from '../format/output.js';
import { StraceText, type TextOptions } from '../format/strace-text.js';
import { StructuredOutputs, type StructuredOptions } from '../api/outputs.js';
import { TeeSink } from '../api/tee-sink.js';
import { setXlatStyle } from '../decode/xlat/index.js';
import { gettid } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';
import { FaultInjector } from '../toolbox/fault-injector.js';

export interface RunConfig {
  readonly tracer: TracerConfig;
  readonly text: TextOptions;
  /** --output-format=json, --timeline, --html (api/outputs.ts); absent: the text only. */
  readonly structured?: StructuredOptions;
}

export type WorkerOutcome =
  | ({ readonly kind: 'done' } & TraceResult)
  | { readonly kind: 'error'; readonly message: string };

const { config, ctl } = workerData as { config: RunConfig; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
Atomics.store(control, CTL.TID, gettid());
setXlatStyle(config.text.xlat ?? 'abbrev');

const pending = {
  set: () => Atomics.store(control, CTL.PENDING, 1),
  clear: () => Atomics.store(control, CTL.PENDING, 0),
};
// The events decode as the text does: TextOptions holds the decoding options and filters.
const structured = config.structured === undefined
  ? null
  : new StructuredOutputs(new TraceeMemory(), config.text, config.structured, pending);
// JSON lines replace the text; the timeline and the HTML page come next to it.
const printer = structured?.json ? null : new StraceText(new TraceeMemory(), config.text, pending);
const sink = structured === null ? printer! : printer === null ? structured.sink : new TeeSink([printer, structured.sink]);
// -e inject= / fault=: the tamper hook exists only when asked for.
const inject = config.text.filters.inject ?? [];
const tracerConfig: TracerConfig = inject.length > 0 ? { ...config.tracer, tamper: new FaultInjector(inject) } : config.tracer;
const tracer = new Tracer(tracerConfig, sink, {
  check: () => {
    if (Atomics.load(control, CTL.FLUSH) !== 0) {
      Atomics.store(control, CTL.FLUSH, 0);
      printer?.flush();
      structured?.flush();
    }
    return Atomics.load(control, CTL.STOP);
  },
});

let outcome: WorkerOutcome;
try {
  outcome = { kind: 'done', ...tracer.run() };
} catch (e) {
  if (e instanceof OutputError || e instanceof TraceError) outcome = { kind: 'error', message: e.message };
  else outcome = { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
for (const out of [printer, structured]) {
  try {
    out?.close();
  } catch (e) {
    // The last lines found no reader: end by SIGPIPE, as strace would have.
    if (e instanceof StopTracing) {
      if (outcome.kind === 'done' && outcome.stoppedBy === 0) outcome = { ...outcome, stoppedBy: e.signal };
    } else if (!(e instanceof OutputError)) {
      throw e;
    } else if (outcome.kind === 'done') {
      outcome = { kind: 'error', message: e.message };
    }
  }
}
parentPort!.postMessage(outcome);
