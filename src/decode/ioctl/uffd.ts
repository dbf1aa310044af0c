/** userfaultfd (type 0xaa, linux/userfaultfd.h): the API handshake, registration, copies. */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { x64 } from './fields.js';
import { onRequests, type IoctlStep } from './registry.js';
import { requestNumbers as codes } from './request.js';

const range = (b: Buffer, off: number): string => `{start=${x64(b, off)}, len=${x64(b, off + 8)}}`;

/**
 * A struct of `size` bytes: `entry` of it at entry, then `, out}` at exit (a successful
 * call's written fields) or `}`.
 */
function inThenOut(c: IoctlCall, size: number, entry: (b: Buffer) => string,
  exit: (c: IoctlCall, b: Buffer, entered: Buffer) => string): IoctlStep {
  const entered = c.fetch(c.arg, size);
  if (entered === null) return c.addr(c.arg);
  return {
    entry: '{' + entry(entered),
    exit: (c) => {
      const b = c.failed ? null : c.fetch(c.arg, size);
      return (b === null ? '' : exit(c, b, entered)) + '}';
    },
  };
}

// struct uffdio_api: api, features, ioctls (u64 each).
onRequests(codes('UFFDIO_API'), (c) => inThenOut(c, 24,
  (b) => `api=${x64(b, 0)}, features=${c.flags(X.UFFD_API_FEATURES, b.readBigUInt64LE(8), 'UFFD_FEATURE_???')}`,
  (c, b, entered) => {
    const features = b.readBigUInt64LE(8);
    const changed = features !== entered.readBigUInt64LE(8)
      ? ` => features=${c.flags(X.UFFD_API_FEATURES, features, 'UFFD_FEATURE_???')}` : '';
    return `${changed}, ioctls=${c.flags(X.UFFD_API_FLAGS, b.readBigUInt64LE(16), '_UFFDIO_???')}`;
  }));

// struct uffdio_copy: dst, src, len, mode, copy (s64).
onRequests(codes('UFFDIO_COPY'), (c) => inThenOut(c, 40,
  (b) => `dst=${x64(b, 0)}, src=${x64(b, 8)}, len=${x64(b, 16)}, ` +
    `mode=${c.flags(X.UFFD_COPY_FLAGS, b.readBigUInt64LE(24), 'UFFDIO_COPY_???')}`,
  (_c, b) => `, copy=${x64(b, 32)}`));

// struct uffdio_register: range, mode, ioctls.
onRequests(codes('UFFDIO_REGISTER'), (c) => inThenOut(c, 32,
  (b) => `range=${range(b, 0)}, mode=${c.flags(X.UFFD_REGISTER_MODE_FLAGS, b.readBigUInt64LE(16), 'UFFDIO_REGISTER_MODE_???')}`,
  (c, b) => `, ioctls=${c.flags(X.UFFD_REGISTER_IOCTL_FLAGS, b.readBigUInt64LE(24), 'UFFDIO_???')}`));

onRequests(codes('UFFDIO_UNREGISTER', 'UFFDIO_WAKE'), (c) => c.struct(c.arg, 16, (b) => range(b, 0)));

// struct uffdio_zeropage: range, mode, zeropage (s64).
onRequests(codes('UFFDIO_ZEROPAGE'), (c) => inThenOut(c, 32,
  (b) => `range=${range(b, 0)}, mode=${c.flags(X.UFFD_ZEROPAGE_FLAGS, b.readBigUInt64LE(16), 'UFFDIO_ZEROPAGE_???')}`,
  (_c, b) => `, zeropage=${x64(b, 24)}`));
