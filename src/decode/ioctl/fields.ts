/** Struct fields read from a fetched buffer, printed as strace's PRINT_FIELD_* macros do. */

/** PRINT_FIELD_U of a 64-bit field. */
export function u64(b: Buffer, off: number): string {
  return b.readBigUInt64LE(off).toString();
}

/** PRINT_FIELD_D of a 64-bit field. */
export function i64(b: Buffer, off: number): string {
  return b.readBigInt64LE(off).toString();
}

/** PRINT_FIELD_X of a 64-bit field. */
export function x64(b: Buffer, off: number): string {
  const v = b.readBigUInt64LE(off);
  return v === 0n ? '0' : '0x' + v.toString(16);
}

/** PRINT_FIELD_X of a 32-bit (or narrower, with `read`) field. */
export function x32(b: Buffer, off: number): string {
  return hex(b.readUInt32LE(off));
}

export function hex(v: number): string {
  return v === 0 ? '0' : '0x' + (v >>> 0).toString(16);
}

/** An address field: `NULL` or `0x...`. */
export function ptr64(b: Buffer, off: number): string {
  const v = b.readBigUInt64LE(off);
  return v === 0n ? 'NULL' : '0x' + v.toString(16);
}

/** A 64-bit field as a Number (exact below 2^53: addresses, counts). */
export function num64(b: Buffer, off: number): number {
  return b.readUInt32LE(off) + b.readUInt32LE(off + 4) * 2 ** 32;
}

/** A UUID's 16 bytes at `off` as 8-4-4-4-12 hex digits (strace's print_uuid). */
export function uuid(b: Buffer, off: number): string {
  const h = b.subarray(off, off + 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
