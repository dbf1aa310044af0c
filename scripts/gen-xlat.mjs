#!/usr/bin/env node
// Generates src/decode/xlat/*.gen.ts, the values of the symbolic constants tstrace prints,
// from the C headers installed on this machine: for each table below, a small C program
// that includes the table's headers prints every constant's value, so no value is typed
// by hand. Run `npm run gen:xlat` after a header upgrade; the output is committed so that
// installs need no compiler.
//
// The lists say WHICH constants and in WHAT ORDER: strace prints the bits of a flag word
// in its table's order (O_CLOEXEC before O_DIRECTORY, SA_RESTORER first ...), and for
// enums the first name of a value wins (AF_UNIX, not AF_LOCAL). How each table prints
// (zero name, a field such as the open access mode, the `/* X_??? */` comment for unknown
// values) is said by the family modules (fs.ts, mm.ts ...), not here.
//
// An entry is a constant's name, or [name, C expression] for names strace prints that no
// header defines as such (combinations, kernel-internal values). A name the headers lack
// is dropped with a warning, so the script runs against older headers too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CC = process.env.CC || 'cc';

// --- the tables, by family ------------------------------------------------------------

const KERNEL_FCNTL = ['linux/fcntl.h'];

/** @type {Record<string, Record<string, {headers: string[], entries: (string|[string,string])[]}>>} */
const FAMILIES = {
  fs: {
    open_access: { headers: KERNEL_FCNTL, entries: ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE'] },
    // Kernel values (asm-generic/fcntl.h): O_LARGEFILE is 0100000 there, 0 in glibc's header.
    open_flags: {
      headers: KERNEL_FCNTL,
      entries: ['O_CREAT', 'O_EXCL', 'O_NOCTTY', 'O_TRUNC', 'O_APPEND', 'O_NONBLOCK', 'O_SYNC',
        '__O_SYNC', 'O_DSYNC', 'O_DIRECT', 'O_LARGEFILE', 'O_NOFOLLOW', 'O_NOATIME', 'O_CLOEXEC',
        'O_PATH', 'O_TMPFILE', '__O_TMPFILE', 'O_DIRECTORY', 'FASYNC'],
    },
    at_flags: {
      headers: KERNEL_FCNTL,
      entries: ['AT_SYMLINK_NOFOLLOW', 'AT_REMOVEDIR', 'AT_SYMLINK_FOLLOW', 'AT_NO_AUTOMOUNT',
        'AT_EMPTY_PATH', 'AT_RECURSIVE'],
    },
    faccessat_flags: { headers: KERNEL_FCNTL, entries: ['AT_SYMLINK_NOFOLLOW', 'AT_EACCESS', 'AT_EMPTY_PATH'] },
    statx_sync: {
      headers: KERNEL_FCNTL,
      entries: ['AT_STATX_SYNC_AS_STAT', 'AT_STATX_FORCE_SYNC', 'AT_STATX_DONT_SYNC', ['AT_STATX_SYNC_TYPE', 'AT_STATX_SYNC_TYPE']],
    },
    access_modes: { headers: ['unistd.h'], entries: ['F_OK', 'R_OK', 'W_OK', 'X_OK'] },
    fcntl_cmds: {
      headers: KERNEL_FCNTL,
      entries: ['F_DUPFD', 'F_GETFD', 'F_SETFD', 'F_GETFL', 'F_SETFL', 'F_GETLK', 'F_SETLK', 'F_SETLKW',
        'F_SETOWN', 'F_GETOWN', 'F_SETSIG', 'F_GETSIG', 'F_SETOWN_EX', 'F_GETOWN_EX', 'F_GETOWNER_UIDS',
        'F_OFD_GETLK', 'F_OFD_SETLK', 'F_OFD_SETLKW', 'F_SETLEASE', 'F_GETLEASE', 'F_NOTIFY', 'F_CANCELLK',
        'F_DUPFD_CLOEXEC', 'F_SETPIPE_SZ', 'F_GETPIPE_SZ', 'F_ADD_SEALS', 'F_GET_SEALS'],
    },
    fd_flags: { headers: KERNEL_FCNTL, entries: ['FD_CLOEXEC'] },
    lock_types: { headers: KERNEL_FCNTL, entries: ['F_RDLCK', 'F_WRLCK', 'F_UNLCK', 'F_EXLCK', 'F_SHLCK'] },
    f_owner_types: { headers: KERNEL_FCNTL, entries: ['F_OWNER_TID', 'F_OWNER_PID', 'F_OWNER_PGRP'] },
    resolve_flags: {
      headers: ['linux/openat2.h'],
      entries: ['RESOLVE_NO_XDEV', 'RESOLVE_NO_MAGICLINKS', 'RESOLVE_NO_SYMLINKS', 'RESOLVE_BENEATH',
        'RESOLVE_IN_ROOT', 'RESOLVE_CACHED'],
    },
    notify_flags: {
      headers: KERNEL_FCNTL,
      entries: ['DN_ACCESS', 'DN_MODIFY', 'DN_CREATE', 'DN_DELETE', 'DN_RENAME', 'DN_ATTRIB', 'DN_MULTISHOT'],
    },
    seals: { headers: KERNEL_FCNTL, entries: ['F_SEAL_SEAL', 'F_SEAL_SHRINK', 'F_SEAL_GROW', 'F_SEAL_WRITE', 'F_SEAL_FUTURE_WRITE'] },
    flock_ops: { headers: KERNEL_FCNTL, entries: ['LOCK_SH', 'LOCK_EX', 'LOCK_NB', 'LOCK_UN', 'LOCK_MAND', 'LOCK_READ', 'LOCK_WRITE', 'LOCK_RW'] },
    seek_whence: { headers: ['linux/fs.h'], entries: ['SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'SEEK_DATA', 'SEEK_HOLE'] },
    rename_flags: { headers: ['linux/fs.h'], entries: ['RENAME_NOREPLACE', 'RENAME_EXCHANGE', 'RENAME_WHITEOUT'] },
    rwf_flags: { headers: ['linux/fs.h'], entries: ['RWF_HIPRI', 'RWF_DSYNC', 'RWF_SYNC', 'RWF_NOWAIT', 'RWF_APPEND'] },
    xattr_flags: { headers: ['linux/xattr.h'], entries: ['XATTR_CREATE', 'XATTR_REPLACE'] },
    mode_types: {
      headers: ['linux/stat.h'],
      entries: ['S_IFREG', 'S_IFSOCK', 'S_IFIFO', 'S_IFLNK', 'S_IFDIR', 'S_IFBLK', 'S_IFCHR'],
    },
    mode_bits: { headers: ['linux/stat.h'], entries: ['S_ISUID', 'S_ISGID', 'S_ISVTX'] },
    statx_masks: {
      headers: ['linux/stat.h'],
      entries: ['STATX_ALL', 'STATX_BASIC_STATS', 'STATX_TYPE', 'STATX_MODE', 'STATX_NLINK', 'STATX_UID',
        'STATX_GID', 'STATX_ATIME', 'STATX_MTIME', 'STATX_CTIME', 'STATX_INO', 'STATX_SIZE', 'STATX_BLOCKS',
        'STATX_BTIME', 'STATX_MNT_ID', 'STATX_DIOALIGN'],
    },
    falloc_flags: {
      headers: ['linux/falloc.h'],
      entries: ['FALLOC_FL_KEEP_SIZE', 'FALLOC_FL_PUNCH_HOLE', 'FALLOC_FL_NO_HIDE_STALE',
        'FALLOC_FL_COLLAPSE_RANGE', 'FALLOC_FL_ZERO_RANGE', 'FALLOC_FL_INSERT_RANGE', 'FALLOC_FL_UNSHARE_RANGE'],
    },
    fadvise: {
      headers: ['linux/fadvise.h'],
      entries: ['POSIX_FADV_NORMAL', 'POSIX_FADV_RANDOM', 'POSIX_FADV_SEQUENTIAL', 'POSIX_FADV_WILLNEED',
        'POSIX_FADV_DONTNEED', 'POSIX_FADV_NOREUSE'],
    },
    // Not in the kernel's UAPI: glibc's <fcntl.h> has them.
    splice_flags: { headers: ['fcntl.h'], entries: ['SPLICE_F_MOVE', 'SPLICE_F_NONBLOCK', 'SPLICE_F_MORE', 'SPLICE_F_GIFT'] },
    sync_file_range_flags: {
      headers: ['fcntl.h'],
      entries: ['SYNC_FILE_RANGE_WAIT_BEFORE', 'SYNC_FILE_RANGE_WRITE', 'SYNC_FILE_RANGE_WAIT_AFTER'],
    },
    inotify_init_flags: { headers: ['linux/inotify.h'], entries: ['IN_NONBLOCK', 'IN_CLOEXEC'] },
    inotify_mask: {
      headers: ['linux/inotify.h'],
      entries: ['IN_ACCESS', 'IN_MODIFY', 'IN_ATTRIB', 'IN_CLOSE_WRITE', 'IN_CLOSE_NOWRITE', 'IN_OPEN',
        'IN_MOVED_FROM', 'IN_MOVED_TO', 'IN_CREATE', 'IN_DELETE', 'IN_DELETE_SELF', 'IN_MOVE_SELF',
        'IN_UNMOUNT', 'IN_Q_OVERFLOW', 'IN_IGNORED', 'IN_ONLYDIR', 'IN_DONT_FOLLOW', 'IN_EXCL_UNLINK',
        'IN_MASK_CREATE', 'IN_MASK_ADD', 'IN_ISDIR', 'IN_ONESHOT'],
    },
    fanotify_init_flags: {
      headers: ['linux/fanotify.h'],
      entries: ['FAN_CLOEXEC', 'FAN_NONBLOCK', 'FAN_CLASS_NOTIF', 'FAN_CLASS_CONTENT', 'FAN_CLASS_PRE_CONTENT',
        'FAN_UNLIMITED_QUEUE', 'FAN_UNLIMITED_MARKS', 'FAN_ENABLE_AUDIT', 'FAN_REPORT_PIDFD', 'FAN_REPORT_TID',
        'FAN_REPORT_FID', 'FAN_REPORT_DIR_FID', 'FAN_REPORT_NAME', 'FAN_REPORT_TARGET_FID'],
    },
    fanotify_mark_flags: {
      headers: ['linux/fanotify.h'],
      entries: ['FAN_MARK_ADD', 'FAN_MARK_REMOVE', 'FAN_MARK_DONT_FOLLOW', 'FAN_MARK_ONLYDIR', 'FAN_MARK_MOUNT',
        'FAN_MARK_IGNORED_MASK', 'FAN_MARK_IGNORED_SURV_MODIFY', 'FAN_MARK_FLUSH', 'FAN_MARK_FILESYSTEM',
        'FAN_MARK_EVICTABLE', 'FAN_MARK_IGNORE'],
    },
    fanotify_events: {
      headers: ['linux/fanotify.h'],
      entries: ['FAN_ACCESS', 'FAN_MODIFY', 'FAN_ATTRIB', 'FAN_CLOSE_WRITE', 'FAN_CLOSE_NOWRITE', 'FAN_OPEN',
        'FAN_MOVED_FROM', 'FAN_MOVED_TO', 'FAN_CREATE', 'FAN_DELETE', 'FAN_DELETE_SELF', 'FAN_MOVE_SELF',
        'FAN_OPEN_EXEC', 'FAN_Q_OVERFLOW', 'FAN_FS_ERROR', 'FAN_OPEN_PERM', 'FAN_ACCESS_PERM',
        'FAN_OPEN_EXEC_PERM', 'FAN_EVENT_ON_CHILD', 'FAN_RENAME', 'FAN_ONDIR'],
    },
    memfd_flags: {
      headers: ['linux/memfd.h'],
      entries: ['MFD_CLOEXEC', 'MFD_ALLOW_SEALING', 'MFD_HUGETLB'],
    },
    memfd_huge: { headers: ['linux/memfd.h'], entries: ['MFD_HUGE_SHIFT', 'MFD_HUGE_MASK'] },
    close_range_flags: { headers: ['linux/close_range.h'], entries: ['CLOSE_RANGE_UNSHARE', 'CLOSE_RANGE_CLOEXEC'] },
    mount_flags: {
      headers: ['linux/mount.h'],
      entries: ['MS_RDONLY', 'MS_NOSUID', 'MS_NODEV', 'MS_NOEXEC', 'MS_SYNCHRONOUS', 'MS_REMOUNT', 'MS_MANDLOCK',
        'MS_DIRSYNC', 'MS_NOSYMFOLLOW', 'MS_NOATIME', 'MS_NODIRATIME', 'MS_BIND', 'MS_MOVE', 'MS_REC',
        'MS_SILENT', 'MS_POSIXACL', 'MS_UNBINDABLE', 'MS_PRIVATE', 'MS_SLAVE', 'MS_SHARED', 'MS_RELATIME',
        'MS_KERNMOUNT', 'MS_I_VERSION', 'MS_STRICTATIME', 'MS_LAZYTIME', 'MS_SUBMOUNT', 'MS_NOREMOTELOCK',
        'MS_NOSEC', 'MS_BORN', 'MS_ACTIVE', 'MS_NOUSER'],
    },
    mount_magic: { headers: ['linux/fs.h'], entries: ['MS_MGC_VAL', 'MS_MGC_MSK'] },
    umount_flags: {
      headers: ['sys/mount.h'],
      entries: ['MNT_FORCE', 'MNT_DETACH', 'MNT_EXPIRE', 'UMOUNT_NOFOLLOW'],
    },
    swap_flags: {
      headers: ['sys/swap.h'],
      // The two DISCARD_* refinements are in the kernel's include/linux/swap.h only (not UAPI).
      entries: ['SWAP_FLAG_PREFER', 'SWAP_FLAG_DISCARD', ['SWAP_FLAG_DISCARD_ONCE', '0x20000'],
        ['SWAP_FLAG_DISCARD_PAGES', '0x40000']],
    },
    open_tree_flags: {
      headers: ['linux/mount.h'],
      entries: ['OPEN_TREE_CLONE', ['OPEN_TREE_CLOEXEC', '02000000'], ['AT_SYMLINK_NOFOLLOW', '0x100'],
        ['AT_NO_AUTOMOUNT', '0x800'], ['AT_EMPTY_PATH', '0x1000'], ['AT_RECURSIVE', '0x8000']],
    },
    move_mount_flags: {
      headers: ['linux/mount.h'],
      entries: ['MOVE_MOUNT_F_SYMLINKS', 'MOVE_MOUNT_F_AUTOMOUNTS', 'MOVE_MOUNT_F_EMPTY_PATH',
        'MOVE_MOUNT_T_SYMLINKS', 'MOVE_MOUNT_T_AUTOMOUNTS', 'MOVE_MOUNT_T_EMPTY_PATH', 'MOVE_MOUNT_SET_GROUP'],
    },
    fsopen_flags: { headers: ['linux/mount.h'], entries: ['FSOPEN_CLOEXEC'] },
    fsmount_flags: { headers: ['linux/mount.h'], entries: ['FSMOUNT_CLOEXEC'] },
    fspick_flags: {
      headers: ['linux/mount.h'],
      entries: ['FSPICK_CLOEXEC', 'FSPICK_SYMLINK_NOFOLLOW', 'FSPICK_NO_AUTOMOUNT', 'FSPICK_EMPTY_PATH'],
    },
    fsconfig_cmds: {
      headers: ['linux/mount.h'],
      entries: ['FSCONFIG_SET_FLAG', 'FSCONFIG_SET_STRING', 'FSCONFIG_SET_BINARY', 'FSCONFIG_SET_PATH',
        'FSCONFIG_SET_PATH_EMPTY', 'FSCONFIG_SET_FD', 'FSCONFIG_CMD_CREATE', 'FSCONFIG_CMD_RECONFIGURE'],
    },
    mount_attr: {
      headers: ['linux/mount.h'],
      entries: ['MOUNT_ATTR_RDONLY', 'MOUNT_ATTR_NOSUID', 'MOUNT_ATTR_NODEV', 'MOUNT_ATTR_NOEXEC',
        'MOUNT_ATTR_NODIRATIME', 'MOUNT_ATTR_IDMAP', 'MOUNT_ATTR_NOSYMFOLLOW', 'MOUNT_ATTR_RELATIME',
        'MOUNT_ATTR_NOATIME', 'MOUNT_ATTR_STRICTATIME'],
    },
    quota_cmds: {
      headers: ['linux/quota.h'],
      entries: ['Q_SYNC', 'Q_QUOTAON', 'Q_QUOTAOFF', 'Q_GETFMT', 'Q_GETINFO', 'Q_SETINFO', 'Q_GETQUOTA',
        'Q_SETQUOTA', 'Q_GETNEXTQUOTA'],
    },
    quota_types: { headers: ['linux/quota.h'], entries: ['USRQUOTA', 'GRPQUOTA', 'PRJQUOTA'] },
    landlock_create_flags: { headers: ['linux/landlock.h'], entries: ['LANDLOCK_CREATE_RULESET_VERSION'] },
    landlock_rule_types: { headers: ['linux/landlock.h'], entries: ['LANDLOCK_RULE_PATH_BENEATH'] },
    userfaultfd_flags: {
      headers: ['linux/userfaultfd.h', 'linux/fcntl.h'],
      entries: ['UFFD_USER_MODE_ONLY', 'O_NONBLOCK', 'O_CLOEXEC'],
    },
  },

  mm: {
    mmap_prot: {
      headers: ['linux/mman.h'],
      entries: ['PROT_NONE', 'PROT_READ', 'PROT_WRITE', 'PROT_EXEC', 'PROT_SEM', 'PROT_GROWSDOWN', 'PROT_GROWSUP'],
    },
    // MAP_FILE (0) names a mapping of no special type: strace prints it for a zero type field.
    mmap_types: { headers: ['linux/mman.h'], entries: ['MAP_SHARED', 'MAP_PRIVATE', 'MAP_SHARED_VALIDATE', ['MAP_FILE', '0']] },
    mmap_flags: {
      headers: ['linux/mman.h'],
      entries: ['MAP_FIXED', 'MAP_ANONYMOUS', 'MAP_32BIT', 'MAP_NORESERVE', 'MAP_POPULATE', 'MAP_NONBLOCK',
        'MAP_GROWSDOWN', 'MAP_DENYWRITE', 'MAP_EXECUTABLE', 'MAP_LOCKED', 'MAP_STACK', 'MAP_HUGETLB',
        'MAP_SYNC', 'MAP_FIXED_NOREPLACE'],
    },
    mmap_huge: { headers: ['linux/mman.h'], entries: ['MAP_HUGE_SHIFT', 'MAP_HUGE_MASK'] },
    mremap_flags: { headers: ['linux/mman.h'], entries: ['MREMAP_MAYMOVE', 'MREMAP_FIXED', 'MREMAP_DONTUNMAP'] },
    msync_flags: { headers: ['linux/mman.h'], entries: ['MS_ASYNC', 'MS_INVALIDATE', 'MS_SYNC'] },
    madvise_cmds: {
      headers: ['linux/mman.h'],
      entries: ['MADV_NORMAL', 'MADV_RANDOM', 'MADV_SEQUENTIAL', 'MADV_WILLNEED', 'MADV_DONTNEED', 'MADV_FREE',
        'MADV_REMOVE', 'MADV_DONTFORK', 'MADV_DOFORK', 'MADV_MERGEABLE', 'MADV_UNMERGEABLE', 'MADV_HUGEPAGE',
        'MADV_NOHUGEPAGE', 'MADV_DONTDUMP', 'MADV_DODUMP', 'MADV_WIPEONFORK', 'MADV_KEEPONFORK', 'MADV_COLD',
        'MADV_PAGEOUT', 'MADV_POPULATE_READ', 'MADV_POPULATE_WRITE', 'MADV_DONTNEED_LOCKED', 'MADV_COLLAPSE',
        'MADV_HWPOISON', 'MADV_SOFT_OFFLINE'],
    },
    mlockall_flags: { headers: ['linux/mman.h'], entries: ['MCL_CURRENT', 'MCL_FUTURE', 'MCL_ONFAULT'] },
    mlock_flags: { headers: ['linux/mman.h'], entries: ['MLOCK_ONFAULT'] },
    pkey_access: { headers: ['linux/mman.h'], entries: ['PKEY_DISABLE_ACCESS', 'PKEY_DISABLE_WRITE'] },
    mpol_modes: {
      headers: ['linux/mempolicy.h'],
      entries: ['MPOL_DEFAULT', 'MPOL_PREFERRED', 'MPOL_BIND', 'MPOL_INTERLEAVE', 'MPOL_LOCAL',
        'MPOL_PREFERRED_MANY'],
    },
    mpol_mf: { headers: ['linux/mempolicy.h'], entries: ['MPOL_MF_STRICT', 'MPOL_MF_MOVE', 'MPOL_MF_MOVE_ALL'] },
    mpol_f: { headers: ['linux/mempolicy.h'], entries: ['MPOL_F_NODE', 'MPOL_F_ADDR', 'MPOL_F_MEMS_ALLOWED'] },
    ipc_get_flags: { headers: ['linux/ipc.h'], entries: ['IPC_CREAT', 'IPC_EXCL', 'IPC_NOWAIT'] },
    shm_get_flags: {
      headers: ['linux/shm.h'],
      entries: ['IPC_CREAT', 'IPC_EXCL', 'SHM_HUGETLB', 'SHM_NORESERVE'],
    },
    shmat_flags: { headers: ['linux/shm.h'], entries: ['SHM_RDONLY', 'SHM_RND', 'SHM_REMAP', 'SHM_EXEC'] },
    msg_ipc_flags: { headers: ['linux/msg.h'], entries: ['IPC_NOWAIT', 'MSG_NOERROR', 'MSG_EXCEPT', 'MSG_COPY'] },
    ipc_cmds: { headers: ['linux/ipc.h'], entries: ['IPC_RMID', 'IPC_SET', 'IPC_STAT', 'IPC_INFO'] },
    shmctl_cmds: {
      headers: ['linux/shm.h'],
      entries: ['IPC_RMID', 'IPC_SET', 'IPC_STAT', 'IPC_INFO', 'SHM_LOCK', 'SHM_UNLOCK', 'SHM_STAT', 'SHM_INFO',
        'SHM_STAT_ANY'],
    },
    semctl_cmds: {
      headers: ['linux/sem.h'],
      entries: ['IPC_RMID', 'IPC_SET', 'IPC_STAT', 'IPC_INFO', 'GETPID', 'GETVAL', 'GETALL', 'GETNCNT',
        'GETZCNT', 'SETVAL', 'SETALL', 'SEM_STAT', 'SEM_INFO', 'SEM_STAT_ANY'],
    },
    msgctl_cmds: {
      headers: ['linux/msg.h'],
      entries: ['IPC_RMID', 'IPC_SET', 'IPC_STAT', 'IPC_INFO', 'MSG_STAT', 'MSG_INFO', 'MSG_STAT_ANY'],
    },
  },

  process: {
    // clone(2): CSIGNAL (the exit signal) is the low byte; CLONE_NEWTIME shares it, so it is
    // only in the clone3 table.
    clone_flags: {
      headers: ['linux/sched.h'],
      entries: ['CLONE_VM', 'CLONE_FS', 'CLONE_FILES', 'CLONE_SIGHAND', 'CLONE_PIDFD', 'CLONE_PTRACE',
        'CLONE_VFORK', 'CLONE_PARENT', 'CLONE_THREAD', 'CLONE_NEWNS', 'CLONE_SYSVSEM', 'CLONE_SETTLS',
        'CLONE_PARENT_SETTID', 'CLONE_CHILD_CLEARTID', 'CLONE_UNTRACED', 'CLONE_CHILD_SETTID',
        'CLONE_NEWCGROUP', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWUSER', 'CLONE_NEWPID', 'CLONE_NEWNET',
        'CLONE_IO'],
    },
    clone3_extra_flags: {
      headers: ['linux/sched.h'],
      entries: ['CLONE_NEWTIME', 'CLONE_CLEAR_SIGHAND', 'CLONE_INTO_CGROUP'],
    },
    // unshare(2) takes these only, in strace's order (CLONE_NEWTIME first).
    unshare_flags: {
      headers: ['linux/sched.h'],
      entries: ['CLONE_NEWTIME', 'CLONE_VM', 'CLONE_FS', 'CLONE_FILES', 'CLONE_SIGHAND', 'CLONE_THREAD', 'CLONE_NEWNS',
        'CLONE_SYSVSEM', 'CLONE_NEWCGROUP', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWUSER', 'CLONE_NEWPID',
        'CLONE_NEWNET'],
    },
    csignal: { headers: ['linux/sched.h'], entries: ['CSIGNAL'] },
    wait_options: {
      headers: ['linux/wait.h'],
      entries: ['WNOHANG', 'WEXITED', 'WSTOPPED', 'WCONTINUED', 'WNOWAIT', '__WNOTHREAD', '__WALL', '__WCLONE'],
    },
    idtypes: { headers: ['linux/wait.h'], entries: ['P_ALL', 'P_PID', 'P_PGID', 'P_PIDFD'] },
    rlimit_resources: {
      headers: ['linux/resource.h'],
      entries: ['RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS',
        'RLIMIT_NPROC', 'RLIMIT_NOFILE', 'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING',
        'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME'],
    },
    rusage_who: { headers: ['linux/resource.h'], entries: ['RUSAGE_SELF', 'RUSAGE_CHILDREN', 'RUSAGE_THREAD'] },
    cap_versions: {
      headers: ['linux/capability.h'],
      entries: ['_LINUX_CAPABILITY_VERSION_1', '_LINUX_CAPABILITY_VERSION_2', '_LINUX_CAPABILITY_VERSION_3'],
    },
    priorities: { headers: ['linux/resource.h'], entries: ['PRIO_PROCESS', 'PRIO_PGRP', 'PRIO_USER'] },
    sched_policies: {
      headers: ['linux/sched.h'],
      entries: [['SCHED_OTHER', 'SCHED_NORMAL'], 'SCHED_FIFO', 'SCHED_RR', 'SCHED_BATCH', ['SCHED_ISO', '4'], 'SCHED_IDLE',
        'SCHED_DEADLINE'],
    },
    prctl_options: {
      headers: ['linux/prctl.h'],
      entries: ['PR_SET_PDEATHSIG', 'PR_GET_PDEATHSIG', 'PR_GET_DUMPABLE', 'PR_SET_DUMPABLE', 'PR_GET_UNALIGN',
        'PR_SET_UNALIGN', 'PR_GET_KEEPCAPS', 'PR_SET_KEEPCAPS', 'PR_GET_FPEMU', 'PR_SET_FPEMU', 'PR_GET_FPEXC',
        'PR_SET_FPEXC', 'PR_GET_TIMING', 'PR_SET_TIMING', 'PR_SET_NAME', 'PR_GET_NAME', 'PR_GET_ENDIAN',
        'PR_SET_ENDIAN', 'PR_GET_SECCOMP', 'PR_SET_SECCOMP', 'PR_CAPBSET_READ', 'PR_CAPBSET_DROP', 'PR_GET_TSC',
        'PR_SET_TSC', 'PR_GET_SECUREBITS', 'PR_SET_SECUREBITS', 'PR_SET_TIMERSLACK', 'PR_GET_TIMERSLACK',
        'PR_TASK_PERF_EVENTS_DISABLE', 'PR_TASK_PERF_EVENTS_ENABLE', 'PR_MCE_KILL', 'PR_MCE_KILL_GET',
        'PR_SET_MM', 'PR_SET_CHILD_SUBREAPER', 'PR_GET_CHILD_SUBREAPER', 'PR_SET_NO_NEW_PRIVS',
        'PR_GET_NO_NEW_PRIVS', 'PR_GET_TID_ADDRESS', 'PR_SET_THP_DISABLE', 'PR_GET_THP_DISABLE',
        'PR_MPX_ENABLE_MANAGEMENT', 'PR_MPX_DISABLE_MANAGEMENT', 'PR_SET_FP_MODE', 'PR_GET_FP_MODE',
        'PR_CAP_AMBIENT', 'PR_SVE_SET_VL', 'PR_SVE_GET_VL', 'PR_GET_SPECULATION_CTRL',
        'PR_SET_SPECULATION_CTRL', 'PR_PAC_RESET_KEYS', 'PR_SET_TAGGED_ADDR_CTRL', 'PR_GET_TAGGED_ADDR_CTRL',
        'PR_SET_IO_FLUSHER', 'PR_GET_IO_FLUSHER', 'PR_SET_SYSCALL_USER_DISPATCH', 'PR_PAC_SET_ENABLED_KEYS',
        'PR_PAC_GET_ENABLED_KEYS', 'PR_SCHED_CORE', 'PR_SME_SET_VL', 'PR_SME_GET_VL', 'PR_SET_VMA'],
    },
    capabilities: {
      headers: ['linux/capability.h'],
      entries: ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
        'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
        'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE',
        'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT',
        'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
        'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN',
        'CAP_SYSLOG', 'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF',
        'CAP_CHECKPOINT_RESTORE'],
    },
    dumpable: { headers: ['linux/prctl.h'], entries: [['SUID_DUMP_DISABLE', '0'], ['SUID_DUMP_USER', '1'], ['SUID_DUMP_ROOT', '2']] },
    arch_prctl_codes: {
      headers: ['asm/prctl.h'],
      entries: ['ARCH_SET_GS', 'ARCH_SET_FS', 'ARCH_GET_FS', 'ARCH_GET_GS', 'ARCH_GET_CPUID', 'ARCH_SET_CPUID',
        'ARCH_GET_XCOMP_SUPP', 'ARCH_GET_XCOMP_PERM', 'ARCH_REQ_XCOMP_PERM', 'ARCH_GET_XCOMP_GUEST_PERM',
        'ARCH_REQ_XCOMP_GUEST_PERM', 'ARCH_MAP_VDSO_X32', 'ARCH_MAP_VDSO_32', 'ARCH_MAP_VDSO_64'],
    },
    // strace lists the commands with their flag combinations as names of their own.
    futex_ops: {
      headers: ['linux/futex.h'],
      entries: ['FUTEX_WAIT', 'FUTEX_WAKE', 'FUTEX_FD', 'FUTEX_REQUEUE', 'FUTEX_CMP_REQUEUE', 'FUTEX_WAKE_OP',
        'FUTEX_LOCK_PI', 'FUTEX_UNLOCK_PI', 'FUTEX_TRYLOCK_PI', 'FUTEX_WAIT_BITSET', 'FUTEX_WAKE_BITSET',
        'FUTEX_WAIT_REQUEUE_PI', 'FUTEX_CMP_REQUEUE_PI', 'FUTEX_LOCK_PI2', 'FUTEX_WAIT_PRIVATE',
        'FUTEX_WAKE_PRIVATE', ['FUTEX_FD|FUTEX_PRIVATE_FLAG', 'FUTEX_FD|FUTEX_PRIVATE_FLAG'],
        'FUTEX_REQUEUE_PRIVATE', 'FUTEX_CMP_REQUEUE_PRIVATE', 'FUTEX_WAKE_OP_PRIVATE', 'FUTEX_LOCK_PI_PRIVATE',
        'FUTEX_UNLOCK_PI_PRIVATE', 'FUTEX_TRYLOCK_PI_PRIVATE', 'FUTEX_WAIT_BITSET_PRIVATE',
        'FUTEX_WAKE_BITSET_PRIVATE', 'FUTEX_WAIT_REQUEUE_PI_PRIVATE', 'FUTEX_CMP_REQUEUE_PI_PRIVATE',
        'FUTEX_LOCK_PI2_PRIVATE',
        ['FUTEX_WAIT|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME', 'FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_LOCK_PI2|FUTEX_CLOCK_REALTIME', 'FUTEX_LOCK_PI2|FUTEX_CLOCK_REALTIME'],
        ['FUTEX_LOCK_PI2_PRIVATE|FUTEX_CLOCK_REALTIME', 'FUTEX_LOCK_PI2_PRIVATE|FUTEX_CLOCK_REALTIME']],
    },
    futex_bitset: { headers: ['linux/futex.h'], entries: ['FUTEX_BITSET_MATCH_ANY'] },
    futex_wake_ops: {
      headers: ['linux/futex.h'],
      entries: ['FUTEX_OP_SET', 'FUTEX_OP_ADD', 'FUTEX_OP_OR', 'FUTEX_OP_ANDN', 'FUTEX_OP_XOR'],
    },
    futex_wake_cmps: {
      headers: ['linux/futex.h'],
      entries: ['FUTEX_OP_CMP_EQ', 'FUTEX_OP_CMP_NE', 'FUTEX_OP_CMP_LT', 'FUTEX_OP_CMP_LE', 'FUTEX_OP_CMP_GT',
        'FUTEX_OP_CMP_GE'],
    },
    clocks: {
      headers: ['linux/time.h'],
      entries: ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID',
        'CLOCK_MONOTONIC_RAW', 'CLOCK_REALTIME_COARSE', 'CLOCK_MONOTONIC_COARSE', 'CLOCK_BOOTTIME',
        'CLOCK_REALTIME_ALARM', 'CLOCK_BOOTTIME_ALARM', 'CLOCK_SGI_CYCLE', 'CLOCK_TAI'],
    },
    itimer_which: { headers: ['linux/time.h'], entries: ['ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF'] },
    timer_flags: { headers: ['linux/time.h'], entries: ['TIMER_ABSTIME'] },
    timerfd_flags: {
      headers: ['linux/timerfd.h'],
      entries: ['TFD_TIMER_ABSTIME', 'TFD_TIMER_CANCEL_ON_SET', 'TFD_CLOEXEC', 'TFD_NONBLOCK'],
    },
    ptrace_requests: {
      headers: ['linux/ptrace.h'],
      entries: ['PTRACE_TRACEME', 'PTRACE_PEEKTEXT', 'PTRACE_PEEKDATA', 'PTRACE_PEEKUSR', 'PTRACE_POKETEXT',
        'PTRACE_POKEDATA', 'PTRACE_POKEUSR', 'PTRACE_CONT', 'PTRACE_KILL', 'PTRACE_SINGLESTEP',
        ['PTRACE_GETREGS', '12'], ['PTRACE_SETREGS', '13'], ['PTRACE_GETFPREGS', '14'], ['PTRACE_SETFPREGS', '15'],
        'PTRACE_ATTACH', 'PTRACE_DETACH', ['PTRACE_GETFPXREGS', '18'], ['PTRACE_SETFPXREGS', '19'],
        'PTRACE_SYSCALL', ['PTRACE_GET_THREAD_AREA', '25'], ['PTRACE_SET_THREAD_AREA', '26'],
        ['PTRACE_ARCH_PRCTL', '30'], ['PTRACE_SYSEMU', '31'], ['PTRACE_SYSEMU_SINGLESTEP', '32'],
        ['PTRACE_SINGLEBLOCK', '33'],
        'PTRACE_SETOPTIONS', 'PTRACE_GETEVENTMSG', 'PTRACE_GETSIGINFO', 'PTRACE_SETSIGINFO',
        'PTRACE_GETREGSET', 'PTRACE_SETREGSET', 'PTRACE_SEIZE', 'PTRACE_INTERRUPT', 'PTRACE_LISTEN',
        'PTRACE_PEEKSIGINFO', 'PTRACE_GETSIGMASK', 'PTRACE_SETSIGMASK', 'PTRACE_SECCOMP_GET_FILTER',
        'PTRACE_SECCOMP_GET_METADATA', 'PTRACE_GET_SYSCALL_INFO', 'PTRACE_GET_RSEQ_CONFIGURATION'],
    },
    // include/linux/syslog.h is not UAPI: these are the kernel's values.
    syslog_actions: {
      headers: [],
      entries: [['SYSLOG_ACTION_CLOSE', '0'], ['SYSLOG_ACTION_OPEN', '1'], ['SYSLOG_ACTION_READ', '2'],
        ['SYSLOG_ACTION_READ_ALL', '3'], ['SYSLOG_ACTION_READ_CLEAR', '4'], ['SYSLOG_ACTION_CLEAR', '5'],
        ['SYSLOG_ACTION_CONSOLE_OFF', '6'], ['SYSLOG_ACTION_CONSOLE_ON', '7'], ['SYSLOG_ACTION_CONSOLE_LEVEL', '8'],
        ['SYSLOG_ACTION_SIZE_UNREAD', '9'], ['SYSLOG_ACTION_SIZE_BUFFER', '10']],
    },
    reboot_magic: {
      headers: ['linux/reboot.h'],
      entries: ['LINUX_REBOOT_MAGIC1', 'LINUX_REBOOT_MAGIC2', 'LINUX_REBOOT_MAGIC2A', 'LINUX_REBOOT_MAGIC2B',
        'LINUX_REBOOT_MAGIC2C'],
    },
    reboot_cmds: {
      headers: ['linux/reboot.h'],
      entries: ['LINUX_REBOOT_CMD_RESTART', 'LINUX_REBOOT_CMD_HALT', 'LINUX_REBOOT_CMD_CAD_ON',
        'LINUX_REBOOT_CMD_CAD_OFF', 'LINUX_REBOOT_CMD_POWER_OFF', 'LINUX_REBOOT_CMD_RESTART2',
        'LINUX_REBOOT_CMD_SW_SUSPEND', 'LINUX_REBOOT_CMD_KEXEC'],
    },
    kexec_load_flags: { headers: ['linux/kexec.h'], entries: ['KEXEC_ON_CRASH', 'KEXEC_PRESERVE_CONTEXT'] },
    kexec_arch: {
      headers: ['linux/kexec.h'],
      entries: ['KEXEC_ARCH_DEFAULT', 'KEXEC_ARCH_386', 'KEXEC_ARCH_68K', 'KEXEC_ARCH_PARISC', 'KEXEC_ARCH_X86_64',
        'KEXEC_ARCH_PPC', 'KEXEC_ARCH_PPC64', 'KEXEC_ARCH_IA_64', 'KEXEC_ARCH_ARM', 'KEXEC_ARCH_S390',
        'KEXEC_ARCH_SH', 'KEXEC_ARCH_MIPS_LE', 'KEXEC_ARCH_MIPS', 'KEXEC_ARCH_AARCH64', 'KEXEC_ARCH_RISCV',
        'KEXEC_ARCH_LOONGARCH'],
    },
    kexec_file_load_flags: {
      headers: ['linux/kexec.h'],
      entries: ['KEXEC_FILE_UNLOAD', 'KEXEC_FILE_ON_CRASH', 'KEXEC_FILE_NO_INITRAMFS'],
    },
    delete_module_flags: { headers: KERNEL_FCNTL, entries: ['O_NONBLOCK', 'O_TRUNC'] },
    module_init_flags: {
      headers: ['linux/module.h'],
      entries: ['MODULE_INIT_IGNORE_MODVERSIONS', 'MODULE_INIT_IGNORE_VERMAGIC', 'MODULE_INIT_COMPRESSED_FILE'],
    },
    keyctl_cmds: {
      headers: ['linux/keyctl.h'],
      entries: ['KEYCTL_GET_KEYRING_ID', 'KEYCTL_JOIN_SESSION_KEYRING', 'KEYCTL_UPDATE', 'KEYCTL_REVOKE',
        'KEYCTL_CHOWN', 'KEYCTL_SETPERM', 'KEYCTL_DESCRIBE', 'KEYCTL_CLEAR', 'KEYCTL_LINK', 'KEYCTL_UNLINK',
        'KEYCTL_SEARCH', 'KEYCTL_READ', 'KEYCTL_INSTANTIATE', 'KEYCTL_NEGATE', 'KEYCTL_SET_REQKEY_KEYRING',
        'KEYCTL_SET_TIMEOUT', 'KEYCTL_ASSUME_AUTHORITY', 'KEYCTL_GET_SECURITY', 'KEYCTL_SESSION_TO_PARENT',
        'KEYCTL_REJECT', 'KEYCTL_INSTANTIATE_IOV', 'KEYCTL_INVALIDATE', 'KEYCTL_GET_PERSISTENT', 'KEYCTL_DH_COMPUTE',
        'KEYCTL_PKEY_QUERY', 'KEYCTL_PKEY_ENCRYPT', 'KEYCTL_PKEY_DECRYPT', 'KEYCTL_PKEY_SIGN',
        'KEYCTL_PKEY_VERIFY', 'KEYCTL_RESTRICT_KEYRING', 'KEYCTL_MOVE', 'KEYCTL_CAPABILITIES',
        'KEYCTL_WATCH_KEY'],
    },
    key_specs: {
      headers: ['linux/keyctl.h'],
      entries: ['KEY_SPEC_THREAD_KEYRING', 'KEY_SPEC_PROCESS_KEYRING', 'KEY_SPEC_SESSION_KEYRING',
        'KEY_SPEC_USER_KEYRING', 'KEY_SPEC_USER_SESSION_KEYRING', 'KEY_SPEC_GROUP_KEYRING',
        'KEY_SPEC_REQKEY_AUTH_KEY', 'KEY_SPEC_REQUESTOR_KEYRING'],
    },
    ioprio_who: { headers: ['linux/ioprio.h'], entries: ['IOPRIO_WHO_PROCESS', 'IOPRIO_WHO_PGRP', 'IOPRIO_WHO_USER'] },
    ioprio_class: {
      headers: ['linux/ioprio.h'],
      entries: ['IOPRIO_CLASS_NONE', 'IOPRIO_CLASS_RT', 'IOPRIO_CLASS_BE', 'IOPRIO_CLASS_IDLE'],
    },
    setns_types: {
      headers: ['linux/sched.h'],
      entries: ['CLONE_NEWTIME', 'CLONE_NEWNS', 'CLONE_NEWCGROUP', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWUSER',
        'CLONE_NEWPID', 'CLONE_NEWNET'],
    },
    kcmp_types: {
      headers: ['linux/kcmp.h'],
      entries: ['KCMP_FILE', 'KCMP_VM', 'KCMP_FILES', 'KCMP_FS', 'KCMP_SIGHAND', 'KCMP_IO', 'KCMP_SYSVSEM',
        'KCMP_EPOLL_TFD'],
    },
    seccomp_ops: {
      headers: ['linux/seccomp.h'],
      entries: ['SECCOMP_SET_MODE_STRICT', 'SECCOMP_SET_MODE_FILTER', 'SECCOMP_GET_ACTION_AVAIL',
        'SECCOMP_GET_NOTIF_SIZES'],
    },
    seccomp_filter_flags: {
      headers: ['linux/seccomp.h'],
      entries: ['SECCOMP_FILTER_FLAG_TSYNC', 'SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_SPEC_ALLOW',
        'SECCOMP_FILTER_FLAG_NEW_LISTENER', 'SECCOMP_FILTER_FLAG_TSYNC_ESRCH',
        'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'],
    },
    membarrier_cmds: {
      headers: ['linux/membarrier.h'],
      entries: ['MEMBARRIER_CMD_QUERY', 'MEMBARRIER_CMD_GLOBAL', 'MEMBARRIER_CMD_GLOBAL_EXPEDITED',
        'MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED', 'MEMBARRIER_CMD_PRIVATE_EXPEDITED',
        'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED', 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE',
        'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE', 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ',
        'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ'],
    },
    membarrier_flags: { headers: ['linux/membarrier.h'], entries: ['MEMBARRIER_CMD_FLAG_CPU'] },
    perf_event_open_flags: {
      headers: ['linux/perf_event.h'],
      entries: ['PERF_FLAG_FD_NO_GROUP', 'PERF_FLAG_FD_OUTPUT', 'PERF_FLAG_PID_CGROUP', 'PERF_FLAG_FD_CLOEXEC'],
    },
    bpf_cmds: {
      headers: ['linux/bpf.h'],
      entries: ['BPF_MAP_CREATE', 'BPF_MAP_LOOKUP_ELEM', 'BPF_MAP_UPDATE_ELEM', 'BPF_MAP_DELETE_ELEM',
        'BPF_MAP_GET_NEXT_KEY', 'BPF_PROG_LOAD', 'BPF_OBJ_PIN', 'BPF_OBJ_GET', 'BPF_PROG_ATTACH',
        'BPF_PROG_DETACH', 'BPF_PROG_TEST_RUN', 'BPF_PROG_GET_NEXT_ID', 'BPF_MAP_GET_NEXT_ID',
        'BPF_PROG_GET_FD_BY_ID', 'BPF_MAP_GET_FD_BY_ID', 'BPF_OBJ_GET_INFO_BY_FD', 'BPF_PROG_QUERY',
        'BPF_RAW_TRACEPOINT_OPEN', 'BPF_BTF_LOAD', 'BPF_BTF_GET_FD_BY_ID', 'BPF_TASK_FD_QUERY',
        'BPF_MAP_LOOKUP_AND_DELETE_ELEM', 'BPF_MAP_FREEZE', 'BPF_BTF_GET_NEXT_ID', 'BPF_MAP_LOOKUP_BATCH',
        'BPF_MAP_LOOKUP_AND_DELETE_BATCH', 'BPF_MAP_UPDATE_BATCH', 'BPF_MAP_DELETE_BATCH', 'BPF_LINK_CREATE',
        'BPF_LINK_UPDATE', 'BPF_LINK_GET_FD_BY_ID', 'BPF_LINK_GET_NEXT_ID', 'BPF_ENABLE_STATS',
        'BPF_ITER_CREATE', 'BPF_LINK_DETACH', 'BPF_PROG_BIND_MAP'],
    },
    rseq_flags: { headers: ['linux/rseq.h'], entries: ['RSEQ_FLAG_UNREGISTER'] },
    getrandom_flags: { headers: ['linux/random.h'], entries: ['GRND_NONBLOCK', 'GRND_RANDOM', 'GRND_INSECURE'] },
    pidfd_open_flags: { headers: KERNEL_FCNTL, entries: [['PIDFD_NONBLOCK', 'O_NONBLOCK']] },
    personality_types: {
      headers: ['linux/personality.h'],
      entries: ['PER_LINUX', 'PER_LINUX_32BIT', 'PER_LINUX_FDPIC', 'PER_SVR4', 'PER_SVR3', 'PER_SCOSVR3',
        'PER_OSR5', 'PER_WYSEV386', 'PER_ISCR4', 'PER_BSD', 'PER_SUNOS', 'PER_XENIX', 'PER_LINUX32',
        'PER_LINUX32_3GB', 'PER_IRIX32', 'PER_IRIXN32', 'PER_IRIX64', 'PER_RISCOS', 'PER_SOLARIS', 'PER_UW7',
        'PER_OSF4', 'PER_HPUX'],
    },
    personality_flags: {
      headers: ['linux/personality.h'],
      entries: ['UNAME26', 'ADDR_NO_RANDOMIZE', 'FDPIC_FUNCPTRS', 'MMAP_PAGE_ZERO', 'ADDR_COMPAT_LAYOUT',
        'READ_IMPLIES_EXEC', 'ADDR_LIMIT_32BIT', 'SHORT_INODE', 'WHOLE_SECONDS', 'STICKY_TIMEOUTS',
        'ADDR_LIMIT_3GB'],
    },
    io_uring_enter_flags: {
      headers: ['linux/io_uring.h'],
      entries: ['IORING_ENTER_GETEVENTS', 'IORING_ENTER_SQ_WAKEUP', 'IORING_ENTER_SQ_WAIT',
        'IORING_ENTER_EXT_ARG', 'IORING_ENTER_REGISTERED_RING'],
    },
    io_uring_register_ops: {
      headers: ['linux/io_uring.h'],
      entries: ['IORING_REGISTER_BUFFERS', 'IORING_UNREGISTER_BUFFERS', 'IORING_REGISTER_FILES',
        'IORING_UNREGISTER_FILES', 'IORING_REGISTER_EVENTFD', 'IORING_UNREGISTER_EVENTFD',
        'IORING_REGISTER_FILES_UPDATE', 'IORING_REGISTER_EVENTFD_ASYNC', 'IORING_REGISTER_PROBE',
        'IORING_REGISTER_PERSONALITY', 'IORING_UNREGISTER_PERSONALITY', 'IORING_REGISTER_RESTRICTIONS',
        'IORING_REGISTER_ENABLE_RINGS', 'IORING_REGISTER_FILES2', 'IORING_REGISTER_FILES_UPDATE2',
        'IORING_REGISTER_BUFFERS2', 'IORING_REGISTER_BUFFERS_UPDATE', 'IORING_REGISTER_IOWQ_AFF',
        'IORING_UNREGISTER_IOWQ_AFF', 'IORING_REGISTER_IOWQ_MAX_WORKERS', 'IORING_REGISTER_RING_FDS',
        'IORING_UNREGISTER_RING_FDS', 'IORING_REGISTER_PBUF_RING', 'IORING_UNREGISTER_PBUF_RING',
        'IORING_REGISTER_SYNC_CANCEL', 'IORING_REGISTER_FILE_ALLOC_RANGE'],
    },
  },

  signal: {
    // The kernel's <asm/signal.h>, whose SA_RESTORER glibc's <signal.h> hides.
    sigprocmask_how: { headers: ['asm/signal.h'], entries: ['SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'] },
    sa_flags: {
      headers: ['asm/signal.h'],
      entries: ['SA_RESTORER', 'SA_ONSTACK', 'SA_RESTART', 'SA_NODEFER', 'SA_RESETHAND', 'SA_SIGINFO',
        'SA_NOCLDSTOP', 'SA_NOCLDWAIT', 'SA_UNSUPPORTED', 'SA_EXPOSE_TAGBITS'],
    },
    ss_flags: { headers: ['signal.h'], entries: ['SS_ONSTACK', 'SS_DISABLE', ['SS_AUTODISARM', '(1U << 31)']] },
    sfd_flags: { headers: ['sys/signalfd.h'], entries: ['SFD_CLOEXEC', 'SFD_NONBLOCK'] },
    sigev_notify: { headers: ['signal.h'], entries: ['SIGEV_SIGNAL', 'SIGEV_NONE', 'SIGEV_THREAD', 'SIGEV_THREAD_ID'] },
  },

  net: {
    address_families: {
      headers: ['sys/socket.h'],
      entries: ['AF_UNSPEC', 'AF_UNIX', 'AF_INET', 'AF_AX25', 'AF_IPX', 'AF_APPLETALK', 'AF_NETROM', 'AF_BRIDGE',
        'AF_ATMPVC', 'AF_X25', 'AF_INET6', 'AF_ROSE', 'AF_DECnet', 'AF_NETBEUI', 'AF_SECURITY', 'AF_KEY',
        'AF_NETLINK', 'AF_PACKET', 'AF_ASH', 'AF_ECONET', 'AF_ATMSVC', 'AF_RDS', 'AF_SNA', 'AF_IRDA',
        'AF_PPPOX', 'AF_WANPIPE', 'AF_LLC', 'AF_IB', 'AF_MPLS', 'AF_CAN', 'AF_TIPC', 'AF_BLUETOOTH', 'AF_IUCV',
        'AF_RXRPC', 'AF_ISDN', 'AF_PHONET', 'AF_IEEE802154', 'AF_CAIF', 'AF_ALG', 'AF_NFC', 'AF_VSOCK',
        'AF_KCM', 'AF_QIPCRTR', 'AF_SMC', 'AF_XDP', 'AF_MCTP'],
    },
    socket_types: {
      headers: ['sys/socket.h'],
      entries: ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET', 'SOCK_DCCP', 'SOCK_PACKET'],
    },
    socket_type_flags: { headers: ['sys/socket.h'], entries: ['SOCK_CLOEXEC', 'SOCK_NONBLOCK'] },
    inet_protocols: {
      headers: ['netinet/in.h'],
      entries: ['IPPROTO_IP', 'IPPROTO_ICMP', 'IPPROTO_IGMP', 'IPPROTO_IPIP', 'IPPROTO_TCP', 'IPPROTO_EGP',
        'IPPROTO_PUP', 'IPPROTO_UDP', 'IPPROTO_IDP', 'IPPROTO_TP', 'IPPROTO_DCCP', 'IPPROTO_IPV6',
        'IPPROTO_ROUTING', 'IPPROTO_FRAGMENT', 'IPPROTO_RSVP', 'IPPROTO_GRE', 'IPPROTO_ESP', 'IPPROTO_AH',
        'IPPROTO_ICMPV6', 'IPPROTO_NONE', 'IPPROTO_DSTOPTS', 'IPPROTO_MTP', 'IPPROTO_BEETPH', 'IPPROTO_ENCAP',
        'IPPROTO_PIM', 'IPPROTO_COMP', ['IPPROTO_L2TP', '115'], 'IPPROTO_SCTP', 'IPPROTO_MH', 'IPPROTO_UDPLITE',
        'IPPROTO_MPLS', 'IPPROTO_ETHERNET', 'IPPROTO_RAW', 'IPPROTO_MPTCP'],
    },
    netlink_protocols: {
      headers: ['linux/netlink.h'],
      entries: ['NETLINK_ROUTE', 'NETLINK_UNUSED', 'NETLINK_USERSOCK', 'NETLINK_FIREWALL', 'NETLINK_SOCK_DIAG',
        'NETLINK_NFLOG', 'NETLINK_XFRM', 'NETLINK_SELINUX', 'NETLINK_ISCSI', 'NETLINK_AUDIT',
        'NETLINK_FIB_LOOKUP', 'NETLINK_CONNECTOR', 'NETLINK_NETFILTER', 'NETLINK_IP6_FW',
        'NETLINK_DNRTMSG', 'NETLINK_KOBJECT_UEVENT', 'NETLINK_GENERIC', 'NETLINK_SCSITRANSPORT',
        'NETLINK_ECRYPTFS', 'NETLINK_RDMA', 'NETLINK_CRYPTO', 'NETLINK_SMC'],
    },
    ethernet_protocols: {
      headers: ['linux/if_ether.h'],
      entries: ['ETH_P_LOOP', 'ETH_P_IP', 'ETH_P_X25', 'ETH_P_ARP', 'ETH_P_RARP', 'ETH_P_8021Q', 'ETH_P_IPX',
        'ETH_P_IPV6', 'ETH_P_PAUSE', 'ETH_P_SLOW', 'ETH_P_PPP_DISC', 'ETH_P_PPP_SES', 'ETH_P_MPLS_UC',
        'ETH_P_MPLS_MC', 'ETH_P_8021AD', 'ETH_P_802_3', 'ETH_P_AX25', 'ETH_P_ALL', 'ETH_P_802_2',
        'ETH_P_SNAP', 'ETH_P_CAN', 'ETH_P_CANFD'],
    },
    socket_levels: {
      headers: ['sys/socket.h', 'netinet/in.h', 'netinet/tcp.h', 'netinet/udp.h'],
      entries: ['SOL_IP', 'SOL_SOCKET', 'SOL_TCP', 'SOL_UDP', ['AF_VSOCK', 'AF_VSOCK'], 'SOL_IPV6', 'SOL_ICMPV6',
        ['SOL_CAN_BASE', '100'], ['SOL_CAN_RAW', '101'], ['SOL_SCTP', '132'], ['SOL_UDPLITE', '136'], 'SOL_RAW',
        // Not in glibc's headers (the kernel's include/linux/socket.h is not UAPI).
        ['SOL_IPX', '256'], ['SOL_AX25', '257'], ['SOL_ATALK', '258'], ['SOL_NETROM', '259'], ['SOL_ROSE', '260'],
        'SOL_DECNET', 'SOL_X25', 'SOL_PACKET',
        'SOL_ATM', 'SOL_AAL', 'SOL_IRDA', 'SOL_NETBEUI', 'SOL_LLC', 'SOL_DCCP', 'SOL_NETLINK', 'SOL_TIPC',
        'SOL_RXRPC', 'SOL_PPPOL2TP', 'SOL_BLUETOOTH', 'SOL_PNPIPE', 'SOL_RDS', 'SOL_IUCV', 'SOL_CAIF', 'SOL_ALG',
        'SOL_NFC', 'SOL_KCM', 'SOL_TLS', 'SOL_XDP'],
    },
    socket_options: {
      headers: ['sys/socket.h'],
      entries: ['SO_DEBUG', 'SO_REUSEADDR', 'SO_TYPE', 'SO_ERROR', 'SO_DONTROUTE', 'SO_BROADCAST', 'SO_SNDBUF',
        'SO_RCVBUF', 'SO_KEEPALIVE', 'SO_OOBINLINE', 'SO_NO_CHECK', 'SO_PRIORITY', 'SO_LINGER', 'SO_BSDCOMPAT',
        'SO_REUSEPORT', 'SO_PASSCRED', 'SO_PEERCRED', 'SO_RCVLOWAT', 'SO_SNDLOWAT', ['SO_RCVTIMEO_OLD', '20'],
        ['SO_SNDTIMEO_OLD', '21'], 'SO_SECURITY_AUTHENTICATION', 'SO_SECURITY_ENCRYPTION_TRANSPORT',
        'SO_SECURITY_ENCRYPTION_NETWORK', 'SO_BINDTODEVICE', 'SO_ATTACH_FILTER', 'SO_DETACH_FILTER',
        'SO_PEERNAME', ['SO_TIMESTAMP_OLD', '29'], 'SO_ACCEPTCONN', 'SO_PEERSEC', 'SO_SNDBUFFORCE',
        'SO_RCVBUFFORCE', 'SO_PASSSEC', ['SO_TIMESTAMPNS_OLD', '35'], 'SO_MARK', ['SO_TIMESTAMPING_OLD', '37'],
        'SO_PROTOCOL', 'SO_DOMAIN', 'SO_RXQ_OVFL', 'SO_WIFI_STATUS', 'SO_PEEK_OFF', 'SO_NOFCS',
        'SO_LOCK_FILTER', 'SO_SELECT_ERR_QUEUE', 'SO_BUSY_POLL', 'SO_MAX_PACING_RATE', 'SO_BPF_EXTENSIONS',
        'SO_INCOMING_CPU', 'SO_ATTACH_BPF', 'SO_ATTACH_REUSEPORT_CBPF', 'SO_ATTACH_REUSEPORT_EBPF',
        'SO_CNX_ADVICE', 'SO_MEMINFO', 'SO_INCOMING_NAPI_ID', 'SO_COOKIE', 'SO_PEERGROUPS', 'SO_ZEROCOPY',
        'SO_TXTIME', 'SO_BINDTOIFINDEX', 'SO_TIMESTAMP_NEW', 'SO_TIMESTAMPNS_NEW', 'SO_TIMESTAMPING_NEW',
        'SO_RCVTIMEO_NEW', 'SO_SNDTIMEO_NEW', 'SO_DETACH_REUSEPORT_BPF', 'SO_PREFER_BUSY_POLL',
        'SO_BUSY_POLL_BUDGET', 'SO_NETNS_COOKIE', 'SO_BUF_LOCK', 'SO_RESERVE_MEM', 'SO_TXREHASH',
        'SO_RCVMARK'],
    },
    tcp_options: {
      headers: ['netinet/tcp.h'],
      entries: ['TCP_NODELAY', 'TCP_MAXSEG', 'TCP_CORK', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_KEEPCNT',
        'TCP_SYNCNT', 'TCP_LINGER2', 'TCP_DEFER_ACCEPT', 'TCP_WINDOW_CLAMP', 'TCP_INFO', 'TCP_QUICKACK',
        'TCP_CONGESTION', 'TCP_MD5SIG', 'TCP_THIN_LINEAR_TIMEOUTS', 'TCP_THIN_DUPACK', 'TCP_USER_TIMEOUT',
        'TCP_REPAIR', 'TCP_REPAIR_QUEUE', 'TCP_QUEUE_SEQ', 'TCP_REPAIR_OPTIONS', 'TCP_FASTOPEN',
        'TCP_TIMESTAMP', 'TCP_NOTSENT_LOWAT', 'TCP_CC_INFO', 'TCP_SAVE_SYN', 'TCP_SAVED_SYN',
        'TCP_REPAIR_WINDOW', 'TCP_FASTOPEN_CONNECT', 'TCP_ULP', 'TCP_MD5SIG_EXT', 'TCP_FASTOPEN_KEY',
        'TCP_FASTOPEN_NO_COOKIE', 'TCP_ZEROCOPY_RECEIVE', 'TCP_INQ', 'TCP_TX_DELAY'],
    },
    ip_options: {
      headers: ['netinet/in.h'],
      entries: ['IP_TOS', 'IP_TTL', 'IP_HDRINCL', 'IP_OPTIONS', 'IP_ROUTER_ALERT', 'IP_RECVOPTS', 'IP_RETOPTS',
        'IP_PKTINFO', 'IP_PKTOPTIONS', 'IP_MTU_DISCOVER', 'IP_RECVERR', 'IP_RECVTTL', 'IP_RECVTOS', 'IP_MTU',
        'IP_FREEBIND', 'IP_IPSEC_POLICY', 'IP_XFRM_POLICY', 'IP_PASSSEC', 'IP_TRANSPARENT', 'IP_ORIGDSTADDR',
        'IP_MINTTL', 'IP_NODEFRAG', 'IP_CHECKSUM', 'IP_BIND_ADDRESS_NO_PORT', 'IP_RECVFRAGSIZE',
        'IP_RECVERR_RFC4884', 'IP_MULTICAST_IF', 'IP_MULTICAST_TTL', 'IP_MULTICAST_LOOP', 'IP_ADD_MEMBERSHIP',
        'IP_DROP_MEMBERSHIP', 'IP_UNBLOCK_SOURCE', 'IP_BLOCK_SOURCE', 'IP_ADD_SOURCE_MEMBERSHIP',
        'IP_DROP_SOURCE_MEMBERSHIP', 'IP_MSFILTER', 'MCAST_JOIN_GROUP', 'MCAST_BLOCK_SOURCE',
        'MCAST_UNBLOCK_SOURCE', 'MCAST_LEAVE_GROUP', 'MCAST_JOIN_SOURCE_GROUP', 'MCAST_LEAVE_SOURCE_GROUP',
        'MCAST_MSFILTER', 'IP_MULTICAST_ALL', 'IP_UNICAST_IF'],
    },
    ipv6_options: {
      headers: ['netinet/in.h'],
      entries: ['IPV6_ADDRFORM', 'IPV6_2292PKTINFO', 'IPV6_2292HOPOPTS', 'IPV6_2292DSTOPTS', 'IPV6_2292RTHDR',
        'IPV6_2292PKTOPTIONS', 'IPV6_CHECKSUM', 'IPV6_2292HOPLIMIT', 'IPV6_NEXTHOP', 'IPV6_AUTHHDR',
        'IPV6_UNICAST_HOPS', 'IPV6_MULTICAST_IF', 'IPV6_MULTICAST_HOPS', 'IPV6_MULTICAST_LOOP',
        'IPV6_ADD_MEMBERSHIP', 'IPV6_DROP_MEMBERSHIP', 'IPV6_ROUTER_ALERT', 'IPV6_MTU_DISCOVER', 'IPV6_MTU',
        'IPV6_RECVERR', 'IPV6_V6ONLY', 'IPV6_JOIN_ANYCAST', 'IPV6_LEAVE_ANYCAST', 'IPV6_IPSEC_POLICY',
        'IPV6_XFRM_POLICY', 'IPV6_HDRINCL', 'IPV6_RECVPKTINFO', 'IPV6_PKTINFO', 'IPV6_RECVHOPLIMIT',
        'IPV6_HOPLIMIT', 'IPV6_RECVHOPOPTS', 'IPV6_HOPOPTS', 'IPV6_RTHDRDSTOPTS', 'IPV6_RECVRTHDR',
        'IPV6_RTHDR', 'IPV6_RECVDSTOPTS', 'IPV6_DSTOPTS', 'IPV6_RECVPATHMTU', 'IPV6_PATHMTU', 'IPV6_DONTFRAG',
        'IPV6_RECVTCLASS', 'IPV6_TCLASS', 'IPV6_AUTOFLOWLABEL', 'IPV6_ADDR_PREFERENCES', 'IPV6_MINHOPCOUNT',
        'IPV6_ORIGDSTADDR', 'IPV6_TRANSPARENT', 'IPV6_UNICAST_IF', 'IPV6_RECVFRAGSIZE', 'IPV6_FREEBIND'],
    },
    msg_flags: {
      headers: ['sys/socket.h'],
      entries: ['MSG_OOB', 'MSG_PEEK', 'MSG_DONTROUTE', 'MSG_CTRUNC', 'MSG_PROXY', 'MSG_TRUNC', 'MSG_DONTWAIT',
        'MSG_EOR', 'MSG_WAITALL', 'MSG_FIN', 'MSG_SYN', 'MSG_CONFIRM', 'MSG_RST', 'MSG_ERRQUEUE',
        'MSG_NOSIGNAL', 'MSG_MORE', 'MSG_WAITFORONE', ['MSG_SENDPAGE_NOTLAST', '0x20000'], 'MSG_BATCH',
        ['MSG_NO_SHARED_FRAGS', '0x80000'], 'MSG_ZEROCOPY', 'MSG_FASTOPEN', 'MSG_CMSG_CLOEXEC',
        ['MSG_CMSG_COMPAT', '0x80000000']],
    },
    shutdown_modes: { headers: ['sys/socket.h'], entries: ['SHUT_RD', 'SHUT_WR', 'SHUT_RDWR'] },
  },

  io: {
    poll_events: {
      headers: ['poll.h'],
      entries: ['POLLIN', 'POLLPRI', 'POLLOUT', 'POLLERR', 'POLLHUP', 'POLLNVAL', 'POLLRDNORM', 'POLLRDBAND',
        'POLLWRNORM', 'POLLWRBAND', 'POLLMSG', 'POLLREMOVE', 'POLLRDHUP'],
    },
    epoll_events: {
      headers: ['linux/eventpoll.h'],
      entries: ['EPOLLIN', 'EPOLLPRI', 'EPOLLOUT', 'EPOLLERR', 'EPOLLHUP', 'EPOLLNVAL', 'EPOLLRDNORM',
        'EPOLLRDBAND', 'EPOLLWRNORM', 'EPOLLWRBAND', 'EPOLLMSG', 'EPOLLRDHUP', 'EPOLLEXCLUSIVE', 'EPOLLWAKEUP',
        'EPOLLONESHOT', 'EPOLLET'],
    },
    epoll_ctl_ops: { headers: ['linux/eventpoll.h'], entries: ['EPOLL_CTL_ADD', 'EPOLL_CTL_DEL', 'EPOLL_CTL_MOD'] },
    epoll_create_flags: { headers: ['linux/eventpoll.h'], entries: ['EPOLL_CLOEXEC'] },
    efd_flags: { headers: ['sys/eventfd.h'], entries: ['EFD_SEMAPHORE', 'EFD_CLOEXEC', 'EFD_NONBLOCK'] },
    // Terminal and generic file ioctls (asm-generic/ioctls.h, linux/fs.h), by request number.
    ioctl_requests: {
      headers: ['asm/ioctls.h', 'asm/termbits.h', 'linux/fs.h', 'linux/fiemap.h', 'linux/sockios.h'],
      entries: ['TCGETS', 'TCSETS', 'TCSETSW', 'TCSETSF', 'TCGETA', 'TCSETA', 'TCSETAW', 'TCSETAF', 'TCSBRK',
        'TCXONC', 'TCFLSH', 'TIOCEXCL', 'TIOCNXCL', 'TIOCSCTTY', 'TIOCGPGRP', 'TIOCSPGRP', 'TIOCOUTQ', 'TIOCSTI',
        'TIOCGWINSZ', 'TIOCSWINSZ', 'TIOCMGET', 'TIOCMBIS', 'TIOCMBIC', 'TIOCMSET', 'TIOCGSOFTCAR',
        'TIOCSSOFTCAR', 'FIONREAD', 'TIOCLINUX', 'TIOCCONS', 'TIOCGSERIAL', 'TIOCSSERIAL', 'TIOCPKT', 'FIONBIO',
        'TIOCNOTTY', 'TIOCSETD', 'TIOCGETD', 'TCSBRKP', 'TIOCSBRK', 'TIOCCBRK', 'TIOCGSID', 'TCGETS2', 'TCSETS2',
        'TCSETSW2', 'TCSETSF2', 'TIOCGRS485', 'TIOCSRS485', 'TIOCGPTN', 'TIOCSPTLCK', 'TIOCGDEV', 'TCGETX',
        'TCSETX', 'TCSETXF', 'TCSETXW', 'TIOCSIG', 'TIOCVHANGUP', 'TIOCGPKT', 'TIOCGPTLCK', 'TIOCGEXCL',
        'TIOCGPTPEER', 'FIONCLEX', 'FIOCLEX', 'FIOASYNC', 'TIOCSERCONFIG',
        'TIOCSERGWILD', 'TIOCSERSWILD', 'TIOCGLCKTRMIOS', 'TIOCSLCKTRMIOS', 'TIOCSERGSTRUCT',
        'TIOCSERGETLSR', 'TIOCSERGETMULTI', 'TIOCSERSETMULTI', 'TIOCMIWAIT', 'TIOCGICOUNT', 'FIOQSIZE',
        'FIOSETOWN', 'SIOCSPGRP', 'FIOGETOWN', 'SIOCGPGRP', 'SIOCATMARK',
        'FIFREEZE', 'FITHAW', 'FITRIM', 'FICLONE', 'FICLONERANGE', 'FIDEDUPERANGE', 'FS_IOC_GETFLAGS',
        'FS_IOC_SETFLAGS', 'FS_IOC_GETVERSION', 'FS_IOC_SETVERSION', 'FS_IOC_FIEMAP', 'FS_IOC_FSGETXATTR',
        'FS_IOC_FSSETXATTR', 'FIGETBSZ', 'FIBMAP', 'BLKGETSIZE', 'BLKGETSIZE64', 'BLKSSZGET', 'BLKBSZGET',
        'BLKROGET', 'BLKFLSBUF', 'BLKRRPART', 'BLKDISCARD', 'BLKPBSZGET', 'BLKIOMIN', 'BLKIOOPT'],
    },
    tcflsh_queues: { headers: ['asm/termbits.h'], entries: ['TCIFLUSH', 'TCOFLUSH', 'TCIOFLUSH'] },
    tcxonc_actions: { headers: ['asm/termbits.h'], entries: ['TCOOFF', 'TCOON', 'TCIOFF', 'TCION'] },
  },
};

// --- the generator --------------------------------------------------------------------

/** Name and C expression of an entry. */
function entry(e) {
  return typeof e === 'string' ? [e, e] : e;
}

/** The C program printing `table<TAB>name<TAB>sizeof<TAB>value` for every entry, one per line. */
function program(headers, rows) {
  const lines = ['#define _GNU_SOURCE', ...headers.map((h) => `#include <${h}>`), '#include <stdio.h>', 'int main(void) {'];
  for (const r of rows) {
    lines.push(`  printf("%s\\t%s\\t%d\\t%lld\\n", "${r.table}", "${r.name}", (int)sizeof(${r.expr}), (long long)(${r.expr}));`);
  }
  lines.push('  return 0;', '}');
  return lines.join('\n') + '\n';
}

/** Compiles and runs `rows`, dropping (with a warning) entries the headers do not define. */
function evaluate(dir, headers, rows) {
  const src = join(dir, 'x.c');
  const bin = join(dir, 'x');
  for (;;) {
    writeFileSync(src, program(headers, rows));
    try {
      execFileSync(CC, ['-w', '-o', bin, src], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const text = String(err.stderr);
      const bad = new Set([...text.matchAll(/x\.c:(\d+):\d+: error/g)].map((m) => Number(m[1])));
      const first = headers.length + 4; // line number of rows[0]
      const drop = rows.filter((_, i) => bad.has(first + i));
      if (drop.length === 0) throw new Error(`gen-xlat: cannot compile the program for ${headers.join(', ')}:\n${text}`);
      for (const r of drop) console.warn(`gen-xlat: ${r.table}: ${r.name} is not defined by ${headers.join(', ') || 'any header'}; left out`);
      rows = rows.filter((r) => !drop.includes(r));
      continue;
    }
    const out = new Map();
    for (const line of execFileSync(bin, { encoding: 'utf8' }).trim().split('\n')) {
      const [table, name, size, value] = line.split('\t');
      out.set(`${table}\t${name}`, { size: Number(size), value: BigInt(value) });
    }
    return out;
  }
}

function literal(v) {
  if (v < 0n) return `-0x${(-v).toString(16)}`;
  return v < 10n ? String(v) : `0x${v.toString(16)}`;
}

const dir = mkdtempSync(join(tmpdir(), 'gen-xlat-'));
try {
  for (const [family, tables] of Object.entries(FAMILIES)) {
    // One program per header set: kernel and libc headers often cannot be mixed.
    const groups = new Map();
    for (const [table, spec] of Object.entries(tables)) {
      const key = spec.headers.join(' ');
      if (!groups.has(key)) groups.set(key, []);
      for (const e of spec.entries) {
        const [name, expr] = entry(e);
        groups.get(key).push({ table, name, expr });
      }
    }
    const values = new Map();
    for (const [key, rows] of groups) {
      for (const [k, v] of evaluate(dir, key === '' ? [] : key.split(' '), rows)) values.set(k, v);
    }
    let ts = `// GENERATED by scripts/gen-xlat.mjs from the C headers of this machine. Do not edit:\n` +
      `// change the lists in the script and run \`npm run gen:xlat\`.\n` +
      `import type { XlatEntries } from './registry.js';\n`;
    for (const [table, spec] of Object.entries(tables)) {
      const items = [];
      for (const e of spec.entries) {
        const [name] = entry(e);
        const got = values.get(`${table}\t${name}`);
        if (got === undefined) continue;
        // Values are what the kernel compares with a 32-bit int, unless the constant is wider.
        let v = got.value;
        if (got.size <= 4 && v < 0n) v += 1n << 32n;
        if (v >= 1n << 53n) throw new Error(`gen-xlat: ${table}: ${name} = ${v} does not fit a Number`);
        items.push(`  [${literal(v)}, '${name}'],`);
      }
      ts += `\nexport const ${table.toUpperCase()}: XlatEntries = [\n${items.join('\n')}\n];\n`;
    }
    writeFileSync(join(root, 'src/decode/xlat', `${family}.gen.ts`), ts);
    console.log(`gen-xlat: src/decode/xlat/${family}.gen.ts (${Object.keys(tables).length} tables)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
