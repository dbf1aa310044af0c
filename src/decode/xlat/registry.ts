/**
 * The xlat registry: one formatter per table NAME (the NAME of `flags:NAME` / `enum:NAME`
 * in signatures.ts), built once from data when the family modules load. Formatting a
 * value walks precomputed arrays; the only allocation is the output string.
 *
 * Shapes, all printed as strace prints them:
 * - flags: `A|B|0x40`, bits in table order; a zero name (PROT_NONE) or `0`; a value no bit
 *   of which is known prints `0x40 /* PROT_??? *\/`.
 * - enum: the name, or `0x7 /* SEEK_??? *\/`.
 * - field + flags: a multi-bit field printed by name before (O_RDWR|O_CREAT, SOCK_STREAM|
 *   SOCK_CLOEXEC) or after (CLONE_VM|SIGCHLD) the other bits.
 * - anything else (ioctl request numbers, mknod modes ...) registers its own formatter.
 */
import { loadFor, loadAll, noteDefinition } from '../lazy.js';
import { hex64 } from '../numbers.js';
import { xlatEntries, type XlatSource, type XlatTable } from './text.js';

/** [value, name] pairs, in the order strace prints or prefers them. */
export type XlatEntries = ReadonlyArray<readonly [value: number, name: string]>;

/** Formats a 64-bit argument given as (low, high) 32-bit halves. */
export type Formatter = (lo: number, hi: number) => string;

/**
 * What NAME is: how its two formatters are made (the symbolic text alone, what strace prints
 * by default and what composite formatters build on; and the printer that honours -X),
 * each made at its first use. A family's module defines dozens of tables and a trace
 * prints a few: one small record per definition, not the formatters (or closures that
 * would make them), is what start-up allocates.
 */
type Recipe =
  | { readonly shape: 'flags'; readonly bits: XlatSource; readonly opts: FlagOptions }
  | { readonly shape: 'enum'; readonly values: XlatSource; readonly opts: EnumOptions }
  | { readonly shape: 'field'; readonly bits: XlatSource; readonly opts: FieldOptions }
  | { readonly shape: 'custom'; readonly format: Formatter; readonly printer: Formatter | null };

class Definition {
  private symbolicMade: Formatter | undefined = undefined;
  private printerMade: Formatter | undefined = undefined;
  /** An enum's value map (enumName), made at its first use. */
  private valuesMade: ReadonlyMap<number, string> | undefined = undefined;

  constructor(readonly recipe: Recipe) {}

  symbolic(): Formatter {
    return (this.symbolicMade ??= makeSymbolic(this.recipe));
  }

  printer(): Formatter {
    return (this.printerMade ??= makePrinter(this));
  }

  values(): ReadonlyMap<number, string> | undefined {
    if (this.recipe.shape !== 'enum') return undefined;
    return (this.valuesMade ??= valueMap(this.recipe.values));
  }
}

function makeSymbolic(r: Recipe): Formatter {
  switch (r.shape) {
    case 'flags': return makeFlagsFormatter(r.bits, r.opts);
    case 'enum': return makeEnumFormatter(r.values, r.opts);
    case 'field': return makeFieldFormatter(r.bits, r.opts);
    case 'custom': return r.format;
  }
}

function makePrinter(d: Definition): Formatter {
  const r = d.recipe;
  if (r.shape === 'flags') return makeFlagsPrinter(r.bits, r.opts);
  if (r.shape === 'enum') return makeEnumPrinter(r.values, r.opts);
  if (r.shape === 'custom' && r.printer !== null) return r.printer;
  // -X shows the value in hex and/or the symbolic text, as `styled` says.
  const symbolic = d.symbolic();
  return (lo, hi) => (style === 'abbrev' ? symbolic(lo, hi) : styled(symbolic(lo, hi), hex(lo, hi)));
}

const DEFINITIONS: Record<string, Definition> = Object.create(null);

function define(name: string, recipe: Recipe): void {
  noteDefinition('xlat', name);
  DEFINITIONS[name] = new Definition(recipe);
}

/** NAME's definition, its module loaded first if it is one loaded on use (../lazy.ts). */
function definitionOf(name: string): Definition | undefined {
  return DEFINITIONS[name] ?? (loadFor('xlat', name) ? DEFINITIONS[name] : undefined);
}

/** -X: constants by name (abbrev, the default), as numbers (raw), or both (verbose). */
export type XlatStyle = 'abbrev' | 'raw' | 'verbose';
let style: XlatStyle = 'abbrev';

