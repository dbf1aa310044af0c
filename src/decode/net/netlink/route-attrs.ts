/**
 * NETLINK_ROUTE attribute tables: for each family header, its attributes' types and how
 * their data prints.
 */
import * as R from '../../xlat/rtnl.gen.js';
import { attrTable } from './table.js';
import { nested, nlattrs, type NlaCtx, type NlaDecoder, type NlaTable } from './nlattr.js';
import * as V from './values.js';
import { nameOf, xflags, xval } from '../xval.js';
import * as N from '../../xlat/net.gen.js';
import type { XlatEntries } from '../../xlat/index.js';
import type { Bytes } from '../bytes.js';
import { D, fieldsText, U, X, type Field } from '../fields.js';
import { ifindexText } from '../inet.js';
import { STATS } from './stats-attrs.js';
import { LINK } from './link-attrs.js';
import { xlatEntries } from '../../xlat/text.js';

/** A structure of `size` bytes printed by its fields (null when the data is shorter). */
export function struct(size: number, fields: Parameters<typeof fieldsText>[2]): NlaDecoder {
  return (v, off, len) => {
    if (len < size) return null;
    return v.has(off, size) ? `{${fieldsText(v, off, fields)}}` : v.addr(off);
  };
}

/** A hex field printed with all its digits (strace's PRINT_FIELD_0X). */
const X0 = (name: string, off: number, size: 4): Field => ({ name, off, size, print: (n) => V.hex0(n >>> 0, size * 2) });

const rtClass = V.xv(R.ROUTING_TABLE_IDS, undefined, 4, 'u');

const ADDR = attrTable(R.ADDR_ATTRS, 'IFA_???', {
  IFA_ADDRESS: V.familyAddr, IFA_LOCAL: V.familyAddr, IFA_LABEL: V.str, IFA_BROADCAST: V.familyAddr,
  IFA_ANYCAST: V.familyAddr, IFA_MULTICAST: V.familyAddr,
  IFA_CACHEINFO: struct(16, [U('ifa_prefered', 0, 4), U('ifa_valid', 4, 4), U('cstamp', 8, 4), U('tstamp', 12, 4)]),
  IFA_FLAGS: V.flags(R.IFA_FLAGS, 'IFA_F_???', 4), IFA_RT_PRIORITY: V.u32, IFA_TARGET_NETNSID: V.s32,
});

const RTAX = attrTable(R.RTA_METRICS_ATTRS, 'RTAX_???', {
  ...Object.fromEntries(['LOCK', 'MTU', 'WINDOW', 'RTT', 'RTTVAR', 'SSTHRESH', 'CWND', 'ADVMSS', 'REORDERING', 'HOPLIMIT',
    'INITCWND', 'FEATURES', 'RTO_MIN', 'INITRWND', 'QUICKACK'].map((n) => [`RTAX_${n}`, V.u32])),
  RTAX_CC_ALGO: V.str,
});

/** struct rtvia: the family and the address of that family. */
const rtvia: NlaDecoder = (v, off, len) => {
  if (len < 2) return null;
  if (!v.has(off, 2)) return v.addr(off);
  const af = v.u16(off);
  let s = `{rtvia_family=${xval(N.ADDRESS_FAMILIES, af, 'AF_???')}`;
  if (len > 2) s += ', ' + V.inetAddrField(v, off + 2, len - 2, af, 'rtvia_addr');
  return s + '}';
};

