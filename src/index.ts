/**
 * tstrace as a library. For now the engine itself: a Tracer drives any TraceSink on the
 * thread that calls run(). A higher-level event stream comes with the library-API issue.
 */
export { Tracer, TraceError, type TracerConfig, type CommandSpec, type LoopControl, type TraceResult } from './engine/tracer.js';
export type { TraceSink, ExitHow } from './engine/sink.js';
export { Task, type TaskOrigin } from './engine/task.js';
export { decodeStatus, type Stop, type PtraceEvent } from './engine/stop.js';
export { signatureOf, syscallNumber, type Signature, type Arg } from './decode/signature.js';
export { signalName, formatSiginfo } from './decode/signals.js';
export { TraceeMemory } from './sys/memory.js';
