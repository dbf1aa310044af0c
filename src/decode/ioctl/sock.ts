/**
 * Socket and interface ioctls (type 0x89, linux/sockios.h): owners and marks, bridges, and
 * struct ifreq by request (addresses, flags, hardware addresses, maps ...), SIOCGIFCONF's
 * list of interfaces.
 */
import { ifindexText } from '../net/inet.js';
import { sockaddrFromBytes } from '../net/sockaddr.js';
import { quote } from '../quote.js';
import { ARP_HARDWARE_TYPES, IFF_FLAGS } from '../xlat/rtnl.gen.js';
import type { IoctlCall } from './call.js';
import { hex, ptr64, x64 } from './fields.js';
import { atExit, onRequests, type IoctlStep } from './registry.js';
import { requestNumber, requestNumbers as codes } from './request.js';
import { xlatEntries } from '../xlat/text.js';

const IFREQ_SIZE = 40;
const IFNAMSIZ = 16;
/** The union after ifr_name. */
const U = IFNAMSIZ;

const name = (c: IoctlCall, b: Buffer, off = 0): string => c.cstr(b.subarray(off, off + IFNAMSIZ));

/** Hardware address lengths by ARPHRD type, where they are not the whole sa_data. */
const HWADDR_SIZES = new Map<number, number>();
for (const [type, size] of [
  ['ARPHRD_NETROM', 7], ['ARPHRD_ETHER', 6], ['ARPHRD_AX25', 7], ['ARPHRD_IEEE802', 6], ['ARPHRD_ARCNET', 1],
  ['ARPHRD_DLCI', 2], ['ARPHRD_IEEE1394', 16], ['ARPHRD_EUI64', 8], ['ARPHRD_INFINIBAND', 20], ['ARPHRD_SLIP', 0],
  ['ARPHRD_ROSE', 5], ['ARPHRD_X25', 0], ['ARPHRD_CAN', 0], ['ARPHRD_MCTP', 1], ['ARPHRD_PPP', 0], ['ARPHRD_RAWHDLC', 0],
  ['ARPHRD_RAWIP', 0], ['ARPHRD_TUNNEL', 4], ['ARPHRD_TUNNEL6', 16], ['ARPHRD_LOOPBACK', 6], ['ARPHRD_LOCALTLK', 1],
  ['ARPHRD_FDDI', 6], ['ARPHRD_SIT', 4], ['ARPHRD_IPDDP', 0], ['ARPHRD_IPGRE', 4], ['ARPHRD_PIMREG', 0], ['ARPHRD_HIPPI', 6],
  ['ARPHRD_IRDA', 4], ['ARPHRD_IEEE80211', 6], ['ARPHRD_IEEE80211_PRISM', 6], ['ARPHRD_IEEE80211_RADIOTAP', 6],
  ['ARPHRD_IEEE802154', 8], ['ARPHRD_IEEE802154_MONITOR', 8], ['ARPHRD_PHONET', 1], ['ARPHRD_PHONET_PIPE', 1],
  ['ARPHRD_CAIF', 0], ['ARPHRD_IP6GRE', 16], ['ARPHRD_NETLINK', 0], ['ARPHRD_6LOWPAN', 8], ['ARPHRD_VSOCKMON', 0],
] as const) {
  const v = xlatEntries(ARP_HARDWARE_TYPES).find(([, n]) => n === type)?.[0];
  if (v !== undefined) HWADDR_SIZES.set(v, size);
}

/** ifr_hwaddr: the ARPHRD type and sa_data as an address of that type. */
function hwaddr(c: IoctlCall, b: Buffer): string {
  const type = b.readUInt16LE(U);
  const data = U + 2;
  const len = Math.min(14, HWADDR_SIZES.get(type) ?? 14);
  const mac = [...b.subarray(data, data + len)].map((v) => v.toString(16).padStart(2, '0')).join(':');
  const raw = quote(b.subarray(data), 14, 'hex');
  const addr = c.style === 'abbrev' ? mac : c.style === 'raw' ? raw : `${raw} /* ${mac} */`;
  return `{sa_family=${c.xval(ARP_HARDWARE_TYPES, type, 'ARPHRD_???')}, sa_data=${addr}}`;
}

function sockaddr(c: IoctlCall, b: Buffer, off: number): string {
  return sockaddrFromBytes(Buffer.from(b.subarray(off, off + 16)), 16, c.opts.strings ?? 'escape', (fd) => c.fd(fd));
}

