/**
 * Small device families, each a handful of requests: watchdog (type 'W'), random ('R'),
 * namespaces (0xb7), network block devices (0xab), infrared (LIRC, 'i'), inotify ('I') and
 * counters ('>').
 */
import * as X from '../xlat/ioctl.gen.js';
import { SETNS_TYPES } from '../xlat/process.gen.js';
import { IOC_READ, iocDir, type IoctlCall } from './call.js';
import { hex } from './fields.js';
import { noteResult, onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';
import { lookup } from './xlat.js';

const none = (): string => '';
const int = (c: IoctlCall): string => c.int(c.arg);

// --- watchdog -----------------------------------------------------------------------------
onRequests(codes('WDIOC_GETSTATUS', 'WDIOC_GETBOOTSTATUS', 'WDIOC_GETTEMP', 'WDIOC_GETTIMEOUT', 'WDIOC_GETPRETIMEOUT',
  'WDIOC_GETTIMELEFT'), output(int));
onRequests(codes('WDIOC_SETTIMEOUT', 'WDIOC_SETPRETIMEOUT'), int);
// linux/watchdog.h says it takes an int; the kernel ignores it.
onRequests(codes('WDIOC_KEEPALIVE'), none);

// --- random -------------------------------------------------------------------------------
onRequests(codes('RNDGETENTCNT'), output(int));
onRequests(codes('RNDADDTOENTCNT'), int);
// struct rand_pool_info: entropy_count, buf_size, buf[].
onRequests(codes('RNDADDENTROPY'), (c) => c.struct(c.arg, 8, (b) =>
  `{entropy_count=${b.readInt32LE(0)}, buf_size=${b.readInt32LE(4)}, buf=${c.strn(c.arg + 8, b.readInt32LE(4))}}`));
onRequests(codes('RNDZAPENTCNT', 'RNDCLEARPOOL', 'RNDRESEEDCRNG'), none);

// --- namespaces ---------------------------------------------------------------------------
onRequests(codes('NS_GET_USERNS', 'NS_GET_PARENT'), none);
onRequests(codes('NS_GET_NSTYPE'), output((c) => {
  noteResult(c, c.failed ? undefined : lookup(SETNS_TYPES, c.ret));
  return '';
}));
onRequests(codes('NS_GET_OWNER_UID'), output((c) => {
  const b = c.fetch(c.arg, 4);
  if (b === null) return c.addr(c.arg);
  const uid = b.readUInt32LE(0);
  return `[${uid === 0xffffffff ? -1 : uid}]`;
}));

// --- network block devices ----------------------------------------------------------------
onRequests(codes('NBD_DISCONNECT', 'NBD_CLEAR_SOCK', 'NBD_DO_IT', 'NBD_CLEAR_QUE', 'NBD_PRINT_DEBUG'), none);
onRequests(codes('NBD_SET_SOCK'), (c) => c.fd(c.argInt));
onRequests(codes('NBD_SET_BLKSIZE', 'NBD_SET_SIZE', 'NBD_SET_SIZE_BLOCKS', 'NBD_SET_TIMEOUT'), (c) => c.argU64.toString());
onRequests(codes('NBD_SET_FLAGS'), (c) => c.flags(X.NBD_IOCTL_FLAGS, c.argU64, 'NBD_IOC_FLAG_???'));

// --- LIRC ---------------------------------------------------------------------------------
function lircValue(c: IoctlCall): string {
  const b = c.fetch(c.arg, 4);
  if (b === null) return c.addr(c.arg);
  const v = b.readUInt32LE(0);
  const R = (name: string): boolean => codes(name)[0] === c.code;
  if (R('LIRC_GET_FEATURES')) return `[${c.flags(X.LIRC_FEATURES, v, 'LIRC_CAN_???')}]`;
  if (R('LIRC_GET_SEND_MODE') || R('LIRC_GET_REC_MODE') || R('LIRC_SET_SEND_MODE') || R('LIRC_SET_REC_MODE')) {
    return `[${c.xval(X.LIRC_MODES, v, 'LIRC_MODE_???')}]`;
  }
  if (R('LIRC_SET_TRANSMITTER_MASK')) return `[${hex(v)}]`;
  return `[${v}]`;
}
const lircRead = output(lircValue);
onRequests(codes('LIRC_GET_FEATURES', 'LIRC_GET_SEND_MODE', 'LIRC_GET_REC_MODE', 'LIRC_GET_REC_RESOLUTION',
  'LIRC_GET_MIN_TIMEOUT', 'LIRC_GET_MAX_TIMEOUT', 'LIRC_GET_LENGTH', 'LIRC_SET_SEND_MODE', 'LIRC_SET_REC_MODE',
  'LIRC_SET_SEND_CARRIER', 'LIRC_SET_REC_CARRIER', 'LIRC_SET_SEND_DUTY_CYCLE', 'LIRC_SET_TRANSMITTER_MASK',
  'LIRC_SET_REC_TIMEOUT', 'LIRC_SET_REC_TIMEOUT_REPORTS', 'LIRC_SET_MEASURE_CARRIER_MODE',
  'LIRC_SET_REC_CARRIER_RANGE', 'LIRC_SET_WIDEBAND_RECEIVER', 'LIRC_GET_REC_TIMEOUT'),
(c) => (iocDir(c.code) === IOC_READ ? lircRead(c) : lircValue(c)));

// --- inotify ------------------------------------------------------------------------------
// The next watch descriptor, passed by value.
onRequests(codes('INOTIFY_IOC_SETNEXTWD'), (c) => String(c.argInt));

// --- counters -----------------------------------------------------------------------------
// struct counter_watch: component {type, scope (u8), parent, id (u8)}, event (u8), channel (u8).
onRequests(codes('COUNTER_ADD_WATCH_IOCTL'), (c) => c.struct(c.arg, 6, (b) =>
  `{component={type=${c.xval(X.COUNTER_IOCTL_COMPONENT_TYPES, b[0]!, 'COUNTER_COMPONENT_???')}, ` +
  `scope=${c.xval(X.COUNTER_IOCTL_SCOPES, b[1]!, 'COUNTER_SCOPE_???')}, parent=${b[2]}, id=${b[3]}}, ` +
  `event=${c.xval(X.COUNTER_IOCTL_EVENT_TYPES, b[4]!, 'COUNTER_EVENT_???')}, channel=${b[5]}}`));
onRequests(codes('COUNTER_ENABLE_EVENTS_IOCTL', 'COUNTER_DISABLE_EVENTS_IOCTL'), none);
