/**
 * NETLINK_SOCK_DIAG payloads as strace prints them: by the family byte that starts each
 * request (NLM_F_REQUEST) or reply, the unix, netlink, packet and inet diag structures and
 * their attributes; other families as `{family=AF_..., data=...}`.
 */
import * as G from '../../xlat/netlink.gen.js';
import * as N from '../../xlat/net.gen.js';
import type { XlatTable } from '../../xlat/index.js';
import { quote } from '../../quote.js';
import { bpfProgram } from '../bpf-filter.js';
import type { Bytes } from '../bytes.js';
import { ifindexText, inetAddr } from '../inet.js';
import { port, SOCKADDR_MAX, sockaddrFromBytes } from '../sockaddr.js';
import { fdText } from '../fd.js';
import { bitNames, xflags, xstyle, xval } from '../xval.js';
import { nested, nlattrs, type NlaDecoder, type NlaTable } from './nlattr.js';
import { defineNetlinkProtocol, simpleTypes, type NlHeader } from './nlmsg.js';
import { NETLINK_SOCK_DIAG } from './protocols.js';
import { familyText } from './route.js';
import { attrTable } from './table.js';
import * as V from './values.js';
import { xlatEntries } from '../../xlat/text.js';

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const AF_NETLINK = 16;
const AF_PACKET = 17;
const NLM_F_REQUEST = 1;
const NLMSG_DONE = 3;
const TCPDIAG_GETSOCK = 18;
const DCCPDIAG_GETSOCK = 19;
const NDIAG_PROTO_ALL = 255;

const align4 = (n: number): number => (n + 3) & ~3;

/** `1<<NAME` bits of a table of bit numbers (`1<<TCP_LISTEN`, `1<<(INET_DIAG_CONG-1)`). */
function bitTable(table: XlatTable, shift: number, name: (n: string) => string): XlatTable {
  return xlatEntries(table).filter(([v]) => v - shift >= 0 && v - shift < 32).map(([v, n]) => [2 ** (v - shift), name(n)]);
}
const TCP_STATE_FLAGS = bitTable(G.TCP_STATES, 0, (n) => `1<<${n}`);
const INET_DIAG_EXT_FLAGS = bitTable(xlatEntries(G.INET_DIAG_ATTRS).filter(([v]) => v > 0), 1, (n) => `1<<(${n}-1)`);

const cookie = (v: Bytes, off: number, name: string): string => `${name}=[${v.u32(off)}, ${v.u32(off + 4)}]`;
const u = (v: Bytes, off: number, name: string, size: 1 | 2 | 4 = 4): string =>
  `${name}=${size === 1 ? v.u8(off) : size === 2 ? v.u16(off) : v.u32(off)}`;

/**
 * A diag structure of `size` bytes led by its family byte, then (for replies) its
 * attributes: `{udiag_family=AF_UNIX, ...}, [{nla_len=...}]`.
 */
function diag(v: Bytes, off: number, len: number, family: string, size: number,
  body: (v: Bytes, off: number) => string, attrs?: NlaTable): string {
  let s = `{${family}=${familyText(v.u8(off))}, `;
  let ok = false;
  if (len < size) s += '...';
  else if (!v.has(off, size)) s += v.addr(off + 1);
  else {
    s += body(v, off);
    ok = true;
  }
  s += '}';
  const at = align4(size);
  if (ok && attrs && len > at) s += ', ' + nlattrs(v, off + at, len - at, attrs);
  return s;
}

/** SK_MEMINFO_* counters: `[[SK_MEMINFO_RMEM_ALLOC]=0, ...]`. */
const meminfo = V.arrayDecoder(4, (v, off) => String(v.u32(off)), (i) => xval(G.SK_MEMINFO_INDICES, i, 'SK_MEMINFO_???', 'u'));

// --- unix -------------------------------------------------------------------------------

