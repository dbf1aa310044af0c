/**
 * The generated tables (*.gen.ts) as text: one `value name` per line, the value a number
 * literal (decimal, or hex with an optional minus sign), the name the rest of the line.
 *
 * A family module holds dozens of tables and a trace prints a few. As array literals every
 * table was made when its family loaded, two arrays per entry, and each literal's
 * boilerplate was in the code cache (540 -> 500 KB without them; ~2 ms of every start, in
 * paired runs). As text a table costs a string constant until it is first read, and it is
 * parsed once.
 */
import type { XlatEntries } from './registry.js';

declare const TEXT: unique symbol;
/** A generated table's text (see xlat()). */
export type XlatText = string & { readonly [TEXT]: true };

/** A table as decoders take it: entries, or a generated table's text, parsed at first use. */
export type XlatTable = XlatEntries | XlatText;
/**
 * A table as the registry's define* take it: a table, or how to derive one from others (a
 * subset, a union), made when the definition is first used, as its formatters are.
 */
export type XlatSource = XlatTable | (() => XlatTable);

/** Declares a table's text (what the generated modules call). */
export function xlat(text: string): XlatText {
  return text as XlatText;
}

const parsed = new Map<string, XlatEntries>();

/** A table's entries, in order. */
export function xlatEntries(table: XlatSource): XlatEntries {
  if (typeof table === 'function') return xlatEntries(table());
  if (typeof table !== 'string') return table;
  let entries = parsed.get(table);
  if (entries === undefined) {
    entries = parse(table);
    parsed.set(table, entries);
  }
  return entries;
}

/** By entries (a text's are parsed once): decoders also pass tables they build on the fly. */
const firstNames = new WeakMap<XlatEntries, ReadonlyMap<number, string>>();

/** The first name of `value` in `table` (strace's xlookup), by a map made at the table's first lookup. */
export function xlatName(table: XlatTable, value: number): string | undefined {
  const entries = xlatEntries(table);
  let names = firstNames.get(entries);
  if (names === undefined) {
    const m = new Map<number, string>();
    for (let i = 0; i < entries.length; i++) if (!m.has(entries[i]![0])) m.set(entries[i]![0], entries[i]![1]);
    firstNames.set(entries, m);
    names = m;
  }
  return names.get(value);
}

function parse(text: string): XlatEntries {
  const out: Array<readonly [number, string]> = [];
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) {
      const space = text.indexOf(' ', at);
      if (space < 0 || space > end) throw new Error(`xlat table: bad line '${text.slice(at, end)}'`);
      const literal = text.slice(at, space);
      const value = literal.startsWith('-') ? -Number(literal.slice(1)) : Number(literal);
      if (Number.isNaN(value)) throw new Error(`xlat table: bad value '${literal}'`);
      out.push([value, text.slice(space + 1, end)]);
    }
    at = end + 1;
  }
  return out;
}
