/** SCSI generic (type 0x22, scsi/sg.h): the SG_* settings and queries. */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';
import { sgIo } from './sg-io.js';
import { lookup } from './xlat.js';

const SG_SCSI_RESET_NO_ESCALATE = 0x100;
const int = (c: IoctlCall): string => c.int(c.arg);

onRequests(codes('SG_IO'), sgIo);

// struct sg_scsi_id: host_no, channel, scsi_id, lun, scsi_type, h_cmd_per_lun, d_queue_depth (short).
onRequests(codes('SG_GET_SCSI_ID'), output((c) => c.struct(c.arg, 32, (b) =>
  `{host_no=${b.readInt32LE(0)}, channel=${b.readInt32LE(4)}, scsi_id=${hex(b.readUInt32LE(8))}, ` +
  `lun=${b.readInt32LE(12)}, scsi_type=${hex(b.readUInt32LE(16))}, h_cmd_per_lun=${b.readInt16LE(20)}, ` +
  `d_queue_depth=${b.readInt16LE(22)}}`)));
onRequests(codes('SG_GET_REQUEST_TABLE'), output((c) => c.addr(c.arg)));

onRequests(codes('SG_SCSI_RESET'), (c) => c.struct(c.arg, 4, (b) => {
  const v = b.readUInt32LE(0);
  let s = '';
  if (v & SG_SCSI_RESET_NO_ESCALATE) s = (c.style === 'abbrev' ? lookup(X.SG_SCSI_RESET, SG_SCSI_RESET_NO_ESCALATE)! : c.xval(X.SG_SCSI_RESET, SG_SCSI_RESET_NO_ESCALATE)) + '|';
  return `[${s}${c.xval(X.SG_SCSI_RESET, (v & ~SG_SCSI_RESET_NO_ESCALATE) >>> 0, 'SG_SCSI_RESET_???')}]`;
}));
onRequests(codes('SG_NEXT_CMD_LEN', 'SG_SET_COMMAND_Q', 'SG_SET_DEBUG', 'SG_SET_FORCE_LOW_DMA', 'SG_SET_FORCE_PACK_ID',
  'SG_SET_KEEP_ORPHAN', 'SG_SET_RESERVED_SIZE', 'SG_SET_TIMEOUT'), int);
onRequests(codes('SG_EMULATED_HOST', 'SG_GET_ACCESS_COUNT', 'SG_GET_COMMAND_Q', 'SG_GET_KEEP_ORPHAN', 'SG_GET_LOW_DMA',
  'SG_GET_NUM_WAITING', 'SG_GET_PACK_ID', 'SG_GET_RESERVED_SIZE', 'SG_GET_SG_TABLESIZE', 'SG_GET_TRANSFORM',
  'SG_GET_VERSION_NUM'), output(int));
onRequests(codes('SG_SET_TRANSFORM'), (c) => hex(c.task.args[4]!));
onRequests(codes('SG_GET_TIMEOUT'), () => '');
