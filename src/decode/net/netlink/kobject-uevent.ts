/**
 * NETLINK_KOBJECT_UEVENT traffic, as strace's netlink_kobject_uevent.c prints it: no netlink
 * headers, but udev's struct udev_monitor_netlink_header ("libudev" and its fields, the
 * network-order ones as `htonl(0x...)`), then the properties as a string; anything else
 * (the kernel's own `ACTION@devpath` events) as a plain string.
 */
import type { StructContext } from '../../structs/registry.js';

/** char prefix[8], then eight u32: magic, header_size, properties_off, properties_len, four hashes. */
const HEADER_SIZE = 40;
const PREFIX = Buffer.from('libudev\0');

const htonl = (b: Buffer, off: number): string => `htonl(0x${b.readUInt32BE(off).toString(16)})`;

/**
 * The `len` bytes at `addr`; `plain` prints bytes as the string strace's printstrn makes.
 */
export function ueventText(c: StructContext, addr: number, len: number, plain: (addr: number, len: number) => string): string {
  if (c.opts.decodeStructs === false || addr === 0 || len < HEADER_SIZE ||
    c.mem.read(c.task.tid, addr, HEADER_SIZE) !== HEADER_SIZE || c.mem.scratch.compare(PREFIX, 0, 8, 0, 8) !== 0) {
    return plain(addr, len);
  }
  const b = c.mem.scratch;
  const u = (off: number): number => b.readUInt32LE(off);
  const head = `{prefix="libudev", magic=${htonl(b, 8)}, header_size=${u(12)}, properties_off=${u(16)}, ` +
    `properties_len=${u(20)}, filter_subsystem_hash=${htonl(b, 24)}, filter_devtype_hash=${htonl(b, 28)}, ` +
    `filter_tag_bloom_hi=${htonl(b, 32)}, filter_tag_bloom_lo=${htonl(b, 36)}}`;
  return len > HEADER_SIZE ? `[${head}, ${plain(addr + HEADER_SIZE, len - HEADER_SIZE)}]` : head;
}