const devText = (dev: number): string => {
  const major = (dev >>> 8) & 0xfff;
  // glibc's minor(): the 32-bit value's top 20 bits above its low 8.
  const minor = ((dev & 0xff) | ((dev >>> 12) & 0xfffff00)) >>> 0;
  const hex = (n: number): string => (n === 0 ? '0' : '0x' + n.toString(16));
  return `makedev(${hex(major)}, ${hex(minor)})`;
};
const UNIX_ATTRS = attrTable(G.UNIX_DIAG_ATTRS, 'UNIX_DIAG_???', {
  UNIX_DIAG_NAME: V.str,
  // struct unix_diag_vfs is {ino, dev}; strace prints the device first.
  UNIX_DIAG_VFS: V.structOf(8, (v, off) => `udiag_vfs_dev=${devText(v.u32(off + 4))}, udiag_vfs_ino=${v.u32(off)}`),
  UNIX_DIAG_PEER: V.u32,
  UNIX_DIAG_ICONS: V.arrayDecoder(4, (v, off) => String(v.u32(off))),
  UNIX_DIAG_RQLEN: V.structOf(8, (v, off) => `udiag_rqueue=${v.u32(off)}, udiag_wqueue=${v.u32(off + 4)}`),
  UNIX_DIAG_MEMINFO: meminfo,
  UNIX_DIAG_SHUTDOWN: V.u8,
  UNIX_DIAG_UID: V.uid,
});
const unixReq = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'sdiag_family', 24, (b, o) =>
  `${u(b, o + 1, 'sdiag_protocol', 1)}, udiag_states=${xflags(TCP_STATE_FLAGS, b.u32(o + 4), '1<<TCP_???')}, ` +
  `${u(b, o + 8, 'udiag_ino')}, udiag_show=${xflags(G.UNIX_DIAG_SHOW, b.u32(o + 12), 'UDIAG_SHOW_???')}, ` +
  cookie(b, o + 16, 'udiag_cookie'));
const unixMsg = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'udiag_family', 16, (b, o) =>
  `udiag_type=${xval(N.SOCKET_TYPES, b.u8(o + 1), 'SOCK_???')}, udiag_state=${xval(G.TCP_STATES, b.u8(o + 2), 'TCP_???')}, ` +
  `${u(b, o + 4, 'udiag_ino')}, ${cookie(b, o + 8, 'udiag_cookie')}`, UNIX_ATTRS);

// --- netlink ----------------------------------------------------------------------------

const ring = (names: readonly string[]): NlaDecoder =>
  V.structOf(4 * names.length, (v, off) => names.map((n, i) => `${n}=${v.u32(off + 4 * i)}`).join(', '));
const NETLINK_ATTRS = attrTable(G.NETLINK_DIAG_ATTRS, 'NETLINK_DIAG_???', {
  NETLINK_DIAG_MEMINFO: meminfo,
  NETLINK_DIAG_GROUPS: V.arrayDecoder(8, (v, off) => V.hex0(v.u64(off), 16)),
  NETLINK_DIAG_RX_RING: ring(['ndr_block_size', 'ndr_block_nr', 'ndr_frame_size', 'ndr_frame_nr']),
  NETLINK_DIAG_TX_RING: ring(['ndr_block_size', 'ndr_block_nr', 'ndr_frame_size', 'ndr_frame_nr']),
  NETLINK_DIAG_FLAGS: V.flags(G.NETLINK_SOCKET_FLAGS, 'NDIAG_FLAG_???', 4),
});
const netlinkReq = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'sdiag_family', 20, (b, o) => {
  const proto = b.u8(o + 1);
  const protoText = proto === NDIAG_PROTO_ALL ? xval([[NDIAG_PROTO_ALL, 'NDIAG_PROTO_ALL']], proto)
    : xval(N.NETLINK_PROTOCOLS, proto, 'NETLINK_???');
  return `sdiag_protocol=${protoText}, ${u(b, o + 4, 'ndiag_ino')}, ` +
    `ndiag_show=${xflags(G.NETLINK_DIAG_SHOW, b.u32(o + 8), 'NDIAG_SHOW_???')}, ${cookie(b, o + 12, 'ndiag_cookie')}`;
});
const netlinkMsg = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'ndiag_family', 28, (b, o) =>
  `ndiag_type=${xval(N.SOCKET_TYPES, b.u8(o + 1), 'SOCK_???')}, ` +
  `ndiag_protocol=${xval(N.NETLINK_PROTOCOLS, b.u8(o + 2), 'NETLINK_???')}, ` +
  `ndiag_state=${xval(G.NETLINK_STATES, b.u8(o + 3), 'NETLINK_???')}, ${u(b, o + 4, 'ndiag_portid')}, ` +
  `${u(b, o + 8, 'ndiag_dst_portid')}, ${u(b, o + 12, 'ndiag_dst_group')}, ${u(b, o + 16, 'ndiag_ino')}, ` +
  cookie(b, o + 20, 'ndiag_cookie'), NETLINK_ATTRS);

