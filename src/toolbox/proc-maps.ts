/** /proc/PID/maps, parsed: which file (and where in it) each address of a tracee comes from. */
import { readFileSync } from 'node:fs';

export interface Mapping {
  readonly start: number;
  readonly end: number;
  readonly perms: string;
  /** File offset of `start`. */
  readonly offset: number;
  /** The file, `[stack]`-style pseudo name, or '' for anonymous memory. */
  readonly path: string;
}

export function readMaps(pid: number): Mapping[] {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/maps`, 'latin1');
  } catch {
    return [];
  }
  const out: Mapping[] = [];
  for (const line of text.split('\n')) {
    // 7f12-7f34 r-xp 00001000 08:01 1234    /usr/lib/x86_64-linux-gnu/libc.so.6
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) ([0-9a-f]+) \S+ \d+\s*(.*)$/.exec(line);
    if (m === null) continue;
    out.push({ start: parseInt(m[1]!, 16), end: parseInt(m[2]!, 16), perms: m[3]!, offset: parseInt(m[4]!, 16), path: m[5]! });
  }
  return out;
}

/** The mapping holding `addr`, by binary search over `maps` (sorted, as the kernel lists them). */
export function mappingAt(maps: readonly Mapping[], addr: number): Mapping | undefined {
  let lo = 0;
  let hi = maps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = maps[mid]!;
    if (addr < m.start) hi = mid - 1;
    else if (addr >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
