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
  // bpf(2) attributes (values as strace 6.1 lists them: newer than some installed headers)
  ebpf_regs: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_REG_0', '0'], ['BPF_REG_1', '1'], ['BPF_REG_2', '2'], ['BPF_REG_3', '3'], ['BPF_REG_4', '4'], ['BPF_REG_5', '5'], ['BPF_REG_6', '6'], ['BPF_REG_7', '7'], ['BPF_REG_8', '8'], ['BPF_REG_9', '9'], ['BPF_REG_10', '10']],
  },
  bpf_map_lookup_elem_flags: { headers: ['linux/bpf.h'], entries: [['BPF_ANY', '0'], ['BPF_F_LOCK', '4']] },
  bpf_map_update_elem_flags: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_ANY', '0'], ['BPF_NOEXIST', '1'], ['BPF_EXIST', '2'], ['BPF_F_LOCK', '4']],
  },
  bpf_file_mode_flags: { headers: ['linux/bpf.h'], entries: [['BPF_F_RDONLY', '0x8'], ['BPF_F_WRONLY', '0x10']] },
  bpf_attach_flags: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_F_ALLOW_OVERRIDE', '0x1'], ['BPF_F_ALLOW_MULTI', '0x2'], ['BPF_F_REPLACE', '0x4']],
  },
  bpf_test_run_flags: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_F_TEST_RUN_ON_CPU', '0x1'], ['BPF_F_TEST_XDP_LIVE_FRAMES', '0x2']],
  },
  bpf_task_fd_type: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_FD_TYPE_RAW_TRACEPOINT', '0'], ['BPF_FD_TYPE_TRACEPOINT', '1'], ['BPF_FD_TYPE_KPROBE', '2'],
      ['BPF_FD_TYPE_KRETPROBE', '3'], ['BPF_FD_TYPE_UPROBE', '4'], ['BPF_FD_TYPE_URETPROBE', '5']],
  },
  bpf_query_flags: { headers: ['linux/bpf.h'], entries: [['BPF_F_QUERY_EFFECTIVE', '0x1']] },
  bpf_link_create_kprobe_multi_flags: { headers: ['linux/bpf.h'], entries: [['BPF_F_KPROBE_MULTI_RETURN', '0x1']] },
  bpf_prog_types: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_PROG_TYPE_UNSPEC', '0'], ['BPF_PROG_TYPE_SOCKET_FILTER', '1'], ['BPF_PROG_TYPE_KPROBE', '2'],
      ['BPF_PROG_TYPE_SCHED_CLS', '3'], ['BPF_PROG_TYPE_SCHED_ACT', '4'],
      ['BPF_PROG_TYPE_TRACEPOINT', '5'], ['BPF_PROG_TYPE_XDP', '6'], ['BPF_PROG_TYPE_PERF_EVENT', '7'],
      ['BPF_PROG_TYPE_CGROUP_SKB', '8'], ['BPF_PROG_TYPE_CGROUP_SOCK', '9'],
      ['BPF_PROG_TYPE_LWT_IN', '10'], ['BPF_PROG_TYPE_LWT_OUT', '11'], ['BPF_PROG_TYPE_LWT_XMIT', '12'],
      ['BPF_PROG_TYPE_SOCK_OPS', '13'], ['BPF_PROG_TYPE_SK_SKB', '14'],
      ['BPF_PROG_TYPE_CGROUP_DEVICE', '15'], ['BPF_PROG_TYPE_SK_MSG', '16'],
      ['BPF_PROG_TYPE_RAW_TRACEPOINT', '17'], ['BPF_PROG_TYPE_CGROUP_SOCK_ADDR', '18'],
      ['BPF_PROG_TYPE_LWT_SEG6LOCAL', '19'], ['BPF_PROG_TYPE_LIRC_MODE2', '20'],
      ['BPF_PROG_TYPE_SK_REUSEPORT', '21'], ['BPF_PROG_TYPE_FLOW_DISSECTOR', '22'],
      ['BPF_PROG_TYPE_CGROUP_SYSCTL', '23'], ['BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE', '24'],
      ['BPF_PROG_TYPE_CGROUP_SOCKOPT', '25'], ['BPF_PROG_TYPE_TRACING', '26'],
      ['BPF_PROG_TYPE_STRUCT_OPS', '27'], ['BPF_PROG_TYPE_EXT', '28'], ['BPF_PROG_TYPE_LSM', '29'],
      ['BPF_PROG_TYPE_SK_LOOKUP', '30'], ['BPF_PROG_TYPE_SYSCALL', '31']],
  },
  bpf_attach_type: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_CGROUP_INET_INGRESS', '0'], ['BPF_CGROUP_INET_EGRESS', '1'],
      ['BPF_CGROUP_INET_SOCK_CREATE', '2'], ['BPF_CGROUP_SOCK_OPS', '3'],
      ['BPF_SK_SKB_STREAM_PARSER', '4'], ['BPF_SK_SKB_STREAM_VERDICT', '5'], ['BPF_CGROUP_DEVICE', '6'],
      ['BPF_SK_MSG_VERDICT', '7'], ['BPF_CGROUP_INET4_BIND', '8'], ['BPF_CGROUP_INET6_BIND', '9'],
      ['BPF_CGROUP_INET4_CONNECT', '10'], ['BPF_CGROUP_INET6_CONNECT', '11'],
      ['BPF_CGROUP_INET4_POST_BIND', '12'], ['BPF_CGROUP_INET6_POST_BIND', '13'],
      ['BPF_CGROUP_UDP4_SENDMSG', '14'], ['BPF_CGROUP_UDP6_SENDMSG', '15'], ['BPF_LIRC_MODE2', '16'],
      ['BPF_FLOW_DISSECTOR', '17'], ['BPF_CGROUP_SYSCTL', '18'], ['BPF_CGROUP_UDP4_RECVMSG', '19'],
      ['BPF_CGROUP_UDP6_RECVMSG', '20'], ['BPF_CGROUP_GETSOCKOPT', '21'], ['BPF_CGROUP_SETSOCKOPT', '22'],
      ['BPF_TRACE_RAW_TP', '23'], ['BPF_TRACE_FENTRY', '24'], ['BPF_TRACE_FEXIT', '25'],
      ['BPF_MODIFY_RETURN', '26'], ['BPF_LSM_MAC', '27'], ['BPF_TRACE_ITER', '28'],
      ['BPF_CGROUP_INET4_GETPEERNAME', '29'], ['BPF_CGROUP_INET6_GETPEERNAME', '30'],
      ['BPF_CGROUP_INET4_GETSOCKNAME', '31'], ['BPF_CGROUP_INET6_GETSOCKNAME', '32'],
      ['BPF_XDP_DEVMAP', '33'], ['BPF_CGROUP_INET_SOCK_RELEASE', '34'], ['BPF_XDP_CPUMAP', '35'],
      ['BPF_SK_LOOKUP', '36'], ['BPF_XDP', '37'], ['BPF_SK_SKB_VERDICT', '38'],
      ['BPF_SK_REUSEPORT_SELECT', '39'], ['BPF_SK_REUSEPORT_SELECT_OR_MIGRATE', '40'],
      ['BPF_PERF_EVENT', '41'], ['BPF_TRACE_KPROBE_MULTI', '42'], ['BPF_LSM_CGROUP', '43']],
  },
  bpf_map_types: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_MAP_TYPE_UNSPEC', '0'], ['BPF_MAP_TYPE_HASH', '1'], ['BPF_MAP_TYPE_ARRAY', '2'],
      ['BPF_MAP_TYPE_PROG_ARRAY', '3'], ['BPF_MAP_TYPE_PERF_EVENT_ARRAY', '4'],
      ['BPF_MAP_TYPE_PERCPU_HASH', '5'], ['BPF_MAP_TYPE_PERCPU_ARRAY', '6'],
      ['BPF_MAP_TYPE_STACK_TRACE', '7'], ['BPF_MAP_TYPE_CGROUP_ARRAY', '8'],
      ['BPF_MAP_TYPE_LRU_HASH', '9'], ['BPF_MAP_TYPE_LRU_PERCPU_HASH', '10'],
      ['BPF_MAP_TYPE_LPM_TRIE', '11'], ['BPF_MAP_TYPE_ARRAY_OF_MAPS', '12'],
      ['BPF_MAP_TYPE_HASH_OF_MAPS', '13'], ['BPF_MAP_TYPE_DEVMAP', '14'], ['BPF_MAP_TYPE_SOCKMAP', '15'],
      ['BPF_MAP_TYPE_CPUMAP', '16'], ['BPF_MAP_TYPE_XSKMAP', '17'], ['BPF_MAP_TYPE_SOCKHASH', '18'],
      ['BPF_MAP_TYPE_CGROUP_STORAGE', '19'], ['BPF_MAP_TYPE_REUSEPORT_SOCKARRAY', '20'],
      ['BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE', '21'], ['BPF_MAP_TYPE_QUEUE', '22'],
      ['BPF_MAP_TYPE_STACK', '23'], ['BPF_MAP_TYPE_SK_STORAGE', '24'], ['BPF_MAP_TYPE_DEVMAP_HASH', '25'],
      ['BPF_MAP_TYPE_STRUCT_OPS', '26'], ['BPF_MAP_TYPE_RINGBUF', '27'],
      ['BPF_MAP_TYPE_INODE_STORAGE', '28'], ['BPF_MAP_TYPE_TASK_STORAGE', '29'],
      ['BPF_MAP_TYPE_BLOOM_FILTER', '30'], ['BPF_MAP_TYPE_USER_RINGBUF', '31']],
  },
  bpf_map_flags: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_F_NO_PREALLOC', '0x1'], ['BPF_F_NO_COMMON_LRU', '0x2'], ['BPF_F_NUMA_NODE', '0x4'],
      ['BPF_F_RDONLY', '0x8'], ['BPF_F_WRONLY', '0x10'], ['BPF_F_STACK_BUILD_ID', '0x20'],
      ['BPF_F_ZERO_SEED', '0x40'], ['BPF_F_RDONLY_PROG', '0x80'], ['BPF_F_WRONLY_PROG', '0x100'],
      ['BPF_F_CLONE', '0x200'], ['BPF_F_MMAPABLE', '0x400'], ['BPF_F_PRESERVE_ELEMS', '0x800'],
      ['BPF_F_INNER_MAP', '0x1000']],
  },
  bpf_prog_flags: {
    headers: ['linux/bpf.h'],
    entries: [['BPF_F_STRICT_ALIGNMENT', '0x1'], ['BPF_F_ANY_ALIGNMENT', '0x2'], ['BPF_F_TEST_RND_HI32', '0x4'],
      ['BPF_F_TEST_STATE_FREQ', '0x8'], ['BPF_F_SLEEPABLE', '0x10']],
  },
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
  // ptrace
  ptrace_setoptions_flags: {
    headers: ['linux/ptrace.h'],
    entries: ['PTRACE_O_TRACESYSGOOD', 'PTRACE_O_TRACEFORK', 'PTRACE_O_TRACEVFORK', 'PTRACE_O_TRACECLONE',
      'PTRACE_O_TRACEEXEC', 'PTRACE_O_TRACEVFORKDONE', 'PTRACE_O_TRACEEXIT', 'PTRACE_O_TRACESECCOMP',
      'PTRACE_O_EXITKILL', 'PTRACE_O_SUSPEND_SECCOMP'],
  },
  ptrace_peeksiginfo_flags: { headers: ['linux/ptrace.h'], entries: ['PTRACE_PEEKSIGINFO_SHARED'] },
  ptrace_syscall_info_op: {
    headers: ['linux/ptrace.h'],
    entries: ['PTRACE_SYSCALL_INFO_NONE', 'PTRACE_SYSCALL_INFO_ENTRY', 'PTRACE_SYSCALL_INFO_EXIT',
      'PTRACE_SYSCALL_INFO_SECCOMP'],
  },
  // PTRACE_PEEKUSER/POKEUSER offsets into struct user (sys/user.h), by register or field.
  ptrace_user_offsets: {
    headers: ['stddef.h', 'sys/user.h', 'sys/reg.h'],
    entries: [
      ['8*R15', '8*R15'],
      ['8*R14', '8*R14'],
      ['8*R13', '8*R13'],
      ['8*R12', '8*R12'],
      ['8*RBP', '8*RBP'],
      ['8*RBX', '8*RBX'],
      ['8*R11', '8*R11'],
      ['8*R10', '8*R10'],
      ['8*R9', '8*R9'],
      ['8*R8', '8*R8'],
      ['8*RAX', '8*RAX'],
      ['8*RCX', '8*RCX'],
      ['8*RDX', '8*RDX'],
      ['8*RSI', '8*RSI'],
      ['8*RDI', '8*RDI'],
      ['8*ORIG_RAX', '8*ORIG_RAX'],
      ['8*RIP', '8*RIP'],
      ['8*CS', '8*CS'],
      ['8*EFL', '8*EFLAGS'],
      ['8*RSP', '8*RSP'],
      ['8*SS', '8*SS'],
      ['offsetof(struct user, u_fpvalid)', 'offsetof(struct user, u_fpvalid)'],
      ['offsetof(struct user, i387)', 'offsetof(struct user, i387)'],
      ['offsetof(struct user, u_tsize)', 'offsetof(struct user, u_tsize)'],
      ['offsetof(struct user, u_dsize)', 'offsetof(struct user, u_dsize)'],
      ['offsetof(struct user, u_ssize)', 'offsetof(struct user, u_ssize)'],
      ['offsetof(struct user, start_code)', 'offsetof(struct user, start_code)'],
      ['offsetof(struct user, start_stack)', 'offsetof(struct user, start_stack)'],
      ['offsetof(struct user, signal)', 'offsetof(struct user, signal)'],
      ['offsetof(struct user, reserved)', 'offsetof(struct user, reserved)'],
      ['offsetof(struct user, u_ar0)', 'offsetof(struct user, u_ar0)'],
      ['offsetof(struct user, u_fpstate)', 'offsetof(struct user, u_fpstate)'],
      ['offsetof(struct user, magic)', 'offsetof(struct user, magic)'],
      ['offsetof(struct user, u_comm)', 'offsetof(struct user, u_comm)'],
      ['offsetof(struct user, u_debugreg)', 'offsetof(struct user, u_debugreg)'],
      ['sizeof(struct user)', 'sizeof(struct user)']],
  },
  // perf_event_open's struct perf_event_attr
  perf_type_id: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_TYPE_HARDWARE', 'PERF_TYPE_SOFTWARE', 'PERF_TYPE_TRACEPOINT', 'PERF_TYPE_HW_CACHE',
      'PERF_TYPE_RAW', 'PERF_TYPE_BREAKPOINT'],
  },
  perf_hw_id: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_COUNT_HW_CPU_CYCLES', 'PERF_COUNT_HW_INSTRUCTIONS', 'PERF_COUNT_HW_CACHE_REFERENCES',
      'PERF_COUNT_HW_CACHE_MISSES', 'PERF_COUNT_HW_BRANCH_INSTRUCTIONS', 'PERF_COUNT_HW_BRANCH_MISSES',
      'PERF_COUNT_HW_BUS_CYCLES', 'PERF_COUNT_HW_STALLED_CYCLES_FRONTEND',
      'PERF_COUNT_HW_STALLED_CYCLES_BACKEND', 'PERF_COUNT_HW_REF_CPU_CYCLES'],
  },
  perf_sw_ids: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_COUNT_SW_CPU_CLOCK', 'PERF_COUNT_SW_TASK_CLOCK', 'PERF_COUNT_SW_PAGE_FAULTS',
      'PERF_COUNT_SW_CONTEXT_SWITCHES', 'PERF_COUNT_SW_CPU_MIGRATIONS', 'PERF_COUNT_SW_PAGE_FAULTS_MIN',
      'PERF_COUNT_SW_PAGE_FAULTS_MAJ', 'PERF_COUNT_SW_ALIGNMENT_FAULTS', 'PERF_COUNT_SW_EMULATION_FAULTS',
      'PERF_COUNT_SW_DUMMY', 'PERF_COUNT_SW_BPF_OUTPUT', 'PERF_COUNT_SW_CGROUP_SWITCHES'],
  },
  perf_hw_cache_id: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_COUNT_HW_CACHE_L1D', 'PERF_COUNT_HW_CACHE_L1I', 'PERF_COUNT_HW_CACHE_LL',
      'PERF_COUNT_HW_CACHE_DTLB', 'PERF_COUNT_HW_CACHE_ITLB', 'PERF_COUNT_HW_CACHE_BPU',
      'PERF_COUNT_HW_CACHE_NODE'],
  },
  perf_hw_cache_op_id: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_COUNT_HW_CACHE_OP_READ', 'PERF_COUNT_HW_CACHE_OP_WRITE', 'PERF_COUNT_HW_CACHE_OP_PREFETCH'],
  },
  perf_hw_cache_op_result_id: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_COUNT_HW_CACHE_RESULT_ACCESS', 'PERF_COUNT_HW_CACHE_RESULT_MISS'],
  },
  perf_event_sample_format: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_SAMPLE_IP', 'PERF_SAMPLE_TID', 'PERF_SAMPLE_TIME', 'PERF_SAMPLE_ADDR', 'PERF_SAMPLE_READ',
      'PERF_SAMPLE_CALLCHAIN', 'PERF_SAMPLE_ID', 'PERF_SAMPLE_CPU', 'PERF_SAMPLE_PERIOD',
      'PERF_SAMPLE_STREAM_ID', 'PERF_SAMPLE_RAW', 'PERF_SAMPLE_BRANCH_STACK', 'PERF_SAMPLE_REGS_USER',
      'PERF_SAMPLE_STACK_USER', 'PERF_SAMPLE_WEIGHT', 'PERF_SAMPLE_DATA_SRC', 'PERF_SAMPLE_IDENTIFIER',
      'PERF_SAMPLE_TRANSACTION', 'PERF_SAMPLE_REGS_INTR', 'PERF_SAMPLE_PHYS_ADDR', 'PERF_SAMPLE_AUX',
      'PERF_SAMPLE_CGROUP', 'PERF_SAMPLE_DATA_PAGE_SIZE', 'PERF_SAMPLE_CODE_PAGE_SIZE',
      'PERF_SAMPLE_WEIGHT_STRUCT'],
  },
  perf_event_read_format: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_FORMAT_TOTAL_TIME_ENABLED', 'PERF_FORMAT_TOTAL_TIME_RUNNING', 'PERF_FORMAT_ID',
      'PERF_FORMAT_GROUP', 'PERF_FORMAT_LOST'],
  },
  perf_branch_sample_type: {
    headers: ['linux/perf_event.h'],
    entries: [
      'PERF_SAMPLE_BRANCH_USER', 'PERF_SAMPLE_BRANCH_KERNEL', 'PERF_SAMPLE_BRANCH_HV',
      'PERF_SAMPLE_BRANCH_ANY', 'PERF_SAMPLE_BRANCH_ANY_CALL', 'PERF_SAMPLE_BRANCH_ANY_RETURN',
      'PERF_SAMPLE_BRANCH_IND_CALL', 'PERF_SAMPLE_BRANCH_ABORT_TX', 'PERF_SAMPLE_BRANCH_IN_TX',
      'PERF_SAMPLE_BRANCH_NO_TX', 'PERF_SAMPLE_BRANCH_COND', 'PERF_SAMPLE_BRANCH_CALL_STACK',
      'PERF_SAMPLE_BRANCH_IND_JUMP', 'PERF_SAMPLE_BRANCH_CALL', 'PERF_SAMPLE_BRANCH_NO_FLAGS',
      'PERF_SAMPLE_BRANCH_NO_CYCLES', 'PERF_SAMPLE_BRANCH_TYPE_SAVE', 'PERF_SAMPLE_BRANCH_HW_INDEX',
      'PERF_SAMPLE_BRANCH_PRIV_SAVE'],
  },
  // The versions strace 6.1 knows (newer headers add VER8).
  perf_attr_size: {
    headers: ['linux/perf_event.h'],
    entries: [
      ['PERF_ATTR_SIZE_VER0', '64'], ['PERF_ATTR_SIZE_VER1', '72'], ['PERF_ATTR_SIZE_VER2', '80'],
      ['PERF_ATTR_SIZE_VER3', '96'], ['PERF_ATTR_SIZE_VER4', '104'], ['PERF_ATTR_SIZE_VER5', '112'],
      ['PERF_ATTR_SIZE_VER6', '120'], ['PERF_ATTR_SIZE_VER7', '128']],
  },
  hw_breakpoint_type: {
    headers: ['linux/hw_breakpoint.h'],
    entries: [
      'HW_BREAKPOINT_EMPTY', 'HW_BREAKPOINT_R', 'HW_BREAKPOINT_W', 'HW_BREAKPOINT_RW', 'HW_BREAKPOINT_X'],
  },
  // ELF note types (elf.h): the regsets of PTRACE_GETREGSET/SETREGSET.
  nt_descriptor_types: {
    headers: ['elf.h'],
    entries: [
      'NT_PRSTATUS', 'NT_FPREGSET', 'NT_PRPSINFO', 'NT_PRXREG', 'NT_PLATFORM', 'NT_AUXV', 'NT_GWINDOWS',
      'NT_ASRS', 'NT_PSTATUS', 'NT_PSINFO', 'NT_PRCRED', 'NT_UTSNAME', 'NT_LWPSTATUS', 'NT_LWPSINFO',
      'NT_PRFPXREG', 'NT_PPC_VMX', 'NT_PPC_SPE', 'NT_PPC_VSX', 'NT_PPC_TAR', 'NT_PPC_PPR', 'NT_PPC_DSCR',
      'NT_PPC_EBB', 'NT_PPC_PMU', 'NT_PPC_TM_CGPR', 'NT_PPC_TM_CFPR', 'NT_PPC_TM_CVMX', 'NT_PPC_TM_CVSX',
      'NT_PPC_TM_SPR', 'NT_PPC_TM_CTAR', 'NT_PPC_TM_CPPR', 'NT_PPC_TM_CDSCR', 'NT_PPC_PKEY', 'NT_386_TLS',
      'NT_386_IOPERM', 'NT_X86_XSTATE', 'NT_S390_HIGH_GPRS', 'NT_S390_TIMER', 'NT_S390_TODCMP',
      'NT_S390_TODPREG', 'NT_S390_CTRS', 'NT_S390_PREFIX', 'NT_S390_LAST_BREAK', 'NT_S390_SYSTEM_CALL',
      'NT_S390_TDB', 'NT_S390_VXRS_LOW', 'NT_S390_VXRS_HIGH', 'NT_S390_GS_CB', 'NT_S390_GS_BC',
      'NT_S390_RI_CB', 'NT_S390_PV_CPU_DATA', 'NT_ARM_VFP', 'NT_ARM_TLS', 'NT_ARM_HW_BREAK', 'NT_ARM_HW_WATCH',
      'NT_ARM_SYSTEM_CALL', 'NT_ARM_SVE', 'NT_ARM_PAC_MASK', 'NT_ARM_PACA_KEYS', 'NT_ARM_PACG_KEYS',
      'NT_ARM_TAGGED_ADDR_CTRL', 'NT_ARM_PAC_ENABLED_KEYS', 'NT_ARM_SSVE', 'NT_ARM_ZA', 'NT_METAG_CBUF',
      'NT_METAG_RPIPE', 'NT_METAG_TLS', 'NT_ARC_V2', 'NT_VMCOREDD', 'NT_MIPS_DSP', 'NT_MIPS_FP_MODE',
      'NT_MIPS_MSA', 'NT_LOONGARCH_CPUCFG', 'NT_LOONGARCH_CSR', 'NT_LOONGARCH_LSX', 'NT_LOONGARCH_LASX',
      'NT_LOONGARCH_LBT', 'NT_FILE', 'NT_PRXFPREG', 'NT_SIGINFO'],
  },
  audit_arch: {
    headers: ['linux/audit.h'],
    entries: [
      'AUDIT_ARCH_AARCH64', 'AUDIT_ARCH_ALPHA', 'AUDIT_ARCH_ARCOMPACT', 'AUDIT_ARCH_ARCOMPACTBE',
      'AUDIT_ARCH_ARCV2', 'AUDIT_ARCH_ARCV2BE', 'AUDIT_ARCH_ARM', 'AUDIT_ARCH_ARMEB', 'AUDIT_ARCH_C6X',
      'AUDIT_ARCH_C6XBE', 'AUDIT_ARCH_CRIS', 'AUDIT_ARCH_CSKY', 'AUDIT_ARCH_FRV', 'AUDIT_ARCH_H8300',
      'AUDIT_ARCH_HEXAGON', 'AUDIT_ARCH_I386', 'AUDIT_ARCH_IA64', 'AUDIT_ARCH_LOONGARCH32',
      'AUDIT_ARCH_LOONGARCH64', 'AUDIT_ARCH_M32R', 'AUDIT_ARCH_M68K', 'AUDIT_ARCH_MICROBLAZE',
      'AUDIT_ARCH_MIPS', 'AUDIT_ARCH_MIPS64', 'AUDIT_ARCH_MIPS64N32', 'AUDIT_ARCH_MIPSEL',
      'AUDIT_ARCH_MIPSEL64', 'AUDIT_ARCH_MIPSEL64N32', 'AUDIT_ARCH_NDS32', 'AUDIT_ARCH_NDS32BE',
      'AUDIT_ARCH_NIOS2', 'AUDIT_ARCH_OPENRISC', 'AUDIT_ARCH_PARISC', 'AUDIT_ARCH_PARISC64', 'AUDIT_ARCH_PPC',
      'AUDIT_ARCH_PPC64', 'AUDIT_ARCH_PPC64LE', 'AUDIT_ARCH_RISCV32', 'AUDIT_ARCH_RISCV64', 'AUDIT_ARCH_S390',
      'AUDIT_ARCH_S390X', 'AUDIT_ARCH_SH', 'AUDIT_ARCH_SH64', 'AUDIT_ARCH_SHEL', 'AUDIT_ARCH_SHEL64',
      'AUDIT_ARCH_SPARC', 'AUDIT_ARCH_SPARC64', 'AUDIT_ARCH_TILEGX', 'AUDIT_ARCH_TILEGX32',
      'AUDIT_ARCH_TILEPRO', 'AUDIT_ARCH_UNICORE', 'AUDIT_ARCH_V850', 'AUDIT_ARCH_X86_64', 'AUDIT_ARCH_XTENSA'],
  },
};

/** x86's XSAVE feature bits and masks (arch_prctl's ARCH_*_XCOMP_*): apart from the subsystems'
 * tables, as every dynamically linked program's start calls arch_prctl. */
export const X86 = {
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