const ROUTE: NlaTable = attrTable(R.ROUTE_ATTRS, 'RTA_???', {
  RTA_DST: V.familyAddr, RTA_SRC: V.familyAddr, RTA_IIF: V.ifindex, RTA_OIF: V.ifindex, RTA_GATEWAY: V.familyAddr,
  RTA_PRIORITY: V.u32, RTA_PREFSRC: V.familyAddr, RTA_METRICS: nested(RTAX), RTA_MULTIPATH: (v, off, len, ctx) => multipath(v, off, len, ctx),
  RTA_PROTOINFO: V.u32, RTA_FLOW: V.u32,
  RTA_CACHEINFO: struct(32, [U('rta_clntref', 0, 4), U('rta_lastuse', 4, 4), U('rta_expires', 8, 4), U('rta_error', 12, 4),
    U('rta_used', 16, 4), X('rta_id', 20, 4), U('rta_ts', 24, 4), U('rta_tsage', 28, 4)]),
  RTA_MP_ALGO: V.u32, RTA_TABLE: rtClass, RTA_MARK: V.u32,
  RTA_MFC_STATS: struct(24, [U('mfcs_packets', 0, 8), U('mfcs_bytes', 8, 8), U('mfcs_wrong_if', 16, 8)]),
  RTA_VIA: rtvia, RTA_NEWDST: V.familyAddr, RTA_PREF: V.u8, RTA_ENCAP_TYPE: V.xv(R.LWTUNNEL_ENCAP_TYPES, 'LWTUNNEL_ENCAP_???', 2),
  RTA_EXPIRES: V.u64, RTA_UID: V.u32, RTA_TTL_PROPAGATE: V.u8, RTA_IP_PROTO: V.u8, RTA_SPORT: V.u16, RTA_DPORT: V.u16,
});

/** RTA_MULTIPATH: struct rtnexthop records, each followed by route attributes. */
function multipath(v: Bytes, off: number, len: number, ctx: NlaCtx): string | null {
  const RTNH_SIZE = 8;
  if (len < RTNH_SIZE) return null;
  let s = '';
  let isArray = false;
  let cur = off;
  let left = len;
  for (;;) {
    if (!v.has(cur, RTNH_SIZE)) {
      s += v.addr(cur);
      break;
    }
    const nhLen = v.u16(cur);
    const shown = Math.min(left, nhLen);
    if (cur === off && nhLen < len) {
      s += '[';
      isArray = true;
    }
    if (cur > off) s += ', ';
    const head = `{rtnh_len=${nhLen}, rtnh_flags=${xflags(R.NEXTHOP_FLAGS, v.u8(cur + 2), 'RTNH_F_???')}, ` +
      `rtnh_hops=${v.u8(cur + 3)}, rtnh_ifindex=${ifindexText(v.u32(cur + 4))}}`;
    s += shown > RTNH_SIZE ? `[${head}, ${nlattrs(v, cur + RTNH_SIZE, shown - RTNH_SIZE, ROUTE, ctx)}]` : head;
    const step = (shown + 3) & ~3;
    if (step >= left) break;
    cur += step;
    left -= step;
  }
  return isArray ? s + ']' : s;
}

const FDB_EXT = attrTable(R.NEIGH_FDB_EXT_ATTRS, 'NFEA_???', {
  NFEA_ACTIVITY_NOTIFY: V.flags(R.FDB_NOTIFY_FLAGS, 'FDB_NOTIFY_???', 1),
});
const NEIGH = attrTable(R.NEIGH_ATTRS, 'NDA_???', {
  NDA_DST: V.familyAddr, NDA_LLADDR: V.hwaddr, NDA_PROBES: V.u32, NDA_VLAN: V.u16, NDA_PORT: V.be16,
  NDA_VNI: V.u32, NDA_IFINDEX: V.ifindex, NDA_MASTER: V.ifindex, NDA_LINK_NETNSID: V.u32, NDA_SRC_VNI: V.u32,
  NDA_PROTOCOL: V.ipProto, NDA_NH_ID: V.u32,
  NDA_CACHEINFO: struct(16, [U('ndm_confirmed', 0, 4), U('ndm_used', 4, 4), U('ndm_updated', 8, 4), U('ndm_refcnt', 12, 4)]),
  NDA_FDB_EXT_ATTRS: nested(FDB_EXT), NDA_FLAGS_EXT: V.flags(R.NTF_EXT_FLAGS, 'NTF_EXT_???', 4),
  NDA_NDM_STATE_MASK: V.flags(R.NUD_STATES, 'NUD_???', 2), NDA_NDM_FLAGS_MASK: V.flags(R.NTF_FLAGS, 'NTF_???', 1),
});

