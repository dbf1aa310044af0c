/**
 * `tstrace --count-instructions [-f] [-o FILE] -- PROG ARGS`: the command-line side. The
 * counting runs on a tracer thread (icount-worker.ts); the report goes to stderr, or to
 * FILE with -o; tstrace then exits as the command did.
 */
import { openSync, writeSync } from 'node:fs';
import { commandSpec } from '../cli/command.js';
import type { CliOptions } from '../cli/options.js';
import { runTracerThread } from '../engine/host.js';
import { dieBySignal } from '../sys/signals.js';
import { formatCounts, type IcountCommand } from './icount.js';
import type { IcountOutcome } from './icount-worker.js';

export async function runCountInstructions(o: CliOptions): Promise<never> {
  const fail = (message: string): never => {
    writeSync(2, `tstrace: ${message}\n`);
    process.exit(1);
  };
  if (o.pids.length > 0 || o.command.length === 0) return fail('--count-instructions needs a command to start (not -p)');
  const spec = commandSpec(o.command)!;
  const out = o.output === null ? 2 : openSync(o.output, 'w');
  const command: IcountCommand = {
    path: spec.path, argv: spec.argv, env: spec.env, inherit: spec.inherit ?? [], followForks: o.followForks > 0,
  };
  const outcome = await runTracerThread<IcountOutcome>(new URL('./icount-worker.js', import.meta.url), { command });
  if (outcome.kind === 'error') return fail(outcome.message);
  writeSync(out, formatCounts(outcome.result));
  if (outcome.stoppedBy !== 0) return dieBySignal(outcome.stoppedBy);
  const exit = outcome.result.exit;
  return exit >= 0 ? process.exit(exit) : dieBySignal(-exit);
}
