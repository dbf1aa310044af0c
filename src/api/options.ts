/**
 * What trace() is asked to do, and how that becomes the worker's configuration. The
 * filter and decoding objects are the ones the CLI builds from its flags
 * (filter/expressions.ts, decode/options.ts).
 */
import { resolveCommand } from '../engine/command-path.js';
import type { DecodeOptions } from '../decode/options.js';
import type { CommandSpec } from '../engine/tracer.js';
import { defaultFilters, type Filters } from '../filter/expressions.js';
import { SYS_execve, SYS_execveat } from '../sys/constants.js';
import { getpid } from '../sys/libc.js';
import { TraceError } from '../engine/tracer.js';
import { DEFAULT_LIMITS, type BatchLimits, type WorkerConfig } from './protocol.js';
import { readStatus } from '../sys/proc.js';
import { mayFilterWithoutNoNewPrivs } from '../sys/seccomp.js';

/** What to trace: a command to start, running processes, or both. */
export type TraceTarget =
  | {
    /** The program and its arguments; a bare name is looked up in PATH (the `env`'s, else ours). */
    readonly command: readonly string[];
    /** Also attach to these running processes. */
    readonly pids?: readonly number[];
  }
  | {
    readonly command?: undefined;
    /** Running processes to attach to; they keep running when the trace ends. */
    readonly pids: readonly number[];
  };

export interface TraceOptions {
  /** Trace children and threads too (strace -f). Default false. */
  readonly followForks?: boolean;
  /**
   * Which syscalls and signals become events (strace's -e trace=, signal=, status=). Build
   * them with `parseSyscallSet` & co., or `applyExpression(defaultFilters(), 'trace=%file')`.
   * Default: everything. As in the strace text, `quiet` hides the events that stand for
   * its messages: attach ('attach' events, task events of attached and forked tasks),
   * 'detach' events (quiet=attach), normal exits (quiet=exit); signal= also hides the exit
   * of a task killed by a signal it leaves out.
   */
  readonly filters?: Partial<Filters>;
  /** How arguments are decoded (-s, -v, ...). Default: 32 bytes of strings, abbreviated. */
  readonly decode?: Partial<DecodeOptions>;
  /** Only syscalls touching these paths (strace -P). */
  readonly paths?: readonly string[];
  /**
   * Stop the command only at traced syscalls (seccomp-bpf), much faster with a trace=
   * filter. Default: on when there is a command, a trace= filter and followForks, where
   * the filter can go in without no_new_privs (CAP_SYS_ADMIN). `true` sets no_new_privs
   * where needed, as strace's --seccomp-bpf does (setuid programs lose their privileges).
   */
  readonly seccomp?: boolean;
  /** The command's environment. Default: ours. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Our fds that become the command's stdin, stdout and stderr. Default: ours (0, 1, 2). */
  readonly stdio?: readonly [number, number, number];
  /**
   * false: no events at all, only the exit status (nothing to consume). Default true: the
   * events must then be consumed (see TraceHandle), or the tracees stall.
   */
  readonly events?: boolean;
  /** Event batching and backpressure limits (see BatchLimits). */
  readonly batch?: Partial<BatchLimits>;
}

function commandOf(argv: readonly string[], o: TraceOptions): CommandSpec {
  const [name, ...rest] = argv;
  if (name === undefined) throw new TraceError('trace(): command is empty');
  const env = o.env ?? process.env;
  let path: string;
  try {
    path = resolveCommand(name, env.PATH);
  } catch (e) {
    throw new TraceError(e instanceof Error ? e.message : String(e));
  }
  return {
    path,
    argv: [name, ...rest],
    env: Object.entries(env).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`),
    ...(o.stdio ? { stdio: o.stdio } : {}),
  };
}

export function workerConfig(target: TraceTarget, o: TraceOptions): WorkerConfig {
  const pids = [...(target.pids ?? [])];
  const self = getpid();
  for (const pid of pids) {
    if (!Number.isInteger(pid) || pid <= 0) throw new TraceError(`trace(): invalid pid ${pid}`);
    if (pid === self) throw new TraceError(`trace(): cannot trace myself (pid ${pid})`);
    // libuv reaps the children it started (child_process) with waitpid on SIGCHLD, and a
    // waitpid by the parent also takes the child's ptrace stops: the tracer would never see
    // them and the child would stay stopped. Such a program must be started by trace().
    if (readStatus(pid)?.ppid === self) {
      throw new TraceError(`trace(): pid ${pid} is a child of this process; start it with trace({ command }) instead`);
    }
  }
  const command = target.command !== undefined ? commandOf(target.command, o) : undefined;
  if (command === undefined && pids.length === 0) throw new TraceError('trace(): give a command or pids');
  const filters: Filters = { ...defaultFilters(), ...o.filters };
  const followForks = o.followForks ?? false;
  const seccomp = command !== undefined && filters.trace !== null && (o.seccomp ?? (followForks && mayFilterWithoutNoNewPrivs()));
  return {
    tracer: {
      followForks,
      command,
      attach: pids,
      clock: 'wall',
      // execve stays stopped-at so that exec events come whatever the filter.
      ...(seccomp ? { seccompTraced: new Set([...filters.trace!, SYS_execve, SYS_execveat]), seccompNoNewPrivs: o.seccomp === true } : {}),
    },
    events: o.events === false ? null : {
      strsize: 32,
      verbose: false,
      ...o.decode,
      filters,
      paths: [...(o.paths ?? [])],
    },
    limits: { ...DEFAULT_LIMITS, ...o.batch },
  };
}