const RULE = attrTable(R.RULE_ATTRS, 'FRA_???', {
  FRA_DST: V.familyAddr, FRA_SRC: V.familyAddr, FRA_IIFNAME: V.str, FRA_GOTO: V.u32, FRA_PRIORITY: V.u32,
  FRA_FWMARK: V.u32, FRA_FLOW: V.u32, FRA_TUN_ID: V.be64, FRA_SUPPRESS_IFGROUP: V.u32,
  FRA_SUPPRESS_PREFIXLEN: V.u32, FRA_TABLE: rtClass, FRA_FWMASK: V.u32, FRA_OIFNAME: V.str, FRA_L3MDEV: V.u8,
  FRA_UID_RANGE: struct(8, [U('start', 0, 4), U('end', 4, 4)]),
  FRA_PROTOCOL: V.xv(R.ROUTING_PROTOCOLS, 'RTPROT_???', 1),
  FRA_IP_PROTO: V.ipProto,
  FRA_SPORT_RANGE: struct(4, [U('start', 0, 2), U('end', 2, 2)]),
  FRA_DPORT_RANGE: struct(4, [U('start', 0, 2), U('end', 2, 2)]),
});

const TCA_STATS = attrTable(R.TCA_STATS_ATTRS, 'TCA_STATS_???', {
  TCA_STATS_BASIC: struct(12, [U('bytes', 0, 8), U('packets', 8, 4)]),
  TCA_STATS_RATE_EST: struct(8, [U('bps', 0, 4), U('pps', 4, 4)]),
  TCA_STATS_QUEUE: struct(20, [U('qlen', 0, 4), U('backlog', 4, 4), U('drops', 8, 4), U('requeues', 12, 4),
    U('overlimits', 16, 4)]),
  TCA_STATS_RATE_EST64: struct(16, [U('bps', 0, 8), U('pps', 8, 8)]),
  TCA_STATS_BASIC_HW: struct(12, [U('bytes', 0, 8), U('packets', 8, 4)]),
  TCA_STATS_PKT64: V.u64,
});
const TCA_STAB = attrTable(R.TCA_STAB_ATTRS, 'TCA_STAB_???', {
  TCA_STAB_BASE: struct(24, [U('cell_log', 0, 1), U('size_log', 1, 1), D('cell_align', 2, 2), D('overhead', 4, 4),
    U('linklayer', 8, 4), U('mpu', 12, 4), U('mtu', 16, 4), U('tsize', 20, 4)]),
  TCA_STAB_DATA: V.arrayDecoder(2, (v, off) => String(v.u16(off))),
});
const TC = attrTable(R.TC_ATTRS, 'TCA_???', {
  TCA_KIND: V.str,
  TCA_STATS: struct(36, [U('bytes', 0, 8), U('packets', 8, 4), U('drops', 12, 4), U('overlimits', 16, 4), U('bps', 20, 4),
    U('pps', 24, 4), U('qlen', 28, 4), U('backlog', 32, 4)]),
  TCA_RATE: struct(2, [D('interval', 0, 1), U('ewma_log', 1, 1)]),
  TCA_FCNT: V.u32, TCA_STATS2: nested(TCA_STATS), TCA_STAB: nested(TCA_STAB), TCA_CHAIN: V.u32, TCA_HW_OFFLOAD: V.u8,
  TCA_INGRESS_BLOCK: V.u32, TCA_EGRESS_BLOCK: V.u32, TCA_DUMP_FLAGS: V.u32,
});

const TC_ACTION = attrTable(R.TCA_ACT_ATTRS, 'TCA_ACT_???', {
  TCA_ACT_KIND: V.str, TCA_ACT_INDEX: V.u32, TCA_ACT_STATS: nested(TCA_STATS),
  TCA_ACT_FLAGS: V.flags(R.TCA_ACT_FLAGS, 'TCA_ACT_FLAGS_???', 4),
  TCA_ACT_HW_STATS: V.flags(R.TCA_ACT_HW_STATS, 'TCA_ACT_HW_STATS_???', 4),
  TCA_ACT_USED_HW_STATS: V.flags(R.TCA_ACT_HW_STATS, 'TCA_ACT_HW_STATS_???', 4),
  TCA_ACT_IN_HW_COUNT: V.u32,
});

