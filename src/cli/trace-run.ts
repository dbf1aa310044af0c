/**
 * One strace-style trace: composes the engine with the strace text printer (and the
 * structured outputs) and runs the stop loop on the calling thread: the command line's own
 * (engine/inline-host.ts), whose host answers for signals and flushing.
 */
import { writeSync } from 'node:fs';
import type { InlineHost } from '../engine/inline-host.js';
import { Tracer, type TraceResult, type TracerConfig } from '../engine/tracer.js';
import { StraceText, type TextOptions } from '../format/strace-text.js';
import { StructuredOutputs, type StructuredOptions } from '../api/outputs.js';
import { TeeSink } from '../api/tee-sink.js';
import { setXlatStyle } from '../decode/xlat/index.js';
import { setFdKinds } from '../decode/fd-info.js';
import { TraceeMemory } from '../sys/memory.js';
import { FaultInjector } from '../toolbox/fault-injector.js';
import { SyscallSelection } from '../filter/selection.js';
import { programStartPreparer } from '../decode/prepare.js';
import { closeOutput, runFailure, type RunFailed } from './run-outcome.js';

export interface RunConfig {
  readonly tracer: TracerConfig;
  readonly text: TextOptions;
  /** --output-format=json, --timeline, --html (api/outputs.ts); absent: the text only. */
  readonly structured?: StructuredOptions;
  /** --summary-interval: the -c table also every this many ms while the trace runs. */
  readonly summaryIntervalMs?: number;
}

export type RunOutcome = ({ readonly kind: 'done' } & TraceResult) | RunFailed;

export function runTrace(config: RunConfig, host: InlineHost): RunOutcome {
  setXlatStyle(config.text.xlat ?? 'abbrev');
  // --decode-fds=SET: which fd details the full level prints.
  const fdKinds = config.text.filters.decodeFds;
  if (fdKinds !== undefined) setFdKinds({ path: fdKinds.has('path'), socket: fdKinds.has('socket'), dev: fdKinds.has('dev'), pidfd: fdKinds.has('pidfd') });
  const pending = host.pending;
  // One decision of what is shown, for every output and for -e inject= / fault= (which
  // strace applies to shown syscalls only): it runs as the engine's tamper, before the sinks.
  const inject = config.text.filters.inject ?? [];
  const selection = new SyscallSelection(new TraceeMemory(), config.text.filters, config.text.paths,
    inject.length > 0 ? new FaultInjector(inject) : null);
  // The events decode as the text does: TextOptions holds the decoding options and filters.
  const structured = config.structured === undefined
    ? null
    : new StructuredOutputs(new TraceeMemory(), config.text, config.structured, pending, selection);
  // JSON lines replace the text; the timeline and the HTML page come next to it.
  // A string the text decoder reads short is said on stderr, as strace's umovestr does.
  const textMemory = new TraceeMemory();
  textMemory.onShortRead = (message) => writeSync(2, `tstrace: ${message}\n`);
  const printer = structured?.json ? null : new StraceText(textMemory, config.text, pending, selection);
  const sink = structured === null ? printer! : printer === null ? structured.sink : new TeeSink([printer, structured.sink]);
  const tracerConfig: TracerConfig = { ...config.tracer, tamper: selection };
  const flush = (): void => {
    printer?.flush();
    structured?.flush();
  };
  // A started program's first syscalls decoded ahead, while it runs (decode/prepare.ts);
  // -c alone decodes none.
  const decodes = structured !== null || config.text.summary?.mode !== 'only';
  const starts = config.tracer.command !== undefined || config.tracer.adopt !== undefined;
  const idle = starts && decodes
    ? programStartPreparer((nr) => selection.mayShow(nr))
    : undefined;
  const tracer = new Tracer(tracerConfig, sink, { check: (interrupted) => host.check(interrupted, flush), idle });
  if (config.summaryIntervalMs !== undefined && printer !== null) {
    host.every(config.summaryIntervalMs, () => printer.printSummary());
  }

  let outcome: RunOutcome;
  try {
    outcome = { kind: 'done', ...tracer.run() };
  } catch (e) {
    outcome = runFailure(e);
  }
  // --process-tree without a file: after the trace (and its -c table), where the trace goes.
  const tree = printer !== null ? structured?.treeText() ?? '' : '';
  if (printer !== null) outcome = closeOutput(outcome, () => printer.close(tree));
  if (structured !== null) outcome = closeOutput(outcome, () => structured.close());
  return outcome;
}
