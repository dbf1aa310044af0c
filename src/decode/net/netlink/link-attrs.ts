/**
 * RTM_*LINK attributes (struct ifinfomsg's IFLA_*), as strace's rtnl_link decoders print
 * them: link statistics, bridge port and IPv6 settings (IFLA_PROTINFO), link kinds with
 * their data (IFLA_LINKINFO), SR-IOV VFs, ports, XDP, per-family settings (IFLA_AF_SPEC).
 */
import * as N from '../../xlat/net.gen.js';
import * as R from '../../xlat/rtnl.gen.js';
import type { Bytes } from '../bytes.js';
import { fieldsText, U, X, XV, type Field } from '../fields.js';
import { hwaddrText } from '../inet.js';
import { xflags, xval } from '../xval.js';
import { nested, nlattrs, type NlaDecoder, type NlaTable } from './nlattr.js';
import { attrTable } from './table.js';
import * as V from './values.js';
import { xlatEntries } from '../../xlat/text.js';

const AF_INET = 2;
const AF_BRIDGE = 7;
const AF_INET6 = 10;
const AF_MCTP = 45;

/** Consecutive unsigned fields of one size, named in order. */
function uints(names: readonly string[], size: 4 | 8, from = 0): Field[] {
  return names.map((n, i) => U(n, from + i * size, size));
}

/** A structure of fields (null when the data is shorter than `size`). */
const fieldStruct = (size: number, fields: readonly Field[], rest = false): NlaDecoder =>
  V.structOf(size, (v, off) => fieldsText(v, off, fields), rest);

const LINK_STATS_NAMES = ['rx_packets', 'tx_packets', 'rx_bytes', 'tx_bytes', 'rx_errors', 'tx_errors', 'rx_dropped',
  'tx_dropped', 'multicast', 'collisions', 'rx_length_errors', 'rx_over_errors', 'rx_crc_errors', 'rx_frame_errors',
  'rx_fifo_errors', 'rx_missed_errors', 'tx_aborted_errors', 'tx_carrier_errors', 'tx_fifo_errors',
  'tx_heartbeat_errors', 'tx_window_errors', 'rx_compressed', 'tx_compressed', 'rx_nohandler', 'rx_otherhost_dropped'];

/**
 * struct rtnl_link_stats(64): the sizes older kernels sent print their fields, anything
 * else shorter than the whole is hex.
 */
function linkStats(size: 4 | 8, lastFields: number): NlaDecoder {
  const min = 23;
  return (v, off, len) => {
    let n = 0;
    for (let k = min + lastFields; k >= min; k--) {
      if (k === min + lastFields ? len >= k * size : len === k * size) {
        n = k;
        break;
      }
    }
    if (n === 0) return null;
    if (!v.has(off, n * size)) return v.addr(off);
    return `{${fieldsText(v, off, uints(LINK_STATS_NAMES.slice(0, n), size))}}`;
  };
}
const linkStats32 = linkStats(4, 1);
export const linkStats64 = linkStats(8, 2);

const ifmap = fieldStruct(28, [X('mem_start', 0, 8), X('mem_end', 8, 8), X('base_addr', 16, 8), U('irq', 24, 2),
  U('dma', 26, 1), U('port', 27, 1)]);

const mac = (v: Bytes, off: number, len: number): string => hwaddrText(v.b, off, len);

/** struct ifla_bridge_id: `{prio=[128, 0], addr=...}`. */
const bridgeId = V.structOf(8, (v, off) => `prio=[${v.u8(off)}, ${v.u8(off + 1)}], addr=${mac(v, off + 2, 6)}`);

const u8s = (...names: string[]): Record<string, NlaDecoder> => Object.fromEntries(names.map((n) => [n, V.u8]));