const NDT_PARMS = attrTable(R.NEIGHTBL_PARMS_ATTRS, 'NDTPA_???', {
  NDTPA_IFINDEX: V.ifindex, NDTPA_REFCNT: V.u32, NDTPA_REACHABLE_TIME: V.u64, NDTPA_BASE_REACHABLE_TIME: V.u64,
  NDTPA_RETRANS_TIME: V.u64, NDTPA_GC_STALETIME: V.u64, NDTPA_DELAY_PROBE_TIME: V.u64, NDTPA_QUEUE_LEN: V.u32,
  NDTPA_APP_PROBES: V.u32, NDTPA_UCAST_PROBES: V.u32, NDTPA_MCAST_PROBES: V.u32, NDTPA_ANYCAST_DELAY: V.u64,
  NDTPA_PROXY_DELAY: V.u64, NDTPA_PROXY_QLEN: V.u32, NDTPA_LOCKTIME: V.u64, NDTPA_QUEUE_LENBYTES: V.u32,
  NDTPA_MCAST_REPROBES: V.u32, NDTPA_INTERVAL_PROBE_TIME_MS: V.u64,
});
const NDT_STATS_NAMES = ['ndts_allocs', 'ndts_destroys', 'ndts_hash_grows', 'ndts_res_failed', 'ndts_lookups', 'ndts_hits',
  'ndts_rcv_probes_mcast', 'ndts_rcv_probes_ucast', 'ndts_periodic_gc_runs', 'ndts_forced_gc_runs', 'ndts_table_fulls'];
/** struct ndt_stats: older kernels' one field shorter prints too. */
const ndtStats: NlaDecoder = (v, off, len) => {
  const n = len >= 88 ? 11 : len === 80 ? 10 : 0;
  if (n === 0) return null;
  if (!v.has(off, n * 8)) return v.addr(off);
  return `{${fieldsText(v, off, NDT_STATS_NAMES.slice(0, n).map((name, i) => U(name, i * 8, 8)))}}`;
};
const NEIGHTBL = attrTable(R.NEIGHTBL_ATTRS, 'NDTA_???', {
  NDTA_NAME: V.str, NDTA_THRESH1: V.u32, NDTA_THRESH2: V.u32, NDTA_THRESH3: V.u32,
  NDTA_CONFIG: struct(32, [U('ndtc_key_len', 0, 2), U('ndtc_entry_size', 2, 2), U('ndtc_entries', 4, 4),
    U('ndtc_last_flush', 8, 4), U('ndtc_last_rand', 12, 4), U('ndtc_hash_rnd', 16, 4), X0('ndtc_hash_mask', 20, 4),
    U('ndtc_hash_chain_gc', 24, 4), U('ndtc_proxy_qlen', 28, 4)]),
  NDTA_PARMS: nested(NDT_PARMS), NDTA_STATS: ndtStats, NDTA_GC_INTERVAL: V.u64,
});

const DCB = attrTable(R.DCB_ATTRS, 'DCB_ATTR_???', {});

const NETCONF = attrTable(R.NETCONF_ATTRS, 'NETCONFA_???', {
  NETCONFA_IFINDEX: V.ifindex, NETCONFA_FORWARDING: V.s32, NETCONFA_RP_FILTER: V.s32,
  NETCONFA_MC_FORWARDING: V.s32, NETCONFA_PROXY_NEIGH: V.s32, NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: V.s32,
  NETCONFA_INPUT: V.s32, NETCONFA_BC_FORWARDING: V.s32,
});