/** Set once by the composition root (the tracer thread), from -X. */
export function setXlatStyle(s: XlatStyle): void {
  style = s;
}

/** The -X style in force (for decoders that print a constant their own way). */
export function xlatStyle(): XlatStyle {
  return style;
}

/**
 * A constant's text per -X, as strace's print_xlat_ex: the symbolic text (abbrev), the
 * number (raw), or the number with the text as a comment (verbose).
 */
export function styled(symbolic: string, raw: string): string {
  if (style === 'abbrev') return symbolic;
  if (style === 'raw') return raw;
  return `${raw} /* ${symbolic} */`;
}

/** Unsigned hex as strace prints it: `0` or `0x...`. */
export const hex = hex64;

const TWO32 = 2 ** 32;

// --- flags ----------------------------------------------------------------------------

export interface FlagOptions {
  /** What 0 prints as (`PROT_NONE`, `F_OK`); `0` if unset. */
  readonly zero?: string;
  /** The comment after a value none of whose bits is known (`PROT_???`); none if unset. */
  readonly unknown?: string;
}

/** A compiled bit table: parallel arrays, no per-call allocation. */
class BitTable {
  readonly lo: Uint32Array;
  readonly hi: Uint32Array;
  readonly names: readonly string[];

  constructor(bits: XlatEntries) {
    // Plain loops: made at a table's first use, which is start-up for the common ones.
    let count = 0;
    for (let i = 0; i < bits.length; i++) if (bits[i]![0] !== 0) count++;
    this.lo = new Uint32Array(count);
    this.hi = new Uint32Array(count);
    const names: string[] = [];
    for (let i = 0; i < bits.length; i++) {
      // Indexed, not destructured: a destructuring runs the iterator protocol.
      const entry = bits[i]!;
      const v = entry[0];
      if (v === 0) continue;
      this.lo[names.length] = v % TWO32;
      this.hi[names.length] = Math.floor(v / TWO32);
      names.push(entry[1]);
    }
    this.names = names;
  }

  /**
   * `prefix` + the names of the bits set in (lo, hi), `|`-joined, with any unknown rest in
   * hex; `unknown` is the comment when no bit was known. Never called with 0.
   */
  format(lo: number, hi: number, prefix: string, unknown: string | undefined): string {
    let s = prefix;
    let restLo = lo >>> 0;
    let restHi = hi >>> 0;
    const n = this.names.length;
    for (let i = 0; i < n && (restLo !== 0 || restHi !== 0); i++) {
      const bl = this.lo[i]!;
      const bh = this.hi[i]!;
      if ((restLo & bl) >>> 0 === bl && (restHi & bh) >>> 0 === bh) {
        s += s === '' ? this.names[i]! : '|' + this.names[i]!;
        restLo = (restLo & ~bl) >>> 0;
        restHi = (restHi & ~bh) >>> 0;
      }
    }
    if (restLo === 0 && restHi === 0) return s;
    if (s !== '') return s + '|' + hex(restLo, restHi);
    return unknown === undefined ? hex(restLo, restHi) : `${hex(restLo, restHi)} /* ${unknown} */`;
  }
}

/** The name a table gives 0 (PROT_NONE), if any. */
function zeroName(bits: XlatEntries): string | undefined {
  for (let i = 0; i < bits.length; i++) if (bits[i]![0] === 0) return bits[i]![1];
  return undefined;
}

/**
 * A formatter made at its first call. Family modules build formatters for their custom
 * shapes at load (a trace's start loads several families) and a trace calls a few.
 */
function lazily(make: () => Formatter): Formatter {
  let made: Formatter | undefined;
  return (lo, hi) => (made ??= make())(lo, hi);
}

/** The formatter of a flag word (exported for custom shapes that embed one), made at its first call. */
export function flagsFormatter(bits: XlatSource, opts: FlagOptions = {}): Formatter {
  return lazily(() => makeFlagsFormatter(bits, opts));
}

// The make* resolve a source once: a derived table (a function) is made anew at each call.
function makeFlagsFormatter(source: XlatSource, opts: FlagOptions): Formatter {
  const bits = xlatEntries(source);
  const table = new BitTable(bits);
  const zero = opts.zero ?? zeroName(bits) ?? '0';
  const unknown = opts.unknown;
  return (lo, hi) => (lo === 0 && hi === 0 ? zero : table.format(lo, hi, '', unknown));
}

