#!/usr/bin/env node
/** `tstrace`: the strace-compatible command line, a thin shell over the engine. */
import { openSync, writeSync } from 'node:fs';
import { runTracerThread } from '../engine/host.js';
import { syscallNumber } from '../decode/signature.js';
import { getpid } from '../sys/libc.js';
import { dieBySignal } from '../sys/signals.js';
import { resolveCommand } from './command.js';
import { systemMessage } from './errors.js';
import { parseArgs, USAGE, UsageError, type CliOptions } from './options.js';
import type { RunConfig, WorkerOutcome } from './trace-worker.js';

const VERSION = '0.1.0';

function fail(message: string): never {
  writeSync(2, `tstrace: ${message}\n`);
  process.exit(1);
}

function selection(names: string[] | null): Set<number> | null {
  if (names === null) return null;
  return new Set(names.map((name) => {
    const nr = syscallNumber(name);
    if (nr < 0) throw new UsageError(`invalid system call '${name}'`);
    return nr;
  }));
}

function buildConfig(o: CliOptions): RunConfig {
  const self = getpid();
  for (const pid of o.pids) if (pid === self) throw new UsageError(`cannot trace myself (pid ${pid})`);
  const [name, ...rest] = o.command;
  const command = name === undefined ? undefined : {
    path: resolveCommand(name, process.env.PATH),
    argv: [name, ...rest],
    env: Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ''}`),
  };
  const perTask = o.followForks >= 2 && o.output !== null;
  let outputFd = -1;
  if (o.output !== null && !perTask) {
    try {
      outputFd = openSync(o.output, 'w');
    } catch (e) {
      throw new UsageError(`Can't fopen '${o.output}': ${systemMessage(e)}`);
    }
  }
  return {
    tracer: { followForks: o.followForks > 0, command, attach: o.pids },
    text: {
      followForks: o.followForks >= 2 ? 2 : o.followForks === 1 ? 1 : 0,
      outputPath: o.output,
      outputFd,
      // strace: -o FILE with a command implies -q (attach messages would only be noise).
      quiet: o.quiet === 0 && o.output !== null && command !== undefined ? 1 : o.quiet,
      column: o.column,
      strsize: o.strsize,
      verbose: o.verbose,
      selected: selection(o.trace),
    },
  };
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  switch (parsed.kind) {
    case 'help':
      writeSync(1, USAGE);
      return process.exit(0);
    case 'version':
      writeSync(1, `tstrace -- version ${VERSION}\n`);
      return process.exit(0);
    case 'error':
      return fail(`${parsed.message} (try 'tstrace -h')`);
  }
  let config: RunConfig;
  try {
    config = buildConfig(parsed.options);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  const outcome = await runTracerThread<WorkerOutcome>(new URL('./trace-worker.js', import.meta.url), { config });
  switch (outcome.kind) {
    case 'error':
      return fail(outcome.message);
    case 'output-closed':
      return process.exit(1);
    case 'done':
      if (outcome.nothingTraced) return process.exit(1);
      if (outcome.stoppedBy !== 0) return dieBySignal(outcome.stoppedBy);
      if (outcome.command === null) return process.exit(0);
      if (outcome.command.kind === 'exited') return process.exit(outcome.command.code);
      return dieBySignal(outcome.command.signal);
  }
}

await main();
