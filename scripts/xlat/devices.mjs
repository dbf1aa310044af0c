// Tables of the smaller ioctl families (seccomp notifications ...), in the format of
// gen-xlat.mjs's FAMILIES (which generates src/decode/xlat/devices.gen.ts from them): which
// constants, in strace's order; the values come from the headers.
const SECCOMP = ['linux/seccomp.h'];
const SG = ['scsi/sg.h'];
const BSG = ['linux/bsg.h'];

export const DEVICES = {
  // AUDIT_ARCH_* values, for seccomp_data's arch.
  audit_arch: { headers: ['linux/audit.h'], match: '^AUDIT_ARCH_' },
  seccomp_ioctl_resp_flags: { headers: SECCOMP, entries: ['SECCOMP_USER_NOTIF_FLAG_CONTINUE'] },
  seccomp_ioctl_addfd_flags: { headers: SECCOMP, entries: ['SECCOMP_ADDFD_FLAG_SETFD', 'SECCOMP_ADDFD_FLAG_SEND'] },
  // SCSI generic requests: the kernel's own scsi/sg.h has the flags glibc's copy lacks.
  sg_io_dxfer_direction: { headers: SG, entries: ['SG_DXFER_NONE', 'SG_DXFER_TO_DEV', 'SG_DXFER_FROM_DEV', 'SG_DXFER_TO_FROM_DEV'] },
  sg_io_flags: {
    headers: SG,
    entries: ['SG_FLAG_DIRECT_IO', ['SG_FLAG_UNUSED_LUN_INHIBIT', '2'], ['SG_FLAG_MMAP_IO', '4'], 'SG_FLAG_NO_DXFER',
      ['SG_FLAG_Q_AT_TAIL', '0x10'], ['SG_FLAG_Q_AT_HEAD', '0x20']],
  },
  sg_io_info: { headers: SG, entries: ['SG_INFO_CHECK', 'SG_INFO_DIRECT_IO', 'SG_INFO_MIXED_IO'] },
  bsg_protocol: { headers: BSG, entries: ['BSG_PROTOCOL_SCSI'] },
  bsg_subprotocol: { headers: BSG, entries: ['BSG_SUB_PROTOCOL_SCSI_CMD', 'BSG_SUB_PROTOCOL_SCSI_TMF', 'BSG_SUB_PROTOCOL_SCSI_TRANSPORT'] },
  bsg_flags: { headers: BSG, entries: ['BSG_FLAG_Q_AT_TAIL', 'BSG_FLAG_Q_AT_HEAD'] },
};
