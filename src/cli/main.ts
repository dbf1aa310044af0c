/**
 * `tstrace`: the strace-compatible command line, a thin shell over the engine. Started by
 * ./tstrace.ts (through tstrace-launch.cts, which runs the bundle of this module when the
 * build made one); run it directly to trace the unbundled program (tests that hook modules).
 */
import { closeSync, openSync, realpathSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { runInline } from '../engine/inline-host.js';
import { defaultInterruptible, letGoSignals } from '../engine/interrupts.js';
import { adoptionFromEnv, daemonizeAndExec, DETACHMENT } from '../engine/daemonize.js';
import { TraceError } from '../engine/tracer.js';
import { mayFilterWithoutNoNewPrivs } from '../sys/seccomp.js';
import { quietLevel, type Filters } from '../filter/expressions.js';
import { getpid } from '../sys/libc.js';
import { SYS_execve, SYS_execveat } from '../sys/constants.js';
import { commandSpec } from './command.js';
import type { CommandSpec } from '../engine/tracer.js';
import type { PipeOutput, openPipeOutput } from './pipe-output.js';
import { exitLike } from './exit.js';
import { systemMessage } from '../sys/error-message.js';
import { parseArgs, summaryColumns, USAGE, UsageError, type CliOptions } from './options.js';
import { runTrace, type RunConfig } from './trace-run.js';
import { structuredOptions } from './structured-outputs.js';
import { runCountInstructions } from './icount-command.js';

const VERSION = '0.1.0';


/**
 * What tstrace calls itself in its messages, as strace uses its argv[0]: the name a
 * launcher gave (`exec -a NAME node tstrace.js`), else `tstrace`.
 */
const PROGRAM = /^(node|nodejs)$/.test(basename(process.argv0)) ? 'tstrace' : process.argv0;

function fail(message: string, help = false): never {
  writeSync(2, `${PROGRAM}: ${message}\n` + (help ? `Try '${PROGRAM} -h' for more information.\n` : ''));
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
 * ENOSYS for every traced syscall. --seccomp-bpf installs it as strace does, with
 * no_new_privs (setuid programs then run without their privileges). Unasked, it is used
 * only where it changes nothing the program can do: where we may install it without
 * no_new_privs (CAP_SYS_ADMIN).
 */
function useSeccomp(o: CliOptions, filters: Filters): boolean {
  // The warnings are strace's, for the same cases.
  const asked = o.seccomp === true;
  if (asked && o.pids.length > 0) writeSync(2, 'tstrace: --seccomp-bpf is not enabled for processes attached with -p\n');
  if (o.seccomp === false || o.command.length === 0) return false;
  if (o.detachOnExecve) {
    if (asked) writeSync(2, 'tstrace: --seccomp-bpf is not enabled because it is not compatible with -b\n');
    return false;
  }
  if (o.followForks === 0) {
    if (asked) writeSync(2, 'tstrace: --seccomp-bpf cannot be used without -f/--follow-forks, disabling\n');
    return false;
  }
  if (filters.trace === null) {
    if (asked) writeSync(2, 'tstrace: Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.\n');
    return false;
  }
  return asked || mayFilterWithoutNoNewPrivs();
}

/** `openPipe` is given for -o '|COMMAND' (and only then). */
function buildConfig(
  o: CliOptions, adopt: { pid: number; readyFd: number } | null, openPipe: typeof openPipeOutput | undefined,
): RunConfig {
  const self = getpid();
  for (const pid of o.pids) if (pid === self) throw new UsageError(`cannot trace myself (pid ${pid})`);
  const command = withEnvChanges(commandSpec(o.command), o.env);
  if (o.user !== null) runAs(o.user);
  const piped = openPipe !== undefined;
  if (piped && o.followForks >= 2) throw new UsageError('piping the output and -ff/--output-separately are mutually exclusive', true);
  const perTask = o.followForks >= 2 && o.output !== null;
  let outputFd = -1;
  if (openPipe !== undefined) {
    pipe = openPipe(o.output!.slice(1));
    outputFd = pipe.fd;
  } else if (o.output !== null && !perTask) {
    try {
      outputFd = openSync(o.output, o.append ? 'a' : 'w');
    } catch (e) {
      throw new UsageError(`Can't fopen '${o.output}': ${systemMessage(e)}`);
    }
  }
  // strace: -o FILE with a command implies -q (attach messages would only be noise). JSON
  // lines are data, not messages: their task events keep the process tree unless -q says so.
  const filters = o.quietCount === 0 && o.quietSet === null && o.output !== null && command !== undefined && o.outputFormat === 'text'
    ? { ...o.filters, quiet: quietLevel(1) }
    : o.filters;
  const summary = o.summary === 'none' ? null : {
    mode: o.summary, wallClock: o.summaryWallClock, sortBy: o.summarySort, columns: summaryColumns(o), overheadUs: o.overheadUs,
  };
  const timestamps = { absolute: o.absolute, relative: o.relative, syscallTimes: o.syscallTimes };
  const timed = timestamps.absolute !== null || timestamps.relative !== null || timestamps.syscallTimes !== null;
  const structured = structuredOptions(o, outputFd);
  return {
    tracer: {
      followForks: o.followForks > 0,
      // -D: the tracer adopts the process that execs the command (engine/daemonize.ts).
      ...(adopt !== null ? { adopt } : { command }),
      attach: o.pids,
      clock: summary !== null && !summary.wallClock ? 'cpu' : summary !== null || timed || structured !== null ? 'wall' : 'none',
      // Injected syscalls must stop too, shown or not.
      ...(adopt === null && useSeccomp(o, filters) ? {
        seccompTraced: new Set([
          ...filters.trace!, ...(filters.inject ?? []).flatMap((r) => r.syscalls),
          // --process-tree learns command lines at the execs, shown or not.
          ...(o.processTree !== null ? [SYS_execve, SYS_execveat] : []),
        ]),
        seccompNoNewPrivs: o.seccomp === true,
      } : {}),
      detachOnExecve: o.detachOnExecve,
      detachKilledCommand: true,
    },
    text: {
      followForks: o.followForks >= 2 ? 2 : o.followForks === 1 ? 1 : 0,
      outputPath: o.output,
      outputFd,
      column: o.column,
      strsize: o.strsize,
      verbose: o.verbose,
      strings: stringStyle(o),
      fdPaths: o.fdPaths >= 2 ? 2 : o.fdPaths === 1 ? 1 : 0,
      xlat: o.xlat,
      pidns: filters.decodePids?.has('pidns') === true,
      pidComm: filters.decodePids?.has('comm') === true,
      abbrevSyscalls: filters.abbrev ?? null,
      decodedSyscalls: filters.verbose ?? null,
      argNames: o.argNames,
      filters,
      timestamps,
      summary,
      paths: tracePaths(o, filters.quiet.has('path-resolution')),
      instructionPointer: o.instructionPointer,
      stackTrace: o.stackTrace,
      syscallNumber: o.syscallNumber,
    },
    ...(structured !== null ? { structured } : {}),
    ...(o.summaryIntervalMs !== null ? { summaryIntervalMs: o.summaryIntervalMs } : {}),
  };
}

/** -x, -xx or --strings-in-hex=WHAT as the decoders' string style. */
function stringStyle(o: CliOptions): 'escape' | 'hex-chars' | 'hex-nonascii' | 'hex' {
  switch (o.stringsInHex) {
    case 'all': return 'hex';
    case 'non-ascii': return 'hex-nonascii';
    case 'non-ascii-chars': return 'hex-chars';
    case 'none': return 'escape';
    default: return o.hexStrings >= 2 ? 'hex' : o.hexStrings === 1 ? 'hex-nonascii' : 'escape';
  }
}

/** -o '|COMMAND': the command reading the trace, waited for at the end. */
let pipe: PipeOutput | null = null;

/** -E VAR=VAL sets, -E VAR unsets, in order; the program was already found with our PATH. */
function withEnvChanges(cmd: CommandSpec | undefined, changes: readonly string[]): CommandSpec | undefined {
  if (cmd === undefined || changes.length === 0) return cmd;
  const env = [...cmd.env];
  for (const change of changes) {
    const eq = change.indexOf('=');
    const name = eq < 0 ? change : change.slice(0, eq);
    const at = env.findIndex((e) => e.startsWith(name + '='));
    if (eq < 0) {
      if (at >= 0) env.splice(at, 1);
    } else if (at >= 0) env[at] = change;
    else env.push(change);
  }
  return { ...cmd, env };
}

/** -u USER: strace's checks; switching the command's user is not implemented yet. */
function runAs(user: string): void {
  if (process.getuid?.() !== 0 || process.geteuid?.() !== 0) throw new UsageError('You must be root to use the -u/--username option');
  throw new UsageError(`-u/--user: running the command as '${user}' is not supported yet`);
}

/**
 * -D: this process becomes the command, traced by a detached tstrace started for it with
 * the same arguments (engine/daemonize.ts). Returns only if the command could not be
 * executed (the tracer has said why).
 */
function becomeTheCommand(o: CliOptions, config: RunConfig): never {
  if (config.text.outputFd >= 0) closeSync(config.text.outputFd);
  const tracer = [process.execPath, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)];
  try {
    daemonizeAndExec(tracer, DETACHMENT[o.daemonize - 1]!, withEnvChanges(commandSpec(o.command), o.env)!);
  } catch (e) {
    if (e instanceof TraceError) fail(e.message);
    throw e;
  }
  process.exit(1);
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
      return fail(parsed.message, parsed.help);
  }
  for (const w of parsed.warnings) writeSync(2, `${PROGRAM}: ${w}\n`);
  if (parsed.options.countInstructions) return runCountInstructions(parsed.options);
  const adopt = adoptionFromEnv();
  // Loaded for -o '|COMMAND' alone: it needs node:child_process, whose loading (with
  // node:net and the streams) was a tenth of start-up.
  const openPipe = /^[|!]/.test(parsed.options.output ?? '') ? (await import('./pipe-output.js')).openPipeOutput : undefined;
  let config: RunConfig;
  try {
    config = buildConfig(parsed.options, adopt, openPipe);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message, e.withHelp);
    throw e;
  }
  if (parsed.options.daemonize > 0 && adopt === null) return becomeTheCommand(parsed.options, config);
  const o = parsed.options;
  const interruptible = o.interruptible ??
    defaultInterruptible({ outputFile: o.output !== null, command: o.command.length > 0, daemonize: o.daemonize > 0 });
  // The loop runs on this thread (engine/inline-host.ts); -I decides which signals make it
  // let go and which are ignored.
  const outcome = runInline(letGoSignals(interruptible), (host) => runTrace(config, host));
  pipe?.finish();
  switch (outcome.kind) {
    case 'error':
      return fail(outcome.message);
    case 'done':
      if (outcome.nothingTraced) return process.exit(1);
      return exitLike(outcome);
  }
}

// Not awaited at top level: the bundled program is CommonJS (scripts/bundle.mjs).
void main();
