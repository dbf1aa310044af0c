/**
 * Socket addresses of every family strace decodes, from the bytes the tracee passed
 * (zero-padded past the given length, as strace reads them): `{sa_family=AF_INET,
 * sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}`; -X raw / verbose show the raw
 * bytes of ports and addresses too. Unknown families and short addresses print sa_data.
 */
import * as N from '../xlat/net.gen.js';
import * as S from '../xlat/sockaddr.gen.js';
import * as R from '../xlat/rtnl.gen.js';
import { quote } from '../quote.js';
import type { StringStyle } from '../quote.js';
import { hwaddrText, ifindexText, inetAddr } from './inet.js';
import { nameOf, xflags, xstyle, xval } from './xval.js';
import type { XlatTable } from '../xlat/index.js';

/** sizeof(struct sockaddr_storage): no address is read past it. */
export const SOCKADDR_MAX = 128;
const AF = { UNIX: 1, INET: 2, AX25: 3, IPX: 4, X25: 9, INET6: 10, NETLINK: 16, PACKET: 17, RXRPC: 33,
  IEEE802154: 36, BLUETOOTH: 31, ALG: 38, NFC: 39, VSOCK: 40, QIPCRTR: 42, XDP: 44, MCTP: 45 } as const;

type FdText = (fd: number) => string;
/** A pid field as decode/pids.ts prints it (-Y, --pidns-translation). */
type PidText = (pid: number) => string;
type Printer = (b: Buffer, len: number, st: StringStyle, fd: FdText, pid: PidText) => string;

/** strace's `%#0*x` with twice the field's size as width (a zero prints without the 0x). */
function hex0(v: number, size: number): string {
  const width = size * 2;
  return v === 0 ? '0'.repeat(width) : '0x' + v.toString(16).padStart(width - 2, '0');
}
const hex = (v: number): string => (v === 0 ? '0' : '0x' + v.toString(16));

/** The bytes up to a NUL in the first size-1 (strace's QUOTE_0_TERMINATED); `...` if none ends them when `cstring`. */
function str0(b: Buffer, off: number, size: number, st: StringStyle, cstring: boolean): string {
  const n = size > 0 ? size - 1 : 0;
  const end = b.indexOf(0, off);
  if (end >= 0 && end < off + n) return quote(b.subarray(off), end - off, st);
  const text = quote(b.subarray(off), n, st);
  return cstring && b[off + n] !== 0 ? text + '...' : text;
}

function styledNet(raw: string, sym: string): string {
  const style = xstyle();
  return style === 'abbrev' ? sym : style === 'raw' ? raw : `${raw} /* ${sym} */`;
}

export function port(b: Buffer, off: number, name: string): string {
  return `${name}=` + styledNet(quote(b.subarray(off), 2, 'hex'), `htons(${b.readUInt16BE(off)})`);
}

/** printxval with XLAT_STYLE_VERBOSE unless -X raw (PRINT_FIELD_XVAL_VERBOSE). */
function xvalVerbose(table: XlatTable, v: number, dflt?: string): string {
  const name = nameOf(table, v);
  const n = hex(v);
  if (xstyle() === 'raw') return n;
  if (name !== undefined) return `${n} /* ${name} */`;
  return dflt === undefined ? n : `${n} /* ${dflt} */`;
}

function flagsVerbose(table: XlatTable, v: number, dflt: string): string {
  if (xstyle() === 'raw' || v === 0) return hex(v);
  const text = xflags(table, v, dflt);
  if (xstyle() === 'verbose') return text;
  if (text.startsWith('0x') && !text.includes('|')) return text; // unknown bits: `0x40 /* dflt */`
  return `${hex(v)} /* ${text} */`;
}

const un: Printer = (b, len, st) => {
  const unLen = Math.min(len, 110);
  const pathLen = unLen - 2;
  if (b[2] !== 0) return `sun_path=${str0(b, 2, pathLen + 1, st, false)}`;
  return `sun_path=@${quote(b.subarray(3), pathLen - 1, st)}`;
};

