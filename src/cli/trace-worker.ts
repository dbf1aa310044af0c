/**
 * A tracer thread for the strace-style trace (cli/trace-run.ts), for hosts that keep
 * their own thread free (engine/host.ts); the command line runs the same trace inline.
 * Posts one RunOutcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CTL, controlBlockHost } from '../engine/host.js';
import { gettid } from '../sys/libc.js';
import { runTrace, type RunConfig } from './trace-run.js';

const { config, ctl } = workerData as { config: RunConfig; ctl: SharedArrayBuffer };
const control = new Int32Array(ctl);
Atomics.store(control, CTL.TID, gettid());
parentPort!.postMessage(runTrace(config, controlBlockHost(control)));
