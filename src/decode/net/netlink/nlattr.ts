/**
 * The netlink attribute walker (struct nlattr: u16 nla_len, u16 nla_type, then the data,
 * each aligned to 4), one mechanism for every family: a table says the types' names and
 * how each type's data prints. Printed as strace does:
 * `[{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT]`, several as an array of those, data
 * no decoder claims in hex, at most -s attributes without -v.
 */
import type { XlatTable } from '../../xlat/index.js';
import type { Bytes } from '../bytes.js';
import { xflags, xval } from '../xval.js';
import { NLA_FLAGS } from '../../xlat/netlink.gen.js';
import { xlatEntries } from '../../xlat/text.js';

export const NLA_HDRLEN = 4;
const NLA_TYPE_MASK = 0x3fff;

export const align4 = (n: number): number => (n + 3) & ~3;

/** What a decoder knows of where it is: the enclosing message's fields it needs. */
export type NlaCtx = Readonly<Record<string, number>>;

/** Prints the data of one attribute (`len` bytes at `off`), or null for the hex default. */
export type NlaDecoder = (v: Bytes, off: number, len: number, ctx: NlaCtx) => string | null;

export interface NlaTable {
  /** The attribute types' names. */
  readonly types: XlatTable;
  /** The comment for an unknown type (`IFA_???`). */
  readonly dflt: string;
  /** Decoders by type; a function for tables where every type is decoded alike. */
  readonly decoders?: Readonly<Record<number, NlaDecoder>> | ((type: number) => NlaDecoder | undefined);
}

function decoderOf(t: NlaTable, type: number): NlaDecoder | undefined {
  const d = t.decoders;
  if (d === undefined) return undefined;
  return typeof d === 'function' ? d(type) : d[type];
}

/** `{nla_len=8, nla_type=NLA_F_NESTED|IFLA_LINKINFO}` */
function header(v: Bytes, off: number, t: NlaTable): string {
  const type = v.u16(off + 2);
  let s = `{nla_len=${v.u16(off)}, nla_type=`;
  for (const [bit] of xlatEntries(NLA_FLAGS)) if (type & bit) s += xflags(NLA_FLAGS, bit) + '|';
  return s + xval(t.types, type & NLA_TYPE_MASK, t.dflt === '' ? undefined : t.dflt) + '}';
}

/** The attributes in `len` bytes at `off`. */
export function nlattrs(v: Bytes, off: number, len: number, t: NlaTable, ctx: NlaCtx = {}): string {
  let s = '';
  let isArray = false;
  for (let elt = 0; ; elt++) {
    if (len < NLA_HDRLEN) {
      s += v.str(off, len);
      break;
    }
    if (!v.has(off, NLA_HDRLEN)) {
      s += isArray ? `... /* ${v.addr(off)} */` : v.addr(off);
      break;
    }
    if (!v.c.opts.verbose && elt === v.strsize) {
      s += '...';
      break;
    }
    const nlaLen = v.u16(off);
    const aligned = align4(nlaLen);
    let next = -1;
    let nextLen = 0;
    if (nlaLen >= NLA_HDRLEN) {
      nextLen = len >= aligned ? len - aligned : 0;
      if (nextLen > 0) next = off + aligned;
    }
    if (!isArray && next >= 0) {
      s += '[';
      isArray = true;
    }
    const dataLen = Math.min(nlaLen, len);
    if (dataLen > NLA_HDRLEN) {
      const d = decoderOf(t, v.u16(off + 2) & NLA_TYPE_MASK);
      const data = (d && d(v, off + NLA_HDRLEN, dataLen - NLA_HDRLEN, ctx)) ?? v.str(off + NLA_HDRLEN, dataLen - NLA_HDRLEN);
      s += `[${header(v, off, t)}, ${data}]`;
    } else {
      s += header(v, off, t);
    }
    if (next < 0) break;
    s += ', ';
    off = next;
    len = nextLen;
  }
  return isArray ? s + ']' : s;
}

/** Attributes nested in one: a decoder printing them with table `t`. */
export function nested(t: NlaTable | (() => NlaTable)): NlaDecoder {
  return (v, off, len, ctx) => nlattrs(v, off, len, typeof t === 'function' ? t() : t, ctx);
}
