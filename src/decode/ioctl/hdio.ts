/** ATA disks (type 0x03, linux/hdreg.h): geometry, drive commands, and the HDIO_GET/SET_* values. */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';

// struct hd_geometry: heads, sectors (u8), cylinders (u16), start (unsigned long).
onRequests(codes('HDIO_GETGEO'), output((c) => c.struct(c.arg, 16, (b) =>
  `{heads=${b[0]}, sectors=${b[1]}, cylinders=${b.readUInt16LE(2)}, start=${b.readBigUInt64LE(8)}}`)));

const EIO = 5;
const SECTOR_SIZE = 512;
// struct hd_drive_cmd_hdr: command, sector_number, feature, sector_count; the kernel
// writes status, error, nsector back over it and the sectors read after it.
onRequests(codes('HDIO_DRIVE_CMD'), (c) => {
  const b = c.fetch(c.arg, 4);
  if (b === null) return c.addr(c.arg);
  return {
    entry: `{command=${c.xval(X.HDIO_DRIVE_CMDS, b[0]!, 'ATA_CMD_???')}, sector_number=${b[1]}, ` +
      `feature=${b[2]}, sector_count=${b[3]}}`,
    exit: (c) => {
      if (c.failed && -(c.task.retLo | 0) !== EIO) return '';
      const b = c.fetch(c.arg, 4, true);
      if (b === null) return '';
      let s = ` => {status=${hex(b[0]!)}, error=${b[1]}, nsector=${b[2]}`;
      if (b[3]) s += `, buf=${c.strn(c.arg + 4, b[3] * SECTOR_SIZE, true)}`;
      return s + '}';
    },
  };
});

/** `[N]`: an unsigned long the kernel wrote. */
function ulongOut(print: (c: IoctlCall, v: bigint) => string) {
  return output((c) => {
    const b = c.fetch(c.arg, 8);
    return b === null ? c.addr(c.arg) : `[${print(c, b.readBigUInt64LE(0))}]`;
  });
}
const plain = (_c: IoctlCall, v: bigint): string => v.toString();

onRequests(codes('HDIO_GET_32BIT', 'HDIO_GET_ACOUSTIC', 'HDIO_GET_ADDRESS', 'HDIO_GET_DMA', 'HDIO_GET_KEEPSETTINGS',
  'HDIO_GET_MULTCOUNT', 'HDIO_GET_NOWERR', 'HDIO_GET_UNMASKINTR', 'HDIO_GET_WCACHE'), ulongOut(plain));
onRequests(codes('HDIO_GET_BUSSTATE'), ulongOut((c, v) => c.xval(X.HDIO_BUSSTATES, v, 'BUSSTATE_???')));
onRequests(codes('HDIO_GET_NICE'), ulongOut((c, v) => c.flags(X.HDIO_IDE_NICE, v, 'IDE_NICE_???')));
onRequests(codes('HDIO_GET_IDENTITY'), output((c) => (c.failed ? c.addr(c.arg) : c.strn(c.arg, 512))));
onRequests(codes('HDIO_OBSOLETE_IDENTITY'), output((c) => (c.failed ? c.addr(c.arg) : c.strn(c.arg, 142))));
onRequests(codes('HDIO_DRIVE_RESET', 'HDIO_SCAN_HWIF'), (c) =>
  c.array(c.arg, 3, 4, (b) => hex(b.readUInt32LE(0))));
onRequests(codes('HDIO_SET_32BIT', 'HDIO_SET_ACOUSTIC', 'HDIO_SET_ADDRESS', 'HDIO_SET_DMA', 'HDIO_SET_KEEPSETTINGS',
  'HDIO_SET_MULTCOUNT', 'HDIO_SET_NOWERR', 'HDIO_SET_PIO_MODE', 'HDIO_SET_UNMASKINTR', 'HDIO_SET_WCACHE',
  'HDIO_UNREGISTER_HWIF'), (c) => c.argU64.toString());
onRequests(codes('HDIO_SET_BUSSTATE'), (c) => c.xval(X.HDIO_BUSSTATES, c.argU64, 'BUSSTATE_???'));
onRequests(codes('HDIO_SET_NICE'), (c) => c.flags(X.HDIO_IDE_NICE, c.argU64, 'IDE_NICE_???'));
