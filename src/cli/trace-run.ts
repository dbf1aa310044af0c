/**
 * One strace-style trace: composes the engine with the strace text printer (and the
 * structured outputs) and runs the stop loop on the calling thread, under whichever host
 * runs it: the command line's own thread (engine/inline-host.ts) or a tracer Worker
 * (trace-worker.ts, engine/host.ts).
 */
import type { LoopHost } from '../engine/loop-host.js';
import { TraceError, Tracer, type TraceResult, type TracerConfig } from '../engine/tracer.js';
import { OutputError } from '../format/output.js';
import { StraceText, type TextOptions } from '../format/strace-text.js';
import { StructuredOutputs, type StructuredOptions } from '../api/outputs.js';
import { TeeSink } from '../api/tee-sink.js';
import { setXlatStyle } from '../decode/xlat/index.js';
import { TraceeMemory } from '../sys/memory.js';
import { FaultInjector } from '../toolbox/fault-injector.js';

export interface RunConfig {
  readonly tracer: TracerConfig;
  readonly text: TextOptions;
  /** --output-format=json, --timeline, --html (api/outputs.ts); absent: the text only. */
  readonly structured?: StructuredOptions;
}

export type RunOutcome =
  | ({ readonly kind: 'done' } & TraceResult)
  | { readonly kind: 'output-closed' }
  | { readonly kind: 'error'; readonly message: string };

export function runTrace(config: RunConfig, host: LoopHost): RunOutcome {
  setXlatStyle(config.text.xlat ?? 'abbrev');
  const pending = host.pending;
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
  const flush = (): void => {
    printer?.flush();
    structured?.flush();
  };
  const tracer = new Tracer(tracerConfig, sink, { check: (interrupted) => host.check(interrupted, flush) });

  let outcome: RunOutcome;
  try {
    outcome = { kind: 'done', ...tracer.run() };
  } catch (e) {
    if (e instanceof OutputError && e.readerGone) outcome = { kind: 'output-closed' };
    else if (e instanceof OutputError || e instanceof TraceError) outcome = { kind: 'error', message: e.message };
    else outcome = { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  for (const out of [printer, structured]) {
    try {
      out?.close();
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      if (outcome.kind === 'done') outcome = e.readerGone ? { kind: 'output-closed' } : { kind: 'error', message: e.message };
    }
  }
  return outcome;
}