// --- packet -----------------------------------------------------------------------------

const mclist = V.arrayDecoder(44, (v, off) => {
  const alen = v.u16(off + 10);
  return `{pdmc_index=${ifindexText(v.u32(off))}, pdmc_count=${v.u32(off + 4)}, pdmc_type=${v.u16(off + 8)}, ` +
    `pdmc_alen=${alen}, pdmc_addr=${quote(v.b.subarray(off + 12), Math.min(alen, 32), 'hex')}}`;
});
const PACKET_ATTRS = attrTable(G.PACKET_DIAG_ATTRS, 'PACKET_DIAG_???', {
  PACKET_DIAG_INFO: V.structOf(24, (v, off) => `pdi_index=${ifindexText(v.u32(off))}, ` +
    `pdi_version=${xval(G.AF_PACKET_VERSIONS, v.u32(off + 4), 'TPACKET_???')}, ${u(v, off + 8, 'pdi_reserve')}, ` +
    `${u(v, off + 12, 'pdi_copy_thresh')}, ${u(v, off + 16, 'pdi_tstamp')}, ` +
    `pdi_flags=${xflags(G.PACKET_DIAG_INFO_FLAGS, v.u32(off + 20), 'PDI_???')}`),
  PACKET_DIAG_MCLIST: mclist,
  PACKET_DIAG_RX_RING: ring(['pdr_block_size', 'pdr_block_nr', 'pdr_frame_size', 'pdr_frame_nr', 'pdr_retire_tmo',
    'pdr_sizeof_priv', 'pdr_features']),
  PACKET_DIAG_TX_RING: ring(['pdr_block_size', 'pdr_block_nr', 'pdr_frame_size', 'pdr_frame_nr', 'pdr_retire_tmo',
    'pdr_sizeof_priv', 'pdr_features']),
  PACKET_DIAG_FANOUT: V.u32,
  PACKET_DIAG_UID: V.uid,
  PACKET_DIAG_MEMINFO: meminfo,
  PACKET_DIAG_FILTER: (v, off, len) => {
    const n = Math.floor(len / 8);
    if (n === 0 || n > 0xffff) return null;
    return bpfProgram(v.c, v.base + off, n);
  },
});
const packetReq = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'sdiag_family', 20, (b, o) => {
  const proto = b.u8(o + 1);
  return `sdiag_protocol=${proto === 0 ? '0' : '0x' + proto.toString(16)}, ${u(b, o + 4, 'pdiag_ino')}, ` +
    `pdiag_show=${xflags(G.PACKET_DIAG_SHOW, b.u32(o + 8), 'PACKET_SHOW_???')}, ${cookie(b, o + 12, 'pdiag_cookie')}`;
});
const packetMsg = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'pdiag_family', 16, (b, o) =>
  `pdiag_type=${xval(N.SOCKET_TYPES, b.u8(o + 1), 'SOCK_???')}, ` +
  `pdiag_num=${xval(N.ETHERNET_PROTOCOLS, b.u16(o + 2), 'ETH_P_???')}, ${u(b, o + 4, 'pdiag_ino')}, ` +
  cookie(b, o + 8, 'pdiag_cookie'), PACKET_ATTRS);

