// Tables of the kernel-subsystem decoders (prctl, bpf, io_uring, keyctl, ...), in the
// format of gen-xlat.mjs's FAMILIES (which generates src/decode/xlat/subsys.gen.ts from
// them): which constants, in strace's order; the values come from the headers.
const PRCTL = ['linux/prctl.h'];

export const SUBSYS = {
  // include/linux/kern_levels.h is not UAPI; strace also names 8 (the kernel's clamp).
  syslog_console_levels: {
    headers: [],
    entries: [['LOGLEVEL_EMERG', '0'], ['LOGLEVEL_ALERT', '1'], ['LOGLEVEL_CRIT', '2'], ['LOGLEVEL_ERR', '3'],
      ['LOGLEVEL_WARNING', '4'], ['LOGLEVEL_NOTICE', '5'], ['LOGLEVEL_INFO', '6'], ['LOGLEVEL_DEBUG', '7'],
      ['LOGLEVEL_DEBUG+1', '8']],
  },
  // keys
  key_perms: {
    headers: ['linux/keyctl.h'],
    entries: [['KEY_POS_VIEW', '0x01000000'], ['KEY_POS_READ', '0x02000000'], ['KEY_POS_WRITE', '0x04000000'],
      ['KEY_POS_SEARCH', '0x08000000'], ['KEY_POS_LINK', '0x10000000'], ['KEY_POS_SETATTR', '0x20000000'],
      ['KEY_POS_ALL', '0x3f000000'], ['KEY_USR_VIEW', '0x00010000'], ['KEY_USR_READ', '0x00020000'],
      ['KEY_USR_WRITE', '0x00040000'], ['KEY_USR_SEARCH', '0x00080000'], ['KEY_USR_LINK', '0x00100000'],
      ['KEY_USR_SETATTR', '0x00200000'], ['KEY_USR_ALL', '0x003f0000'], ['KEY_GRP_VIEW', '0x00000100'],
      ['KEY_GRP_READ', '0x00000200'], ['KEY_GRP_WRITE', '0x00000400'], ['KEY_GRP_SEARCH', '0x00000800'],
      ['KEY_GRP_LINK', '0x00001000'], ['KEY_GRP_SETATTR', '0x00002000'], ['KEY_GRP_ALL', '0x00003f00'],
      ['KEY_OTH_VIEW', '0x00000001'], ['KEY_OTH_READ', '0x00000002'], ['KEY_OTH_WRITE', '0x00000004'],
      ['KEY_OTH_SEARCH', '0x00000008'], ['KEY_OTH_LINK', '0x00000010'], ['KEY_OTH_SETATTR', '0x00000020'],
      ['KEY_OTH_ALL', '0x0000003f']],
  },
  key_reqkeys: {
    headers: ['linux/keyctl.h'],
    entries: ['KEY_REQKEY_DEFL_NO_CHANGE', 'KEY_REQKEY_DEFL_DEFAULT', 'KEY_REQKEY_DEFL_THREAD_KEYRING',
      'KEY_REQKEY_DEFL_PROCESS_KEYRING', 'KEY_REQKEY_DEFL_SESSION_KEYRING', 'KEY_REQKEY_DEFL_USER_KEYRING',
      'KEY_REQKEY_DEFL_USER_SESSION_KEYRING', 'KEY_REQKEY_DEFL_GROUP_KEYRING', 'KEY_REQKEY_DEFL_REQUESTOR_KEYRING'],
  },
  keyctl_caps0: {
    headers: ['linux/keyctl.h'],
    entries: ['KEYCTL_CAPS0_CAPABILITIES', 'KEYCTL_CAPS0_PERSISTENT_KEYRINGS', 'KEYCTL_CAPS0_DIFFIE_HELLMAN',
      'KEYCTL_CAPS0_PUBLIC_KEY', 'KEYCTL_CAPS0_BIG_KEY', 'KEYCTL_CAPS0_INVALIDATE', 'KEYCTL_CAPS0_RESTRICT_KEYRING',
      'KEYCTL_CAPS0_MOVE'],
  },
  keyctl_caps1: {
    headers: ['linux/keyctl.h'],
    entries: ['KEYCTL_CAPS1_NS_KEYRING_NAME', 'KEYCTL_CAPS1_NS_KEY_TAG', 'KEYCTL_CAPS1_NOTIFICATIONS'],
  },
  keyctl_move_flags: { headers: ['linux/keyctl.h'], entries: ['KEYCTL_MOVE_EXCL'] },
  keyctl_pkey_ops: {
    headers: ['linux/keyctl.h'],
    entries: ['KEYCTL_SUPPORTS_ENCRYPT', 'KEYCTL_SUPPORTS_DECRYPT', 'KEYCTL_SUPPORTS_SIGN', 'KEYCTL_SUPPORTS_VERIFY'],
  },

  // classic and extended BPF instruction codes
  bpf_class: { headers: ['linux/filter.h'], entries: ['BPF_LD', 'BPF_LDX', 'BPF_ST', 'BPF_STX', 'BPF_ALU', 'BPF_JMP', 'BPF_RET', 'BPF_MISC'] },
  bpf_miscop: { headers: ['linux/filter.h'], entries: ['BPF_TAX', 'BPF_TXA'] },
  bpf_mode: { headers: ['linux/filter.h'], entries: ['BPF_IMM', 'BPF_ABS', 'BPF_IND', 'BPF_MEM', 'BPF_LEN', 'BPF_MSH', ['BPF_XADD', '0xc0']] },
  bpf_op_alu: {
    headers: ['linux/bpf.h'],
    entries: ['BPF_ADD', 'BPF_SUB', 'BPF_MUL', 'BPF_DIV', 'BPF_OR', 'BPF_AND', 'BPF_LSH', 'BPF_RSH', 'BPF_NEG', 'BPF_MOD',
      'BPF_XOR', 'BPF_MOV', 'BPF_ARSH', 'BPF_END'],
  },
  bpf_op_jmp: {
    headers: ['linux/bpf.h'],
    entries: ['BPF_JA', 'BPF_JEQ', 'BPF_JGT', 'BPF_JGE', 'BPF_JSET', 'BPF_JNE', 'BPF_JSGT', 'BPF_JSGE', 'BPF_CALL',
      'BPF_EXIT', 'BPF_JLT', 'BPF_JLE', 'BPF_JSLT', 'BPF_JSLE'],
  },
  bpf_rval: { headers: ['linux/filter.h'], entries: ['BPF_K', 'BPF_X', 'BPF_A'] },
  bpf_size: { headers: ['linux/bpf.h'], entries: ['BPF_W', 'BPF_H', 'BPF_B', 'BPF_DW'] },
  bpf_src: { headers: ['linux/filter.h'], entries: ['BPF_K', 'BPF_X'] },
  ebpf_class: { headers: ['linux/bpf.h'], entries: ['BPF_LD', 'BPF_LDX', 'BPF_ST', 'BPF_STX', 'BPF_ALU', 'BPF_JMP', 'BPF_JMP32', 'BPF_ALU64'] },
  ebpf_mode: { headers: ['linux/bpf.h'], entries: ['BPF_IMM', 'BPF_ABS', 'BPF_IND', 'BPF_MEM', ['BPF_XADD', '0xc0']] },
  seccomp_ret_action: {
    headers: ['linux/seccomp.h'],
    entries: ['SECCOMP_RET_KILL_PROCESS', 'SECCOMP_RET_KILL_THREAD', 'SECCOMP_RET_TRAP', 'SECCOMP_RET_ERRNO',
      'SECCOMP_RET_USER_NOTIF', 'SECCOMP_RET_TRACE', 'SECCOMP_RET_LOG', 'SECCOMP_RET_ALLOW'],
  },

  // NUMA
  mpol_mode_flags: {
    headers: ['linux/mempolicy.h'],
    entries: ['MPOL_F_STATIC_NODES', 'MPOL_F_RELATIVE_NODES', ['MPOL_F_NUMA_BALANCING', '(1 << 13)']],
  },
  move_pages_flags: { headers: ['linux/mempolicy.h'], entries: ['MPOL_MF_MOVE', 'MPOL_MF_MOVE_ALL'] },
  // io_uring
  uring_enter_flags: { headers: ['linux/io_uring.h'], entries: ['IORING_ENTER_GETEVENTS', 'IORING_ENTER_SQ_WAKEUP', 'IORING_ENTER_SQ_WAIT', 'IORING_ENTER_EXT_ARG', 'IORING_ENTER_REGISTERED_RING'] },
  uring_files_update_fds: { headers: ['linux/io_uring.h'], entries: ['IORING_REGISTER_FILES_SKIP'] },
  uring_iowq_acct: { headers: [], entries: [['IO_WQ_BOUND', '0'], ['IO_WQ_UNBOUND', '1']] },
  uring_op_flags: { headers: ['linux/io_uring.h'], entries: ['IO_URING_OP_SUPPORTED'] },
  uring_ops: { headers: ['linux/io_uring.h'], entries: ['IORING_OP_NOP', 'IORING_OP_READV', 'IORING_OP_WRITEV', 'IORING_OP_FSYNC', 'IORING_OP_READ_FIXED', 'IORING_OP_WRITE_FIXED', 'IORING_OP_POLL_ADD', 'IORING_OP_POLL_REMOVE', 'IORING_OP_SYNC_FILE_RANGE', 'IORING_OP_SENDMSG', 'IORING_OP_RECVMSG', 'IORING_OP_TIMEOUT', 'IORING_OP_TIMEOUT_REMOVE', 'IORING_OP_ACCEPT', 'IORING_OP_ASYNC_CANCEL', 'IORING_OP_LINK_TIMEOUT', 'IORING_OP_CONNECT', 'IORING_OP_FALLOCATE', 'IORING_OP_OPENAT', 'IORING_OP_CLOSE', 'IORING_OP_FILES_UPDATE', 'IORING_OP_STATX', 'IORING_OP_READ', 'IORING_OP_WRITE', 'IORING_OP_FADVISE', 'IORING_OP_MADVISE', 'IORING_OP_SEND', 'IORING_OP_RECV', 'IORING_OP_OPENAT2', 'IORING_OP_EPOLL_CTL', 'IORING_OP_SPLICE', 'IORING_OP_PROVIDE_BUFFERS', 'IORING_OP_REMOVE_BUFFERS', 'IORING_OP_TEE', 'IORING_OP_SHUTDOWN', 'IORING_OP_RENAMEAT', 'IORING_OP_UNLINKAT', 'IORING_OP_MKDIRAT', 'IORING_OP_SYMLINKAT', 'IORING_OP_LINKAT', 'IORING_OP_MSG_RING', 'IORING_OP_FSETXATTR', 'IORING_OP_SETXATTR', 'IORING_OP_FGETXATTR', 'IORING_OP_GETXATTR', 'IORING_OP_SOCKET', 'IORING_OP_URING_CMD'] },
  uring_setup_features: { headers: ['linux/io_uring.h'], entries: ['IORING_FEAT_SINGLE_MMAP', 'IORING_FEAT_NODROP', 'IORING_FEAT_SUBMIT_STABLE', 'IORING_FEAT_RW_CUR_POS', 'IORING_FEAT_CUR_PERSONALITY', 'IORING_FEAT_FAST_POLL', 'IORING_FEAT_POLL_32BITS', 'IORING_FEAT_SQPOLL_NONFIXED', 'IORING_FEAT_EXT_ARG', 'IORING_FEAT_NATIVE_WORKERS', 'IORING_FEAT_RSRC_TAGS', 'IORING_FEAT_CQE_SKIP', 'IORING_FEAT_LINKED_FILE'] },
  uring_setup_flags: { headers: ['linux/io_uring.h'], entries: ['IORING_SETUP_IOPOLL', 'IORING_SETUP_SQPOLL', 'IORING_SETUP_SQ_AFF', 'IORING_SETUP_CQSIZE', 'IORING_SETUP_CLAMP', 'IORING_SETUP_ATTACH_WQ', 'IORING_SETUP_R_DISABLED', 'IORING_SETUP_SUBMIT_ALL', 'IORING_SETUP_COOP_TASKRUN', 'IORING_SETUP_TASKRUN_FLAG', 'IORING_SETUP_SQE128', 'IORING_SETUP_CQE32'] },
  uring_sqe_flags: { headers: ['linux/io_uring.h'], entries: ['IOSQE_FIXED_FILE', 'IOSQE_IO_DRAIN', 'IOSQE_IO_LINK', 'IOSQE_IO_HARDLINK', 'IOSQE_ASYNC', 'IOSQE_BUFFER_SELECT', 'IOSQE_CQE_SKIP_SUCCESS'] },
  uring_register_opcodes: { headers: ['linux/io_uring.h'], entries: ['IORING_REGISTER_BUFFERS', 'IORING_UNREGISTER_BUFFERS', 'IORING_REGISTER_FILES', 'IORING_UNREGISTER_FILES', 'IORING_REGISTER_EVENTFD', 'IORING_UNREGISTER_EVENTFD', 'IORING_REGISTER_FILES_UPDATE', 'IORING_REGISTER_EVENTFD_ASYNC', 'IORING_REGISTER_PROBE', 'IORING_REGISTER_PERSONALITY', 'IORING_UNREGISTER_PERSONALITY', 'IORING_REGISTER_RESTRICTIONS', 'IORING_REGISTER_ENABLE_RINGS', 'IORING_REGISTER_FILES2', 'IORING_REGISTER_FILES_UPDATE2', 'IORING_REGISTER_BUFFERS2', 'IORING_REGISTER_BUFFERS_UPDATE', 'IORING_REGISTER_IOWQ_AFF', 'IORING_UNREGISTER_IOWQ_AFF', 'IORING_REGISTER_IOWQ_MAX_WORKERS', 'IORING_REGISTER_RING_FDS', 'IORING_UNREGISTER_RING_FDS', 'IORING_REGISTER_PBUF_RING', 'IORING_UNREGISTER_PBUF_RING'] },
  uring_register_rsrc_flags: { headers: ['linux/io_uring.h'], entries: ['IORING_RSRC_REGISTER_SPARSE'] },
  uring_restriction_opcodes: { headers: ['linux/io_uring.h'], entries: ['IORING_RESTRICTION_REGISTER_OP', 'IORING_RESTRICTION_SQE_OP', 'IORING_RESTRICTION_SQE_FLAGS_ALLOWED', 'IORING_RESTRICTION_SQE_FLAGS_REQUIRED'] },

  // quotactl: the commands as QCMD_CMD() gives them (the old v1/v2 ones are no longer in
  // the headers: OLD_CMD(n) is n << 8).
  quotacmds: {
    headers: ['linux/quota.h', 'linux/dqblk_xfs.h'],
    entries: [['Q_V1_QUOTAON', '0x100'], ['Q_V1_QUOTAOFF', '0x200'], ['Q_V1_GETQUOTA', '0x300'],
      ['Q_V1_SETQUOTA', '0x400'], ['Q_V1_SETUSE', '0x500'], ['Q_V1_SYNC', '0x600'], ['Q_SETQLIM', '0x700'],
      ['Q_V1_GETSTATS', '0x800'], ['Q_V1_RSQUASH', '0x1000'], ['Q_V2_GETQUOTA', '0xd00'], ['Q_V2_SETQUOTA', '0xe00'],
      ['Q_V2_SETUSE', '0xf00'], ['Q_V2_GETINFO', '0x900'], ['Q_V2_SETINFO', '0xa00'], ['Q_V2_SETGRACE', '0xb00'],
      ['Q_V2_SETFLAGS', '0xc00'], ['Q_V2_GETSTATS', '0x1100'],
      'Q_SYNC', 'Q_QUOTAON', 'Q_QUOTAOFF', 'Q_GETFMT', 'Q_GETINFO', 'Q_SETINFO', 'Q_GETQUOTA', 'Q_SETQUOTA',
      'Q_GETNEXTQUOTA', 'Q_XQUOTAON', 'Q_XQUOTAOFF', 'Q_XGETQUOTA', 'Q_XSETQLIM', 'Q_XGETQSTAT', 'Q_XQUOTARM',
      'Q_XQUOTASYNC', 'Q_XGETQSTATV', 'Q_XGETNEXTQUOTA'],
  },
  quotatypes: { headers: ['linux/quota.h'], entries: ['USRQUOTA', 'GRPQUOTA', 'PRJQUOTA'] },
  quota_formats: { headers: ['linux/quota.h'], entries: ['QFMT_VFS_OLD', 'QFMT_VFS_V0', 'QFMT_OCFS2', 'QFMT_VFS_V1'] },
  if_dqblk_valid: {
    headers: ['linux/quota.h'],
    entries: ['QIF_BLIMITS', 'QIF_SPACE', 'QIF_ILIMITS', 'QIF_INODES', 'QIF_BTIME', 'QIF_ITIME'],
  },
  if_dqinfo_flags: { headers: ['linux/quota.h'], entries: ['DQF_ROOT_SQUASH', 'DQF_SYS_FILE'] },
  if_dqinfo_valid: { headers: ['linux/quota.h'], entries: ['IIF_BGRACE', 'IIF_IGRACE', 'IIF_FLAGS'] },
  xfs_dqblk_flags: { headers: ['linux/dqblk_xfs.h'], entries: ['FS_USER_QUOTA', 'FS_PROJ_QUOTA', 'FS_GROUP_QUOTA'] },
  xfs_quota_flags: {
    headers: ['linux/dqblk_xfs.h'],
    entries: ['FS_QUOTA_UDQ_ACCT', 'FS_QUOTA_UDQ_ENFD', 'FS_QUOTA_GDQ_ACCT', 'FS_QUOTA_GDQ_ENFD',
      'FS_QUOTA_PDQ_ACCT', 'FS_QUOTA_PDQ_ENFD'],
  },
  landlock_ruleset_access_fs: {
    headers: ['linux/landlock.h'],
    entries: ['LANDLOCK_ACCESS_FS_EXECUTE', 'LANDLOCK_ACCESS_FS_WRITE_FILE', 'LANDLOCK_ACCESS_FS_READ_FILE',
      'LANDLOCK_ACCESS_FS_READ_DIR', 'LANDLOCK_ACCESS_FS_REMOVE_DIR', 'LANDLOCK_ACCESS_FS_REMOVE_FILE',
      'LANDLOCK_ACCESS_FS_MAKE_CHAR', 'LANDLOCK_ACCESS_FS_MAKE_DIR', 'LANDLOCK_ACCESS_FS_MAKE_REG',
      'LANDLOCK_ACCESS_FS_MAKE_SOCK', 'LANDLOCK_ACCESS_FS_MAKE_FIFO', 'LANDLOCK_ACCESS_FS_MAKE_BLOCK',
      'LANDLOCK_ACCESS_FS_MAKE_SYM', 'LANDLOCK_ACCESS_FS_REFER'],
  },
  semop_flags: { headers: ['linux/sem.h'], entries: ['SEM_UNDO', 'IPC_NOWAIT'] },
  pr_cap_ambient: {
    headers: PRCTL,
    entries: ['PR_CAP_AMBIENT_IS_SET', 'PR_CAP_AMBIENT_RAISE', 'PR_CAP_AMBIENT_LOWER', 'PR_CAP_AMBIENT_CLEAR_ALL'],
  },
  pr_fp_mode: { headers: PRCTL, entries: ['PR_FP_MODE_FR', 'PR_FP_MODE_FRE'] },
  pr_mce_kill: { headers: PRCTL, entries: ['PR_MCE_KILL_CLEAR', 'PR_MCE_KILL_SET'] },
  pr_mce_kill_policy: { headers: PRCTL, entries: ['PR_MCE_KILL_LATE', 'PR_MCE_KILL_EARLY', 'PR_MCE_KILL_DEFAULT'] },
  pr_pac_enabled_keys: { headers: PRCTL, entries: ['PR_PAC_APIAKEY', 'PR_PAC_APIBKEY', 'PR_PAC_APDAKEY', 'PR_PAC_APDBKEY'] },
  pr_pac_keys: { headers: PRCTL, entries: ['PR_PAC_APGAKEY'] },
  pr_sched_core_cmds: {
    headers: PRCTL,
    entries: ['PR_SCHED_CORE_GET', 'PR_SCHED_CORE_CREATE', 'PR_SCHED_CORE_SHARE_TO', 'PR_SCHED_CORE_SHARE_FROM'],
  },
  // enum pid_type is kernel-internal (include/linux/pid.h).
  pr_sched_core_pidtypes: {
    headers: [],
    entries: [['PIDTYPE_PID', '0'], ['PIDTYPE_TGID', '1'], ['PIDTYPE_PGID', '2'], ['PIDTYPE_SID', '3']],
  },
  pr_set_mm: {
    headers: PRCTL,
    entries: ['PR_SET_MM_START_CODE', 'PR_SET_MM_END_CODE', 'PR_SET_MM_START_DATA', 'PR_SET_MM_END_DATA',
      'PR_SET_MM_START_STACK', 'PR_SET_MM_START_BRK', 'PR_SET_MM_BRK', 'PR_SET_MM_ARG_START', 'PR_SET_MM_ARG_END',
      'PR_SET_MM_ENV_START', 'PR_SET_MM_ENV_END', 'PR_SET_MM_AUXV', 'PR_SET_MM_EXE_FILE', 'PR_SET_MM_MAP',
      'PR_SET_MM_MAP_SIZE'],
  },
  pr_set_vma: { headers: PRCTL, entries: ['PR_SET_VMA_ANON_NAME'] },
  pr_sme_vl_flags: { headers: PRCTL, entries: ['PR_SME_SET_VL_ONEXEC', 'PR_SME_VL_INHERIT'] },
  pr_sme_vl_len_mask: { headers: PRCTL, entries: ['PR_SME_VL_LEN_MASK'] },
  pr_sve_vl_flags: { headers: PRCTL, entries: ['PR_SVE_SET_VL_ONEXEC', 'PR_SVE_VL_INHERIT'] },
  pr_sve_vl_len_mask: { headers: PRCTL, entries: ['PR_SVE_VL_LEN_MASK'] },
  pr_spec_cmds: { headers: PRCTL, entries: ['PR_SPEC_STORE_BYPASS', 'PR_SPEC_INDIRECT_BRANCH', 'PR_SPEC_L1D_FLUSH'] },
  pr_spec_get_store_bypass_flags: {
    headers: PRCTL,
    entries: ['PR_SPEC_NOT_AFFECTED', 'PR_SPEC_PRCTL', 'PR_SPEC_ENABLE', 'PR_SPEC_DISABLE', 'PR_SPEC_FORCE_DISABLE',
      'PR_SPEC_DISABLE_NOEXEC'],
  },
  pr_spec_set_store_bypass_flags: {
    headers: PRCTL,
    entries: ['PR_SPEC_ENABLE', 'PR_SPEC_DISABLE', 'PR_SPEC_FORCE_DISABLE', 'PR_SPEC_DISABLE_NOEXEC'],
  },
  pr_sud_cmds: { headers: PRCTL, entries: ['PR_SYS_DISPATCH_OFF', 'PR_SYS_DISPATCH_ON'] },
  pr_tagged_addr_enable: { headers: PRCTL, entries: [['!PR_TAGGED_ADDR_ENABLE', '0'], 'PR_TAGGED_ADDR_ENABLE'] },
  pr_tagged_addr_mte_tcf: {
    headers: PRCTL,
    entries: ['PR_MTE_TCF_NONE', 'PR_MTE_TCF_SYNC', 'PR_MTE_TCF_ASYNC', 'PR_MTE_TCF_MASK'],
  },
  pr_mte: { headers: PRCTL, entries: ['PR_MTE_TCF_MASK', 'PR_MTE_TAG_MASK', 'PR_MTE_TAG_SHIFT'] },
  pr_tsc: { headers: PRCTL, entries: ['PR_TSC_ENABLE', 'PR_TSC_SIGSEGV'] },
  pr_unalign_flags: { headers: PRCTL, entries: ['PR_UNALIGN_NOPRINT', 'PR_UNALIGN_SIGBUS'] },
  seccomp_mode: {
    headers: ['linux/seccomp.h'],
    entries: ['SECCOMP_MODE_DISABLED', 'SECCOMP_MODE_STRICT', 'SECCOMP_MODE_FILTER'],
  },
  secbits: {
    headers: ['linux/securebits.h'],
    entries: ['SECBIT_NOROOT', 'SECBIT_NOROOT_LOCKED', 'SECBIT_NO_SETUID_FIXUP', 'SECBIT_NO_SETUID_FIXUP_LOCKED',
      'SECBIT_KEEP_CAPS', 'SECBIT_KEEP_CAPS_LOCKED', 'SECBIT_NO_CAP_AMBIENT_RAISE',
      'SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED'],
  },
  // arch/x86/include/asm/fpu/types.h is not UAPI: the kernel's values.
  x86_xfeature_bits: {
    headers: [],
    entries: [['XFEATURE_FP', '0'], ['XFEATURE_SSE', '1'], ['XFEATURE_YMM', '2'], ['XFEATURE_BNDREGS', '3'],
      ['XFEATURE_BNDCSR', '4'], ['XFEATURE_OPMASK', '5'], ['XFEATURE_ZMM_Hi256', '6'], ['XFEATURE_Hi16_ZMM', '7'],
      ['XFEATURE_PT_UNIMPLEMENTED_SO_FAR', '8'], ['XFEATURE_PKRU', '9'], ['XFEATURE_PASID', '10'],
      ['XFEATURE_LBR', '15'], ['XFEATURE_XTILE_CFG', '17'], ['XFEATURE_XTILE_DATA', '18']],
  },
  x86_xfeatures: {
    headers: [],
    entries: [['XFEATURE_MASK_FPSSE', '3'], ['XFEATURE_MASK_FP', '1 << 0'], ['XFEATURE_MASK_SSE', '1 << 1'],
      ['XFEATURE_MASK_YMM', '1 << 2'], ['XFEATURE_MASK_BNDREGS', '1 << 3'], ['XFEATURE_MASK_BNDCSR', '1 << 4'],
      ['XFEATURE_MASK_AVX512', '7 << 5'], ['XFEATURE_MASK_OPMASK', '1 << 5'], ['XFEATURE_MASK_ZMM_Hi256', '1 << 6'],
      ['XFEATURE_MASK_Hi16_ZMM', '1 << 7'], ['XFEATURE_MASK_PT', '1 << 8'], ['XFEATURE_MASK_PKRU', '1 << 9'],
      ['XFEATURE_MASK_PASID', '1 << 10'], ['XFEATURE_MASK_LBR', '1 << 15'], ['XFEATURE_MASK_XTILE', '3 << 17'],
      ['XFEATURE_MASK_XTILE_CFG', '1 << 17'], ['XFEATURE_MASK_XTILE_DATA', '1 << 18']],
  },
};
