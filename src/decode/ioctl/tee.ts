/**
 * Trusted execution environments (type 0xa4, linux/tee.h): version, sessions, invocations,
 * supplicant requests and shared memory. The calls with parameters pass a struct
 * tee_ioctl_buf_data pointing at the argument struct, which the parameters follow.
 */
import * as D from '../xlat/devices.gen.js';
import type { IoctlCall } from './call.js';
import { hex, uuid, x64 } from './fields.js';
import { onRequests, type IoctlStep } from './registry.js';
import { requestNumbers as codes } from './request.js';

const MAX_ARG_SIZE = 4096;
const PARAM_SIZE = 32;
const PARAM_ATTR_META = 0x100n;
/** TEE_IOC_SHM_REGISTER_FD: _IOWR(0xa4, 8, 32 bytes), from a kernel tree that never merged it. */
const SHM_REGISTER_FD = ((3 << 30) | (32 << 16) | (0xa4 << 8) | 8) >>> 0;

const u32 = (b: Buffer, off: number): number => b.readUInt32LE(off);

/** `{buf_len=N, buf_ptr=0x...}`: struct tee_ioctl_buf_data (buf_ptr, buf_len) on its own. */
const bufText = (b: Buffer): string => `{buf_len=${b.readBigUInt64LE(8)}, buf_ptr=${x64(b, 0)}}`;

interface Fetched {
  readonly buf: Buffer;
  /** The argument struct buf_ptr points to. */
  readonly arg: Buffer;
  /** Where its parameters are (0 for none). */
  readonly params: number;
}

/**
 * The buffer descriptor and the argument struct of `size` bytes it points to (its parameter
 * count at `countAt`), or the text to print instead: the address, or the descriptor alone
 * when its length cannot be right or its struct cannot be read.
 */
function fetchBuf(c: IoctlCall, size: number, countAt: number): Fetched | string {
  const buf = c.fetch(c.arg, 16);
  if (buf === null) return c.addr(c.arg);
  const len = buf.readBigUInt64LE(8);
  const ptr = buf.readBigUInt64LE(0);
  if (len > BigInt(MAX_ARG_SIZE) || len < BigInt(size) || ptr >= 1n << 53n) return bufText(buf);
  const arg = c.fetch(Number(ptr), size, true);
  if (arg === null) return bufText(buf);
  const count = u32(arg, countAt);
  // The kernel refuses a length that does not match the count (it may change the count).
  if (c.entering && BigInt(size + PARAM_SIZE * count) !== len) return bufText(buf);
  return { buf, arg, params: count ? Number(ptr) + size : 0 };
}

function param(c: IoctlCall, p: Buffer): string {
  const attr = p.readBigUInt64LE(0);
  let s = `{attr=${c.xval(D.TEE_IOCTL_PARAM_ATTR_TYPES, attr & ~PARAM_ATTR_META, 'TEE_IOCTL_PARAM_ATTR_')}`;
  if (attr & PARAM_ATTR_META) s += '|TEE_IOCTL_PARAM_ATTR_META';
  switch (attr) {
    case 0n:
      break;
    case 5n: case 6n: case 7n: // MEMREF_INPUT, _OUTPUT, _INOUT
      s += `, shm_offs=${x64(p, 8)}, size=${x64(p, 16)}, shm_id=${p.readBigUInt64LE(24)}`;
      break;
    default:
      s += `, a=${x64(p, 8)}, b=${x64(p, 16)}, c=${x64(p, 24)}`;
  }
  return s + '}';
}

const params = (c: IoctlCall, at: number, count: number): string =>
  `, params=${c.array(at, count, PARAM_SIZE, (p) => param(c, p))}`;

/**
 * A call with parameters: `head` prints the argument struct at entry, `tail` what came back
 * (both before the parameters).
 */
function withParams(size: number, countAt: number, head: (c: IoctlCall, a: Buffer) => string,
  tail: (c: IoctlCall, a: Buffer) => string) {
  return (c: IoctlCall): IoctlStep => {
    const f = fetchBuf(c, size, countAt);
    if (typeof f === 'string') return f;
    return {
      entry: `{buf_len=${f.buf.readBigUInt64LE(8)}, buf_ptr={${head(c, f.arg)}${params(c, f.params, u32(f.arg, countAt))}}`,
      exit: (c) => {
        if (c.failed) return '}';
        const o = fetchBuf(c, size, countAt);
        // As strace: the descriptor alone, the outer brace left open.
        if (typeof o === 'string') return ' => ' + o;
        return ` => {${tail(c, o.arg)}${params(c, o.params, u32(o.arg, countAt))}}}`;
      },
    };
  };
}

// --- version, sessions, invocations, supplicant ----------------------------------------------
const TEE_IMPL_ID_OPTEE = 1;
onRequests(codes('TEE_IOC_VERSION'), () => ({
  entry: '',
  exit: (c) => c.struct(c.arg, 12, (b) => {
    const impl = u32(b, 0);
    const caps = impl === TEE_IMPL_ID_OPTEE ? c.flags(D.TEE_IOCTL_OPTEE_CAPS, u32(b, 4), 'TEE_OPTEE_CAP_???') : hex(u32(b, 4));
    return `{impl_id=${c.xval(D.TEE_IOCTL_IMPL_IDS, impl, 'TEE_IMPL_ID_???')}` +
      `, gen_caps=${c.flags(D.TEE_IOCTL_GEN_CAPS, u32(b, 8), 'TEE_GEN_CAP_???')}, impl_caps=${caps}}`;
  }),
}));

