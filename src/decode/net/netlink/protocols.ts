/**
 * The netlink protocols tstrace decodes: how each names its message types and which flags
 * those take; the payload decoders live in one file per protocol.
 */
import * as G from '../../xlat/netlink.gen.js';
import { defineNetlinkProtocol, simpleTypes } from './nlmsg.js';
import { xlatEntries } from '../../xlat/text.js';

export const NETLINK_ROUTE = 0;
export const NETLINK_SOCK_DIAG = 4;
export const NETLINK_XFRM = 6;
export const NETLINK_SELINUX = 7;
export const NETLINK_AUDIT = 9;
export const NETLINK_NETFILTER = 12;
export const NETLINK_KOBJECT_UEVENT = 15;
export const NETLINK_GENERIC = 16;
export const NETLINK_CRYPTO = 21;

defineNetlinkProtocol(NETLINK_AUDIT, { typeText: simpleTypes(G.NL_AUDIT_TYPES, 'AUDIT_???') });
defineNetlinkProtocol(NETLINK_SELINUX, {
  typeText: simpleTypes(G.NL_SELINUX_TYPES, 'SELNL_MSG_???'),
  payload(v, off, len, h) {
    const SELNL_MSG_SETENFORCE = 0x10;
    const SELNL_MSG_POLICYLOAD = 0x11;
    if (h.type !== SELNL_MSG_SETENFORCE && h.type !== SELNL_MSG_POLICYLOAD) return null;
    if (len < 4) return v.str(off, len);
    if (!v.has(off, 4)) return v.addr(off);
    return h.type === SELNL_MSG_SETENFORCE ? `{val=${v.s32(off)}}` : `{seqno=${v.u32(off)}}`;
  },
});

defineNetlinkProtocol(NETLINK_XFRM, {
  typeText: simpleTypes(G.NL_XFRM_TYPES, 'XFRM_MSG_???'),
  typeFlags: (type) => {
    const n = xlatEntries(G.NL_XFRM_TYPES).find(([v]) => v === type)?.[1];
    if (n === undefined) return undefined;
    if (/^XFRM_MSG_(NEWSA|NEWPOLICY|NEWAE|NEWSADINFO|NEWSPDINFO)$/.test(n)) return G.NETLINK_NEW_FLAGS;
    if (/^XFRM_MSG_(DELSA|DELPOLICY)$/.test(n)) return G.NETLINK_DELETE_FLAGS;
    if (/^XFRM_MSG_(GETSA|GETPOLICY|GETAE|GETSADINFO|GETSPDINFO)$/.test(n)) return G.NETLINK_GET_FLAGS;
    return undefined;
  },
});

defineNetlinkProtocol(NETLINK_CRYPTO, {
  typeText: simpleTypes(G.NL_CRYPTO_TYPES, 'CRYPTO_MSG_???'),
  typeFlags: (type) => {
    const n = xlatEntries(G.NL_CRYPTO_TYPES).find(([v]) => v === type)?.[1];
    if (n === 'CRYPTO_MSG_NEWALG') return G.NETLINK_NEW_FLAGS;
    if (n === 'CRYPTO_MSG_DELALG' || n === 'CRYPTO_MSG_DELRNG') return G.NETLINK_DELETE_FLAGS;
    if (n === 'CRYPTO_MSG_GETALG') return G.NETLINK_GET_FLAGS;
    return undefined;
  },
});

// NETLINK_GENERIC: message types are family ids. strace asks the kernel for the families'
// names; the control family's id is fixed (GENL_ID_CTRL), the others are given out at
// registration and are printed as numbers here.
defineNetlinkProtocol(NETLINK_GENERIC, { typeText: simpleTypes([[0x10, 'nlctrl']], 'NLMSG_???') });

// NETLINK_SOCK_DIAG: sock-diag.ts.
