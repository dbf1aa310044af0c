/**
 * How strace prints raw numbers: 64-bit values given as two 32-bit halves (as Task keeps
 * syscall arguments, exact and without BigInt), and addresses. One place for every decoder.
 */

/** Unsigned hex of a 64-bit value given as halves, `0x` prefixed, or `0`. */
export function hex64(lo: number, hi: number): string {
  if (hi === 0) return lo === 0 ? '0' : '0x' + (lo >>> 0).toString(16);
  return '0x' + (hi >>> 0).toString(16) + (lo >>> 0).toString(16).padStart(8, '0');
}

/** A pointer given as halves: `NULL` or `0x...`. */
export function pointer(lo: number, hi: number): string {
  return lo === 0 && hi === 0 ? 'NULL' : hex64(lo, hi);
}

/** A pointer as a Number (exact below 2^53, which covers user addresses): `NULL` or `0x...`. */
export function address(addr: number): string {
  return addr === 0 ? 'NULL' : '0x' + addr.toString(16);
}
