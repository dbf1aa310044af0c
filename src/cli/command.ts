/** The CLI's command to start: resolved as strace does (engine/command-path.ts), with what we inherited. */
import { CommandPathError, resolveCommand } from '../engine/command-path.js';
import type { CommandSpec } from '../engine/tracer.js';
import { inheritedFds } from '../sys/inherited-fds.js';
import { UsageError } from './options.js';

/** Taken when this module loads, before the CLI opens anything itself. */
const INHERITED_FDS = inheritedFds();

/**
 * The command to start from `argv` (PROG ARGS...), or undefined without one: resolved as
 * strace resolves it, with our environment and the fds we inherited.
 */
export function commandSpec(argv: readonly string[], stdio?: readonly [number, number, number]): CommandSpec | undefined {
  const [name, ...rest] = argv;
  if (name === undefined) return undefined;
  let path: string;
  try {
    path = resolveCommand(name, process.env.PATH);
  } catch (e) {
    // A command that cannot be found is a usage error, as in strace (exit 1, one line).
    throw e instanceof CommandPathError ? new UsageError(e.message) : e;
  }
  return {
    path,
    argv: [name, ...rest],
    env: Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ''}`),
    inherit: INHERITED_FDS,
    ...(stdio ? { stdio } : {}),
  };
}
