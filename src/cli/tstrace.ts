#!/usr/bin/env node
/** `tstrace`: the strace-compatible command line, a thin shell over the engine. */
import { openSync, realpathSync, writeSync } from 'node:fs';
import { runInline } from '../engine/inline-host.js';
import { quietLevel, type Filters } from '../filter/expressions.js';
import { SIGHUP, SIGINT, SIGTERM } from '../sys/constants.js';
import { getpid } from '../sys/libc.js';
import { commandSpec } from './command.js';
import { exitLike } from './exit.js';
import { systemMessage } from './errors.js';
import { parseArgs, summaryColumns, USAGE, UsageError, type CliOptions } from './options.js';
import { runTrace, type RunConfig } from './trace-run.js';
import { structuredOptions } from '../api/cli-outputs.js';
import { runCountInstructions } from '../toolbox/icount-command.js';

const VERSION = '0.1.0';


function fail(message: string): never {
  writeSync(2, `tstrace: ${message}\n`);
  process.exit(1);
}

/** -P paths, plus where each resolves to (strace reports a symlink it followed). */
function tracePaths(o: CliOptions, quietResolution: boolean): string[] {
  const out = new Set<string>();
  for (const p of o.paths) {
    out.add(p);
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      continue;
    }
    if (real !== p) {
      out.add(real);
      if (!quietResolution) writeSync(2, `tstrace: Requested path '${p}' resolved into '${real}'\n`);
    }
  }
  return [...out];
}

/**
 * seccomp-bpf (only traced syscalls stop) applies to a command we start, with a trace=
 * filter, and -f: the filter is inherited by children, and an untraced child would get
 * ENOSYS for every traced syscall. On by default there, as --seccomp-bpf asks.
 */
function useSeccomp(o: CliOptions, filters: Filters): boolean {
  // The warnings are strace's, for the same cases.
  const asked = o.seccomp === true;
  if (asked && o.pids.length > 0) writeSync(2, 'tstrace: --seccomp-bpf is not enabled for processes attached with -p\n');
  if (o.seccomp === false || o.command.length === 0) return false;
  if (o.followForks === 0) {
    if (asked) writeSync(2, 'tstrace: --seccomp-bpf cannot be used without -f/--follow-forks, disabling\n');
    return false;
  }
  if (filters.trace === null) {
    if (asked) writeSync(2, 'tstrace: Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.\n');
    return false;
  }
  return true;
}

function buildConfig(o: CliOptions): RunConfig {
  const self = getpid();
  for (const pid of o.pids) if (pid === self) throw new UsageError(`cannot trace myself (pid ${pid})`);
  const command = commandSpec(o.command);
  const perTask = o.followForks >= 2 && o.output !== null;
  let outputFd = -1;
  if (o.output !== null && !perTask) {
    try {
      outputFd = openSync(o.output, 'w');
    } catch (e) {
      throw new UsageError(`Can't fopen '${o.output}': ${systemMessage(e)}`);
    }
  }
  // strace: -o FILE with a command implies -q (attach messages would only be noise).
  const filters = o.quietCount === 0 && o.quietSet === null && o.output !== null && command !== undefined
    ? { ...o.filters, quiet: quietLevel(1) }
    : o.filters;
  const summary = o.summary === 'none' ? null : {
    mode: o.summary, wallClock: o.summaryWallClock, sortBy: o.summarySort, columns: summaryColumns(o),
  };
  const timestamps = { absolute: o.absolute, relative: o.relative, syscallTimes: o.syscallTimes };
  const timed = timestamps.absolute !== null || timestamps.relative !== null || timestamps.syscallTimes !== null;
  const structured = structuredOptions(o, outputFd);
  return {
    tracer: {
      followForks: o.followForks > 0,
      command,
      attach: o.pids,
      clock: summary !== null && !summary.wallClock ? 'cpu' : summary !== null || timed || structured !== null ? 'wall' : 'none',
      // Injected syscalls must stop too, shown or not.
      ...(useSeccomp(o, filters) ? { seccompTraced: new Set([...filters.trace!, ...(filters.inject ?? []).flatMap((r) => r.syscalls)]) } : {}),
    },
    text: {
      followForks: o.followForks >= 2 ? 2 : o.followForks === 1 ? 1 : 0,
      outputPath: o.output,
      outputFd,
      column: o.column,
      strsize: o.strsize,
      verbose: o.verbose,
      strings: o.hexStrings >= 2 ? 'hex' : o.hexStrings === 1 ? 'hex-nonascii' : 'escape',
      fdPaths: o.fdPaths >= 2 ? 2 : o.fdPaths === 1 ? 1 : 0,
      xlat: o.xlat,
      filters,
      timestamps,
      summary,
      paths: tracePaths(o, filters.quiet.has('path-resolution')),
      instructionPointer: o.instructionPointer,
      stackTrace: o.stackTrace,
    },
    ...(structured !== null ? { structured } : {}),
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
  for (const w of parsed.warnings) writeSync(2, `tstrace: ${w}\n`);
  if (parsed.options.countInstructions) return runCountInstructions(parsed.options);
  let config: RunConfig;
  try {
    config = buildConfig(parsed.options);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  // The loop runs on this thread (engine/inline-host.ts); these signals make it let go.
  const outcome = runInline([SIGINT, SIGTERM, SIGHUP], (host) => runTrace(config, host));
  switch (outcome.kind) {
    case 'error':
      return fail(outcome.message);
    case 'output-closed':
      return process.exit(1);
    case 'done':
      if (outcome.nothingTraced) return process.exit(1);
      return exitLike(outcome);
  }
}

// Not awaited at top level: the bundled program is CommonJS (scripts/bundle.mjs).
void main();