export const BRPORT = attrTable(R.BRPORT_ATTRS, 'IFLA_BRPORT_???', {
  ...u8s('IFLA_BRPORT_STATE', 'IFLA_BRPORT_MODE', 'IFLA_BRPORT_GUARD', 'IFLA_BRPORT_PROTECT', 'IFLA_BRPORT_FAST_LEAVE',
    'IFLA_BRPORT_LEARNING', 'IFLA_BRPORT_UNICAST_FLOOD', 'IFLA_BRPORT_PROXYARP', 'IFLA_BRPORT_LEARNING_SYNC',
    'IFLA_BRPORT_PROXYARP_WIFI', 'IFLA_BRPORT_TOPOLOGY_CHANGE_ACK', 'IFLA_BRPORT_CONFIG_PENDING',
    'IFLA_BRPORT_MULTICAST_ROUTER', 'IFLA_BRPORT_MCAST_FLOOD', 'IFLA_BRPORT_MCAST_TO_UCAST', 'IFLA_BRPORT_VLAN_TUNNEL',
    'IFLA_BRPORT_BCAST_FLOOD', 'IFLA_BRPORT_NEIGH_SUPPRESS', 'IFLA_BRPORT_ISOLATED', 'IFLA_BRPORT_MRP_RING_OPEN',
    'IFLA_BRPORT_MRP_IN_OPEN', 'IFLA_BRPORT_LOCKED'),
  IFLA_BRPORT_PRIORITY: V.u16, IFLA_BRPORT_COST: V.u32, IFLA_BRPORT_DESIGNATED_PORT: V.u16,
  IFLA_BRPORT_DESIGNATED_COST: V.u16, IFLA_BRPORT_ID: V.u16, IFLA_BRPORT_NO: V.u16,
  IFLA_BRPORT_ROOT_ID: bridgeId, IFLA_BRPORT_BRIDGE_ID: bridgeId,
  IFLA_BRPORT_MESSAGE_AGE_TIMER: V.clockT, IFLA_BRPORT_FORWARD_DELAY_TIMER: V.clockT, IFLA_BRPORT_HOLD_TIMER: V.clockT,
  IFLA_BRPORT_GROUP_FWD_MASK: V.x16, IFLA_BRPORT_BACKUP_PORT: V.ifindex,
  IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT: V.u32, IFLA_BRPORT_MCAST_EHT_HOSTS_CNT: V.u32,
});

/** Arrays indexed by a table: `[[DEVCONF_FORWARDING]=1, ...]`. */
function indexed(size: 4 | 8, signed: boolean, table: typeof R.SNMP_IP_STATS, dflt: string): NlaDecoder {
  const fmt = signed ? 'd' : 'u';
  const read = size === 8 ? (v: Bytes, o: number) => String(v.u64(o)) : signed ? (v: Bytes, o: number) => String(v.s32(o))
    : (v: Bytes, o: number) => String(v.u32(o));
  return V.arrayDecoder(size, read, (i) => xval(table, i, dflt, fmt));
}

export const INET6 = attrTable(R.INET6_ATTRS, 'IFLA_INET6_???', {
  IFLA_INET6_FLAGS: V.flags(R.INET6_IF_FLAGS, 'IF_???', 4),
  IFLA_INET6_CONF: indexed(4, true, R.INET6_DEVCONF_INDICES, 'DEVCONF_???'),
  IFLA_INET6_STATS: indexed(8, false, R.SNMP_IP_STATS, 'IPSTATS_MIB_???'),
  IFLA_INET6_CACHEINFO: fieldStruct(16, uints(['max_reasm_len', 'tstamp', 'reachable_time', 'retrans_time'], 4)),
  IFLA_INET6_ICMP6STATS: indexed(8, false, R.SNMP_ICMP6_STATS, 'ICMP6_MIB_???'),
  IFLA_INET6_TOKEN: V.in6Addr,
  IFLA_INET6_ADDR_GEN_MODE: V.xv(R.IN6_ADDR_GEN_MODE, 'IN6_ADDR_GEN_MODE_???', 1),
  IFLA_INET6_RA_MTU: V.u32,
});
const INET = attrTable(R.AF_SPEC_INET_ATTRS, 'IFLA_INET_???', {
  IFLA_INET_CONF: indexed(4, true, R.INET_DEVCONF_INDICES, 'IPV4_DEVCONF_???'),
});
const MCTP = attrTable(R.AF_SPEC_MCTP_ATTRS, 'IFLA_MCTP_???', { IFLA_MCTP_NET: V.u32 });

/** Attributes whose table depends on an address family (strace's decode_nla_af_spec); hex for others. */
export function byFamily(tables: Readonly<Record<number, NlaTable>>, af: number): NlaDecoder {
  return (v, off, len, ctx) => {
    const t = tables[af];
    return t === undefined ? v.str(off, len) : nlattrs(v, off, len, t, ctx);
  };
}

const protinfo: NlaDecoder = (v, off, len, ctx) =>
  byFamily({ [AF_BRIDGE]: BRPORT, [AF_INET6]: INET6 }, ctx['family'] ?? -1)(v, off, len, ctx);