/**
 * A flag word per -X, as strace's printflags: raw is the hex number; verbose the number with
 * the names as a comment (`0x3 /* A|B *\/`, `0 /* PROT_NONE *\/`), or with the unknown
 * comment alone when no bit is known. Made at its first call.
 */
export function flagsPrinter(bits: XlatSource, opts: FlagOptions = {}): Formatter {
  return lazily(() => makeFlagsPrinter(bits, opts));
}

function makeFlagsPrinter(source: XlatSource, opts: FlagOptions): Formatter {
  const bits = xlatEntries(source);
  const table = new BitTable(bits);
  const zero = opts.zero ?? zeroName(bits);
  const unknown = opts.unknown;
  return (lo, hi) => {
    if (lo === 0 && hi === 0) {
      if (zero === undefined || style === 'raw') return '0';
      return style === 'abbrev' ? zero : `0 /* ${zero} */`;
    }
    if (style === 'abbrev') return table.format(lo, hi, '', unknown);
    const h = hex(lo, hi);
    if (style === 'raw') return h;
    const names = table.format(lo, hi, '', undefined);
    if (names !== h) return `${h} /* ${names} */`;
    return unknown === undefined ? h : `${h} /* ${unknown} */`;
  };
}

/** Defines `flags:NAME`. `opts` may be the zero name alone, as in the first version. */
export function defineFlags(name: string, bits: XlatSource, opts: FlagOptions | string = {}): void {
  define(name, { shape: 'flags', bits, opts: typeof opts === 'string' ? { zero: opts } : opts });
}

// --- enums ----------------------------------------------------------------------------

export interface EnumOptions {
  /** The comment after an unknown value (`SEEK_???`); none if unset. */
  readonly unknown?: string;
  /** Print unknown values in decimal (strace's printxval_d) instead of hex. */
  readonly decimal?: boolean;
  /** Print known values as `10 /* NAME *\/` (strace's verbose style, as for syslog). */
  readonly verbose?: boolean;
}

/** The value as the C int a syscall takes: enum keys are compared as such. */
function key(v: number): number {
  return v < TWO32 ? v | 0 : v;
}

function valueMap(table: XlatSource): Map<number, string> {
  const values = xlatEntries(table);
  const m = new Map<number, string>();
  for (let i = 0; i < values.length; i++) {
    const k = key(values[i]![0]);
    if (!m.has(k)) m.set(k, values[i]![1]); // the first name wins
  }
  return m;
}

/** The formatter of a named constant (exported for custom shapes), made at its first call. */
export function enumFormatter(values: XlatSource, opts: EnumOptions = {}): Formatter {
  return lazily(() => makeEnumFormatter(values, opts));
}

function makeEnumFormatter(values: XlatSource, opts: EnumOptions): Formatter {
  const map = valueMap(values);
  const suffix = opts.unknown === undefined ? '' : ` /* ${opts.unknown} */`;
  const decimal = opts.decimal === true;
  if (opts.verbose === true) {
    for (const [v, n] of map) map.set(v, `${v} /* ${n} */`);
  }
  return (lo, hi) => {
    const hit = map.get(lo | 0);
    if (hit !== undefined && (hi === 0 || hi === 0xffffffff)) return hit;
    return (decimal ? String(lo | 0) : hex(lo, 0)) + suffix;
  };
}

/**
 * A named constant per -X, as strace's printxval: raw is the number (hex, or decimal for
 * printxval_d tables); verbose the number with the name, or the unknown comment, after it.
 * Made at its first call.
 */
export function enumPrinter(values: XlatSource, opts: EnumOptions = {}): Formatter {
  return lazily(() => makeEnumPrinter(values, opts));
}

function makeEnumPrinter(values: XlatSource, opts: EnumOptions): Formatter {
  const map = valueMap(values);
  const unknown = opts.unknown;
  const decimal = opts.decimal === true;
  const always = opts.verbose === true;
  return (lo, hi) => {
    // A sign-extended int (hi all ones, lo negative) is the int's value: its 32 bits in hex.
    const int = hi === 0 || (hi === 0xffffffff && (lo | 0) < 0);
    const num = decimal && int ? String(lo | 0) : hex(lo, int ? 0 : hi);
    if (style === 'raw' && !always) return num;
    const name = int ? map.get(lo | 0) : undefined;
    if (name === undefined) return unknown === undefined ? num : `${num} /* ${unknown} */`;
    return always || style === 'verbose' ? `${num} /* ${name} */` : name;
  };
}

