/** Kernel subsystems: prctl's sub-commands and bit sets, x86 arch_prctl features, ... */
import * as T from './subsys.gen.js';
import { IPC_GET_FLAGS, SHM_GET_FLAGS } from './mm.gen.js';
import { defineEnum, defineFlags } from './registry.js';

// prctl
defineEnum('pr_cap_ambient', T.PR_CAP_AMBIENT, { unknown: 'PR_CAP_AMBIENT_???' });
defineFlags('pr_fp_mode', T.PR_FP_MODE, { unknown: 'PR_FP_MODE_???' });
defineEnum('pr_mce_kill', T.PR_MCE_KILL, { unknown: 'PR_MCE_KILL_???' });
defineEnum('pr_mce_kill_policy', T.PR_MCE_KILL_POLICY, { unknown: 'PR_MCE_KILL_???' });
defineFlags('pr_pac_enabled_keys', T.PR_PAC_ENABLED_KEYS, { unknown: 'PR_PAC_???' });
defineFlags('pr_pac_keys', [...T.PR_PAC_ENABLED_KEYS, ...T.PR_PAC_KEYS], { unknown: 'PR_PAC_???' });
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