const in4: Printer = (b) => `${port(b, 2, 'sin_port')}, ${inetAddr(b, 4, AF.INET, 'sin_addr')}`;

function in6Fields(b: Buffer, base: number, len: number): string {
  const flow = b.subarray(base + 4, base + 8);
  let s = `${port(b, base + 2, 'sin6_port')}, sin6_flowinfo=` +
    styledNet(quote(flow, 4, 'hex'), `htonl(${flow.readUInt32BE(0)})`) +
    `, ${inetAddr(b, base + 8, AF.INET6, 'sin6_addr')}`;
  if (len <= 24) return s;
  const a0 = b[base + 8]!;
  const a1 = b[base + 9]!;
  const linkLocal = (a0 === 0xfe && (a1 & 0xc0) === 0x80) || (a0 === 0xff && (a1 & 0x0f) === 2);
  const scope = b.readUInt32LE(base + 24);
  s += `, sin6_scope_id=${linkLocal ? ifindexText(scope) : scope}`;
  return s;
}
const in6: Printer = (b, len) => in6Fields(b, 0, len);

/** AX.25 callsign: `VALID-13`, or raw bytes when it is not a sane one. */
function ax25Addr(b: Buffer, off: number): string {
  let style: 'default' | 'verbose' | 'raw' = 'default';
  let spaceSeen = false;
  let charSeen = false;
  for (let i = 0; i < 6; i++) {
    let c = b[off + i]!;
    if (c & 1) style = 'verbose';
    c >>= 1;
    if (c === 0x20) spaceSeen = true;
    else charSeen = true;
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    if (!alnum && c !== 0x20) style = 'verbose';
    if (c !== 0x20 && spaceSeen) style = 'verbose';
    if (c < 0x20 || c > 0x7e || c === 0x2a || c === 0x2f) {
      style = 'raw';
      break;
    }
  }
  if (style !== 'raw') {
    if (b[off + 6]! & ~0x1e) style = 'verbose';
    if (!charSeen && b[off + 6]) style = 'verbose';
  }
  const xs = style === 'default' ? xstyle() : style;
  const raw = `{ax25_call=${quote(b.subarray(off), 7, 'hex')}}`;
  if (xs === 'raw') return raw;
  let end = 6;
  while (end > 0 && b[off + end - 1]! >> 1 === 0x20) end--;
  let text = '';
  for (let i = 0; i < end; i++) text += String.fromCharCode(b[off + i]! >> 1);
  let ssid = (b[off + 6]! >> 1) & 0xf;
  text += '-';
  if (ssid > 9) {
    text += '1';
    ssid -= 10;
  }
  text += String(ssid);
  if (text === '-0') text = '*';
  return xs === 'abbrev' ? text : `${raw} /* ${text} */`;
}

const ax25: Printer = (b, len) => {
  const ndigis = b.readInt32LE(12); // after the 7-byte callsign, int-aligned
  const full = ndigis !== 0 || len > 16;
  let s = full ? 'fsa_ax25={' : '';
  s += `sax25_call=${ax25Addr(b, 2)}, sax25_ndigis=${ndigis}`;
  if (!full) return s;
  s += '}';
  const hasDigis = Math.min(Math.floor(Math.max(len - 16, 0) / 7), 8);
  const wantDigis = Math.min(Math.max(ndigis, 0), 8);
  const digis = Math.min(hasDigis, wantDigis);
  if (wantDigis > 0) {
    const items: string[] = [];
    for (let i = 0; i < digis; i++) items.push(ax25Addr(b, 16 + 7 * i));
    if (wantDigis > hasDigis) items.push('...');
    s += `, fsa_digipeater=[${items.join(', ')}]`;
  }
  if (len > hasDigis * 7 + 16) s += ', ...';
  return s;
};

