/** Finding the program to run the way strace does: PATH search for bare names. */
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
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
      throw new UsageError(`Can't stat '${name}': ${describe(e)}`);
    }
    // strace passes the name as given; a relative one stays relative.
    return isAbsolute(name) ? name : name;
  }
  for (const dir of (pathVar ?? '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const candidate = join(dir === '' ? '.' : dir, name);
    if (isExecutableFile(candidate)) return dir === '' ? resolve(candidate) : candidate;
  }
  throw new UsageError(`Can't stat '${name}': No such file or directory`);
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'No such file or directory';
  if (code === 'EACCES') return 'Permission denied';
  if (code === 'ENOTDIR') return 'Not a directory';
  return (e as Error).message;
}
