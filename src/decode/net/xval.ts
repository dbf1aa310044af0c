/**
 * Constants inside decoded structures (netlink headers and attributes, socket options,
 * control messages) as strace prints them: the name, or the number with a `/* X_??? *\/`
 * comment when unknown, and under -X raw / -X verbose the number alone or both. Tables are
 * the generated tables (entries or text); lookups are compiled once per table.
 */
import { errnoName } from '../errno.js';
import { hex64 } from '../numbers.js';
import type { XlatTable } from '../xlat/index.js';
import { xlatStyle } from '../xlat/registry.js';
import { xlatEntries, xlatName } from '../xlat/text.js';

/** The name of `v` in `table`, if any. */
export const nameOf: (table: XlatTable, v: number) => string | undefined = xlatName;

export type Style = 'abbrev' | 'raw' | 'verbose';

/** The -X style in force. */
export function xstyle(): Style {
  return xlatStyle();
}

/** How the number prints: hex (default), unsigned or signed decimal. */
export type NumFmt = 'x' | 'u' | 'd';

function num(v: number, fmt: NumFmt): string {
  if (fmt === 'u') return String(v >>> 0 === v ? v : v);
  if (fmt === 'd') return String(v);
  return v < 0 ? hex64(v >>> 0, 0xffffffff) : hex64(v % 2 ** 32, Math.floor(v / 2 ** 32));
}

/** A named constant: `NAME`, or `0x2a /* dflt *\/` (no comment without `dflt`). */
export function xval(table: XlatTable, v: number, dflt?: string, fmt: NumFmt = 'x'): string {
  const name = nameOf(table, v);
  const n = num(v, fmt);
  const style = xstyle();
  if (name !== undefined) return style === 'abbrev' ? name : style === 'raw' ? n : `${n} /* ${name} */`;
  return dflt === undefined || style === 'raw' ? n : `${n} /* ${dflt} */`;
}

/** The names of the bits of `v` in table order, and what is left over. */
export function bitNames(table: XlatTable, v: number): { names: string[]; rest: number } {
  const names: string[] = [];
  let rest = v >>> 0;
  for (const [bit, name] of xlatEntries(table)) {
    if (bit !== 0 && bit < 2 ** 32 && (rest & bit) >>> 0 === bit) {
      names.push(name);
      rest = (rest & ~bit) >>> 0;
    }
  }
  return { names, rest };
}

/** A flag word: `A|B|0x40`, `0` (or the table's zero name), `0x40 /* dflt *\/` when no bit is known. */
export function xflags(table: XlatTable, v: number, dflt?: string): string {
  return xflagsIn([table], v, dflt);
}

/** xflags over several tables tried in turn (netlink's common flags, then the type's own). */
export function xflagsIn(list: readonly XlatTable[], v: number, dflt?: string): string {
  v >>>= 0;
  const style = xstyle();
  const raw = hex64(v, 0);
  if (v === 0) {
    for (const t of list) {
      const zero = xlatEntries(t).find(([b]) => b === 0);
      if (zero) return style === 'abbrev' ? zero[1] : style === 'raw' ? '0' : `0 /* ${zero[1]} */`;
    }
    return '0';
  }
  if (style === 'raw') return raw;
  const names: string[] = [];
  let rest = v;
  for (const t of list) {
    const r = bitNames(t, rest);
    names.push(...r.names);
    rest = r.rest;
  }
  let text: string;
  if (names.length === 0) text = dflt === undefined ? raw : `${raw} /* ${dflt} */`;
  else text = names.join('|') + (rest !== 0 ? '|' + hex64(rest, 0) : '');
  if (style === 'abbrev') return text;
  if (names.length === 0) return text;
  return `${raw} /* ${text} */`;
}

/** An error number field (strace's print_err): `-EACCES`, `0`, `-1 /* -EPERM *\/` with -X verbose. */
export function errText(err: number, negated: boolean): string {
  const name = errnoName(negated ? -err : err);
  const style = xstyle();
  if (name === undefined || style === 'raw') return String(err);
  const sym = (negated ? '-' : '') + name;
  return style === 'abbrev' ? sym : `${err} /* ${sym} */`;
}
