/** Node's fs errors as the libc message strace would print ("No such file or directory"). */
import { strerror } from './libc.js';

export function systemMessage(e: unknown): string {
  const errno = (e as NodeJS.ErrnoException).errno;
  return typeof errno === 'number' ? strerror(Math.abs(errno)) : String((e as Error).message ?? e);
}
