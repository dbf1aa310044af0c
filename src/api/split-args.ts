/**
 * Cuts strace's argument text (`AT_FDCWD, "/a, b", O_RDONLY`) into one string per
 * argument. ArgFormatter prints the argument list as one string (that is what the text
 * printer needs, allocation-light); the structured outputs want it per argument, so this
 * splits at the `, ` separators that are not inside a quoted string, a comment or a
 * bracketed value (`{...}`, `[...]`, `(...)`). Not `<...>`: `[128 => 16]`.
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // strace escapes `"` and `\` inside strings, so the string ends at the next bare quote.
      for (i++; i < n && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      depth++;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (depth > 0) depth--;
    } else if (c === 0x2c /* , */ && depth === 0 && text.charCodeAt(i + 1) === 0x20) {
      out.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < n) out.push(text.slice(start));
  return out;
}

/** `name: value` as --arg-names prints an argument; the name is an identifier. */
const NAMED = /^([a-z_][a-z0-9_]*): /;

/**
 * Arguments printed with --arg-names, cut into their names and their values (the text
 * each would have without the flag); null for an argument printed without a name.
 */
export function splitNamedArgs(text: string): { names: (string | null)[]; values: string[] } {
  const values = splitArgs(text);
  const names = new Array<string | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const m = NAMED.exec(values[i]!);
    names[i] = m === null ? null : m[1]!;
    if (m !== null) values[i] = values[i]!.slice(m[0].length);
  }
  return { names, values };
}
