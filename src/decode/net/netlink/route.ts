/**
 * NETLINK_ROUTE payloads: each message type's family header (ifinfomsg, ifaddrmsg, rtmsg
 * ...) and then its attributes, as strace's rtnl decoders print them. A header shorter
 * than its structure prints its family and `...`; attributes follow the aligned header.
 */
import * as N from '../../xlat/net.gen.js';
import * as G from '../../xlat/netlink.gen.js';
import * as R from '../../xlat/rtnl.gen.js';
import type { Bytes } from '../bytes.js';
import { D, FL, fieldsText, IFINDEX, PAD, U, X, XV, type Field } from '../fields.js';
import { xval } from '../xval.js';
import { nlattrs, type NlaCtx, type NlaTable } from './nlattr.js';
import { defineNetlinkProtocol, type NlHeader } from './nlmsg.js';
import { NETLINK_ROUTE } from './protocols.js';
import { ROUTE_ATTRS } from './route-attrs.js';
import { xlatEntries } from '../../xlat/text.js';

const AF_BRIDGE = 7;

export interface RtnlHeader {
  /** The structure's name prefix for the family field (`ifi_`, `ifa_` ...). */
  readonly family: string;
  readonly size: number;
  /** The fields after the family byte. */
  readonly fields: readonly Field[];
  readonly attrs?: NlaTable;
  /** What the attribute decoders need from the header. */
  readonly ctx?: (v: Bytes, off: number) => NlaCtx;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function familyText(af: number): string {
  return xval(N.ADDRESS_FAMILIES, af, 'AF_???');
}

/** A family header and its attributes. */
export function rtnlMessage(v: Bytes, off: number, len: number, h: RtnlHeader): string {
  let s = `{${h.family}=${familyText(v.u8(off))}`;
  let attrs = false;
  if (h.fields.length > 0) {
    s += ', ';
    if (len >= h.size) {
      if (v.has(off, h.size)) {
        s += fieldsText(v, off, h.fields);
        attrs = true;
      } else {
        s += v.addr(off + 1);
      }
    } else {
      s += '...';
    }
  } else {
    attrs = true;
  }
  s += '}';
  const at = align4(h.size);
  if (attrs && len > at && h.attrs) {
    s += ', ' + nlattrs(v, off + at, len - at, h.attrs, { family: v.u8(off), ...h.ctx?.(v, off) });
  } else if (attrs && len > at) {
    s += ', ' + v.str(off + at, len - at);
  }
  return s;
}

const A = ROUTE_ATTRS;

export const IFINFOMSG: RtnlHeader = {
  family: 'ifi_family', size: 16, attrs: A.link,
  fields: [XV('ifi_type', 2, 2, R.ARP_HARDWARE_TYPES, 'ARPHRD_???'), IFINDEX('ifi_index', 4),
    FL('ifi_flags', 8, 4, R.IFF_FLAGS, 'IFF_???'), X('ifi_change', 12, 4)],
  ctx: (v, off) => ({ arphrd: v.u16(off + 2) }),
};
const IFADDRMSG: RtnlHeader = {
  family: 'ifa_family', size: 8, attrs: A.addr,
  fields: [U('ifa_prefixlen', 1, 1), FL('ifa_flags', 2, 1, R.IFA_FLAGS, 'IFA_F_???'),
    XV('ifa_scope', 3, 1, R.ROUTING_SCOPES), IFINDEX('ifa_index', 4)],
};
const RTMSG: RtnlHeader = {
  family: 'rtm_family', size: 12, attrs: A.route,
  fields: [U('rtm_dst_len', 1, 1), U('rtm_src_len', 2, 1), FL('rtm_tos', 3, 1, R.IP_TOS, 'IPTOS_TOS_???'),
    XV('rtm_table', 4, 1, R.ROUTING_TABLE_IDS), XV('rtm_protocol', 5, 1, R.ROUTING_PROTOCOLS, 'RTPROT_???'),
    XV('rtm_scope', 6, 1, R.ROUTING_SCOPES), XV('rtm_type', 7, 1, R.ROUTING_TYPES, 'RTN_???'),
    FL('rtm_flags', 8, 4, R.ROUTE_FLAGS, 'RTM_F_???')],
};
const NDMSG: RtnlHeader = {
  family: 'ndm_family', size: 12, attrs: A.neigh,
  fields: [IFINDEX('ndm_ifindex', 4), FL('ndm_state', 8, 2, R.NUD_STATES, 'NUD_???'),
    FL('ndm_flags', 10, 1, R.NTF_FLAGS, 'NTF_???'), XV('ndm_type', 11, 1, R.ROUTING_TYPES, 'RTN_???')],
};
const FIB_RULE_HDR: RtnlHeader = {
  family: 'family', size: 12, attrs: A.rule,
  fields: [U('dst_len', 1, 1), U('src_len', 2, 1), FL('tos', 3, 1, R.IP_TOS, 'IPTOS_TOS_???'),
    XV('table', 4, 1, R.ROUTING_TABLE_IDS, 'RT_TABLE_???'), XV('action', 7, 1, R.FIB_RULE_ACTIONS, 'FR_ACT_???'),
    FL('flags', 8, 4, R.FIB_RULE_FLAGS, 'FIB_RULE_???')],
};
const TCMSG: RtnlHeader = {
  family: 'tcm_family', size: 20, attrs: A.tc,
  fields: [IFINDEX('tcm_ifindex', 4), U('tcm_handle', 8, 4), U('tcm_parent', 12, 4), U('tcm_info', 16, 4)],
};
const TCAMSG: RtnlHeader = { family: 'tca_family', size: 4, fields: [], attrs: A.tcAction };
const NDTMSG: RtnlHeader = { family: 'ndtm_family', size: 4, fields: [], attrs: A.neightbl };
const DCBMSG: RtnlHeader = {
  family: 'dcb_family', size: 4, attrs: A.dcb, fields: [XV('cmd', 1, 1, R.DCB_COMMANDS, 'DCB_CMD_???')],
};
const NETCONFMSG: RtnlHeader = { family: 'ncm_family', size: 1, fields: [], attrs: A.netconf };
const BR_PORT_MSG: RtnlHeader = { family: 'family', size: 8, fields: [IFINDEX('ifindex', 4)], attrs: A.mdb };
const NSID: RtnlHeader = { family: 'rtgen_family', size: 1, fields: [], attrs: A.nsid };
const IFSTATSMSG: RtnlHeader = {
  family: 'family', size: 12, attrs: A.stats,
  fields: [PAD('pad1', 1, 1), PAD('pad2', 2, 2), IFINDEX('ifindex', 4),
    { name: 'filter_mask', off: 8, size: 4, print: (n) => A.statsMask(n) }],
};
const NHMSG: RtnlHeader = {
  family: 'nh_family', size: 8, attrs: A.nexthop,
  fields: [XV('nh_scope', 1, 1, R.ROUTING_SCOPES), XV('nh_protocol', 2, 1, R.ROUTING_PROTOCOLS, 'RTPROT_???'),
    PAD('resvd', 3, 1), FL('nh_flags', 4, 4, R.NEXTHOP_FLAGS, 'RTNH_F_???')],
};
const IFADDRLBLMSG: RtnlHeader = {
  family: 'ifal_family', size: 12, attrs: A.addrlabel,
  fields: [U('ifal_prefixlen', 2, 1), U('ifal_flags', 3, 1), IFINDEX('ifal_index', 4), U('ifal_seq', 8, 4)],
};
void D;

/** Headers by message type (RTM_NEWLINK ...), from the generated type table's names. */
const BY_NAME: Readonly<Record<string, RtnlHeader | ((v: Bytes, off: number) => RtnlHeader)>> = {
  LINK: IFINFOMSG, ADDR: IFADDRMSG, MULTICAST: IFADDRMSG, ANYCAST: IFADDRMSG, ROUTE: RTMSG,
  NEIGH: NDMSG, RULE: FIB_RULE_HDR, QDISC: TCMSG, TCLASS: TCMSG, TFILTER: TCMSG, CHAIN: TCMSG,
  ACTION: TCAMSG, NEIGHTBL: NDTMSG, ADDRLABEL: IFADDRLBLMSG, DCB: DCBMSG, NETCONF: NETCONFMSG,
  MDB: BR_PORT_MSG, NSID, STATS: IFSTATSMSG, NEXTHOP: NHMSG,
};
const HEADERS = new Map<number, RtnlHeader>();
for (const [type, name] of xlatEntries(G.NL_ROUTE_TYPES)) {
  const what = /^RTM_(?:NEW|DEL|GET|SET)(\w+)$/.exec(name)?.[1];
  const h = what === undefined ? undefined : BY_NAME[what];
  if (h !== undefined && typeof h !== 'function') HEADERS.set(type, h);
}
const RTM_GETNEIGH = 30;
const RTM_NEWCACHEREPORT = 96;

function payload(v: Bytes, off: number, len: number, h: NlHeader): string | null {
  const NLMSG_DONE = 3;
  if (h.type === NLMSG_DONE) return null;
  if (!v.has(off, 1)) return v.addr(off);
  const family = v.u8(off);
  if (h.type === RTM_NEWCACHEREPORT) return A.cachereport(v, off, len);
  const header = h.type === RTM_GETNEIGH && family === AF_BRIDGE ? IFINFOMSG : HEADERS.get(h.type);
  if (header !== undefined) return rtnlMessage(v, off, len, header);
  // Unknown types: the family and the rest in hex.
  let s = `{family=${familyText(family)}`;
  if (len > 1) s += `, data=${v.str(off + 1, len - 1)}`;
  return s + '}';
}

defineNetlinkProtocol(NETLINK_ROUTE, {
  typeText: (type) => xval(G.NL_ROUTE_TYPES, type, 'RTM_???'),
  typeFlags: (type) => {
    const RTM_DELACTION = 49;
    if (type === RTM_DELACTION) return G.NETLINK_GET_FLAGS;
    return [G.NETLINK_NEW_FLAGS, G.NETLINK_DELETE_FLAGS, G.NETLINK_GET_FLAGS][type & 3];
  },
  payload,
});
