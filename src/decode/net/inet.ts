/**
 * Internet addresses and interface indexes as strace prints them inside structures:
 * `inet_addr("127.0.0.1")`, `inet_pton(AF_INET6, "::1")`, `if_nametoindex("lo")`, MAC
 * addresses `02:00:00:00:00:01`; under -X raw / verbose the raw bytes first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { quote } from '../quote.js';
import { xstyle } from './xval.js';

/** RFC 5952 text of 16 bytes at `off`, as inet_ntop prints it. */
export function inet6Text(b: Buffer, off: number): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(b.readUInt16BE(off + 2 * i));
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${b[off + 12]}.${b[off + 13]}.${b[off + 14]}.${b[off + 15]}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const part = (from: number, to: number): string => g.slice(from, to).map((x) => x.toString(16)).join(':');
  if (best < 0) return part(0, 8);
  return `${part(0, best)}::${part(best + bestLen, 8)}`;
}

const AF_INET = 2;
const AF_INET6 = 10;

function styledText(raw: string, symbolic: string): string {
  const style = xstyle();
  return style === 'abbrev' ? symbolic : style === 'raw' ? raw : `${raw} /* ${symbolic} */`;
}

/**
 * An address of family `af` from `b` at `off` (4 or 16 bytes); `field` names it in
 * sin6_addr-like fields (`inet_pton(AF_INET6, "::1", &sin6_addr)`).
 */
export function inetAddr(b: Buffer, off: number, af: number, field?: string): string {
  if (af === AF_INET) {
    const text = `inet_addr("${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}")`;
    return (field ? `${field}=` : '') + styledText(quote(b.subarray(off), 4, 'hex'), text);
  }
  const text = `inet_pton(AF_INET6, "${inet6Text(b, off)}"${field && xstyle() === 'abbrev' ? `, &${field}` : ''})`;
  const style = xstyle();
  if (style === 'abbrev') return text;
  const raw = (field ? `${field}=` : '') + quote(b.subarray(off), 16, 'hex');
  return style === 'raw' ? raw : `${raw} /* ${text} */`;
}

/** The size of an address of family `af` (0 if not an internet one). */
export function inetSize(af: number): number {
  return af === AF_INET ? 4 : af === AF_INET6 ? 16 : 0;
}

let names: Map<number, string> | null = null;
let namesAt = 0;

/** The interface's name by index (from /sys/class/net, re-read at most once a second). */
export function ifName(index: number): string | undefined {
  const now = Date.now();
  if (names === null || now - namesAt > 1000) {
    names = new Map();
    namesAt = now;
    try {
      for (const dev of readdirSync('/sys/class/net')) {
        try {
          names.set(Number(readFileSync(`/sys/class/net/${dev}/ifindex`, 'latin1')), dev);
        } catch {
          // gone meanwhile
        }
      }
    } catch {
      // no sysfs
    }
  }
  return names.get(index);
}

/** `if_nametoindex("lo")`, or the number for an index no interface has. */
export function ifindexText(index: number): string {
  const name = ifName(index);
  if (name === undefined) return String(index);
  return styledText(String(index), `if_nametoindex("${name}")`);
}

/** `02:00:00:00:00:01`, or raw hex under -X raw / verbose. */
export function hwaddrText(b: Buffer, off: number, len: number): string {
  const raw = quote(b.subarray(off), len, 'hex');
  if (len > 32) return raw;
  const mac: string[] = [];
  for (let i = 0; i < len; i++) mac.push(b[off + i]!.toString(16).padStart(2, '0'));
  return styledText(raw, mac.join(':'));
}