// --- inet -------------------------------------------------------------------------------

/** An address field of `size` bytes: by family, else its bytes in hex. */
function addrField(v: Bytes, off: number, size: number, af: number, name: string): string {
  if (af === AF_INET || af === AF_INET6) return inetAddr(v.b, off, af, name);
  return `${name}=${quote(v.b.subarray(off), size, 'hex')}`;
}

/** struct inet_diag_sockid (48 bytes). */
const sockid = (v: Bytes, off: number, af: number): string =>
  `id={${port(v.b, off, 'idiag_sport')}, ${port(v.b, off + 2, 'idiag_dport')}, ${addrField(v, off + 4, 16, af, 'idiag_src')}, ` +
  `${addrField(v, off + 20, 16, af, 'idiag_dst')}, idiag_if=${ifindexText(v.u32(off + 36))}, ${cookie(v, off + 40, 'idiag_cookie')}}`;

/** The data after an INET_DIAG_REQ_BYTECODE op, by its code. */
function bytecodeData(v: Bytes, off: number, len: number, code: number): string {
  const name = xlatEntries(G.INET_DIAG_BYTECODES).find(([c]) => c === code)?.[1];
  switch (name) {
    case 'INET_DIAG_BC_S_COND':
    case 'INET_DIAG_BC_D_COND': {
      if (len < 8) return v.str(off, len);
      if (!v.has(off, 8)) return v.addr(off);
      const af = v.u8(off);
      let s = `{family=${familyText(af)}, prefix_len=${v.u8(off + 1)}, port=${v.s32(off + 4)}`;
      if (len > 8) s += ', ' + V.inetAddrField(v, off + 8, len - 8, af, 'addr');
      return s + '}';
    }
    case 'INET_DIAG_BC_DEV_COND':
      if (len < 4) return v.str(off, len);
      return v.has(off, 4) ? ifindexText(v.u32(off)) : v.addr(off);
    case 'INET_DIAG_BC_S_GE':
    case 'INET_DIAG_BC_S_LE':
    case 'INET_DIAG_BC_D_GE':
    case 'INET_DIAG_BC_D_LE':
      if (len < 4) return v.str(off, len);
      return v.has(off, 4) ? bcOp(v, off) : v.addr(off);
    case 'INET_DIAG_BC_MARK_COND':
      if (len < 8) return v.str(off, len);
      return v.has(off, 8) ? `{mark=${v.u32(off)}, mask=${v.u32(off + 4)}}` : v.addr(off);
    default:
      return v.str(off, len);
  }
}
const bcOp = (v: Bytes, off: number): string =>
  `{code=${xval(G.INET_DIAG_BYTECODES, v.u8(off), 'INET_DIAG_BC_???')}, yes=${v.u8(off + 1)}, no=${v.u16(off + 2)}}`;

const INET_REQ_ATTRS = attrTable(G.INET_DIAG_REQ_ATTRS, 'INET_DIAG_REQ_???', {
  INET_DIAG_REQ_BYTECODE: (v, off, len) => {
    if (len < 4) return null;
    if (!v.has(off, 4)) return v.addr(off);
    let s = bcOp(v, off);
    if (len > 4) s += ', ' + bytecodeData(v, off + 4, len - 4, v.u8(off));
    return s;
  },
  INET_DIAG_REQ_PROTOCOL: V.ipProto,
});