const R = (n: string): number => requestNumber(n);
/** The union member of struct ifreq each request uses. */
function ifreqField(c: IoctlCall, code: number, b: Buffer): string {
  switch (code) {
    case R('SIOCSIFADDR'): case R('SIOCGIFADDR'): return `ifr_addr=${sockaddr(c, b, U)}`;
    case R('SIOCSIFDSTADDR'): case R('SIOCGIFDSTADDR'): return `ifr_dstaddr=${sockaddr(c, b, U)}`;
    case R('SIOCSIFBRDADDR'): case R('SIOCGIFBRDADDR'): return `ifr_broadaddr=${sockaddr(c, b, U)}`;
    case R('SIOCSIFNETMASK'): case R('SIOCGIFNETMASK'): return `ifr_netmask=${sockaddr(c, b, U)}`;
    case R('SIOCADDMULTI'): case R('SIOCDELMULTI'): case R('SIOCGIFHWADDR'): case R('SIOCSIFHWADDR'):
    case R('SIOCSIFHWBROADCAST'):
      return `ifr_hwaddr=${hwaddr(c, b)}`;
    case R('SIOCSIFFLAGS'): case R('SIOCGIFFLAGS'): return `ifr_flags=${c.flags(IFF_FLAGS, b.readUInt16LE(U), 'IFF_???')}`;
    case R('SIOCGIFINDEX'): return `ifr_ifindex=${b.readInt32LE(U)}`;
    case R('SIOCSIFMETRIC'): case R('SIOCGIFMETRIC'): return `ifr_metric=${b.readInt32LE(U)}`;
    case R('SIOCSIFMTU'): case R('SIOCGIFMTU'): return `ifr_mtu=${b.readInt32LE(U)}`;
    case R('SIOCSIFSLAVE'): case R('SIOCGIFSLAVE'): return `ifr_slave=${name(c, b, U)}`;
    case R('SIOCSIFNAME'): return `ifr_newname=${name(c, b, U)}`;
    case R('SIOCGIFNAME'): return `ifr_name=${name(c, b)}`;
    case R('SIOCSIFTXQLEN'): case R('SIOCGIFTXQLEN'): return `ifr_qlen=${b.readInt32LE(U)}`;
    case R('SIOCSIFMAP'): case R('SIOCGIFMAP'):
      return `ifr_map={mem_start=${x64(b, U)}, mem_end=${x64(b, U + 8)}, base_addr=${hex(b.readUInt16LE(U + 16))}` +
        `, irq=${hex(b[U + 18]!)}, dma=${hex(b[U + 19]!)}, port=${hex(b[U + 20]!)}}`;
    default: return '';
  }
}

// --- simple arguments ----------------------------------------------------------------------
// A bridge name: a NUL-terminated string of at most IFNAMSIZ bytes.
onRequests(codes('SIOCBRADDBR', 'SIOCBRDELBR'), (c) => c.cstrn(c.arg, IFNAMSIZ));

const int = (c: IoctlCall): string => c.int(c.arg);
onRequests(codes('FIOGETOWN', 'SIOCATMARK', 'SIOCGIFENCAP', 'SIOCGPGRP', 'SIOCOUTQNSD'), () => atExit(int));
onRequests(codes('FIOSETOWN', 'SIOCSIFENCAP', 'SIOCSPGRP'), int);

onRequests(codes('SIOCBRADDIF', 'SIOCBRDELIF'), (c) => c.struct(c.arg, IFREQ_SIZE, (b) =>
  `{ifr_ifindex=${ifindexText(b.readInt32LE(U))}}`));

// --- struct ifreq in, or in and out --------------------------------------------------------
onRequests(codes('SIOCADDMULTI', 'SIOCDELMULTI', 'SIOCSIFADDR', 'SIOCSIFBRDADDR', 'SIOCSIFDSTADDR', 'SIOCSIFFLAGS',
  'SIOCSIFHWADDR', 'SIOCSIFHWBROADCAST', 'SIOCSIFMAP', 'SIOCSIFMETRIC', 'SIOCSIFMTU', 'SIOCSIFNAME', 'SIOCSIFNETMASK',
  'SIOCSIFSLAVE', 'SIOCSIFTXQLEN'), (c) => c.struct(c.arg, IFREQ_SIZE, (b) =>
  `{ifr_name=${name(c, b)}, ${ifreqField(c, c.code, b)}}`));

