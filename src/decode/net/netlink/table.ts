/** Builds attribute tables with decoders keyed by the attribute's name (as the headers spell it). */
import type { XlatTable } from '../../xlat/index.js';
import type { NlaDecoder, NlaTable } from './nlattr.js';
import { xlatEntries } from '../../xlat/text.js';

export function attrTable(types: XlatTable, dflt: string, byName: Readonly<Record<string, NlaDecoder>> = {}): NlaTable {
  const decoders: Record<number, NlaDecoder> = {};
  for (const [v, n] of xlatEntries(types)) {
    const d = byName[n];
    if (d !== undefined && decoders[v] === undefined) decoders[v] = d;
  }
  for (const n of Object.keys(byName)) {
    if (!xlatEntries(types).some(([, name]) => name === n)) throw new Error(`attrTable ${dflt}: no attribute ${n}`);
  }
  return { types, dflt, decoders };
}

/** A table whose decoders are set later (tables that nest each other). */
export function lazyTable(make: () => NlaTable): () => NlaTable {
  let t: NlaTable | undefined;
  return () => (t ??= make());
}