const inetReqV2 = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'sdiag_family', 56, (b, o) =>
  `sdiag_protocol=${xval(N.INET_PROTOCOLS, b.u8(o + 1), 'IPPROTO_???')}, ` +
  `idiag_ext=${xflags(INET_DIAG_EXT_FLAGS, b.u8(o + 2), '1<<INET_DIAG_???-1')}, ` +
  `idiag_states=${xflags(TCP_STATE_FLAGS, b.u32(o + 4), '1<<TCP_???')}, ${sockid(b, o + 8, b.u8(o))}`, INET_REQ_ATTRS);
const inetReqCompat = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'idiag_family', 60, (b, o) =>
  `${u(b, o + 1, 'idiag_src_len', 1)}, ${u(b, o + 2, 'idiag_dst_len', 1)}, ` +
  `idiag_ext=${xflags(INET_DIAG_EXT_FLAGS, b.u8(o + 3), '1<<INET_DIAG_???-1')}, ${sockid(b, o + 4, b.u8(o))}, ` +
  `idiag_states=${xflags(TCP_STATE_FLAGS, b.u32(o + 52), '1<<TCP_???')}, ${u(b, o + 56, 'idiag_dbs')}`, INET_REQ_ATTRS);

const u32s = (names: readonly string[]): NlaDecoder =>
  V.structOf(4 * names.length, (v, off) => names.map((n, i) => `${n}=${v.u32(off + 4 * i)}`).join(', '));
const sockaddrs: NlaDecoder = (v, off, len) => {
  const SIZE = 128;
  const buf = Buffer.alloc(SOCKADDR_MAX + 8);
  return V.arrayDecoder(SIZE, (b, o) => {
    buf.fill(0);
    b.b.copy(buf, 0, o, o + SIZE);
    return sockaddrFromBytes(buf, SIZE, b.c.opts.strings ?? 'escape', (fd) => fdText(b.c, fd));
  })(v, off, len, {});
};
const md5sig = V.arrayDecoder(100, (v, off) => {
  const af = v.u8(off);
  const keylen = v.u16(off + 2);
  return `{tcpm_family=${familyText(af)}, tcpm_prefixlen=${v.u8(off + 1)}, tcpm_keylen=${keylen}, ` +
    `${addrField(v, off + 4, 16, af, 'tcpm_addr')}, tcpm_key=${quote(v.b.subarray(off + 20), Math.min(80, keylen), 'hex')}}`;
});
/** Shutdown bits, always with their number (strace prints them -X verbose unless -X raw). */
const shutdown: NlaDecoder = (v, off, len) => {
  if (len < 1 || len > 8) return null;
  if (!v.has(off, 1)) return v.addr(off);
  const n = v.u8(off);
  if (n === 0 || xstyle() === 'raw') return n === 0 ? '0' : '0x' + n.toString(16);
  const { names, rest } = bitNames(G.INET_DIAG_SHUTDOWN_FLAGS, n);
  const text = names.length === 0 ? '???_SHUTDOWN' : names.join('|') + (rest ? '|0x' + rest.toString(16) : '');
  return `0x${n.toString(16)} /* ${text} */`;
};

