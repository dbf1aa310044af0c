/** errno names and messages as strace prints them. */
import { ERRNO_NAMES, KERNEL_ERRNOS } from '../sys/errno.gen.js';
import { strerror } from '../sys/libc.js';

/** Codes the kernel turns into a restart: the caller never sees them, so strace prints `= ?`. */
const RESTARTS = new Set([512, 513, 514, 516]);

const messages: string[] = [];

export function errnoName(e: number): string | undefined {
  return ERRNO_NAMES[e] ?? KERNEL_ERRNOS.get(e)?.[0];
}

/** strerror's text for `e` (the kernel's internal codes by their own words). */
export function errnoMessage(e: number): string {
  const internal = KERNEL_ERRNOS.get(e);
  if (internal) return internal[1];
  return (messages[e] ??= strerror(e));
}

/** The text after `= ` for a failed call: `-1 ENOENT (No such file or directory)`. */
export function formatError(e: number): string {
  const name = errnoName(e);
  if (name === undefined) return `-1 ${e} (${errnoMessage(e)})`;
  return `${RESTARTS.has(e) ? '?' : '-1'} ${name} (${errnoMessage(e)})`;
}
