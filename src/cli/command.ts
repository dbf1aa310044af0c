/** Finding the program to run the way strace does: PATH search for bare names. */
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandSpec } from '../engine/tracer.js';
import { inheritedFds } from '../sys/inherited-fds.js';
import { systemMessage } from '../sys/error-message.js';
import { UsageError } from './options.js';

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The absolute path execve will be given for `name`. Throws a one-line UsageError. */
export function resolveCommand(name: string, pathVar: string | undefined): string {
  if (name.includes('/')) {
    try {
      statSync(name);
    } catch (e) {
      throw new UsageError(`Can't stat '${name}': ${systemMessage(e)}`);
    }
    // strace passes a name with a slash as given, relative or not.
    return name;
  }
  for (const dir of (pathVar ?? '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const candidate = join(dir === '' ? '.' : dir, name);
    if (isExecutableFile(candidate)) return dir === '' ? resolve(candidate) : candidate;
  }
  throw new UsageError(`Can't stat '${name}': No such file or directory`);
}

/** Taken when this module loads, before the CLI opens anything itself. */
const INHERITED_FDS = inheritedFds();

/**
 * The command to start from `argv` (PROG ARGS...), or undefined without one: resolved as
 * strace resolves it, with our environment and the fds we inherited.
 */
export function commandSpec(argv: readonly string[], stdio?: readonly [number, number, number]): CommandSpec | undefined {
  const [name, ...rest] = argv;
  if (name === undefined) return undefined;
  return {
    path: resolveCommand(name, process.env.PATH),
    argv: [name, ...rest],
    env: Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ''}`),
    inherit: INHERITED_FDS,
    ...(stdio ? { stdio } : {}),
  };
}