const TLS_INFO = attrTable(G.TLS_INFO_ATTRS, 'TLS_INFO_???', {
  TLS_INFO_VERSION: V.xv(G.TLS_INFO_VERSIONS, 'TLS_???_VERSION', 2),
  TLS_INFO_CIPHER: V.xv(G.TLS_INFO_CIPHERS, 'TLS_CIPHER_???', 2),
  TLS_INFO_TXCONF: V.xv(G.TLS_INFO_CONFIGS, 'TLS_CONF_???', 2),
  TLS_INFO_RXCONF: V.xv(G.TLS_INFO_CONFIGS, 'TLS_CONF_???', 2),
});
const MPTCP_INFO = attrTable(G.MPTCP_SUBFLOW_ATTRS, 'MPTCP_SUBFLOW_ATTR_???', {
  MPTCP_SUBFLOW_ATTR_TOKEN_REM: V.x32, MPTCP_SUBFLOW_ATTR_TOKEN_LOC: V.x32, MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ: V.u32,
  MPTCP_SUBFLOW_ATTR_MAP_SEQ: V.u64, MPTCP_SUBFLOW_ATTR_MAP_SFSEQ: V.u32, MPTCP_SUBFLOW_ATTR_SSN_OFFSET: V.u32,
  MPTCP_SUBFLOW_ATTR_MAP_DATALEN: V.u16,
  MPTCP_SUBFLOW_ATTR_FLAGS: V.flags(G.MPTCP_SUBFLOW_FLAGS, 'MPTCP_SUBFLOW_FLAG_???', 4),
  MPTCP_SUBFLOW_ATTR_ID_REM: V.u8, MPTCP_SUBFLOW_ATTR_ID_LOC: V.u8,
});
const ULP_INFO = attrTable(G.INET_DIAG_ULP_INFO_ATTRS, 'INET_ULP_INFO_???', {
  INET_ULP_INFO_NAME: V.str, INET_ULP_INFO_TLS: nested(TLS_INFO), INET_ULP_INFO_MPTCP: nested(MPTCP_INFO),
});
const BPF_STORAGE = attrTable(G.BPF_STORAGE_ATTRS, 'SK_DIAG_BPF_STORAGE_???', {
  SK_DIAG_BPF_STORAGE_MAP_ID: V.u32, SK_DIAG_BPF_STORAGE_MAP_VALUE: V.xint,
});
const BPF_STORAGES = attrTable(G.BPF_STORAGES_ATTRS, 'SK_DIAG_BPF_STORAGE_???', {
  SK_DIAG_BPF_STORAGE: nested(BPF_STORAGE),
});

const SOCKOPT_BITS = ['recverr', 'is_icsk', 'freebind', 'hdrincl', 'mc_loop', 'transparent', 'mc_all', 'nodefrag',
  'bind_address_no_port', 'recverr_rfc4884', 'defer_connect'];
/** struct inet_diag_sockopt: its bits (only the set ones without -v), then any bytes past it that are set. */
const sockopt: NlaDecoder = (v, off, len) => {
  if (len < 2) return null;
  if (!v.has(off, 2)) return v.addr(off);
  const all = v.c.opts.verbose;
  const word = v.u16(off);
  const parts: string[] = [];
  SOCKOPT_BITS.forEach((name, i) => {
    const bit = (word >> i) & 1;
    if (all || bit) parts.push(`${name}=${bit}`);
  });
  const unused = word >> 11;
  if (all || unused) parts.push(`unused=${unused === 0 ? '0' : '0x' + unused.toString(16)} /* bits 3..8 */`);
  let s = `{${parts.join(', ')}}`;
  const end = Math.min(len, 4096);
  if (end > 2 && v.has(off + 2, end - 2) && v.b.subarray(off + 2, off + end).some((x) => x !== 0)) {
    const shown = Math.min(end - 2, v.strsize);
    s += `, /* bytes 2..${end - 1} */ ${quote(v.b.subarray(off + 2), shown, 'hex')}${shown < end - 2 ? '...' : ''}`;
  }
  return s;
};