/** Logins without connection data, and those whose data is a group id. */
const LOGINS_PLAIN = new Set([0, 1, 4, 5]); // PUBLIC, USER, APPLICATION, USER_APPLICATION
const LOGINS_GROUP = new Set([2, 6]); // GROUP, GROUP_APPLICATION
const origin = (c: IoctlCall, v: number): string => c.xval(D.TEE_IOCTL_ORIGINS, v, 'TEEC_ORIGIN_???');

// struct tee_ioctl_open_session_arg: uuid, clnt_uuid, clnt_login, cancel_id, session, ret,
// ret_origin, num_params (at 52), params.
onRequests(codes('TEE_IOC_OPEN_SESSION'), withParams(56, 52, (c, a) => {
  const login = u32(a, 32);
  let s = `uuid=${uuid(a, 0)}, clnt_login=${c.xval(D.TEE_IOCTL_LOGIN_TYPES, login, 'TEE_IOCTL_LOGIN_???')}`;
  // clnt_uuid is no UUID: the group to log in as, where there is one.
  if (LOGINS_GROUP.has(login)) {
    const gid = u32(a, 16);
    s += `, clnt_uuid=${gid === 0xffffffff ? '-1' : gid}`;
  } else if (!LOGINS_PLAIN.has(login)) {
    s += `, clnt_uuid=${c.local(16, (i) => hex(a[16 + i]!))}`;
  }
  return s + `, cancel_id=${u32(a, 36)}, num_params=${u32(a, 52)}`;
}, (c, a) => `session=${hex(u32(a, 40))}, ret=${u32(a, 44)}, ret_origin=${origin(c, u32(a, 48))}`));

// struct tee_ioctl_invoke_arg: func, session, cancel_id, ret, ret_origin, num_params (at 20).
onRequests(codes('TEE_IOC_INVOKE'), withParams(24, 20,
  (_c, a) => `func=${u32(a, 0)}, session=${hex(u32(a, 4))}, cancel_id=${u32(a, 8)}, num_params=${u32(a, 20)}`,
  (c, a) => `ret=${u32(a, 12)}, ret_origin=${origin(c, u32(a, 16))}`));

// struct tee_iocl_supp_recv_arg: func, num_params; struct tee_iocl_supp_send_arg: ret, num_params.
onRequests(codes('TEE_IOC_SUPPL_RECV'), withParams(8, 4,
  (_c, a) => `func=${u32(a, 0)}, num_params=${u32(a, 4)}`, (_c, a) => `num_params=${u32(a, 4)}`));
onRequests(codes('TEE_IOC_SUPPL_SEND'), withParams(8, 4,
  (_c, a) => `num_params=${u32(a, 4)}`, (_c, a) => `ret=${u32(a, 0)}`));

onRequests(codes('TEE_IOC_CANCEL'), (c) => c.struct(c.arg, 8, (b) => `{cancel_id=${u32(b, 0)}, session=${hex(u32(b, 4))}}`));
onRequests(codes('TEE_IOC_CLOSE_SESSION'), (c) => c.struct(c.arg, 4, (b) => `{session=${hex(u32(b, 0))}}`));

// --- shared memory -----------------------------------------------------------------------------
const shmFlags = (c: IoctlCall, v: number): string => c.flags(D.TEE_IOCTL_SHM_FLAGS, v, 'TEE_IOCTL_SHM_???');

/** A struct printed at entry and, as the kernel left it, after ` => ` at exit. */
function inOut(size: number, entry: (c: IoctlCall, b: Buffer) => string, exit: (c: IoctlCall, b: Buffer) => string) {
  return (c: IoctlCall): IoctlStep => {
    const b = c.fetch(c.arg, size);
    if (b === null) return c.addr(c.arg);
    return { entry: entry(c, b), exit: (c) => (c.failed ? '' : ' => ' + c.struct(c.arg, size, (o) => exit(c, o))) };
  };
}

// struct tee_ioctl_shm_alloc_data: size, flags, id.
onRequests(codes('TEE_IOC_SHM_ALLOC'), inOut(16,
  (c, b) => `{size=${x64(b, 0)}, flags=${shmFlags(c, u32(b, 8))}}`,
  (c, b) => `{size=${x64(b, 0)}, flags=${shmFlags(c, u32(b, 8))}, id=${b.readInt32LE(12)}}`));
// struct tee_ioctl_shm_register_data: addr, length, flags, id.
onRequests(codes('TEE_IOC_SHM_REGISTER'), inOut(24,
  (c, b) => `{addr=${x64(b, 0)}, length=${x64(b, 8)}, flags=${shmFlags(c, u32(b, 16))}}`,
  (c, b) => `{length=${x64(b, 8)}, flags=${shmFlags(c, u32(b, 16))}, id=${b.readInt32LE(20)}}`));
// The register-fd data: fd (s64), size, flags, id.
onRequests([SHM_REGISTER_FD], inOut(32,
  (c, b) => `{fd=${c.fd(Number(b.readBigInt64LE(0)))}, flags=${shmFlags(c, u32(b, 16))}}`,
  (_c, b) => `{size=${x64(b, 8)}, id=${b.readInt32LE(24)}}`));