const MDB_EATTR = attrTable(R.MDBA_MDB_EATTR_ATTRS, 'MDBA_MDB_EATTR_???', { MDBA_MDB_EATTR_TIMER: V.clockT });
const AF_INET = 2;
const AF_INET6 = 10;
/** struct br_mdb_entry (the group address by its protocol) and then its attributes. */
const mdbEntry: NlaDecoder = (v, off, len) => {
  const SIZE = 28;
  if (len < SIZE) return null;
  if (!v.has(off, SIZE)) return v.addr(off);
  const proto = v.u16be(off + 24);
  const af = proto === 0x0800 ? AF_INET : proto === 0x86dd ? AF_INET6 : proto;
  let s = `{ifindex=${ifindexText(v.u32(off))}, state=${xval(R.MDB_STATES, v.u8(off + 4), 'MDB_???')}, ` +
    `flags=${xflags(R.MDB_FLAGS, v.u8(off + 5), 'MDB_FLAGS_???')}, vid=${v.u16(off + 6)}, ` +
    // proto is a member of struct br_mdb_entry's addr.
    `addr={${V.inetAddrField(v, off + 8, 16, af, 'u')}, proto=htons(${xval(N.ADDRESS_FAMILIES, proto, 'AF_???')})}}`;
  if (len > SIZE) s += ', ' + nlattrs(v, off + SIZE, len - SIZE, MDB_EATTR);
  return s;
};
const MDB_ENTRY = attrTable(R.MDBA_MDB_ENTRY_ATTRS, 'MDBA_MDB_ENTRY_???', { MDBA_MDB_ENTRY_INFO: mdbEntry });
const MDB_MDB = attrTable(R.MDBA_MDB_ATTRS, 'MDBA_MDB_???', { MDBA_MDB_ENTRY: nested(MDB_ENTRY) });
const ROUTER_PATTR = attrTable(R.MDBA_ROUTER_PATTR_ATTRS, 'MDBA_ROUTER_PATTR_???', {
  MDBA_ROUTER_PATTR_TIMER: V.clockT, MDBA_ROUTER_PATTR_INET_TIMER: V.clockT, MDBA_ROUTER_PATTR_INET6_TIMER: V.clockT,
  MDBA_ROUTER_PATTR_TYPE: (v, off) => (v.has(off, 1) ? xval(R.MULTICAST_ROUTER_TYPES, v.u8(off), 'MDB_RTR_TYPE_???') : v.addr(off)),
});
/** MDBA_ROUTER_PORT: an interface index and then its attributes. */
const routerPort: NlaDecoder = (v, off, len) => {
  if (len < 4) return null;
  let s = v.has(off, 4) ? ifindexText(v.u32(off)) : v.addr(off);
  if (len > 4) s += ', ' + nlattrs(v, off + 4, len - 4, ROUTER_PATTR);
  return s;
};
const MDB_ROUTER = attrTable(R.MDBA_ROUTER_ATTRS, 'MDBA_ROUTER_???', { MDBA_ROUTER_PORT: routerPort });
const MDB = attrTable(R.MDB_ATTRS, 'MDBA_???', { MDBA_MDB: nested(MDB_MDB), MDBA_ROUTER: nested(MDB_ROUTER) });

const NSID = attrTable(R.NSID_ATTRS, 'NETNSA_???', {
  NETNSA_NSID: V.s32, NETNSA_PID: V.u32, NETNSA_FD: V.fd, NETNSA_TARGET_NSID: V.s32, NETNSA_CURRENT_NSID: V.s32,
});


/** struct nexthop_grp: its reserved bytes only when set. */
const nhGroup = V.arrayDecoder(8, (v, off) => {
  let s = `{id=${v.u32(off)}, weight=${v.u8(off + 4)}`;
  if (v.u8(off + 5) !== 0) s += `, resvd1=0x${v.u8(off + 5).toString(16)}`;
  if (v.u16(off + 6) !== 0) s += `, resvd2=0x${v.u16(off + 6).toString(16)}`;
  return s + '}';
});
const NHA_RES_GROUP = attrTable(R.NHA_RES_GROUP_ATTRS, 'NHA_RES_GROUP_???', {
  NHA_RES_GROUP_BUCKETS: V.u16, NHA_RES_GROUP_IDLE_TIMER: V.clockT, NHA_RES_GROUP_UNBALANCED_TIMER: V.clockT,
  NHA_RES_GROUP_UNBALANCED_TIME: V.clockT,
});
const NHA_RES_BUCKET = attrTable(R.NHA_RES_BUCKET_ATTRS, 'NHA_RES_BUCKET_???', {
  NHA_RES_BUCKET_INDEX: V.u16, NHA_RES_BUCKET_IDLE_TIME: V.clockT, NHA_RES_BUCKET_NH_ID: V.u32,
});
const NEXTHOP = attrTable(R.NEXTHOP_ATTRS, 'NHA_???', {
  NHA_ID: V.u32, NHA_GROUP: nhGroup, NHA_GROUP_TYPE: V.xv(R.NEXTHOP_GRP_TYPES, 'NEXTHOP_GRP_TYPE_???', 2),
  NHA_BLACKHOLE: V.u32, NHA_OIF: V.ifindex, NHA_GATEWAY: V.familyAddr,
  NHA_ENCAP_TYPE: V.xv(R.LWTUNNEL_ENCAP_TYPES, 'LWTUNNEL_ENCAP_???', 2), NHA_GROUPS: V.u32, NHA_MASTER: V.ifindex,
  NHA_FDB: V.u32, NHA_RES_GROUP: nested(NHA_RES_GROUP), NHA_RES_BUCKET: nested(NHA_RES_BUCKET),
});

