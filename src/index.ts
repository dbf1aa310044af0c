/**
 * tstrace as a library: trace() for a stream of typed events (api/), and underneath it
 * the engine itself: a Tracer drives any TraceSink on the thread that calls run().
 */
export * from './api/index.js';
export { defaultFilters, applyExpression, parseSyscallSet, parseSignalSet, parseStatusSet, type Filters, type StatusKind } from './filter/expressions.js';
export type { DecodeOptions } from './decode/options.js';
export { eventJson } from './format/json-lines.js';
export { TimelineBuilder, type TimelineEntry } from './format/timeline.js';
export { ProcessTreeBuilder, type ProcessNode, type ProcessEnd } from './filter/process-tree.js';
export { renderProcessTree } from './format/process-tree.js';
export { Tracer, TraceError, type TracerConfig, type CommandSpec, type LoopControl, type TraceResult } from './engine/tracer.js';
export type { TraceSink, ExitHow } from './engine/sink.js';
export { Task, type TaskOrigin } from './engine/task.js';
export { decodeStatus, type Stop, type PtraceEvent } from './engine/stop.js';
export { signatureOf, syscallNumber, type Signature, type Arg } from './decode/signature.js';
export { signalName, formatSiginfo } from './decode/signals.js';
export { TraceeMemory } from './sys/memory.js';
export * from './toolbox/index.js';
