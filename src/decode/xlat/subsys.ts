/** Kernel subsystems: prctl's sub-commands and bit sets, x86 arch_prctl features, ... */
import * as T from './subsys.gen.js';
import { IPC_GET_FLAGS, SHM_GET_FLAGS } from './mm.gen.js';
import { defineEnum, defineFlags } from './registry.js';
import { xlat } from './text.js';

// prctl
defineEnum('pr_cap_ambient', T.PR_CAP_AMBIENT, { unknown: 'PR_CAP_AMBIENT_???' });
defineFlags('pr_fp_mode', T.PR_FP_MODE, { unknown: 'PR_FP_MODE_???' });
defineEnum('pr_mce_kill', T.PR_MCE_KILL, { unknown: 'PR_MCE_KILL_???' });
defineEnum('pr_mce_kill_policy', T.PR_MCE_KILL_POLICY, { unknown: 'PR_MCE_KILL_???' });
defineFlags('pr_pac_enabled_keys', T.PR_PAC_ENABLED_KEYS, { unknown: 'PR_PAC_???' });
defineFlags('pr_pac_keys', xlat(T.PR_PAC_ENABLED_KEYS + T.PR_PAC_KEYS), { unknown: 'PR_PAC_???' });
defineEnum('pr_sched_core_cmds', T.PR_SCHED_CORE_CMDS, { unknown: 'PR_SCHED_CORE_???' });
defineEnum('pr_set_mm', T.PR_SET_MM, { unknown: 'PR_SET_MM_???' });
defineEnum('pr_set_vma', T.PR_SET_VMA, { unknown: 'PR_SET_VMA_???' });
defineEnum('pr_spec_cmds', T.PR_SPEC_CMDS, { unknown: 'PR_SPEC_???' });
defineEnum('pr_spec_set_store_bypass_flags', T.PR_SPEC_SET_STORE_BYPASS_FLAGS, { unknown: 'PR_SPEC_???' });
defineEnum('pr_sud_cmds', T.PR_SUD_CMDS, { unknown: 'PR_SYS_DISPATCH_???' });
defineEnum('pr_tsc', T.PR_TSC, { unknown: 'PR_TSC_???' });
defineFlags('pr_unalign_flags', T.PR_UNALIGN_FLAGS, { unknown: 'PR_UNALIGN_???' });
defineEnum('seccomp_mode', T.SECCOMP_MODE, { unknown: 'SECCOMP_MODE_???' });
defineFlags('secbits', T.SECBITS, { unknown: 'SECBIT_???' });

// SysV IPC
defineFlags('semop_flags', T.SEMOP_FLAGS, { unknown: 'SEM_???' });
defineFlags('ipc_get_bits', IPC_GET_FLAGS);
defineFlags('shmget_bits', SHM_GET_FLAGS);

// landlock
defineFlags('landlock_access_fs', T.LANDLOCK_RULESET_ACCESS_FS, { unknown: 'LANDLOCK_ACCESS_FS_???' });

// quotactl
defineEnum('quota_format', T.QUOTA_FORMATS, { unknown: 'QFMT_VFS_???' });
defineFlags('if_dqblk_valid', T.IF_DQBLK_VALID, { unknown: 'QIF_???' });
defineFlags('if_dqinfo_flags', T.IF_DQINFO_FLAGS, { unknown: 'DQF_???' });
defineFlags('if_dqinfo_valid', T.IF_DQINFO_VALID, { unknown: 'IIF_???' });
defineFlags('xfs_dqblk_flags', T.XFS_DQBLK_FLAGS, { unknown: 'FS_???_QUOTA' });
defineFlags('xfs_quota_flags', T.XFS_QUOTA_FLAGS, { unknown: 'FS_QUOTA_???' });

// io_uring
defineFlags('uring_setup_flags', T.URING_SETUP_FLAGS, { unknown: 'IORING_SETUP_???' });
defineFlags('uring_setup_features', T.URING_SETUP_FEATURES, { unknown: 'IORING_FEAT_???' });

// NUMA
defineFlags('move_pages_flags', T.MOVE_PAGES_FLAGS, { unknown: 'MPOL_???' });

// BPF instruction codes, seccomp actions
defineEnum('bpf_class', T.BPF_CLASS, { unknown: 'BPF_???' });
defineEnum('ebpf_class', T.EBPF_CLASS, { unknown: 'BPF_???' });
defineEnum('bpf_miscop', T.BPF_MISCOP, { unknown: 'BPF_???' });
defineEnum('bpf_mode', T.BPF_MODE, { unknown: 'BPF_???' });
defineEnum('ebpf_mode', T.EBPF_MODE, { unknown: 'BPF_???' });
defineEnum('bpf_op_alu', T.BPF_OP_ALU, { unknown: 'BPF_???' });
defineEnum('bpf_op_jmp', T.BPF_OP_JMP, { unknown: 'BPF_???' });
defineEnum('bpf_rval', T.BPF_RVAL, { unknown: 'BPF_???' });
defineEnum('bpf_size', T.BPF_SIZE, { unknown: 'BPF_???' });
defineEnum('bpf_src', T.BPF_SRC, { unknown: 'BPF_???' });
defineEnum('seccomp_ret_action', T.SECCOMP_RET_ACTION, { unknown: 'SECCOMP_RET_???' });

