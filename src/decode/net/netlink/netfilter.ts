/**
 * NETLINK_NETFILTER (nfnetlink): types are a subsystem and its message
 * (`NFNL_SUBSYS_ACCT<<8|NFNL_MSG_ACCT_NEW`), payloads a struct nfgenmsg and attributes.
 */
import * as G from '../../xlat/netlink.gen.js';
import * as F from '../../xlat/nfnetlink.gen.js';
import type { XlatTable } from '../../xlat/index.js';
import { familyText } from './route.js';
import { nameOf, xval } from '../xval.js';
import { nlattrs } from './nlattr.js';
import { defineNetlinkProtocol } from './nlmsg.js';
import { NETLINK_NETFILTER } from './protocols.js';
import { xlatEntries } from '../../xlat/text.js';

const NLMSG_MIN_TYPE = 0x10;
const NLMSG_DONE = 3;
const NFNL_MSG_BATCH_BEGIN = 0x10;
const NFNL_MSG_BATCH_END = 0x11;
const NFNL_SUBSYS_NFTABLES = 10;

interface Subsystem {
  readonly types: XlatTable;
  readonly dflt: string;
  /** Message names taking the new / get / delete flags (strace's per-subsystem lists). */
  readonly newTypes?: readonly string[];
  readonly getTypes?: readonly string[];
  readonly delTypes?: readonly string[];
}

/** By subsystem id, as the generated NFNL_SUBSYS_* names say. */
const BY_NAME: Readonly<Record<string, Subsystem>> = {
  NFNL_SUBSYS_CTNETLINK: {
    types: F.NF_CTNETLINK_TYPES, dflt: 'IPCTNL_MSG_CT_???', newTypes: ['IPCTNL_MSG_CT_NEW'],
    getTypes: ['IPCTNL_MSG_CT_GET', 'IPCTNL_MSG_CT_GET_CTRZERO', 'IPCTNL_MSG_CT_GET_STATS_CPU', 'IPCTNL_MSG_CT_GET_STATS',
      'IPCTNL_MSG_CT_GET_DYING', 'IPCTNL_MSG_CT_GET_UNCONFIRMED'],
    delTypes: ['IPCTNL_MSG_CT_DELETE'],
  },
  NFNL_SUBSYS_CTNETLINK_EXP: {
    types: F.NF_CTNETLINK_EXP_TYPES, dflt: 'IPCTNL_MSG_EXP_???', newTypes: ['IPCTNL_MSG_EXP_NEW'],
    getTypes: ['IPCTNL_MSG_EXP_GET', 'IPCTNL_MSG_EXP_GET_STATS_CPU'], delTypes: ['IPCTNL_MSG_EXP_DELETE'],
  },
  NFNL_SUBSYS_QUEUE: { types: F.NF_QUEUE_TYPES, dflt: 'NFQNL_MSG_???' },
  NFNL_SUBSYS_ULOG: { types: F.NF_ULOG_TYPES, dflt: 'NFULNL_MSG_???' },
  NFNL_SUBSYS_OSF: { types: F.NF_OSF_TYPES, dflt: 'OSF_MSG_???' },
  NFNL_SUBSYS_IPSET: { types: F.NF_IPSET_TYPES, dflt: 'IPSET_CMD_???' },
  NFNL_SUBSYS_ACCT: {
    types: F.NF_ACCT_TYPES, dflt: 'NFNL_MSG_ACCT_???', newTypes: ['NFNL_MSG_ACCT_NEW'],
    getTypes: ['NFNL_MSG_ACCT_GET', 'NFNL_MSG_ACCT_GET_CTRZERO'], delTypes: ['NFNL_MSG_ACCT_DEL'],
  },
  NFNL_SUBSYS_CTNETLINK_TIMEOUT: {
    types: F.NF_CTTIMEOUT_TYPES, dflt: 'IPCTNL_MSG_TIMEOUT_???', newTypes: ['IPCTNL_MSG_TIMEOUT_NEW'],
    getTypes: ['IPCTNL_MSG_TIMEOUT_GET'], delTypes: ['IPCTNL_MSG_TIMEOUT_DELETE'],
  },
  NFNL_SUBSYS_CTHELPER: {
    types: F.NF_CTHELPER_TYPES, dflt: 'NFNL_MSG_CTHELPER_???', newTypes: ['NFNL_MSG_CTHELPER_NEW'],
    getTypes: ['NFNL_MSG_CTHELPER_GET'], delTypes: ['NFNL_MSG_CTHELPER_DEL'],
  },
  NFNL_SUBSYS_NFTABLES: {
    types: F.NF_NFTABLES_TYPES, dflt: 'NFT_MSG_???',
    newTypes: ['NFT_MSG_NEWTABLE', 'NFT_MSG_NEWCHAIN', 'NFT_MSG_NEWRULE', 'NFT_MSG_NEWSET', 'NFT_MSG_NEWSETELEM',
      'NFT_MSG_NEWGEN', 'NFT_MSG_NEWOBJ', 'NFT_MSG_NEWFLOWTABLE'],
    getTypes: ['NFT_MSG_GETTABLE', 'NFT_MSG_GETCHAIN', 'NFT_MSG_GETRULE', 'NFT_MSG_GETSET', 'NFT_MSG_GETSETELEM',
      'NFT_MSG_GETGEN', 'NFT_MSG_GETOBJ', 'NFT_MSG_GETOBJ_RESET', 'NFT_MSG_GETFLOWTABLE'],
    delTypes: ['NFT_MSG_DELTABLE', 'NFT_MSG_DELCHAIN', 'NFT_MSG_DELRULE', 'NFT_MSG_DELSET', 'NFT_MSG_DELSETELEM',
      'NFT_MSG_DELOBJ', 'NFT_MSG_DELFLOWTABLE'],
  },
  NFNL_SUBSYS_NFT_COMPAT: { types: F.NF_NFT_COMPAT_TYPES, dflt: 'NFNL_MSG_COMPAT_???', getTypes: ['NFNL_MSG_COMPAT_GET'] },
  NFNL_SUBSYS_HOOK: { types: F.NF_HOOK_TYPES, dflt: 'NFT_MSG_HOOK_???', getTypes: ['NFNL_MSG_HOOK_GET'] },
};