// IFLA_LINKINFO: the kind (and the slave's kind) says how IFLA_INFO_DATA and the rest print.
const BR_QUERIER = attrTable(R.BR_MCAST_QUERIER_ATTRS, 'BRIDGE_QUERIER_???', {
  BRIDGE_QUERIER_IP_ADDRESS: V.inAddr, BRIDGE_QUERIER_IP_PORT: V.ifindex, BRIDGE_QUERIER_IP_OTHER_TIMER: V.clockT,
  BRIDGE_QUERIER_IPV6_ADDRESS: V.in6Addr, BRIDGE_QUERIER_IPV6_PORT: V.ifindex, BRIDGE_QUERIER_IPV6_OTHER_TIMER: V.clockT,
});
const boolopts = V.structOf(8, (v, off) => `optval=${xflags(R.BR_BOOLOPT_FLAGS, v.u32(off), '1<<BR_BOOLOPT_???')}, ` +
  `optmask=${xflags(R.BR_BOOLOPT_FLAGS, v.u32(off + 4), '1<<BR_BOOLOPT_???')}`);
const clocks = (...names: string[]): Record<string, NlaDecoder> => Object.fromEntries(names.map((n) => [n, V.clockT]));
const INFO_DATA_BRIDGE = attrTable(R.INFO_DATA_BRIDGE_ATTRS, 'IFLA_BR_???', {
  ...clocks('IFLA_BR_FORWARD_DELAY', 'IFLA_BR_HELLO_TIME', 'IFLA_BR_MAX_AGE', 'IFLA_BR_AGEING_TIME', 'IFLA_BR_HELLO_TIMER',
    'IFLA_BR_TCN_TIMER', 'IFLA_BR_TOPOLOGY_CHANGE_TIMER', 'IFLA_BR_GC_TIMER', 'IFLA_BR_MCAST_LAST_MEMBER_INTVL',
    'IFLA_BR_MCAST_MEMBERSHIP_INTVL', 'IFLA_BR_MCAST_QUERIER_INTVL', 'IFLA_BR_MCAST_QUERY_INTVL',
    'IFLA_BR_MCAST_QUERY_RESPONSE_INTVL', 'IFLA_BR_MCAST_STARTUP_QUERY_INTVL'),
  ...u8s('IFLA_BR_VLAN_FILTERING', 'IFLA_BR_TOPOLOGY_CHANGE', 'IFLA_BR_TOPOLOGY_CHANGE_DETECTED', 'IFLA_BR_MCAST_ROUTER',
    'IFLA_BR_MCAST_SNOOPING', 'IFLA_BR_MCAST_QUERY_USE_IFADDR', 'IFLA_BR_MCAST_QUERIER', 'IFLA_BR_NF_CALL_IPTABLES',
    'IFLA_BR_NF_CALL_IP6TABLES', 'IFLA_BR_NF_CALL_ARPTABLES', 'IFLA_BR_VLAN_STATS_ENABLED',
    'IFLA_BR_MCAST_STATS_ENABLED', 'IFLA_BR_MCAST_IGMP_VERSION', 'IFLA_BR_MCAST_MLD_VERSION',
    'IFLA_BR_VLAN_STATS_PER_PORT'),
  IFLA_BR_STP_STATE: V.u32, IFLA_BR_PRIORITY: V.u16, IFLA_BR_VLAN_PROTOCOL: V.etherProto, IFLA_BR_GROUP_FWD_MASK: V.x16,
  IFLA_BR_ROOT_ID: bridgeId, IFLA_BR_BRIDGE_ID: bridgeId, IFLA_BR_ROOT_PORT: V.u16, IFLA_BR_ROOT_PATH_COST: V.u32,
  IFLA_BR_GROUP_ADDR: V.hwaddr, IFLA_BR_MCAST_HASH_ELASTICITY: V.u32, IFLA_BR_MCAST_HASH_MAX: V.u32,
  IFLA_BR_MCAST_LAST_MEMBER_CNT: V.u32, IFLA_BR_MCAST_STARTUP_QUERY_CNT: V.u32, IFLA_BR_VLAN_DEFAULT_PVID: V.u16,
  IFLA_BR_MULTI_BOOLOPT: boolopts, IFLA_BR_MCAST_QUERIER_STATE: nested(BR_QUERIER),
});
const INFO_DATA_TUN = attrTable(R.INFO_DATA_TUN_ATTRS, 'IFLA_TUN_???', {
  IFLA_TUN_OWNER: V.uid, IFLA_TUN_GROUP: V.uid, IFLA_TUN_TYPE: V.xv(R.TUN_DEVICE_TYPES, 'IFF_???', 1),
  ...u8s('IFLA_TUN_PI', 'IFLA_TUN_VNET_HDR', 'IFLA_TUN_PERSIST', 'IFLA_TUN_MULTI_QUEUE'),
  IFLA_TUN_NUM_QUEUES: V.u32, IFLA_TUN_NUM_DISABLED_QUEUES: V.u32,
});
const canStats = fieldStruct(24, uints(['bus_error', 'error_warning', 'error_passive', 'bus_off', 'arbitration_lost',
  'restarts'], 4));

