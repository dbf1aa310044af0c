/**
 * Tables kept as text: one row per line, `name: value`, looked up by searching the text.
 * The syscall tables (signatures.ts, arg-names.gen.ts) have ~370 rows each, and a trace
 * reads a few dozen of them, each once (the compiled signature is kept). As object literals
 * each cost ~40 KB of young heap at every start, made whether read or not; as one string
 * constant they cost nothing until read, and a lookup searches ~15 KB once per name.
 */

/** The value of row `name` (trimmed; '' for an empty one), or undefined without such a row. */
export function rowOf(rows: string, name: string): string | undefined {
  const at = rows.indexOf(`\n${name}:`);
  if (at < 0) return undefined;
  const from = at + name.length + 2;
  const end = rows.indexOf('\n', from);
  return rows.slice(from, end < 0 ? rows.length : end).trim();
}

/** Every row as [name, value], in order (for tests and generators). */
export function rowEntries(rows: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of rows.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) out.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return out;
}
