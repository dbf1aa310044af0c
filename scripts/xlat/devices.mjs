// Tables of the smaller ioctl families (seccomp notifications, SCSI generic, MTD, TEE, device mapper), in the format of
// gen-xlat.mjs's FAMILIES (which generates src/decode/xlat/devices.gen.ts from them): which
// constants, in strace's order; the values come from the headers.
const SECCOMP = ['linux/seccomp.h'];
const SG = ['scsi/sg.h'];
const BSG = ['linux/bsg.h'];
const MTD = ['mtd/mtd-abi.h'];
const TEE = ['linux/tee.h'];
const DM = ['linux/dm-ioctl.h'];

export const DEVICES = {
  // seccomp_data's arch: subsys's audit_arch table (the one strace knows).
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
  // Memory technology devices (type 'M').
  mtd_mode_options: { headers: MTD, entries: ['MTD_OPS_PLACE_OOB', 'MTD_OPS_AUTO_OOB', 'MTD_OPS_RAW'] },
  mtd_file_mode_options: { headers: MTD, entries: ['MTD_FILE_MODE_NORMAL', 'MTD_FILE_MODE_OTP_FACTORY', 'MTD_FILE_MODE_OTP_USER', 'MTD_FILE_MODE_RAW'] },
  mtd_type_options: {
    headers: MTD,
    entries: ['MTD_ABSENT', 'MTD_RAM', 'MTD_ROM', 'MTD_NORFLASH', 'MTD_NANDFLASH', 'MTD_DATAFLASH', 'MTD_UBIVOLUME', 'MTD_MLCNANDFLASH'],
  },
  mtd_flags_options: {
    headers: MTD,
    entries: ['MTD_WRITEABLE', 'MTD_BIT_WRITEABLE', 'MTD_NO_ERASE', 'MTD_POWERUP_LOCK', 'MTD_SLC_ON_MLC_EMULATION'],
  },
  mtd_otp_options: { headers: MTD, entries: ['MTD_OTP_OFF', 'MTD_OTP_FACTORY', 'MTD_OTP_USER'] },
  mtd_nandecc_options: {
    headers: MTD,
    entries: ['MTD_NANDECC_OFF', 'MTD_NANDECC_PLACE', 'MTD_NANDECC_AUTOPLACE', 'MTD_NANDECC_PLACEONLY', 'MTD_NANDECC_AUTOPL_USR'],
  },
  // Trusted execution environments (type 0xa4); the origins and most shared memory flags
  // are kernel-internal, with strace's values.
  tee_ioctl_gen_caps: { headers: TEE, entries: ['TEE_GEN_CAP_GP', 'TEE_GEN_CAP_PRIVILEGED', 'TEE_GEN_CAP_REG_MEM', 'TEE_GEN_CAP_MEMREF_NULL'] },
  tee_ioctl_impl_ids: { headers: TEE, entries: ['TEE_IMPL_ID_OPTEE', 'TEE_IMPL_ID_AMDTEE'] },
  tee_ioctl_login_types: {
    headers: TEE,
    entries: ['TEE_IOCTL_LOGIN_PUBLIC', 'TEE_IOCTL_LOGIN_USER', 'TEE_IOCTL_LOGIN_GROUP', 'TEE_IOCTL_LOGIN_APPLICATION',
      'TEE_IOCTL_LOGIN_USER_APPLICATION', 'TEE_IOCTL_LOGIN_GROUP_APPLICATION'],
  },
  tee_ioctl_origins: {
    headers: [],
    entries: [['TEEC_ORIGIN_API', '1'], ['TEEC_ORIGIN_COMMS', '2'], ['TEEC_ORIGIN_TEE', '3'], ['TEEC_ORIGIN_TRUSTED_APP', '4']],
  },
  tee_ioctl_optee_caps: { headers: TEE, entries: ['TEE_OPTEE_CAP_TZ'] },
  tee_ioctl_param_attr_types: {
    headers: TEE,
    entries: ['TEE_IOCTL_PARAM_ATTR_TYPE_NONE', 'TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT', 'TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_OUTPUT',
      'TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT', 'TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT', 'TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT',
      'TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT', 'TEE_IOCTL_PARAM_ATTR_META'],
  },
  tee_ioctl_shm_flags: {
    headers: [],
    entries: [['TEE_IOCTL_SHM_MAPPED', '0x1'], ['TEE_IOCTL_SHM_DMA_BUF', '0x2'], ['TEE_IOCTL_SHM_EXT_DMA_BUF', '0x4'],
      ['TEE_IOCTL_SHM_REGISTER', '0x8'], ['TEE_IOCTL_SHM_USER_MAPPED', '0x10'], ['TEE_IOCTL_SHM_POOL', '0x20'],
      ['TEE_IOCTL_SHM_KERNEL_MAPPED', '0x40']],
  },
  // Device mapper; DM_EXISTS_FLAG is the kernel's own, gone from the header.
  dm_flags: {
    headers: DM,
    entries: ['DM_READONLY_FLAG', 'DM_SUSPEND_FLAG', ['DM_EXISTS_FLAG', '0x4'], 'DM_PERSISTENT_DEV_FLAG', 'DM_STATUS_TABLE_FLAG',
      'DM_ACTIVE_PRESENT_FLAG', 'DM_INACTIVE_PRESENT_FLAG', 'DM_BUFFER_FULL_FLAG', 'DM_SKIP_BDGET_FLAG', 'DM_SKIP_LOCKFS_FLAG',
      'DM_NOFLUSH_FLAG', 'DM_QUERY_INACTIVE_TABLE_FLAG', 'DM_UEVENT_GENERATED_FLAG', 'DM_UUID_FLAG', 'DM_SECURE_DATA_FLAG',
      'DM_DATA_OUT_FLAG', 'DM_DEFERRED_REMOVE', 'DM_INTERNAL_SUSPEND_FLAG', 'DM_IMA_MEASUREMENT_FLAG'],
  },
};
