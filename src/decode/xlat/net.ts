/** Sockets: families, types, protocols, levels and options, message flags. */
import * as T from './net.gen.js';
import {
  defineEnum, defineFlags, defineFormatter, definePrinter, enumFormatter, fieldFormatter, flagsPrinter, hex, styled, xlatStyle,
} from './registry.js';
import { xlatEntries } from './text.js';

defineEnum('socket_family', T.ADDRESS_FAMILIES, { unknown: 'AF_???' });
// The socket type is the low 4 bits; SOCK_CLOEXEC and SOCK_NONBLOCK are flags above them.
const SOCK_TYPE_MASK = 0xf;
const socketType = fieldFormatter(T.SOCKET_TYPE_FLAGS, { mask: SOCK_TYPE_MASK, values: T.SOCKET_TYPES, unknown: 'SOCK_???' });
// Under -X, strace prints the type and the flags as two constants: `0x1 /* SOCK_STREAM *\/|0x80000`.
const typeNames = new Map(xlatEntries(T.SOCKET_TYPES));
const typeFlags = flagsPrinter(T.SOCKET_TYPE_FLAGS, { unknown: 'SOCK_???' });
definePrinter('socket_type', socketType, (lo, hi) => {
  if (xlatStyle() === 'abbrev') return socketType(lo, hi);
  const type = lo & SOCK_TYPE_MASK;
  const name = typeNames.get(type);
  if (name === undefined) return typeFlags(lo, 0);
  const rest = (lo & ~SOCK_TYPE_MASK) >>> 0;
  return styled(name, hex(type, 0)) + (rest === 0 ? '' : '|' + typeFlags(rest, 0));
});
/** accept4's flags: the flag bits only. */
defineFlags('socket_flags', T.SOCKET_TYPE_FLAGS, { unknown: 'SOCK_???' });

// The protocol's table depends on the family (chosen in special.ts); the default is decimal.
defineEnum('socket_protocol', [], { decimal: true });
defineEnum('inet_protocol', T.INET_PROTOCOLS, { unknown: 'IPPROTO_???' });
defineEnum('netlink_protocol', T.NETLINK_PROTOCOLS, { unknown: 'NETLINK_???' });
// AF_PACKET takes an ethertype in network byte order: `htons(ETH_P_ALL)`.
const ethertype = enumFormatter(T.ETHERNET_PROTOCOLS, { unknown: 'ETH_P_???' });
defineFormatter('packet_protocol', (lo) => `htons(${ethertype(((lo & 0xff) << 8) | ((lo >>> 8) & 0xff), 0)})`);

defineEnum('socket_level', T.SOCKET_LEVELS, { unknown: 'SOL_??' });
// The option's table depends on the level (chosen in special.ts); the default is decimal.
defineEnum('sockopt', [], { decimal: true });
const SO_GENERIC = xlatEntries(T.SOCKET_OPTIONS).filter(([, n]) => n !== 'SO_ATTACH_FILTER');
defineEnum('so_option', T.SOCKET_OPTIONS, { unknown: 'SO_???' });
defineEnum('so_get_option', [...SO_GENERIC, ...xlatEntries(T.GETSOCK_OPTIONS)], { unknown: 'SO_???' });
defineEnum('so_set_option', T.SOCKET_OPTIONS, { unknown: 'SO_???' });
defineEnum('netlink_option', T.NETLINK_OPTIONS, { unknown: 'NETLINK_???' });
defineEnum('packet_option', T.PACKET_OPTIONS, { unknown: 'PACKET_???' });
defineEnum('raw_option', T.RAW_OPTIONS, { unknown: 'ICMP_???' });
defineEnum('udp_option', T.UDP_OPTIONS, { unknown: 'UDP_???' });
defineEnum('tcp_option', T.TCP_OPTIONS, { unknown: 'TCP_???' });
defineEnum('ip_option', T.IP_OPTIONS, { unknown: 'IP_???' });
defineEnum('ipv6_option', T.IPV6_OPTIONS, { unknown: 'IPV6_???' });

defineFlags('msg', T.MSG_FLAGS, { unknown: 'MSG_???' });
defineEnum('shutdown_how', T.SHUTDOWN_MODES, { unknown: 'SHUT_???' });
