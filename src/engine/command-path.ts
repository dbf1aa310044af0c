/**
 * Finding the program to start the way strace does (a PATH search for bare names), next to
 * the engine that starts it: the CLI and the library both resolve their command here.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { systemMessage } from '../sys/error-message.js';

/** The command cannot be found or stat'ed; the message is strace's one line. */
export class CommandPathError extends Error {
  override name = 'CommandPathError';
}

function isExecutableFile(path: string): boolean {
  try {
    // A missing entry, the usual case on a PATH, answers undefined rather than throwing
    // (an exception with its stack per PATH directory showed in every start-up).
    if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The absolute path execve will be given for `name`. Throws a one-line CommandPathError. */
export function resolveCommand(name: string, pathVar: string | undefined): string {
  if (name.includes('/')) {
    try {
      statSync(name);
    } catch (e) {
      throw new CommandPathError(`Can't stat '${name}': ${systemMessage(e)}`);
    }
    // strace passes a name with a slash as given, relative or not.
    return name;
  }
  for (const dir of (pathVar ?? '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const candidate = join(dir === '' ? '.' : dir, name);
    if (isExecutableFile(candidate)) return dir === '' ? resolve(candidate) : candidate;
  }
  throw new CommandPathError(`Can't stat '${name}': No such file or directory`);
}