const ipx: Printer = (b) => {
  const node: string[] = [];
  for (let i = 0; i < 6; i++) node.push(hex0(b[8 + i]!, 1));
  let s = `${port(b, 2, 'sipx_port')}, sipx_network=htonl(${hex(b.readUInt32BE(4))}), ` +
    `sipx_node=[${node.join(', ')}], sipx_type=${hex0(b[14]!, 1)}`;
  if (b[15]) s += `, sipx_zero=${hex(b[15]!)}`;
  return s;
};

const x25: Printer = (b, _len, st) => `sx25_addr={x25_addr=${str0(b, 2, 16, st, true)}}`;

const nl: Printer = (b, _len, _st, _fd, pid) => {
  const pad = b.readUInt16LE(2);
  return (pad ? `nl_pad=${hex(pad)}, ` : '') + `nl_pid=${pid(b.readInt32LE(4))}, nl_groups=${hex0(b.readUInt32LE(8), 4)}`;
};

const ll: Printer = (b, len) => {
  const proto = b.subarray(2, 4);
  let s = 'sll_protocol=' + styledNet(quote(proto, 2, 'hex'),
    `htons(${nameOf(N.ETHERNET_PROTOCOLS, proto.readUInt16BE(0)) ?? `${hex(proto.readUInt16BE(0))} /* ETH_P_??? */`})`);
  s += `, sll_ifindex=${ifindexText(b.readInt32LE(4) >>> 0)}`;
  s += `, sll_hatype=${xval(R.ARP_HARDWARE_TYPES, b.readUInt16LE(8), 'ARPHRD_???')}`;
  s += `, sll_pkttype=${xval(S.PACKET_TYPES, b[10]!, 'PACKET_???')}`;
  const halen = b[11]!;
  s += `, sll_halen=${halen}`;
  if (halen) {
    const oob = len - 12;
    const items: string[] = [];
    for (let i = 0; i < halen; i++) {
      if (i >= oob) {
        items.push('...');
        break;
      }
      items.push(hex0(b[12 + i]!, 1));
    }
    s += `, sll_addr=[${items.join(', ')}]`;
  }
  return s;
};

function raw(b: Buffer, len: number, st: StringStyle): string {
  return `sa_data=${quote(b.subarray(2), len - 2, st)}`;
}

function l2Value(v: number, table: XlatTable, ranges: ReadonlyArray<[number, number, string]>, dflt: string): string {
  const name = nameOf(table, v);
  let sym = name;
  if (sym === undefined) {
    for (const [lo, hi, base] of ranges) if (v >= lo && v <= hi) sym = `${base}+${v - lo}`;
  }
  const style = xstyle();
  let s = 'htobs(';
  if (style !== 'abbrev' || sym === undefined) s += hex(v);
  if (style !== 'raw') {
    const text = sym ?? dflt;
    s += style === 'verbose' || sym === undefined ? ` /* ${text} */` : text;
  }
  return s + ')';
}

const bt: Printer = (b, len, st) => {
  switch (len) {
    case 4:
    case 6: {
      let s = `hci_dev=htobs(${b.readUInt16LE(2)})`;
      if (len === 6) s += `, hci_channel=${xval(S.HCI_CHANNELS, b.readUInt16LE(4), 'HCI_CHANNEL_???')}`;
      return s;
    }
    case 8:
      return `sco_bdaddr=${hwaddrText(b, 2, 6)}`;
    case 9:
      return `rc_bdaddr=${hwaddrText(b, 2, 6)}, rc_channel=${b[8]}`;
    case 12:
    case 14: {
      let s = 'l2_psm=' + l2Value(b.readUInt16LE(2), S.L2_PSM,
        [[0x80, 0xff, 'L2CAP_PSM_LE_DYN_START'], [0x1001, 0xffff, 'L2CAP_PSM_DYN_START']], 'L2CAP_PSM_???');
      s += `, l2_bdaddr=${hwaddrText(b, 4, 6)}, l2_cid=` +
        l2Value(b.readUInt16LE(10), S.L2_CID, [[0x40, 0xffff, 'L2CAP_CID_DYN_START']], 'L2CAP_CID_???');
      if (len === 14) s += `, l2_bdaddr_type=${xval(S.BDADDR_TYPES, b[12]!, 'BDADDR_???')}`;
      return s;
    }
    default:
      return raw(b, len, st);
  }
};