// keys
defineFlags('key_perms', T.KEY_PERMS, { unknown: 'KEY_???' });
defineEnum('key_reqkeys', T.KEY_REQKEYS, { unknown: 'KEY_REQKEY_DEFL_???', decimal: true });
defineFlags('keyctl_caps0', T.KEYCTL_CAPS0, { unknown: 'KEYCTL_CAPS0_???' });
defineFlags('keyctl_caps1', T.KEYCTL_CAPS1, { unknown: 'KEYCTL_CAPS1_???' });
defineFlags('keyctl_move_flags', T.KEYCTL_MOVE_FLAGS, { unknown: 'KEYCTL_MOVE_???' });
defineFlags('keyctl_pkey_ops', T.KEYCTL_PKEY_OPS, { unknown: 'KEYCTL_SUPPORTS_???' });

// syslog, memfd_secret
defineEnum('syslog_console_level', T.SYSLOG_CONSOLE_LEVELS, { unknown: 'LOGLEVEL_???', verbose: true, decimal: true });

// ptrace
defineFlags('ptrace_setoptions', T.PTRACE_SETOPTIONS_FLAGS, { unknown: 'PTRACE_O_???' });
defineFlags('ptrace_peeksiginfo', T.PTRACE_PEEKSIGINFO_FLAGS, { unknown: 'PTRACE_PEEKSIGINFO_???' });
defineEnum('ptrace_syscall_info_op', T.PTRACE_SYSCALL_INFO_OP, { unknown: 'PTRACE_SYSCALL_INFO_???' });
defineEnum('nt_descriptor_type', T.NT_DESCRIPTOR_TYPES, { unknown: 'NT_???' });
defineEnum('audit_arch', T.AUDIT_ARCH, { unknown: 'AUDIT_ARCH_???' });

// io_uring_register
defineEnum('uring_register_opcode', T.URING_REGISTER_OPCODES, { unknown: 'IORING_REGISTER_???' });
defineEnum('uring_op', T.URING_OPS, { unknown: 'IORING_OP_???' });
defineEnum('uring_op_u', T.URING_OPS, { unknown: 'IORING_OP_???', decimal: true });
defineFlags('uring_sqe_flags', T.URING_SQE_FLAGS, { unknown: 'IOSQE_???' });
defineEnum('uring_restriction_opcode', T.URING_RESTRICTION_OPCODES, { unknown: 'IORING_RESTRICTION_???' });
defineFlags('uring_op_flags', T.URING_OP_FLAGS, { unknown: 'IO_URING_OP_???' });
defineFlags('uring_rsrc_register_flags', T.URING_REGISTER_RSRC_FLAGS, { unknown: 'IORING_RSRC_REGISTER_???' });
defineEnum('uring_files_update_fds', T.URING_FILES_UPDATE_FDS, { decimal: true });
defineEnum('uring_iowq_acct', T.URING_IOWQ_ACCT, { unknown: 'IO_WQ_???', decimal: true });

// perf_event_open
defineEnum('perf_type_id', T.PERF_TYPE_ID, { unknown: 'PERF_TYPE_???' });
defineEnum('perf_attr_size', T.PERF_ATTR_SIZE, { unknown: 'PERF_ATTR_SIZE_???' });
defineEnum('perf_hw_id', T.PERF_HW_ID, { unknown: 'PERF_COUNT_HW_???' });
defineEnum('perf_sw_ids', T.PERF_SW_IDS, { unknown: 'PERF_COUNT_SW_???' });
defineEnum('perf_hw_cache_id', T.PERF_HW_CACHE_ID, { unknown: 'PERF_COUNT_HW_CACHE_???' });
defineEnum('perf_hw_cache_op_id', T.PERF_HW_CACHE_OP_ID, { unknown: 'PERF_COUNT_HW_CACHE_OP_???' });
defineEnum('perf_hw_cache_op_result_id', T.PERF_HW_CACHE_OP_RESULT_ID, { unknown: 'PERF_COUNT_HW_CACHE_RESULT_???' });
defineFlags('perf_event_sample_format', T.PERF_EVENT_SAMPLE_FORMAT, { unknown: 'PERF_SAMPLE_???' });
defineFlags('perf_event_read_format', T.PERF_EVENT_READ_FORMAT, { unknown: 'PERF_FORMAT_???' });
defineFlags('perf_branch_sample_type', T.PERF_BRANCH_SAMPLE_TYPE, { unknown: 'PERF_SAMPLE_BRANCH_???' });
// Any combination of R/W with X is invalid rather than unknown.
defineEnum('hw_breakpoint_type', T.HW_BREAKPOINT_TYPE, { unknown: 'HW_BREAKPOINT_???' });
defineEnum('hw_breakpoint_type_invalid', T.HW_BREAKPOINT_TYPE, { unknown: 'HW_BREAKPOINT_INVALID' });