/** A kind as IFLA_INFO_KIND sets it: the bytes before a NUL within the data, '' otherwise. */
function kindOf(v: Bytes, off: number, len: number): string {
  if (len >= 16 || !v.has(off, len)) return '';
  const nul = v.b.subarray(off, off + len).indexOf(0);
  return v.b.toString('latin1', off, nul < 0 ? off + len : off + nul);
}

const linkinfo: NlaDecoder = (v, off, len, ctx) => {
  const state = { kind: '', slaveKind: '' };
  const t = attrTable(R.INFO_ATTRS, 'IFLA_INFO_???', {
    IFLA_INFO_KIND: (v2, o, l) => {
      state.kind = kindOf(v2, o, l);
      return V.str(v2, o, l, ctx);
    },
    IFLA_INFO_DATA: (v2, o, l, c) =>
      state.kind === 'bridge' ? nlattrs(v2, o, l, INFO_DATA_BRIDGE, c)
        : state.kind === 'tun' ? nlattrs(v2, o, l, INFO_DATA_TUN, c) : null,
    IFLA_INFO_XSTATS: (v2, o, l, c) => (state.kind === 'can' ? canStats(v2, o, l, c) : null),
    IFLA_INFO_SLAVE_KIND: (v2, o, l) => {
      state.slaveKind = kindOf(v2, o, l);
      return V.str(v2, o, l, ctx);
    },
    IFLA_INFO_SLAVE_DATA: (v2, o, l, c) => (state.slaveKind === 'bridge' ? nlattrs(v2, o, l, BRPORT, c) : null),
  });
  return nlattrs(v, off, len, t, ctx);
};

// IFLA_VFINFO_LIST: one IFLA_VF_INFO per virtual function.
const vfAnd = (size: number, names: readonly string[]): NlaDecoder => fieldStruct(size, uints(['vf', ...names], 4));
const VF_STATS = attrTable(R.VF_STATS_ATTRS, 'IFLA_VF_STATS_???', Object.fromEntries(
  ['RX_PACKETS', 'TX_PACKETS', 'RX_BYTES', 'TX_BYTES', 'BROADCAST', 'MULTICAST', 'RX_DROPPED', 'TX_DROPPED']
    .map((n) => [`IFLA_VF_STATS_${n}`, V.u64])));
const vfGuid: NlaDecoder = (v, off, len) => {
  if (len !== 12 && len !== 16) return null;
  if (!v.has(off, len)) return v.addr(off);
  const guid = v.u64(off + len - 8);
  return `{vf=${v.u32(off)}, guid=${guid === 0n ? '0' : '0x' + guid.toString(16)}}`;
};
const VF_VLAN_LIST = attrTable(R.VF_VLAN_LIST_ATTRS, 'IFLA_VF_VLAN_INFO_???', {
  IFLA_VF_VLAN_INFO: V.structOf(16, (v, off) => `${fieldsText(v, off, uints(['vf', 'vlan', 'qos'], 4))}, ` +
    `vlan_proto=htons(${xval(N.ETHERNET_PROTOCOLS, v.u16be(off + 12), 'ETH_P_???')})`),
});
const VF_INFO = attrTable(R.VF_INFO_ATTRS, 'IFLA_VF_???', {
  IFLA_VF_MAC: V.structOf(36, (v, off) => `vf=${v.u32(off)}, mac=${mac(v, off + 4, 32)}`),
  IFLA_VF_VLAN: vfAnd(12, ['vlan', 'qos']),
  IFLA_VF_TX_RATE: vfAnd(8, ['rate']),
  IFLA_VF_SPOOFCHK: vfAnd(8, ['setting']),
  IFLA_VF_LINK_STATE: fieldStruct(8, [U('vf', 0, 4), XV('link_state', 4, 4, R.VF_LINK_STATES, 'IFLA_VF_LINK_STATE_???')]),
  IFLA_VF_RATE: vfAnd(12, ['min_tx_rate', 'max_tx_rate']),
  IFLA_VF_RSS_QUERY_EN: vfAnd(8, ['setting']),
  IFLA_VF_STATS: nested(VF_STATS),
  IFLA_VF_TRUST: vfAnd(8, ['setting']),
  IFLA_VF_IB_NODE_GUID: vfGuid,
  IFLA_VF_IB_PORT_GUID: vfGuid,
  IFLA_VF_VLAN_LIST: nested(VF_VLAN_LIST),
  IFLA_VF_BROADCAST: V.structOf(32, (v, off) => `broadcast=${mac(v, off, 32)}`),
});
const VFINFO_LIST = attrTable(R.VFINFO_LIST_ATTRS, 'IFLA_VF_INFO_???', { IFLA_VF_INFO: nested(VF_INFO) });