const rxrpc: Printer = (b, len, st) => {
  let s = `srx_service=${xvalVerbose(S.RXRPC_SERVICES, b.readUInt16LE(2), '???_SERVICE')}`;
  s += `, transport_type=${xval(N.SOCKET_TYPES, b.readUInt16LE(4), 'SOCK_???')}`;
  const tlen = b.readUInt16LE(6);
  s += `, transport_len=${tlen}, transport={`;
  const base = 8;
  const family = b.readUInt16LE(base);
  const transportLen = Math.min(tlen, len - base);
  const rest = Math.max(0, transportLen - 2);
  const fam = xval(N.ADDRESS_FAMILIES, family, 'AF_???');
  if (family === AF.INET) {
    s += `sin={sin_family=${fam}`;
    if (tlen >= 16) s += `, ${port(b, base + 2, 'sin_port')}, ${inetAddr(b, base + 4, AF.INET, 'sin_addr')}`;
    else if (rest > 0) s += `, ${quote(b.subarray(base + 2), rest, st)}`;
    s += '}';
  } else if (family === AF.INET6) {
    s += `sin6={sin6_family=${fam}`;
    if (tlen >= 24) s += `, ${in6Fields(b, base, transportLen)}`;
    else if (rest > 0) s += `, ${quote(b.subarray(base + 2), rest, st)}`;
    s += '}';
  } else {
    s += `family=${fam}`;
    if (rest > 0) s += `, ${quote(b.subarray(base + 2), rest, st)}`;
  }
  return s + '}';
};

const ieee802154: Printer = (b) => {
  const type = b.readInt32LE(4);
  let s = `addr={addr_type=${xvalVerbose(S.IEEE802154_ADDR_TYPES, type >>> 0, 'IEEE802154_ADDR_???')}`;
  s += `, pan_id=${xvalVerbose(S.IEEE802154_PAN_IDS, b.readUInt16LE(8))}`;
  if (type === 0) return s + '}';
  if (type === 2) return s + `, short_addr=${xvalVerbose(S.IEEE802154_ADDRS, b.readUInt16LE(10))}}`;
  return s + `, hwaddr=${hwaddrText(b, 10, 8)}}`;
};

const alg: Printer = (b, len, st) => {
  const name = (off: number, size: number): string => str0(b, off, Math.max(size, 0), st, true);
  return `salg_type=${name(2, 14)}, salg_feat=${flagsVerbose(S.ALG_FLAGS, b.readUInt32LE(16), 'CRYPTO_ALG_???')}` +
    `, salg_mask=${flagsVerbose(S.ALG_FLAGS, b.readUInt32LE(20), 'CRYPTO_ALG_???')}, salg_name=${name(24, len - 24)}`;
};

const nfc: Printer = (b, len, st) => {
  let s = `dev_idx=${ifindexText(b.readUInt32LE(4))}, target_idx=${hex(b.readUInt32LE(8))}` +
    `, nfc_protocol=${xval(S.NFC_PROTOCOLS, b.readUInt32LE(12), 'NFC_PROTO_???')}`;
  const llcpLen = 96; // sockaddr_nfc_llcp on a 64-bit tracee
  if (len < llcpLen) return len > 16 ? s + ', ...' : s;
  const snsz = Number(b.readBigUInt64LE(88));
  s += `, dsap=${xvalVerbose(S.NFC_SAPS, b[16]!)}, ssap=${xvalVerbose(S.NFC_SAPS, b[17]!)}`;
  s += `, service_name=${quote(b.subarray(18), Math.min(63, snsz), st)}, service_name_len=${b.readBigUInt64LE(88)}`;
  return s;
};

