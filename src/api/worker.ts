/**
 * The library's tracer thread: the engine's stop loop with the EventSink, whose events go
 * out through the Batcher. Started by api/trace.ts; posts event batches, then one result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExitHow, TraceSink } from '../engine/sink.js';
import { TraceError, Tracer } from '../engine/tracer.js';
import { gettid } from '../sys/libc.js';
import { TraceeMemory } from '../sys/memory.js';
import { Batcher } from './batcher.js';
import { EventSink } from './event-sink.js';
import { SLOT, type WorkerConfig, type WorkerResult } from './protocol.js';

/** With `events: false`: the stops are not reported anywhere. */
class SilentSink implements TraceSink {
  taskAdded(): void {}
  syscallEntry(): void {}
  syscallExit(): void {}
  syscallNoReturn(): void {}
  unknownSyscall(): void {}
  signal(): void {}
  groupStop(): void {}
  threadExeced(): void {}
  exited(_task: unknown, _how: ExitHow): void {}
  detached(): void {}
  processAttached(): void {}
  attachFailed(): void {}
  warning(): void {}
}

const { config, ctl } = workerData as { config: WorkerConfig; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
const port = parentPort!;
Atomics.store(control, SLOT.TID, gettid());

const batcher = new Batcher(control, port, config.limits);
const sink = config.events === null ? new SilentSink() : new EventSink(new TraceeMemory(), config.events, (e) => batcher.push(e));
const tracer = new Tracer(config.tracer, sink, {
  check: () => {
    batcher.tick();
    return Atomics.load(control, SLOT.STOP);
  },
});

let result: WorkerResult;
try {
  result = { kind: 'done', ...tracer.run() };
} catch (e) {
  result = e instanceof TraceError
    ? { kind: 'error', message: e.message, traceError: true }
    : { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e), traceError: false };
}
batcher.send();
port.postMessage(result);
