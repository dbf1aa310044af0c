/**
 * `tstrace --count-instructions [-f] [-o FILE] -- PROG ARGS`: the command-line side. The
 * counting runs on this thread (engine/inline-host.ts: SIGINT & co. kill the command, as
 * strace does); the report goes to stderr, or to FILE with -o; tstrace then exits as the
 * command did.
 */
import { openSync, writeSync } from 'node:fs';
import { commandSpec } from './command.js';
import type { CliOptions } from './options.js';
import { runInline } from '../engine/inline-host.js';
import { SIGHUP, SIGINT, SIGTERM } from '../sys/constants.js';
import { dieBySignal } from '../sys/signals.js';
import { countInstructions, formatCounts, type IcountCommand, type IcountResult } from '../toolbox/icount.js';

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
  let result: IcountResult;
  let stoppedBy = 0;
  try {
    result = runInline([SIGINT, SIGTERM, SIGHUP], (host) => countInstructions(command, () => {
      stoppedBy = host.check(true, () => {});
      return stoppedBy;
    }));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  writeSync(out, formatCounts(result));
  if (stoppedBy !== 0) return dieBySignal(stoppedBy);
  const exit = result.exit;
  return exit >= 0 ? process.exit(exit) : dieBySignal(-exit);
}