/** struct ifla_port_vsi: its padding only when set. */
const portVsi = V.structOf(8, (v, off) => {
  let s = `vsi_mgr_id=${v.u8(off)}, vsi_type_id=${v.str(off + 1, 3)}, vsi_type_version=${v.u8(off + 4)}`;
  if (v.u8(off + 5) | v.u8(off + 6) | v.u8(off + 7)) s += `, pad=${v.str(off + 5, 3)}`;
  return s;
});
// strace names unknown port attributes IFLA_VF_PORT_??? (as its table says).
const PORT = attrTable(R.PORT_ATTRS, 'IFLA_VF_PORT_???', {
  IFLA_PORT_VF: V.u32, IFLA_PORT_PROFILE: V.str, IFLA_PORT_VSI_TYPE: portVsi, IFLA_PORT_REQUEST: V.u8,
  IFLA_PORT_RESPONSE: V.u16,
});
const VF_PORTS = attrTable(R.VF_PORTS_ATTRS, 'IFLA_VF_PORT_???', { IFLA_VF_PORT: nested(PORT) });

const XDP = attrTable(R.XDP_ATTRS, 'IFLA_XDP_???', {
  IFLA_XDP_FD: V.fd, IFLA_XDP_ATTACHED: V.xv(R.XDP_ATTACHED_MODES, 'XDP_ATTACHED_???', 1),
  IFLA_XDP_FLAGS: V.flags(R.XDP_FLAGS, 'XDP_FLAGS_???', 4), IFLA_XDP_PROG_ID: V.u32, IFLA_XDP_DRV_PROG_ID: V.u32,
  IFLA_XDP_SKB_PROG_ID: V.u32, IFLA_XDP_HW_PROG_ID: V.u32, IFLA_XDP_EXPECTED_FD: V.fd,
});

// IFLA_AF_SPEC: per-family attributes, except for AF_BRIDGE whose are the bridge's own.
const VLAN_TUNNEL = attrTable(R.AF_SPEC_BRIDGE_VLAN_TUNNEL_ATTRS, 'IFLA_BRIDGE_VLAN_TUNNEL_???', {
  IFLA_BRIDGE_VLAN_TUNNEL_ID: V.u32, IFLA_BRIDGE_VLAN_TUNNEL_VID: V.u16,
  IFLA_BRIDGE_VLAN_TUNNEL_FLAGS: V.flags(R.BRIDGE_VLAN_FLAGS, 'BRIDGE_VLAN_INFO_???', 2),
});
const AF_SPEC_BRIDGE = attrTable(R.AF_SPEC_BRIDGE_ATTRS, 'IFLA_BRIDGE_???', {
  IFLA_BRIDGE_FLAGS: V.flags(R.BRIDGE_FLAGS, 'BRIDGE_FLAGS_???', 2),
  IFLA_BRIDGE_MODE: V.xv(R.BRIDGE_MODES, 'BRIDGE_MODE_???', 2),
  IFLA_BRIDGE_VLAN_INFO: V.structOf(4, (v, off) =>
    `flags=${xflags(R.BRIDGE_VLAN_FLAGS, v.u16(off), 'BRIDGE_VLAN_INFO_???')}, vid=${v.u16(off + 2)}`, true),
  IFLA_BRIDGE_VLAN_TUNNEL_INFO: nested(VLAN_TUNNEL),
});
const AF_TABLES: Readonly<Record<number, NlaTable>> = { [AF_INET]: INET, [AF_INET6]: INET6, [AF_MCTP]: MCTP };
const BY_AF: NlaTable = { types: N.ADDRESS_FAMILIES, dflt: 'AF_???', decoders: (af) => byFamily(AF_TABLES, af) };
const afSpec: NlaDecoder = (v, off, len, ctx) =>
  nlattrs(v, off, len, ctx['family'] === AF_BRIDGE ? AF_SPEC_BRIDGE : BY_AF, ctx);