const vsock: Printer = (b) => {
  const r1 = b.readUInt16LE(2);
  let s = r1 ? `svm_reserved1=${hex(r1)}, ` : '';
  s += `svm_cid=${xval(S.VSOCK_CIDS, b.readUInt32LE(8))}, svm_port=${xval(S.VSOCK_PORTS, b.readUInt32LE(4))}`;
  s += `, svm_flags=${xflags(S.VSOCK_FLAGS, b[12]!, 'VMADDR_FLAG_???')}`;
  if (b.subarray(13, 16).some((x) => x !== 0)) s += `, svm_zero=${quote(b.subarray(13), 3, 'hex')}`;
  return s;
};

const qrtr: Printer = (b) =>
  `sq_node=${xval(S.QRTR_NODES, b.readUInt32LE(4))}, sq_port=${xval(S.QRTR_PORTS, b.readUInt32LE(8))}`;

const xdp: Printer = (b, _len, _st, fdText) => {
  const flags = b.readUInt16LE(2);
  let s = `sxdp_flags=${xflags(S.XDP_FLAGS, flags, 'XDP_???')}, sxdp_ifindex=${ifindexText(b.readUInt32LE(4))}` +
    `, sxdp_queue_id=${b.readUInt32LE(8)}`;
  const fd = b.readUInt32LE(12);
  if (flags & 1) s += `, sxdp_shared_umem_fd=${fdText(fd | 0)}`;
  else if (fd) s += `, sxdp_shared_umem_fd=${hex(fd)}`;
  return s;
};

const mctp: Printer = (b) => {
  const pad0 = b.readUInt16LE(2);
  let s = pad0 ? `__smctp_pad0=${hex(pad0)}, ` : '';
  s += `smctp_network=${xval(S.MCTP_NETS, b.readUInt32LE(4))}, smctp_addr={s_addr=${xval(S.MCTP_ADDRS, b[8]!)}}` +
    `, smctp_type=${hex(b[9]!)}, smctp_tag=${hex(b[10]!)}`;
  if (b[11]) s += `, __smctp_pad1=${hex(b[11]!)}`;
  return s;
};

/** Printers by family, with the least length each needs. */
const PRINTERS = new Map<number, [Printer, number]>([
  [AF.UNIX, [un, 3]], [AF.INET, [in4, 16]], [AF.AX25, [ax25, 16]], [AF.IPX, [ipx, 16]], [AF.X25, [x25, 18]],
  [AF.INET6, [in6, 24]], [AF.NETLINK, [nl, 12]], [AF.PACKET, [ll, 20]], [AF.BLUETOOTH, [bt, 3]],
  [AF.RXRPC, [rxrpc, 36]], [AF.IEEE802154, [ieee802154, 20]], [AF.ALG, [alg, 25]], [AF.NFC, [nfc, 16]],
  [AF.VSOCK, [vsock, 16]], [AF.QIPCRTR, [qrtr, 12]], [AF.XDP, [xdp, 16]], [AF.MCTP, [mctp, 12]],
]);

/**
 * The address in `b` (at least SOCKADDR_MAX + 1 bytes, zero past `len`) of `len` bytes,
 * len >= 2.
 */
export function sockaddrFromBytes(b: Buffer, len: number, st: StringStyle, fd: FdText = String, pid: PidText = String): string {
  const family = b.readUInt16LE(0);
  let s = `{sa_family=${xval(N.ADDRESS_FAMILIES, family, 'AF_???')}`;
  if (len > 2) {
    const p = PRINTERS.get(family);
    s += ', ' + (p !== undefined && len >= p[1] ? p[0](b, len, st, fd, pid) : raw(b, len, st));
  }
  return s + '}';
}
