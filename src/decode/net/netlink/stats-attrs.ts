/**
 * RTM_*STATS attributes (struct if_stats_msg's IFLA_STATS_*), as strace's rtnl_stats
 * decoders print them: 64-bit link statistics, the bridge's and bond's extended ones, the
 * offloaded ones and MPLS's per-family statistics.
 */
import * as N from '../../xlat/net.gen.js';
import * as R from '../../xlat/rtnl.gen.js';
import type { Bytes } from '../bytes.js';
import { fieldsText, U, X, type Field } from '../fields.js';
import { xflags, xval } from '../xval.js';
import { nested, type NlaDecoder, type NlaTable } from './nlattr.js';
import { attrTable } from './table.js';
import { byFamily, linkStats64 } from './link-attrs.js';
import * as V from './values.js';

const AF_MPLS = 28;

const u64s = (names: readonly string[]): Field[] => names.map((n, i) => U(n, i * 8, 8));

/** A structure and, after it, what the data holds more in hex. */
const withRest = (size: number, body: (v: Bytes, off: number) => string): NlaDecoder => V.structOf(size, body, true);

const bridgeVlan = withRest(40, (v, off) => {
  let s = fieldsText(v, off, u64s(['rx_bytes', 'rx_packets', 'tx_bytes', 'tx_packets']));
  s += `, vid=${v.u16(off + 32)}, flags=${xflags(R.BRIDGE_VLAN_FLAGS, v.u16(off + 34), 'BRIDGE_VLAN_INFO_???')}`;
  if (v.u32(off + 36) !== 0) s += `, ${fieldsText(v, off, [X('pad2', 36, 4)])}`;
  return s;
});

/** struct br_mcast_stats: per-direction counters and two plain ones. */
const MCAST_FIELDS: readonly (readonly [string, boolean])[] = [
  ['igmp_v1queries', true], ['igmp_v2queries', true], ['igmp_v3queries', true], ['igmp_leaves', true],
  ['igmp_v1reports', true], ['igmp_v2reports', true], ['igmp_v3reports', true], ['igmp_parse_errors', false],
  ['mld_v1queries', true], ['mld_v2queries', true], ['mld_leaves', true], ['mld_v1reports', true],
  ['mld_v2reports', true], ['mld_parse_errors', false], ['mcast_bytes', true], ['mcast_packets', true],
];
const bridgeMcast = withRest(240, (v, off) => {
  const parts: string[] = [];
  let at = off;
  for (const [name, perDir] of MCAST_FIELDS) {
    if (perDir) {
      const dir = (i: number): string => `[${xval(R.IFSTATS_BRIDGE_MCAST_INDICES, i, undefined, 'u')}]=${v.u64(at + i * 8)}`;
      parts.push(`${name}=[${dir(0)}, ${dir(1)}]`);
      at += 16;
    } else {
      parts.push(`${name}=${v.u64(at)}`);
      at += 8;
    }
  }
  return parts.join(', ');
});

const bridgeStp = withRest(48, (v, off) =>
  fieldsText(v, off, u64s(['transition_blk', 'transition_fwd', 'rx_bpdu', 'tx_bpdu', 'rx_tcn', 'tx_tcn'])));

const XSTATS_BRIDGE = attrTable(R.IFSTATS_XSTATS_BRIDGE_ATTRS, 'BRIDGE_XSTATS_???', {
  BRIDGE_XSTATS_VLAN: bridgeVlan, BRIDGE_XSTATS_MCAST: bridgeMcast, BRIDGE_XSTATS_STP: bridgeStp,
});
// strace names unknown 3ad statistics BOND_XSTATS_??? (as its table says).
const XSTATS_BOND_3AD = attrTable(R.IFSTATS_XSTATS_BOND_3AD_ATTRS, 'BOND_XSTATS_???', Object.fromEntries(
  ['LACPDU_RX', 'LACPDU_TX', 'LACPDU_UNKNOWN_RX', 'LACPDU_ILLEGAL_RX', 'MARKER_RX', 'MARKER_TX', 'MARKER_RESP_RX',
    'MARKER_RESP_TX', 'MARKER_UNKNOWN_RX'].map((n) => [`BOND_3AD_STAT_${n}`, V.u64])));
const XSTATS_BOND = attrTable(R.IFSTATS_XSTATS_BOND_ATTRS, 'BOND_XSTATS_???', { BOND_XSTATS_3AD: nested(XSTATS_BOND_3AD) });
const XSTATS = attrTable(R.IFSTATS_XSTATS_TYPE_ATTRS, 'LINK_XSTATS_TYPE_???', {
  LINK_XSTATS_TYPE_BRIDGE: nested(XSTATS_BRIDGE), LINK_XSTATS_TYPE_BOND: nested(XSTATS_BOND),
});
const OFFLOAD = attrTable(R.IFSTATS_OFFLOAD_ATTRS, 'IFLA_OFFLOAD_XSTATS_???', { IFLA_OFFLOAD_XSTATS_CPU_HIT: linkStats64 });

const MPLS = attrTable(R.IFSTATS_AF_SPEC_MPLS_ATTRS, 'MPLS_STATS_???', {
  MPLS_STATS_LINK: withRest(72, (v, off) => fieldsText(v, off, u64s(['rx_packets', 'tx_packets', 'rx_bytes', 'tx_bytes',
    'rx_errors', 'tx_errors', 'rx_dropped', 'tx_dropped', 'rx_noroute']))),
});
const AF_SPEC: NlaTable = { types: N.ADDRESS_FAMILIES, dflt: 'AF_???', decoders: (af) => byFamily({ [AF_MPLS]: MPLS }, af) };

export const STATS = attrTable(R.STATS_ATTRS, 'IFLA_STATS_???', {
  IFLA_STATS_LINK_64: linkStats64, IFLA_STATS_LINK_XSTATS: nested(XSTATS), IFLA_STATS_LINK_XSTATS_SLAVE: nested(XSTATS),
  IFLA_STATS_LINK_OFFLOAD_XSTATS: nested(OFFLOAD), IFLA_STATS_AF_SPEC: nested(AF_SPEC),
});
