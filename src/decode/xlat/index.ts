/**
 * Symbolic constants ("xlat" tables, as strace calls them): how `flags:NAME` and
 * `enum:NAME` arguments of signatures.ts print. One table per NAME, defined by the family
 * modules (fs.ts, mm.ts, process.ts, signal.ts, net.ts, io.ts) from values generated out
 * of the C headers (scripts/gen-xlat.mjs -> *.gen.ts); a NAME without a table prints raw
 * (flags in hex, enums in decimal), never wrong.
 *
 * The registry lives in registry.ts so that the family modules can import it without a
 * cycle through this module.
 */
import './all.js';

export {
  defineEnum, defineField, defineFlags, defineFormatter, enumName, formatEnum, formatFlags, formatterOf,
  definePrinter, enumPrinter, flagsPrinter, hasXlat, hex, setXlatStyle, styled, xlatNames, xlatStyle,
} from './registry.js';
export type { EnumOptions, FieldOptions, FlagOptions, Formatter, XlatEntries, XlatStyle } from './registry.js';
export { xlatEntries, type XlatTable, type XlatText } from './text.js';
