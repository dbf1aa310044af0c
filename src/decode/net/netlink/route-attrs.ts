/**
 * NETLINK_ROUTE attribute tables: for each family header, its attributes' types and how
 * their data prints.
 */
import * as R from '../../xlat/rtnl.gen.js';
import { attrTable } from './table.js';
import { nlattrs, type NlaDecoder } from './nlattr.js';
import * as V from './values.js';
import { nameOf, xflags, xval } from '../xval.js';
import * as N from '../../xlat/net.gen.js';
import type { XlatEntries } from '../../xlat/index.js';
import type { Bytes } from '../bytes.js';
import { fieldsText, U } from '../fields.js';
import { LINK } from './link-attrs.js';

/** A structure of `size` bytes printed by its fields (null when the data is shorter). */
export function struct(size: number, fields: Parameters<typeof fieldsText>[2]): NlaDecoder {
  return (v, off, len) => {
    if (len < size) return null;
    return v.has(off, size) ? `{${fieldsText(v, off, fields)}}` : v.addr(off);
  };
}

const rtClass = V.xv(R.ROUTING_TABLE_IDS, undefined, 4, 'u');

const ADDR = attrTable(R.ADDR_ATTRS, 'IFA_???', {
  IFA_ADDRESS: V.familyAddr, IFA_LOCAL: V.familyAddr, IFA_LABEL: V.str, IFA_BROADCAST: V.familyAddr,
  IFA_ANYCAST: V.familyAddr, IFA_MULTICAST: V.familyAddr,
  IFA_CACHEINFO: struct(16, [U('ifa_prefered', 0, 4), U('ifa_valid', 4, 4), U('cstamp', 8, 4), U('tstamp', 12, 4)]),
  IFA_FLAGS: V.flags(R.IFA_FLAGS, 'IFA_F_???', 4), IFA_RT_PRIORITY: V.u32, IFA_TARGET_NETNSID: V.s32,
});

const ROUTE = attrTable(R.ROUTE_ATTRS, 'RTA_???', {
  RTA_DST: V.familyAddr, RTA_SRC: V.familyAddr, RTA_IIF: V.ifindex, RTA_OIF: V.ifindex, RTA_GATEWAY: V.familyAddr,
  RTA_PRIORITY: V.u32, RTA_PREFSRC: V.familyAddr, RTA_PROTOINFO: V.u32, RTA_FLOW: V.u32,
  RTA_TABLE: rtClass, RTA_MARK: V.u32, RTA_NEWDST: V.familyAddr, RTA_PREF: V.u8, RTA_EXPIRES: V.u64,
  RTA_UID: V.u32, RTA_TTL_PROPAGATE: V.u8, RTA_IP_PROTO: V.u8, RTA_SPORT: V.u16, RTA_DPORT: V.u16,
});

const NEIGH = attrTable(R.NEIGH_ATTRS, 'NDA_???', {
  NDA_DST: V.familyAddr, NDA_LLADDR: V.hwaddr, NDA_PROBES: V.u32, NDA_VLAN: V.u16, NDA_PORT: V.be16,
  NDA_VNI: V.u32, NDA_IFINDEX: V.ifindex, NDA_MASTER: V.ifindex, NDA_LINK_NETNSID: V.u32, NDA_SRC_VNI: V.u32,
  NDA_PROTOCOL: V.ipProto, NDA_NH_ID: V.u32,
  NDA_CACHEINFO: struct(16, [U('ndm_confirmed', 0, 4), U('ndm_used', 4, 4), U('ndm_updated', 8, 4), U('ndm_refcnt', 12, 4)]),
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

const TC = attrTable(R.TC_ATTRS, 'TCA_???', {
  TCA_KIND: V.str, TCA_FCNT: V.u32, TCA_CHAIN: V.u32, TCA_HW_OFFLOAD: V.u8, TCA_INGRESS_BLOCK: V.u32,
  TCA_EGRESS_BLOCK: V.u32, TCA_DUMP_FLAGS: V.u32,
});

const TC_ACTION = attrTable(R.TCA_ACT_ATTRS, 'TCA_ACT_???', {
  TCA_ACT_KIND: V.str, TCA_ACT_INDEX: V.u32, TCA_ACT_IN_HW_COUNT: V.u32,
});

const NEIGHTBL = attrTable(R.NEIGHTBL_ATTRS, 'NDTA_???', {
  NDTA_NAME: V.str, NDTA_THRESH1: V.u32, NDTA_THRESH2: V.u32, NDTA_THRESH3: V.u32, NDTA_GC_INTERVAL: V.u64,
});

const DCB = attrTable(R.DCB_ATTRS, 'DCB_ATTR_???', {});

const NETCONF = attrTable(R.NETCONF_ATTRS, 'NETCONFA_???', {
  NETCONFA_IFINDEX: V.ifindex, NETCONFA_FORWARDING: V.s32, NETCONFA_RP_FILTER: V.s32,
  NETCONFA_MC_FORWARDING: V.s32, NETCONFA_PROXY_NEIGH: V.s32, NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: V.s32,
  NETCONFA_INPUT: V.s32, NETCONFA_BC_FORWARDING: V.s32,
});

const MDB = attrTable(R.MDB_ATTRS, 'MDBA_???', {});

const NSID = attrTable(R.NSID_ATTRS, 'NETNSA_???', {
  NETNSA_NSID: V.s32, NETNSA_PID: V.u32, NETNSA_FD: V.fd, NETNSA_TARGET_NSID: V.s32, NETNSA_CURRENT_NSID: V.s32,
});

const STATS = attrTable(R.STATS_ATTRS, 'IFLA_STATS_???', {});

const NEXTHOP = attrTable(R.NEXTHOP_ATTRS, 'NHA_???', {
  NHA_ID: V.u32, NHA_BLACKHOLE: V.u32, NHA_OIF: V.ifindex, NHA_GATEWAY: V.familyAddr, NHA_GROUPS: V.u32,
  NHA_MASTER: V.ifindex, NHA_FDB: V.u32,
});

const ADDRLABEL = attrTable(R.ADDRLABEL_ATTRS, 'IFAL_???', {
  IFAL_ADDRESS: V.familyAddr, IFAL_LABEL: V.u32,
});

/** `1<<IFLA_STATS_LINK_64|...`: the filter mask's bits by attribute type. */
function statsMask(n: number): string {
  const bits: [number, string][] = [];
  for (const [v, name] of R.STATS_ATTRS) if (v < 32) bits.push([(1 << v) >>> 0, `1<<${name}`]);
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
  const fam = known ? xval([...RTNL_FAMILIES, ...N.ADDRESS_FAMILIES], family) : xval([], family, 'RTNL_FAMILY_???');
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
