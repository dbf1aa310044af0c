/**
 * Netlink messages (struct nlmsghdr, then the payload, each aligned to 4) as strace prints
 * them: `[{nlmsg_len=20, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP,
 * nlmsg_seq=0, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ...}]`. Each protocol (route,
 * sock_diag, netfilter ...) registers how its types, flags and payloads print; errors,
 * acks and the other control messages are decoded here.
 */
import type { XlatTable } from '../../xlat/index.js';
import type { Bytes } from '../bytes.js';
import { errText, xflagsIn, xval } from '../xval.js';
import { nlattrs, type NlaTable } from './nlattr.js';
import { u32 } from './values.js';
import * as G from '../../xlat/netlink.gen.js';
import { pidText } from '../../pids.js';

export const NLMSG_HDRLEN = 16;
const NLMSG_MIN_TYPE = 0x10;
const NLMSG_ERROR = 2;
const NLMSG_DONE = 3;
const NLM_F_CAPPED = 0x100;

export interface NlHeader {
  readonly len: number;
  readonly type: number;
  readonly flags: number;
}

export interface NetlinkProtocol {
  /** The type's name (types below NLMSG_MIN_TYPE are the common control ones). */
  typeText(type: number): string;
  /** The flags that depend on the type (NLM_F_DUMP for a get, NLM_F_CREATE for a new ...). */
  typeFlags?(type: number): XlatTable | undefined;
  /** The payload, or null for the hex default. */
  payload?(v: Bytes, off: number, len: number, h: NlHeader): string | null;
}

const PROTOCOLS = new Map<number, NetlinkProtocol>();

export function defineNetlinkProtocol(proto: number, p: NetlinkProtocol): void {
  PROTOCOLS.set(proto, p);
}

/** A protocol whose types are one table and whose payloads are not decoded (yet). */
export function simpleTypes(types: XlatTable, dflt: string): (type: number) => string {
  return (type) => xval(types, type, dflt);
}

function headerText(v: Bytes, off: number, proto: NetlinkProtocol | undefined): string {
  const type = v.u16(off + 4);
  const flags = v.u16(off + 6);
  const typeText = type < NLMSG_MIN_TYPE || proto === undefined ? xval(G.NETLINK_TYPES, type, 'NLMSG_???') : proto.typeText(type);
  let more: XlatTable | undefined;
  if (type < NLMSG_MIN_TYPE) more = type === NLMSG_ERROR ? G.NETLINK_ACK_FLAGS : undefined;
  else more = proto?.typeFlags?.(type);
  const flagText = xflagsIn(more ? [G.NETLINK_FLAGS, more] : [G.NETLINK_FLAGS], flags, 'NLM_F_???');
  return `{nlmsg_len=${v.u32(off)}, nlmsg_type=${typeText}, nlmsg_flags=${flagText}, ` +
    `nlmsg_seq=${v.u32(off + 8)}, nlmsg_pid=${pidText(v.c.task.tid, v.u32(off + 12), 'tgid', v.c.opts)}}`;
}

const NLMSGERR_ATTRS: NlaTable = {
  types: G.NLMSGERR_ATTRS,
  dflt: 'NLMSGERR_ATTR_???',
  decoders: {
    1: (v, off, len) => v.cstr(off, len), // MSG
    2: u32, // OFFS
    3: (v, off, len) => { // COOKIE
      if (!v.has(off, len)) return v.addr(off);
      const a: string[] = [];
      for (let i = 0; i < len; i++) a.push(String(v.u8(off + i)));
      return `[${a.join(', ')}]`;
    },
  },
};

/** struct nlmsgerr: the error and the message it answers (its header only if capped). */
function nlmsgerr(v: Bytes, off: number, len: number, capped: boolean, proto: NetlinkProtocol | undefined): string {
  if (len < 4 + NLMSG_HDRLEN) return v.str(off, len);
  if (!v.has(off, 4 + NLMSG_HDRLEN)) return v.addr(off);
  const err = v.s32(off);
  const msgOff = off + 4;
  const msgLen = len - 4;
  const inner = Math.max(NLMSG_HDRLEN, v.u32(msgOff));
  const payload = Math.min(msgLen, capped ? NLMSG_HDRLEN : inner);
  let s = `{error=${errText(err, true)}, msg=${withPayload(v, msgOff, payload, proto)}}`;
  if (msgLen > payload) {
    s = `[${s}, ${nlattrs(v, msgOff + payload, msgLen - payload, NLMSGERR_ATTRS)}]`;
  }
  return s;
}

function payloadText(v: Bytes, off: number, len: number, h: NlHeader, proto: NetlinkProtocol | undefined): string {
  if (h.type === NLMSG_ERROR) return nlmsgerr(v, off, len, (h.flags & NLM_F_CAPPED) !== 0, proto);
  if ((h.type >= NLMSG_MIN_TYPE || h.type === NLMSG_DONE) && proto?.payload) {
    const s = proto.payload(v, off, len, h);
    if (s !== null) return s;
  }
  if (h.type === NLMSG_DONE && len === 4) return v.has(off, 4) ? String(v.s32(off)) : v.addr(off);
  return v.str(off, len);
}

/** One message whose header is readable: `{header}` or `[{header}, payload]`. */
function withPayload(v: Bytes, off: number, len: number, proto: NetlinkProtocol | undefined): string {
  const h: NlHeader = { len: v.u32(off), type: v.u16(off + 4), flags: v.u16(off + 6) };
  const msgLen = Math.min(h.len, len);
  const head = headerText(v, off, proto);
  if (msgLen <= NLMSG_HDRLEN) return head;
  return `[${head}, ${payloadText(v, off + NLMSG_HDRLEN, msgLen - NLMSG_HDRLEN, h, proto)}]`;
}

/** The messages in `len` bytes at the start of `v`, sent or received on a socket of `proto`. */
export function netlinkMessages(v: Bytes, len: number, protoNumber: number): string {
  const proto = PROTOCOLS.get(protoNumber);
  let off = 0;
  let s = '';
  let isArray = false;
  for (let elt = 0; ; elt++) {
    if (len < NLMSG_HDRLEN) {
      s += v.str(off, len);
      break;
    }
    if (!v.has(off, NLMSG_HDRLEN)) {
      s += isArray ? `... /* ${v.addr(off)} */` : v.addr(off);
      break;
    }
    if (!v.c.opts.verbose && elt === v.strsize) {
      s += '...';
      break;
    }
    const msgLen = v.u32(off);
    const aligned = (msgLen + 3) & ~3;
    let next = -1;
    let nextLen = 0;
    if (msgLen >= NLMSG_HDRLEN) {
      nextLen = len >= aligned ? len - aligned : 0;
      if (nextLen > 0 && aligned > 0) next = off + aligned;
    }
    if (!isArray && next >= 0) {
      s += '[';
      isArray = true;
    }
    s += withPayload(v, off, len, proto);
    if (next < 0) break;
    s += ', ';
    off = next;
    len = nextLen;
  }
  return isArray ? s + ']' : s;
}
