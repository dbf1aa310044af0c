/**
 * The tracer thread of `tstrace --count-instructions`: runs countInstructions() and posts
 * an IcountOutcome. Started by cli/tstrace.ts through engine/host.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CTL } from '../engine/host.js';
import { gettid } from '../sys/libc.js';
import { countInstructions, type IcountCommand, type IcountResult } from './icount.js';

export type IcountOutcome =
  | { readonly kind: 'done'; readonly result: IcountResult; readonly stoppedBy: number }
  | { readonly kind: 'error'; readonly message: string };

const { command, ctl } = workerData as { command: IcountCommand; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
Atomics.store(control, CTL.TID, gettid());

let outcome: IcountOutcome;
try {
  const result = countInstructions(command, () => Atomics.load(control, CTL.STOP));
  outcome = { kind: 'done', result, stoppedBy: Atomics.load(control, CTL.STOP) };
} catch (e) {
  outcome = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
}
parentPort!.postMessage(outcome);