const GIFNAME = requestNumber('SIOCGIFNAME');
onRequests(codes('SIOCGIFADDR', 'SIOCGIFBRDADDR', 'SIOCGIFDSTADDR', 'SIOCGIFFLAGS', 'SIOCGIFHWADDR', 'SIOCGIFINDEX',
  'SIOCGIFMAP', 'SIOCGIFMETRIC', 'SIOCGIFMTU', 'SIOCGIFNAME', 'SIOCGIFNETMASK', 'SIOCGIFSLAVE', 'SIOCGIFTXQLEN'), (c): IoctlStep => {
  const b = c.fetch(c.arg, IFREQ_SIZE);
  if (b === null) return c.addr(c.arg);
  return {
    entry: c.code === GIFNAME ? `{ifr_ifindex=${b.readInt32LE(U)}` : `{ifr_name=${name(c, b)}`,
    exit: (c) => {
      const o = c.fetch(c.arg, IFREQ_SIZE);
      return (o === null ? '' : ', ' + ifreqField(c, c.code, o)) + '}';
    },
  };
});

// Requests strace knows but does not decode: the argument as an address.
onRequests(codes('SIOCADDDLCI', 'SIOCADDRT', 'SIOCBONDCHANGEACTIVE', 'SIOCBONDENSLAVE', 'SIOCBONDINFOQUERY',
  'SIOCBONDRELEASE', 'SIOCBONDSETHWADDR', 'SIOCBONDSLAVEINFOQUERY', 'SIOCDARP', 'SIOCDELDLCI', 'SIOCDELRT', 'SIOCDIFADDR',
  'SIOCDRARP', 'SIOCETHTOOL', 'SIOCGARP', 'SIOCGHWTSTAMP', 'SIOCGIFBR', 'SIOCGIFCOUNT', 'SIOCGIFMEM', 'SIOCGIFPFLAGS',
  'SIOCGIFVLAN', 'SIOCGMIIPHY', 'SIOCGMIIREG', 'SIOCGRARP', 'SIOCGSKNS', 'SIOCGSTAMP_OLD', 'SIOCGSTAMP_NEW',
  'SIOCGSTAMPNS_OLD', 'SIOCGSTAMPNS_NEW', 'SIOCRTMSG', 'SIOCSARP', 'SIOCSHWTSTAMP', 'SIOCSIFBR', 'SIOCSIFLINK',
  'SIOCSIFMEM', 'SIOCSIFPFLAGS', 'SIOCSIFVLAN', 'SIOCSMIIREG', 'SIOCSRARP', 'SIOCWANDEV'), (c) => c.addr(c.arg));

// --- SIOCGIFCONF: struct ifconf (ifc_len, ifc_buf) -------------------------------------------
/** ifc_len, with how many struct ifreq it holds when it is a whole number of them. */
function ifcLen(len: number): string {
  const n = Math.floor((len >>> 0) / IFREQ_SIZE);
  return len > 0 && n * IFREQ_SIZE === len ? `${len} /* ${n} * sizeof(struct ifreq) */` : String(len);
}
onRequests(codes('SIOCGIFCONF'), (c): IoctlStep => {
  const b = c.fetch(c.arg, 16, true);
  if (b === null) return c.addr(c.arg);
  const len = b.readInt32LE(0);
  const buf = b.readBigUInt64LE(8);
  return {
    entry: '{ifc_len=' + (buf !== 0n ? ifcLen(len) : ''),
    exit: (c) => {
      const o = c.fetch(c.arg, 16, true);
      if (o === null) return (buf === 0n ? ifcLen(len) : '') + `, ifc_buf=${ptr64(b, 8)}}`;
      const outLen = o.readInt32LE(0);
      let s = '';
      if (buf !== 0n && len !== outLen) s += ' => ';
      if (buf === 0n || len !== outLen) s += ifcLen(outLen);
      if (buf === 0n || c.failed) {
        s += `, ifc_buf=${ptr64(b, 8)}`;
        if (o.readBigUInt64LE(8) !== buf) s += ` => ${ptr64(o, 8)}`;
      } else {
        const count = Math.floor((outLen >>> 0) / IFREQ_SIZE);
        s += ', ifc_buf=' + c.viaPointer(o, 8, (at) => c.array(at, count, IFREQ_SIZE, (e) =>
          `{ifr_name=${name(c, e)}, ifr_addr=${sockaddr(c, e, U)}}`));
      }
      return s + '}';
    },
  };
});