const SUBSYSTEMS = new Map<number, Subsystem>();
for (const [id, name] of xlatEntries(G.NL_NETFILTER_SUBSYS_IDS)) {
  const s = BY_NAME[name];
  if (s !== undefined) SUBSYSTEMS.set(id, s);
}

function typeText(type: number): string {
  const control = nameOf(G.NL_NETFILTER_MSG_TYPES, type);
  if (control !== undefined) return xval(G.NL_NETFILTER_MSG_TYPES, type);
  const subsys = type >> 8;
  const msg = type & 0xff;
  const s = SUBSYSTEMS.get(subsys);
  const msgText = s ? xval(s.types, msg, s.dflt) : (msg === 0 ? '0' : '0x' + msg.toString(16));
  return `${xval(G.NL_NETFILTER_SUBSYS_IDS, subsys, 'NFNL_SUBSYS_???')}<<8|${msgText}`;
}

function typeFlags(type: number): XlatTable | undefined {
  const s = SUBSYSTEMS.get(type >> 8);
  if (s === undefined) return undefined;
  const name = nameOf(s.types, type & 0xff);
  if (name === undefined) return undefined;
  if (s.newTypes?.includes(name)) return G.NETLINK_NEW_FLAGS;
  if (s.getTypes?.includes(name)) return G.NETLINK_GET_FLAGS;
  if (s.delTypes?.includes(name)) return G.NETLINK_DELETE_FLAGS;
  return undefined;
}

defineNetlinkProtocol(NETLINK_NETFILTER, {
  typeText,
  typeFlags,
  payload(v, off, len, h) {
    if (h.type === NLMSG_DONE) return null;
    if (len < 4) return v.str(off, len);
    if (!v.has(off, 4)) return v.addr(off);
    const subsys = h.type >> 8;
    const resBe = v.u16be(off + 2);
    const resRaw = v.u16(off + 2);
    let res: string;
    if (subsys === NFNL_SUBSYS_NFTABLES && resBe === NFNL_SUBSYS_NFTABLES) {
      res = xval([[resRaw, 'htons(NFNL_SUBSYS_NFTABLES)']], resRaw);
    } else if (subsys === NFNL_SUBSYS_NFTABLES && resRaw === NFNL_SUBSYS_NFTABLES) {
      res = xval([[resRaw, 'NFNL_SUBSYS_NFTABLES']], resRaw);
    } else {
      res = `htons(${resBe})`;
    }
    let s = `{nfgen_family=${familyText(v.u8(off))}, version=${xval(F.NETFILTER_VERSIONS, v.u8(off + 1), 'NFNETLINK_???')}, ` +
      `res_id=${res}}`;
    if (len > 4) {
      const batch = h.type >= NFNL_MSG_BATCH_BEGIN && h.type <= NFNL_MSG_BATCH_END;
      s += ', ' + (batch || h.type < NLMSG_MIN_TYPE ? v.str(off + 4, len - 4) : nlattrs(v, off + 4, len - 4, { types: [], dflt: '' }));
    }
    return s;
  },
});