export function defineEnum(name: string, values: XlatSource, opts: EnumOptions = {}): void {
  define(name, { shape: 'enum', values, opts });
}

// --- a field plus flags ---------------------------------------------------------------

export interface FieldOptions extends FlagOptions {
  /** The bits of the field (3 for the open access mode, 0xff for clone's exit signal). */
  readonly mask: number;
  /** Names of the field's values; a function for computed ones (signal names). */
  readonly values: XlatTable | ((v: number) => string);
  /** Whether the field prints after the flags (clone) rather than first (open). */
  readonly last?: boolean;
  /** Omit the field when it is 0 (clone without an exit signal). */
  readonly omitZero?: boolean;
}

/**
 * The formatter of a word made of a field and flag bits. An unknown field value is left to
 * the hex rest (strace prints `0x7f /* SOCK_??? *\/`). Made at its first call.
 */
export function fieldFormatter(bits: XlatSource, opts: FieldOptions): Formatter {
  return lazily(() => makeFieldFormatter(bits, opts));
}

function makeFieldFormatter(bits: XlatSource, opts: FieldOptions): Formatter {
  const table = new BitTable(xlatEntries(bits));
  const mask = opts.mask >>> 0;
  const map = typeof opts.values === 'function' ? null : valueMap(opts.values);
  const compute = typeof opts.values === 'function' ? opts.values : null;
  const fieldName = (v: number): string | undefined => (map ? map.get(v) : compute!(v));
  const zero = opts.zero ?? '0';
  return (lo, hi) => {
    if (lo === 0 && hi === 0 && (opts.omitZero || map?.get(0) === undefined)) return zero;
    const v = (lo & mask) >>> 0;
    const name = v === 0 && opts.omitZero ? undefined : fieldName(v);
    const restLo = name === undefined ? lo >>> 0 : (lo & ~mask) >>> 0;
    if (opts.last) {
      if (restLo === 0 && hi === 0) return name ?? zero;
      const flags = table.format(restLo, hi, '', name === undefined ? opts.unknown : undefined);
      return name === undefined ? flags : flags + '|' + name;
    }
    if (restLo === 0 && hi === 0) return name!;
    return table.format(restLo, hi, name ?? '', opts.unknown);
  };
}

export function defineField(name: string, bits: XlatSource, opts: FieldOptions): void {
  define(name, { shape: 'field', bits, opts });
}

// --- custom shapes and lookups --------------------------------------------------------

/**
 * Defines NAME with a formatter of its own (shapes the data-driven ones do not cover); -X
 * shows the value in hex and/or `format`'s text, as `styled` says.
 */
export function defineFormatter(name: string, format: Formatter): void {
  define(name, { shape: 'custom', format, printer: null });
}

/**
 * Defines NAME with a printer that honours -X itself (reading xlatStyle()), for shapes whose
 * raw number is not hex or whose verbose form is not `number /* text *\/`; `symbolic` is
 * its default-style text.
 */
export function definePrinter(name: string, symbolic: Formatter, printer: Formatter): void {
  define(name, { shape: 'custom', format: symbolic, printer });
}

/** The -X printer of NAME. */
function printerOf(name: string): Formatter | undefined {
  return definitionOf(name)?.printer();
}

/** The symbolic (default -X) formatter of NAME, if any, for text built around it. */
export function formatterOf(name: string): Formatter | undefined {
  return definitionOf(name)?.symbolic();
}

/** The name of `value` in enum NAME (for rules that branch on a constant). */
export function enumName(name: string, value: number): string | undefined {
  return definitionOf(name)?.values()?.get(value | 0);
}

/** `A|B|0x40` as strace prints a flag word; raw hex if NAME has no table. */
export function formatFlags(name: string, lo: number, hi: number): string {
  const f = printerOf(name);
  return f === undefined ? hex(lo, hi) : f(lo, hi);
}

/** The constant's name as strace prints it; the number in decimal if NAME has no table. */
export function formatEnum(name: string, lo: number, hi: number): string {
  const value = lo | 0;
  const number = hi === 0 || hi === 0xffffffff ? String(value) : hex(lo, hi);
  const f = printerOf(name);
  return f === undefined ? number : f(lo, hi);
}

/** Whether NAME has a table (for tests that every NAME in signatures.ts is covered). */
export function hasXlat(name: string): boolean {
  return printerOf(name) !== undefined;
}

/** Every defined NAME (for tests). */
export function xlatNames(): string[] {
  loadAll();
  return Object.keys(DEFINITIONS);
}