const INET_ATTRS = attrTable(G.INET_DIAG_ATTRS, 'INET_DIAG_???', {
  INET_DIAG_SHUTDOWN: shutdown,
  INET_DIAG_ULP_INFO: nested(ULP_INFO),
  INET_DIAG_SK_BPF_STORAGES: nested(BPF_STORAGES),
  INET_DIAG_SOCKOPT: sockopt,
  INET_DIAG_MEMINFO: u32s(['idiag_rmem', 'idiag_wmem', 'idiag_fmem', 'idiag_tmem']),
  INET_DIAG_VEGASINFO: u32s(['tcpv_enabled', 'tcpv_rttcnt', 'tcpv_rtt', 'tcpv_minrtt']),
  INET_DIAG_CONG: V.str,
  INET_DIAG_TOS: V.u8,
  INET_DIAG_TCLASS: V.u8,
  INET_DIAG_SKMEMINFO: meminfo,
  INET_DIAG_DCTCPINFO: V.structOf(16, (v, off) => `dctcp_enabled=${v.u16(off)}, dctcp_ce_state=${v.u16(off + 2)}, ` +
    `dctcp_alpha=${v.u32(off + 4)}, dctcp_ab_ecn=${v.u32(off + 8)}, dctcp_ab_tot=${v.u32(off + 12)}`),
  INET_DIAG_PROTOCOL: V.ipProto,
  INET_DIAG_SKV6ONLY: V.u8,
  INET_DIAG_LOCALS: sockaddrs,
  INET_DIAG_PEERS: sockaddrs,
  INET_DIAG_MARK: V.u32,
  INET_DIAG_BBRINFO: V.structOf(20, (v, off) => {
    const x = (n: number): string => (n === 0 ? '0' : '0x' + n.toString(16));
    return `bbr_bw_lo=${x(v.u32(off))}, bbr_bw_hi=${x(v.u32(off + 4))}, bbr_min_rtt=${v.u32(off + 8)}, ` +
      `bbr_pacing_gain=${v.u32(off + 12)}, bbr_cwnd_gain=${v.u32(off + 16)}`;
  }),
  INET_DIAG_CLASS_ID: V.u32,
  INET_DIAG_MD5SIG: md5sig,
  INET_DIAG_CGROUP_ID: V.u64,
});
const inetMsg = (v: Bytes, off: number, len: number): string => diag(v, off, len, 'idiag_family', 72, (b, o) =>
  `idiag_state=${xval(G.TCP_STATES, b.u8(o + 1), 'TCP_???')}, ${u(b, o + 2, 'idiag_timer', 1)}, ` +
  `${u(b, o + 3, 'idiag_retrans', 1)}, ${sockid(b, o + 4, b.u8(o))}, ${u(b, o + 52, 'idiag_expires')}, ` +
  `${u(b, o + 56, 'idiag_rqueue')}, ${u(b, o + 60, 'idiag_wqueue')}, ${u(b, o + 64, 'idiag_uid')}, ${u(b, o + 68, 'idiag_inode')}`,
INET_ATTRS);

// --- dispatch ---------------------------------------------------------------------------

type Diag = (v: Bytes, off: number, len: number, h: NlHeader) => string;
const DIAGS: ReadonlyMap<number, readonly [request: Diag, reply: Diag]> = new Map<number, readonly [Diag, Diag]>([
  [AF_UNIX, [unixReq, unixMsg]],
  [AF_INET, [(v, o, l, h) => (isCompat(h) ? inetReqCompat(v, o, l) : inetReqV2(v, o, l)), inetMsg]],
  [AF_INET6, [(v, o, l, h) => (isCompat(h) ? inetReqCompat(v, o, l) : inetReqV2(v, o, l)), inetMsg]],
  [AF_NETLINK, [netlinkReq, netlinkMsg]],
  [AF_PACKET, [packetReq, packetMsg]],
]);
const isCompat = (h: NlHeader): boolean => h.type === TCPDIAG_GETSOCK || h.type === DCCPDIAG_GETSOCK;

defineNetlinkProtocol(NETLINK_SOCK_DIAG, {
  typeText: simpleTypes(G.NL_SOCK_DIAG_TYPES, 'SOCK_DIAG_???'),
  typeFlags: () => G.NETLINK_GET_FLAGS,
  payload(v, off, len, h) {
    if (h.type === NLMSG_DONE) return null;
    if (!v.has(off, 1)) return v.addr(off);
    const family = v.u8(off);
    const d = len > 1 ? DIAGS.get(family) : undefined;
    if (d !== undefined) return d[h.flags & NLM_F_REQUEST ? 0 : 1](v, off, len, h);
    let s = `{family=${familyText(family)}`;
    if (len > 1) s += `, data=${v.str(off + 1, len - 1)}`;
    return s + '}';
  },
});