const ADDRLABEL = attrTable(R.ADDRLABEL_ATTRS, 'IFAL_???', {
  IFAL_ADDRESS: V.familyAddr, IFAL_LABEL: V.u32,
});

/** `1<<IFLA_STATS_LINK_64|...`: the filter mask's bits by attribute type. */
function statsMask(n: number): string {
  const bits: [number, string][] = [];
  for (const [v, name] of xlatEntries(R.STATS_ATTRS)) if (v < 32) bits.push([(1 << v) >>> 0, `1<<${name}`]);
  return xflags(bits, n, '1<<IFLA_STATS_???');
}

const IPMRA = attrTable(R.IPMRA_CREPORT_ATTRS, 'IPMRA_CREPORT_???', {
  IPMRA_CREPORT_MSGTYPE: V.xv(R.IPMRA_MSG_TYPES, 'IGMPMSG_???', 1), IPMRA_CREPORT_VIF_ID: V.u32, IPMRA_CREPORT_TABLE: V.u32, IPMRA_CREPORT_SRC_ADDR: V.inAddr,
  IPMRA_CREPORT_DST_ADDR: V.inAddr,
});
const IP6MRA = attrTable(R.IP6MRA_CREPORT_ATTRS, 'IP6MRA_CREPORT_???', {
  IP6MRA_CREPORT_MSGTYPE: V.xv(R.IP6MRA_MSG_TYPES, 'MRT6MSG_???', 1), IP6MRA_CREPORT_MIF_ID: V.u32, IP6MRA_CREPORT_SRC_ADDR: V.in6Addr,
  IP6MRA_CREPORT_DST_ADDR: V.in6Addr,
});
const RTNL_FAMILIES: XlatEntries = [[128, 'RTNL_FAMILY_IPMR'], [129, 'RTNL_FAMILY_IP6MR']];
function cachereport(v: Bytes, off: number, len: number): string {
  const family = v.u8(off);
  const known = nameOf(RTNL_FAMILIES, family) !== undefined || nameOf(N.ADDRESS_FAMILIES, family) !== undefined;
  const fam = known ? xval([...RTNL_FAMILIES, ...xlatEntries(N.ADDRESS_FAMILIES)], family) : xval([], family, 'RTNL_FAMILY_???');
  let s = `{rtgen_family=${fam}}`;
  if (len > 4) {
    const t = family === 128 ? IPMRA : family === 129 ? IP6MRA : undefined;
    s += ', ' + (t === undefined ? v.str(off + 4, len - 4) : nlattrs(v, off + 4, len - 4, t));
  }
  return s;
}
void nlattrs;

export const ROUTE_ATTRS = {
  link: LINK, addr: ADDR, route: ROUTE, neigh: NEIGH, rule: RULE, tc: TC, tcAction: TC_ACTION,
  neightbl: NEIGHTBL, dcb: DCB, netconf: NETCONF, mdb: MDB, nsid: NSID, stats: STATS, nexthop: NEXTHOP,
  addrlabel: ADDRLABEL, statsMask, cachereport,
};