const PROTO_DOWN_REASON = attrTable(R.PROTO_DOWN_REASON_ATTRS, 'IFLA_PROTO_DOWN_REASON_???', {
  IFLA_PROTO_DOWN_REASON_MASK: V.x32, IFLA_PROTO_DOWN_REASON_VALUE: V.x32,
});

const IFLA_ALT_IFNAME = xlatEntries(R.LINK_ATTRS).find(([, n]) => n === 'IFLA_ALT_IFNAME')![0];
/** IFLA_PROP_LIST: link attributes again, of which only the alternative names are decoded. */
const PROP_LIST: NlaTable = { types: R.LINK_ATTRS, dflt: 'IFLA_???', decoders: (t) => (t === IFLA_ALT_IFNAME ? V.str : undefined) };

export const LINK = attrTable(R.LINK_ATTRS, 'IFLA_???', {
  IFLA_ADDRESS: V.hwaddr, IFLA_BROADCAST: V.hwaddr, IFLA_IFNAME: V.str, IFLA_MTU: V.u32, IFLA_LINK: V.u32,
  IFLA_QDISC: V.str, IFLA_STATS: linkStats32, IFLA_MASTER: V.u32, IFLA_PROTINFO: protinfo, IFLA_TXQLEN: V.u32,
  IFLA_MAP: ifmap, IFLA_WEIGHT: V.u32, IFLA_OPERSTATE: V.u8, IFLA_LINKMODE: V.u8, IFLA_LINKINFO: linkinfo,
  IFLA_NET_NS_PID: V.u32, IFLA_IFALIAS: V.str, IFLA_NUM_VF: V.u32, IFLA_VFINFO_LIST: nested(VFINFO_LIST),
  IFLA_STATS64: linkStats64, IFLA_VF_PORTS: nested(VF_PORTS), IFLA_PORT_SELF: nested(PORT), IFLA_AF_SPEC: afSpec,
  IFLA_GROUP: V.u32, IFLA_NET_NS_FD: V.fd, IFLA_EXT_MASK: V.flags(R.EXT_FILTER_FLAGS, 'RTEXT_FILTER_???', 4),
  IFLA_PROMISCUITY: V.u32, IFLA_NUM_TX_QUEUES: V.u32, IFLA_NUM_RX_QUEUES: V.u32, IFLA_CARRIER: V.u8,
  IFLA_CARRIER_CHANGES: V.u32, IFLA_LINK_NETNSID: V.s32, IFLA_PHYS_PORT_NAME: V.str, IFLA_PROTO_DOWN: V.u8,
  IFLA_GSO_MAX_SEGS: V.u32, IFLA_GSO_MAX_SIZE: V.u32, IFLA_XDP: nested(XDP),
  IFLA_EVENT: V.xv(R.IFLA_EVENTS, 'IFLA_EVENT_???', 4), IFLA_NEW_NETNSID: V.s32, IFLA_IF_NETNSID: V.s32,
  IFLA_CARRIER_UP_COUNT: V.u32, IFLA_CARRIER_DOWN_COUNT: V.u32, IFLA_NEW_IFINDEX: V.ifindex, IFLA_MIN_MTU: V.u32,
  IFLA_MAX_MTU: V.u32, IFLA_PROP_LIST: nested(PROP_LIST), IFLA_ALT_IFNAME: V.str, IFLA_PERM_ADDRESS: V.hwaddr,
  IFLA_PROTO_DOWN_REASON: nested(PROTO_DOWN_REASON), IFLA_PARENT_DEV_NAME: V.str, IFLA_PARENT_DEV_BUS_NAME: V.str,
  IFLA_GRO_MAX_SIZE: V.u32, IFLA_TSO_MAX_SIZE: V.u32, IFLA_TSO_MAX_SEGS: V.u32, IFLA_ALLMULTI: V.u32,
});
