#!/usr/bin/env node
/** `ptail`: follow what running processes write to stdout and stderr. See ptail/. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { runTracerThread } from '../engine/host.js';
import { attachObstacle, explainAttachFailure } from '../engine/attach-errors.js';
import { parsePtailArgs, PTAIL_USAGE, type PtailOptions } from '../ptail/options.js';
import { getpid } from '../sys/libc.js';
import { commandSpec } from './command.js';
import { exitLike } from './exit.js';
import { UsageError } from './options.js';
import type { PtailOutcome, PtailRunConfig } from './ptail-worker.js';

const VERSION = '0.1.0';

function fail(message: string): never {
  writeSync(2, `ptail: ${message}\n`);
  process.exit(1);
}

/** Builds the run; `devNull` is the fd a started command gets as stdout and stderr. */
function buildConfig(o: PtailOptions, devNull: number): PtailRunConfig {
  // Its output reaches us through its writes; on our own stdout it would show twice.
  const command = commandSpec(o.command, [0, devNull, devNull]);
  const noColour = (process.env.NO_COLOR ?? '') !== '';
  return {
    tracer: { followForks: o.follow, followThreads: true, command, attach: o.pids },
    capture: {
      prefix: o.prefix,
      quiet: o.quiet,
      colourStderr: isatty(2) && !noColour,
      extraFds: o.extraFds,
      followForks: o.follow,
    },
  };
}

async function main(): Promise<void> {
  const parsed = parsePtailArgs(process.argv.slice(2));
  switch (parsed.kind) {
    case 'help':
      writeSync(1, PTAIL_USAGE);
      return process.exit(0);
    case 'version':
      writeSync(1, `ptail (tstrace) ${VERSION}\n`);
      return process.exit(0);
    case 'error':
      return fail(`${parsed.message} (try 'ptail -h')`);
  }
  const options = parsed.options;
  const self = getpid();
  for (const pid of options.pids) {
    const obstacle = attachObstacle(pid, self);
    if (obstacle !== null) fail(obstacle);
  }
  const devNull = openSync('/dev/null', 'r+');
  let config: PtailRunConfig;
  try {
    config = buildConfig(options, devNull);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  const outcome = await runTracerThread<PtailOutcome>(new URL('./ptail-worker.js', import.meta.url), { config });
  closeSync(devNull);
  switch (outcome.kind) {
    case 'error':
      return fail(outcome.message);
    case 'done': {
      const failed = outcome.notAttached[0];
      if (failed !== undefined) return fail(explainAttachFailure(failed, self));
      return exitLike(outcome);
    }
  }
}

await main();
