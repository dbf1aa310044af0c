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
//
// Long tables whose order is the header's own (netlink message and attribute types) are
// not listed: `enumOf: 'IFLA_UNSPEC'` takes every enumerator of the enum that declares
// that name, and `match: '^NLM_F_'` every macro or enumerator whose name matches, in the
// order the headers declare them; `__FOO` and `FOO_MAX` are left out of both, `except`
// names more to leave out (`keep` a name ending in _MAX that is no bound), and `entries` (if any) come first; `valueRange: [lo, hi]` keeps
// the values in that range only (audit's message types among its other AUDIT_ macros).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBSYS, X86 } from './xlat/subsys.mjs';
import { KD_TABLES } from './xlat/kd.mjs';
import { V4L2_TABLES } from './xlat/v4l2.mjs';
import { DEVICES } from './xlat/devices.mjs';
import { BTRFS_TABLES } from './xlat/btrfs.mjs';

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
        // FAN_DIR_MODIFY left the headers (5.9 to 5.13 only); strace still names it.
        'FAN_OPEN_EXEC_PERM', ['FAN_DIR_MODIFY', '0x00080000'], 'FAN_ONDIR', 'FAN_EVENT_ON_CHILD', 'FAN_RENAME'],
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
        ['AT_REMOVEDIR', '0x200'], ['AT_SYMLINK_FOLLOW', '0x400'], ['AT_NO_AUTOMOUNT', '0x800'], ['AT_EMPTY_PATH', '0x1000'], ['AT_RECURSIVE', '0x8000']],
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
    // strace's order; MOUNT_ATTR_RELATIME is 0 (the atime field's default), so no bit names it.
    mount_attr: {
      headers: ['linux/mount.h'],
      entries: ['MOUNT_ATTR_RDONLY', 'MOUNT_ATTR_NOSUID', 'MOUNT_ATTR_NODEV', 'MOUNT_ATTR_NOEXEC',
        'MOUNT_ATTR_NOATIME', 'MOUNT_ATTR_STRICTATIME', 'MOUNT_ATTR_NODIRATIME', 'MOUNT_ATTR_IDMAP',
        'MOUNT_ATTR_NOSYMFOLLOW'],
    },
    mount_propagation: {
      headers: ['linux/mount.h'],
      entries: ['MS_UNBINDABLE', 'MS_PRIVATE', 'MS_SLAVE', 'MS_SHARED'],
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
    pkey_access: { headers: ['linux/mman.h'], entries: ['PKEY_DISABLE_ACCESS', 'PKEY_DISABLE_WRITE',
      // powerpc's bit, which strace names on every architecture.
      ['PKEY_DISABLE_EXECUTE', '0x4']] },
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
    sched_flags: {
      headers: ['linux/sched.h'],
      entries: ['SCHED_FLAG_RESET_ON_FORK', 'SCHED_FLAG_RECLAIM', 'SCHED_FLAG_DL_OVERRUN', 'SCHED_FLAG_KEEP_POLICY',
        'SCHED_FLAG_KEEP_PARAMS', 'SCHED_FLAG_UTIL_CLAMP_MIN', 'SCHED_FLAG_UTIL_CLAMP_MAX'],
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
        'PR_PAC_GET_ENABLED_KEYS', 'PR_SCHED_CORE', 'PR_SME_SET_VL', 'PR_SME_GET_VL', 'PR_SET_VMA', 'PR_SET_PTRACER'],
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
      entries: ['PTRACE_TRACEME', 'PTRACE_PEEKTEXT', 'PTRACE_PEEKDATA', ['PTRACE_PEEKUSER', 'PTRACE_PEEKUSR'],
        'PTRACE_POKETEXT', 'PTRACE_POKEDATA', ['PTRACE_POKEUSER', 'PTRACE_POKEUSR'], 'PTRACE_CONT', 'PTRACE_KILL', 'PTRACE_SINGLESTEP',
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
    // Every protocol of linux/if_ether.h, by value (ETH_P_802_3_MIN is a name too).
    ethernet_protocols: {
      headers: ['linux/if_ether.h'],
      entries: [
        'ETH_P_802_3', 'ETH_P_AX25', 'ETH_P_ALL', 'ETH_P_802_2', 'ETH_P_SNAP', 'ETH_P_DDCMP', 'ETH_P_WAN_PPP',
        'ETH_P_PPP_MP', 'ETH_P_LOCALTALK', 'ETH_P_CAN', 'ETH_P_CANFD', 'ETH_P_CANXL', 'ETH_P_PPPTALK',
        'ETH_P_TR_802_2', 'ETH_P_MOBITEX', 'ETH_P_CONTROL', 'ETH_P_IRDA', 'ETH_P_ECONET', 'ETH_P_HDLC',
        'ETH_P_ARCNET', 'ETH_P_DSA', 'ETH_P_TRAILER', 'ETH_P_LOOP', 'ETH_P_PHONET', 'ETH_P_IEEE802154', 'ETH_P_CAIF',
        'ETH_P_XDSA', 'ETH_P_MAP', 'ETH_P_MCTP', 'ETH_P_PUP', 'ETH_P_PUPAT', 'ETH_P_802_3_MIN', 'ETH_P_IP',
        'ETH_P_X25', 'ETH_P_ARP', 'ETH_P_BPQ', 'ETH_P_IEEEPUP', 'ETH_P_IEEEPUPAT', 'ETH_P_ERSPAN2', 'ETH_P_TSN',
        'ETH_P_BATMAN', 'ETH_P_DEC', 'ETH_P_DNA_DL', 'ETH_P_DNA_RC', 'ETH_P_DNA_RT', 'ETH_P_LAT', 'ETH_P_DIAG',
        'ETH_P_CUST', 'ETH_P_SCA', 'ETH_P_TEB', 'ETH_P_RARP', 'ETH_P_ATALK', 'ETH_P_AARP', 'ETH_P_8021Q',
        'ETH_P_IPX', 'ETH_P_IPV6', 'ETH_P_PAUSE', 'ETH_P_SLOW', 'ETH_P_WCCP', 'ETH_P_MPLS_UC', 'ETH_P_MPLS_MC',
        'ETH_P_ATMMPOA', 'ETH_P_PPP_DISC', 'ETH_P_PPP_SES', 'ETH_P_LINK_CTL', 'ETH_P_ATMFATE', 'ETH_P_PAE',
        'ETH_P_REALTEK', 'ETH_P_AOE', 'ETH_P_8021AD', 'ETH_P_802_EX1', 'ETH_P_ERSPAN', 'ETH_P_PREAUTH', 'ETH_P_TIPC',
        'ETH_P_LLDP', 'ETH_P_MRP', 'ETH_P_MACSEC', 'ETH_P_8021AH', 'ETH_P_MVRP', 'ETH_P_1588', 'ETH_P_NCSI',
        'ETH_P_PRP', 'ETH_P_CFM', 'ETH_P_FCOE', 'ETH_P_TDLS', 'ETH_P_FIP', 'ETH_P_IBOE', 'ETH_P_80221', 'ETH_P_HSR',
        'ETH_P_NSH', 'ETH_P_LOOPBACK', 'ETH_P_QINQ1', 'ETH_P_QINQ2', 'ETH_P_QINQ3', 'ETH_P_EDSA', 'ETH_P_DSA_8021Q',
        'ETH_P_DSA_A5PSW', 'ETH_P_IFE', 'ETH_P_AF_IUCV'],
    },
    // Control message types (struct cmsghdr's cmsg_type) at SOL_SOCKET and SOL_IP.
    scm_types: { headers: ['sys/socket.h'], entries: ['SCM_RIGHTS', 'SCM_CREDENTIALS', ['SCM_SECURITY', '3'], 'SO_WIFI_STATUS',
      'SO_TXTIME', 'SO_TIMESTAMP_OLD', 'SO_TIMESTAMPNS_OLD', 'SO_TIMESTAMPING_OLD', 'SO_TIMESTAMP_NEW', 'SO_TIMESTAMPNS_NEW',
      'SO_TIMESTAMPING_NEW', ['SCM_TIMESTAMPING_OPT_STATS', '0x36'], ['SCM_TIMESTAMPING_PKTINFO', '0x3a']] },
    ip_cmsg_types: { headers: ['netinet/in.h'], entries: ['IP_TOS', 'IP_TTL', 'IP_RECVOPTS', 'IP_RETOPTS', 'IP_PKTINFO',
      'IP_RECVERR', 'IP_ORIGDSTADDR', 'IP_CHECKSUM', ['SCM_SECURITY', '3']] },
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
        'IPV6_RECVERR', 'IPV6_V6ONLY', 'IPV6_JOIN_ANYCAST', 'IPV6_LEAVE_ANYCAST', 'IPV6_MULTICAST_ALL',
        'IPV6_ROUTER_ALERT_ISOLATE', 'IPV6_RECVERR_RFC4884', ['IPV6_FLOWLABEL_MGR', '32'], ['IPV6_FLOWINFO_SEND', '33'], 'IPV6_IPSEC_POLICY',
        'IPV6_XFRM_POLICY', 'IPV6_HDRINCL', 'MCAST_JOIN_GROUP', 'MCAST_BLOCK_SOURCE', 'MCAST_UNBLOCK_SOURCE',
        'MCAST_LEAVE_GROUP', 'MCAST_JOIN_SOURCE_GROUP', 'MCAST_LEAVE_SOURCE_GROUP', 'MCAST_MSFILTER', 'IPV6_RECVPKTINFO', 'IPV6_PKTINFO', 'IPV6_RECVHOPLIMIT',
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
    netlink_options: { headers: ['linux/netlink.h'], entries: ['NETLINK_ADD_MEMBERSHIP', 'NETLINK_DROP_MEMBERSHIP',
      'NETLINK_PKTINFO', 'NETLINK_BROADCAST_ERROR', 'NETLINK_NO_ENOBUFS', 'NETLINK_RX_RING', 'NETLINK_TX_RING',
      'NETLINK_LISTEN_ALL_NSID', 'NETLINK_LIST_MEMBERSHIPS', 'NETLINK_CAP_ACK', 'NETLINK_EXT_ACK', 'NETLINK_GET_STRICT_CHK'] },
    packet_options: { headers: ['linux/if_packet.h'], entries: ['PACKET_ADD_MEMBERSHIP', 'PACKET_DROP_MEMBERSHIP',
      'PACKET_RECV_OUTPUT', 'PACKET_RX_RING', 'PACKET_STATISTICS', 'PACKET_COPY_THRESH', 'PACKET_AUXDATA',
      'PACKET_ORIGDEV', 'PACKET_VERSION', 'PACKET_HDRLEN', 'PACKET_RESERVE', 'PACKET_TX_RING', 'PACKET_LOSS',
      'PACKET_VNET_HDR', 'PACKET_TX_TIMESTAMP', 'PACKET_TIMESTAMP', 'PACKET_FANOUT', 'PACKET_TX_HAS_OFF',
      'PACKET_QDISC_BYPASS', 'PACKET_ROLLOVER_STATS', 'PACKET_FANOUT_DATA', 'PACKET_IGNORE_OUTGOING'] },
    raw_options: { headers: ['linux/icmp.h'], entries: ['ICMP_FILTER'] },
    udp_options: { headers: ['linux/udp.h'], entries: ['UDP_CORK', 'UDP_ENCAP', 'UDP_NO_CHECK6_TX', 'UDP_NO_CHECK6_RX',
      'UDP_SEGMENT', 'UDP_GRO'] },
    packet_mreq_types: { headers: ['linux/if_packet.h'], entries: ['PACKET_MR_MULTICAST', 'PACKET_MR_PROMISC',
      'PACKET_MR_ALLMULTI', 'PACKET_MR_UNICAST'] },
    icmp_filter_types: { headers: ['linux/icmp.h'], entries: ['ICMP_ECHOREPLY', 'ICMP_DEST_UNREACH', 'ICMP_SOURCE_QUENCH',
      'ICMP_REDIRECT', 'ICMP_ECHO', 'ICMP_TIME_EXCEEDED', 'ICMP_PARAMETERPROB', 'ICMP_TIMESTAMP', 'ICMP_TIMESTAMPREPLY',
      'ICMP_INFO_REQUEST', 'ICMP_INFO_REPLY', 'ICMP_ADDRESS', 'ICMP_ADDRESSREPLY'] },
    txrehash_values: { headers: ['sys/socket.h'], entries: [['SOCK_TXREHASH_DISABLED', '0'], ['SOCK_TXREHASH_ENABLED', '1'],
      ['SOCK_TXREHASH_DEFAULT', '255']] },
    getsock_options: { headers: ['sys/socket.h'], entries: [['SO_GET_FILTER', 'SO_ATTACH_FILTER']] },
  },

  netlink: {
    netlink_types: { headers: ['linux/netlink.h'], entries: ['NLMSG_NOOP', 'NLMSG_ERROR', 'NLMSG_DONE', 'NLMSG_OVERRUN'] },
    netlink_flags: {
      headers: ['linux/netlink.h'],
      entries: ['NLM_F_REQUEST', 'NLM_F_MULTI', 'NLM_F_ACK', 'NLM_F_ECHO', 'NLM_F_DUMP_INTR', 'NLM_F_DUMP_FILTERED'],
    },
    netlink_get_flags: { headers: ['linux/netlink.h'], entries: ['NLM_F_DUMP', 'NLM_F_ROOT', 'NLM_F_MATCH', 'NLM_F_ATOMIC'] },
    netlink_new_flags: { headers: ['linux/netlink.h'], entries: ['NLM_F_REPLACE', 'NLM_F_EXCL', 'NLM_F_CREATE', 'NLM_F_APPEND'] },
    netlink_delete_flags: { headers: ['linux/netlink.h'], entries: ['NLM_F_NONREC', 'NLM_F_BULK'] },
    netlink_ack_flags: { headers: ['linux/netlink.h'], entries: ['NLM_F_CAPPED', 'NLM_F_ACK_TLVS'] },
    nla_flags: { headers: ['linux/netlink.h'], entries: ['NLA_F_NESTED', 'NLA_F_NET_BYTEORDER'] },
    nlmsgerr_attrs: { headers: ['linux/netlink.h'], enumOf: 'NLMSGERR_ATTR_UNUSED' },
    // Types newer than strace 6.1's table print as unknown there too.
    nl_route_types: { headers: ['linux/rtnetlink.h'], enumOf: 'RTM_NEWLINK',
      except: ['RTM_BASE', 'RTM_SETSTATS', 'RTM_NEWTUNNEL', 'RTM_DELTUNNEL', 'RTM_GETTUNNEL'] },
    nl_sock_diag_types: {
      headers: ['linux/inet_diag.h', 'linux/sock_diag.h'],
      entries: ['TCPDIAG_GETSOCK', 'DCCPDIAG_GETSOCK', 'SOCK_DIAG_BY_FAMILY', 'SOCK_DESTROY'],
    },
    nl_audit_types: { headers: ['linux/audit.h'], match: '^AUDIT_', valueRange: [1000, 2999],
      except: ['AUDIT_FIRST_KERN_ANOM_MSG', 'AUDIT_FIRST_EVENT', 'AUDIT_LAST_EVENT'] },
    nl_crypto_types: { headers: ['linux/cryptouser.h'], enumOf: 'CRYPTO_MSG_NEWALG', except: ['CRYPTO_MSG_BASE'] },
    nl_selinux_types: { headers: ['linux/selinux_netlink.h'], entries: ['SELNL_MSG_SETENFORCE', 'SELNL_MSG_POLICYLOAD'] },
    nl_xfrm_types: { headers: ['linux/xfrm.h'], enumOf: 'XFRM_MSG_NEWSA', except: ['XFRM_MSG_BASE'] },
    nl_netfilter_subsys_ids: { headers: ['linux/netfilter/nfnetlink.h'], match: '^NFNL_SUBSYS_', except: ['NFNL_SUBSYS_COUNT'] },
    nl_netfilter_msg_types: { headers: ['linux/netlink.h', 'linux/netfilter/nfnetlink.h'], entries: ['NFNL_MSG_BATCH_BEGIN', 'NFNL_MSG_BATCH_END'] },
    // NETLINK_SOCK_DIAG requests and replies (unix, netlink, packet, inet).
    tcp_states: { headers: ['netinet/tcp.h'], entries: ['TCP_ESTABLISHED', 'TCP_SYN_SENT', 'TCP_SYN_RECV', 'TCP_FIN_WAIT1',
      'TCP_FIN_WAIT2', 'TCP_TIME_WAIT', 'TCP_CLOSE', 'TCP_CLOSE_WAIT', 'TCP_LAST_ACK', 'TCP_LISTEN', 'TCP_CLOSING',
      ['TCP_NEW_SYN_RECV', '12']] },
    unix_diag_show: { headers: ['linux/unix_diag.h'], match: '^UDIAG_SHOW_' },
    unix_diag_attrs: { headers: ['linux/unix_diag.h'], enumOf: 'UNIX_DIAG_NAME' },
    netlink_diag_show: { headers: ['linux/netlink_diag.h'], match: '^NDIAG_SHOW_' },
    netlink_diag_attrs: { headers: ['linux/netlink_diag.h'], enumOf: 'NETLINK_DIAG_MEMINFO' },
    netlink_states: { headers: [], entries: [['NETLINK_UNCONNECTED', '0'], ['NETLINK_CONNECTED', '1'], ['TCP_CLOSE', '7']] },
    netlink_socket_flags: { headers: ['linux/netlink_diag.h'], match: '^NDIAG_FLAG_' },
    packet_diag_show: { headers: ['linux/packet_diag.h'], match: '^PACKET_SHOW_' },
    packet_diag_attrs: { headers: ['linux/packet_diag.h'], enumOf: 'PACKET_DIAG_INFO' },
    packet_diag_info_flags: { headers: ['linux/packet_diag.h'], match: '^PDI_' },
    af_packet_versions: { headers: ['linux/if_packet.h'], enumOf: 'TPACKET_V1' },
    sk_meminfo_indices: { headers: ['linux/sock_diag.h'], enumOf: 'SK_MEMINFO_RMEM_ALLOC', except: ['SK_MEMINFO_VARS'] },
    inet_diag_attrs: { headers: ['linux/inet_diag.h'], enumOf: 'INET_DIAG_NONE' },
    inet_diag_req_attrs: { headers: ['linux/inet_diag.h'], enumOf: 'INET_DIAG_REQ_NONE' },
    inet_diag_bytecodes: { headers: ['linux/inet_diag.h'], enumOf: 'INET_DIAG_BC_NOP' },
    inet_diag_ulp_info_attrs: { headers: ['linux/inet_diag.h'], enumOf: 'INET_ULP_INFO_UNSPEC' },
    tls_info_attrs: { headers: ['linux/tls.h'], enumOf: 'TLS_INFO_UNSPEC' },
    tls_info_versions: { headers: ['linux/tls.h'], entries: ['TLS_1_2_VERSION', 'TLS_1_3_VERSION'] },
    tls_info_ciphers: { headers: ['linux/tls.h'], entries: ['TLS_CIPHER_AES_GCM_128', 'TLS_CIPHER_AES_GCM_256',
      'TLS_CIPHER_AES_CCM_128', 'TLS_CIPHER_CHACHA20_POLY1305', 'TLS_CIPHER_SM4_GCM', 'TLS_CIPHER_SM4_CCM',
      'TLS_CIPHER_ARIA_GCM_128', 'TLS_CIPHER_ARIA_GCM_256'] },
    tls_info_configs: { headers: ['linux/tls.h'], entries: ['TLS_CONF_BASE', 'TLS_CONF_SW', 'TLS_CONF_HW', 'TLS_CONF_HW_RECORD'] },
    mptcp_subflow_attrs: { headers: ['linux/mptcp.h'], enumOf: 'MPTCP_SUBFLOW_ATTR_UNSPEC' },
    mptcp_subflow_flags: { headers: ['linux/mptcp.h'], entries: ['MPTCP_SUBFLOW_FLAG_MCAP_REM', 'MPTCP_SUBFLOW_FLAG_MCAP_LOC', 'MPTCP_SUBFLOW_FLAG_JOIN_REM', 'MPTCP_SUBFLOW_FLAG_JOIN_LOC', 'MPTCP_SUBFLOW_FLAG_BKUP_REM', 'MPTCP_SUBFLOW_FLAG_BKUP_LOC', 'MPTCP_SUBFLOW_FLAG_FULLY_ESTABLISHED', 'MPTCP_SUBFLOW_FLAG_CONNECTED', 'MPTCP_SUBFLOW_FLAG_MAPVALID'] },
    bpf_storages_attrs: { headers: ['linux/sock_diag.h'], enumOf: 'SK_DIAG_BPF_STORAGE_REP_NONE' },
    bpf_storage_attrs: { headers: ['linux/sock_diag.h'], enumOf: 'SK_DIAG_BPF_STORAGE_NONE' },
    // Kernel-internal (include/net/sock.h).
    inet_diag_shutdown_flags: { headers: [], entries: [['RCV_SHUTDOWN', '1'], ['SEND_SHUTDOWN', '2']] },
  },

  // Socket addresses of every family strace decodes. Bluetooth, RxRPC and the NFC service
  // access points have no UAPI header: their values are the kernel's (net/bluetooth/*.h,
  // fs/afs/*.h, net/nfc/llcp.h), given here as expressions.
  sockaddr: {
    packet_types: { headers: ['linux/if_packet.h'], entries: ['PACKET_HOST', 'PACKET_BROADCAST', 'PACKET_MULTICAST',
      'PACKET_OTHERHOST', 'PACKET_OUTGOING', 'PACKET_LOOPBACK', 'PACKET_USER', 'PACKET_KERNEL'] },
    hci_channels: { headers: [], entries: [['HCI_CHANNEL_RAW', '0'], ['HCI_CHANNEL_USER', '1'], ['HCI_CHANNEL_MONITOR', '2'],
      ['HCI_CHANNEL_CONTROL', '3'], ['HCI_CHANNEL_LOGGING', '4']] },
    l2_psm: { headers: [], entries: [['L2CAP_PSM_SDP', '1'], ['L2CAP_PSM_RFCOMM', '3'], ['L2CAP_PSM_3DSP', '0x21'],
      ['L2CAP_PSM_IPSP', '0x23'], ['L2CAP_PSM_LE_DYN_START', '0x80'], ['L2CAP_PSM_LE_DYN_END', '0xff'],
      ['L2CAP_PSM_DYN_START', '0x1001'], ['L2CAP_PSM_AUTO_END', '0x10ff'], ['L2CAP_PSM_DYN_END', '0xffff']] },
    l2_cid: { headers: [], entries: [['L2CAP_CID_SIGNALING', '1'], ['L2CAP_CID_CONN_LESS', '2'], ['L2CAP_CID_A2MP', '3'],
      ['L2CAP_CID_ATT', '4'], ['L2CAP_CID_LE_SIGNALING', '5'], ['L2CAP_CID_SMP', '6'], ['L2CAP_CID_SMP_BREDR', '7'],
      ['L2CAP_CID_DYN_START', '0x40'], ['L2CAP_CID_LE_DYN_END', '0x7f'], ['L2CAP_CID_DYN_END', '0xffff']] },
    bdaddr_types: { headers: [], entries: [['BDADDR_BREDR', '0'], ['BDADDR_LE_PUBLIC', '1'], ['BDADDR_LE_RANDOM', '2']] },
    rxrpc_services: { headers: [], entries: [['CM_SERVICE', '1'], ['YFS_FS_SERVICE', '2500'], ['YFS_CM_SERVICE', '2501'],
      ['YFS_VL_SERVICE', '2503']] },
    ieee802154_addr_types: { headers: [], entries: [['IEEE802154_ADDR_NONE', '0'], ['IEEE802154_ADDR_SHORT', '2'],
      ['IEEE802154_ADDR_LONG', '3']] },
    ieee802154_pan_ids: { headers: [], entries: [['IEEE802154_PANID_BROADCAST', '0xffff']] },
    ieee802154_addrs: { headers: [], entries: [['IEEE802154_ADDR_UNDEF', '0xfffe'], ['IEEE802154_ADDR_BROADCAST', '0xffff']] },
    alg_flags: { headers: [], entries: [['CRYPTO_ALG_KERN_DRIVER_ONLY', '0x1000']] },
    nfc_protocols: { headers: ['linux/nfc.h'], entries: ['NFC_PROTO_JEWEL', 'NFC_PROTO_MIFARE', 'NFC_PROTO_FELICA',
      'NFC_PROTO_ISO14443', 'NFC_PROTO_NFC_DEP', 'NFC_PROTO_ISO14443_B', 'NFC_PROTO_ISO15693'] },
    nfc_saps: { headers: [], entries: [['LLCP_SAP_SDP', '1'], ['LLCP_SAP_IP', '2'], ['LLCP_SAP_OBEX', '3'],
      ['LLCP_SAP_SNEP', '4'], ['LLCP_SAP_MAX', '0xff']] },
    vsock_cids: { headers: ['sys/socket.h', 'linux/vm_sockets.h'], entries: ['VMADDR_CID_HYPERVISOR', 'VMADDR_CID_LOCAL',
      'VMADDR_CID_HOST', ['VMADDR_CID_ANY', '0xffffffffu']] },
    vsock_ports: { headers: ['sys/socket.h', 'linux/vm_sockets.h'], entries: [['VMADDR_PORT_ANY', '0xffffffffu']] },
    vsock_flags: { headers: ['sys/socket.h', 'linux/vm_sockets.h'], entries: ['VMADDR_FLAG_TO_HOST'] },
    qrtr_nodes: { headers: [], entries: [['QRTR_NODE_BCAST', '0xffffffffu']] },
    qrtr_ports: { headers: [], entries: [['QRTR_PORT_CTRL', '0xfffffffeu']] },
    xdp_flags: { headers: ['linux/if_xdp.h'], entries: ['XDP_SHARED_UMEM', 'XDP_COPY', 'XDP_ZEROCOPY', 'XDP_USE_NEED_WAKEUP'] },
    mctp_nets: { headers: [], entries: [['MCTP_NET_ANY', '0']] },
    mctp_addrs: { headers: [], entries: [['MCTP_ADDR_NULL', '0'], ['MCTP_ADDR_ANY', '0xff']] },
  },

  // Socket filters' ancillary data offsets (the opcodes' tables are subsys's, for seccomp too).
  bpf: {
    skf_ad: { headers: ['linux/filter.h'], entries: ['SKF_AD_PROTOCOL', 'SKF_AD_PKTTYPE', 'SKF_AD_IFINDEX', 'SKF_AD_NLATTR',
      'SKF_AD_NLATTR_NEST', 'SKF_AD_MARK', 'SKF_AD_QUEUE', 'SKF_AD_HATYPE', 'SKF_AD_RXHASH', 'SKF_AD_CPU',
      'SKF_AD_ALU_XOR_X', 'SKF_AD_VLAN_TAG', 'SKF_AD_VLAN_TAG_PRESENT', 'SKF_AD_PAY_OFFSET', 'SKF_AD_RANDOM',
      'SKF_AD_VLAN_TPID'] },
    skf_off: { headers: ['linux/filter.h'], entries: ['SKF_AD_OFF', 'SKF_NET_OFF', 'SKF_LL_OFF'] },
  },

  // nfnetlink (NETLINK_NETFILTER): each subsystem's message types.
  nfnetlink: {
    netfilter_versions: { headers: ['linux/netfilter/nfnetlink.h'], entries: ['NFNETLINK_V0'] },
    nf_ctnetlink_types: { headers: ['linux/netfilter/nfnetlink_conntrack.h'], enumOf: 'IPCTNL_MSG_CT_NEW' },
    nf_ctnetlink_exp_types: { headers: ['linux/netfilter/nfnetlink_conntrack.h'], enumOf: 'IPCTNL_MSG_EXP_NEW' },
    nf_queue_types: { headers: ['linux/netfilter/nfnetlink_queue.h'], enumOf: 'NFQNL_MSG_PACKET' },
    nf_ulog_types: { headers: ['linux/netfilter/nfnetlink_log.h'], enumOf: 'NFULNL_MSG_PACKET' },
    nf_osf_types: { headers: ['linux/netfilter/nfnetlink_osf.h'], enumOf: 'OSF_MSG_ADD' },
    nf_ipset_types: { headers: ['linux/netfilter/ipset/ip_set.h'], enumOf: 'IPSET_CMD_NONE', except: ['IPSET_MSG_MAX'] },
    nf_acct_types: { headers: ['linux/netfilter/nfnetlink_acct.h'], enumOf: 'NFNL_MSG_ACCT_NEW' },
    nf_cttimeout_types: { headers: ['linux/netfilter/nfnetlink_cttimeout.h'], enumOf: 'IPCTNL_MSG_TIMEOUT_NEW' },
    nf_cthelper_types: { headers: ['linux/netfilter/nfnetlink_cthelper.h'], enumOf: 'NFNL_MSG_CTHELPER_NEW' },
    nf_nftables_types: { headers: ['linux/netfilter/nf_tables.h'], enumOf: 'NFT_MSG_NEWTABLE' },
    nf_nft_compat_types: { headers: ['linux/netfilter/nf_tables_compat.h'], enumOf: 'NFNL_MSG_COMPAT_GET' },
    nf_hook_types: { headers: ['linux/netfilter/nfnetlink_hook.h'], enumOf: 'NFNL_MSG_HOOK_GET' },
  },

  // rtnetlink (NETLINK_ROUTE): the family headers' fields and the attribute types.
  rtnl: {
    arp_hardware_types: { headers: ['linux/if_arp.h'], match: '^ARPHRD_' },
    iff_flags: { headers: ['linux/if.h'], enumOf: 'IFF_UP' },
    ifa_flags: { headers: ['linux/if_addr.h'], match: '^IFA_F_', except: ['IFA_F_TEMPORARY'] },
    routing_scopes: { headers: ['linux/rtnetlink.h'], enumOf: 'RT_SCOPE_UNIVERSE' },
    routing_table_ids: { headers: ['linux/rtnetlink.h'], enumOf: 'RT_TABLE_UNSPEC' },
    routing_protocols: { headers: ['linux/rtnetlink.h'], match: '^RTPROT_' },
    routing_types: { headers: ['linux/rtnetlink.h'], enumOf: 'RTN_UNSPEC' },
    route_flags: { headers: ['linux/rtnetlink.h'], match: '^RTM_F_' },
    ip_tos: { headers: ['netinet/ip.h'], entries: ['IPTOS_LOWDELAY', 'IPTOS_THROUGHPUT', 'IPTOS_RELIABILITY', 'IPTOS_MINCOST'] },
    nexthop_flags: { headers: ['linux/rtnetlink.h'], match: '^RTNH_F_', except: ['RTNH_F_OFFLOAD_FAILED'] },
    nud_states: { headers: ['linux/neighbour.h'], match: '^NUD_' },
    ntf_flags: { headers: ['linux/neighbour.h'], match: '^NTF_', except: ['NTF_EXT_MANAGED', 'NTF_EXT_LOCKED'] },
    fib_rule_actions: { headers: ['linux/fib_rules.h'], enumOf: 'FR_ACT_UNSPEC' },
    fib_rule_flags: { headers: ['linux/fib_rules.h'], match: '^FIB_RULE_', except: ['FIB_RULE_DEV_DETACHED'] },
    dcb_commands: { headers: ['linux/dcbnl.h'], enumOf: 'DCB_CMD_UNDEFINED' },
    link_attrs: { headers: ['linux/rtnetlink.h'], enumOf: 'IFLA_UNSPEC' },
    addr_attrs: { headers: ['linux/if_addr.h'], enumOf: 'IFA_UNSPEC' },
    route_attrs: { headers: ['linux/rtnetlink.h'], enumOf: 'RTA_UNSPEC' },
    neigh_attrs: { headers: ['linux/neighbour.h'], enumOf: 'NDA_UNSPEC' },
    rule_attrs: { headers: ['linux/fib_rules.h'], enumOf: 'FRA_UNSPEC' },
    tc_attrs: { headers: ['linux/rtnetlink.h'], enumOf: 'TCA_UNSPEC' },
    tc_action_attrs: { headers: ['linux/rtnetlink.h'], entries: ['TCA_ROOT_UNSPEC'], enumOf: 'TCA_ROOT_UNSPEC' },
    tca_act_attrs: { headers: ['linux/pkt_cls.h'], enumOf: 'TCA_ACT_UNSPEC' },
    neightbl_attrs: { headers: ['linux/neighbour.h'], enumOf: 'NDTA_UNSPEC' },
    dcb_attrs: { headers: ['linux/dcbnl.h'], enumOf: 'DCB_ATTR_UNDEFINED' },
    netconf_attrs: { headers: ['linux/netconf.h'], enumOf: 'NETCONFA_UNSPEC' },
    mdb_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_UNSPEC' },
    nsid_attrs: { headers: ['linux/net_namespace.h'], enumOf: 'NETNSA_NONE' },
    stats_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_STATS_UNSPEC' },
    nexthop_attrs: { headers: ['linux/nexthop.h'], enumOf: 'NHA_UNSPEC' },
    addrlabel_attrs: { headers: ['linux/if_addrlabel.h'], enumOf: 'IFAL_ADDRESS' },
    brport_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_BRPORT_UNSPEC' },
    inet6_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_INET6_UNSPEC' },
    xdp_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_XDP_UNSPEC' },
    port_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_PORT_UNSPEC' },
    vf_ports_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_PORT_UNSPEC' },
    proto_down_reason_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_PROTO_DOWN_REASON_UNSPEC' },
    ipmra_msg_types: { headers: ['linux/mroute.h'], entries: ['IGMPMSG_NOCACHE', 'IGMPMSG_WRONGVIF', 'IGMPMSG_WHOLEPKT', 'IGMPMSG_WRVIFWHOLE'] },
    ip6mra_msg_types: { headers: ['linux/mroute6.h'], entries: ['MRT6MSG_NOCACHE', 'MRT6MSG_WRONGMIF', 'MRT6MSG_WHOLEPKT'] },
    ipmra_creport_attrs: { headers: ['linux/mroute.h'], enumOf: 'IPMRA_CREPORT_UNSPEC' },
    ip6mra_creport_attrs: { headers: ['linux/mroute6.h'], enumOf: 'IP6MRA_CREPORT_UNSPEC' },
    // Links (rtnl_link): nested attributes and the values inside them.
    in6_addr_gen_mode: { headers: ['linux/if_link.h'], enumOf: 'IN6_ADDR_GEN_MODE_EUI64' },
    // The kernel's arrays of IPv4 device settings start at IPV4_DEVCONF_FORWARDING - 1.
    inet_devconf_indices: { headers: ['linux/ip.h'], match: '^IPV4_DEVCONF_', map: (n) => [`${n}-1`, `${n} - 1`] },
    inet6_devconf_indices: { headers: ['linux/ipv6.h'], enumOf: 'DEVCONF_FORWARDING', except: ['DEVCONF_ACCEPT_RA_MIN_LFT'] },
    // Kernel-internal (net/if_inet6.h): no UAPI header has them.
    inet6_if_flags: { headers: [], entries: [['IF_RS_SENT', '0x10'], ['IF_RA_RCVD', '0x20'], ['IF_RA_MANAGED', '0x40'],
      ['IF_RA_OTHERCONF', '0x80'], ['IF_READY', '0x80000000']] },
    snmp_ip_stats: { headers: ['linux/snmp.h'], enumOf: 'IPSTATS_MIB_NUM' },
    snmp_icmp6_stats: { headers: ['linux/snmp.h'], enumOf: 'ICMP6_MIB_NUM', except: ['ICMP6_MIB_RATELIMITHOST'] },
    af_spec_bridge_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'IFLA_BRIDGE_FLAGS' },
    af_spec_bridge_vlan_tunnel_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'IFLA_BRIDGE_VLAN_TUNNEL_UNSPEC' },
    af_spec_inet_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_INET_UNSPEC' },
    af_spec_mctp_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_MCTP_UNSPEC' },
    bridge_flags: { headers: ['linux/if_bridge.h'], entries: ['BRIDGE_FLAGS_MASTER', 'BRIDGE_FLAGS_SELF'] },
    bridge_modes: { headers: ['linux/if_bridge.h'], entries: ['BRIDGE_MODE_VEB', 'BRIDGE_MODE_VEPA', 'BRIDGE_MODE_UNDEF'] },
    br_boolopt_flags: { headers: ['linux/if_bridge.h'], enumOf: 'BR_BOOLOPT_NO_LL_LEARN', map: (n) => [`1<<${n}`, `1 << ${n}`] },
    br_mcast_querier_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'BRIDGE_QUERIER_UNSPEC' },
    ifla_events: { headers: ['linux/if_link.h'], enumOf: 'IFLA_EVENT_NONE' },
    ext_filter_flags: { headers: ['linux/rtnetlink.h'], match: '^RTEXT_FILTER_', except: ['RTEXT_FILTER_MST'] },
    info_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_INFO_UNSPEC' },
    info_data_bridge_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_BR_UNSPEC', keep: ['IFLA_BR_MCAST_HASH_MAX'] },
    info_data_tun_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_TUN_UNSPEC' },
    vf_info_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_UNSPEC' },
    vf_link_states: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_LINK_STATE_AUTO' },
    vf_stats_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_STATS_RX_PACKETS' },
    vf_vlan_list_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_VLAN_INFO_UNSPEC' },
    vfinfo_list_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_VF_INFO_UNSPEC' },
    xdp_attached_modes: { headers: ['linux/if_link.h'], enumOf: 'XDP_ATTACHED_NONE' },
    xdp_flags: { headers: ['linux/if_link.h'], entries: ['XDP_FLAGS_MODES', 'XDP_FLAGS_UPDATE_IF_NOEXIST', 'XDP_FLAGS_SKB_MODE',
      'XDP_FLAGS_DRV_MODE', 'XDP_FLAGS_HW_MODE', 'XDP_FLAGS_REPLACE'] },
    tun_device_types: { headers: ['linux/if_tun.h'], entries: ['IFF_TUN', 'IFF_TAP'] },
    bridge_vlan_flags: { headers: ['linux/if_bridge.h'], match: '^BRIDGE_VLAN_INFO_' },
    // Interface statistics (RTM_GETSTATS).
    ifstats_xstats_type_attrs: { headers: ['linux/if_link.h'], enumOf: 'LINK_XSTATS_TYPE_UNSPEC' },
    ifstats_offload_attrs: { headers: ['linux/if_link.h'], enumOf: 'IFLA_OFFLOAD_XSTATS_UNSPEC',
      except: ['IFLA_OFFLOAD_XSTATS_HW_S_INFO', 'IFLA_OFFLOAD_XSTATS_L3_STATS'] },
    ifstats_xstats_bridge_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'BRIDGE_XSTATS_UNSPEC' },
    ifstats_bridge_mcast_indices: { headers: ['linux/if_bridge.h'], entries: ['BR_MCAST_DIR_RX', 'BR_MCAST_DIR_TX'] },
    ifstats_xstats_bond_attrs: { headers: ['linux/if_bonding.h'], enumOf: 'BOND_XSTATS_UNSPEC' },
    ifstats_xstats_bond_3ad_attrs: { headers: ['linux/if_bonding.h'], enumOf: 'BOND_3AD_STAT_LACPDU_RX' },
    ifstats_af_spec_mpls_attrs: { headers: ['linux/mpls.h'], enumOf: 'MPLS_STATS_UNSPEC' },
    // Next hops, neighbours, multicast databases, traffic control, routes.
    nexthop_grp_types: { headers: ['linux/nexthop.h'], enumOf: 'NEXTHOP_GRP_TYPE_MPATH' },
    nha_res_group_attrs: { headers: ['linux/nexthop.h'], enumOf: 'NHA_RES_GROUP_PAD', except: ['NHA_RES_GROUP_UNSPEC'] },
    nha_res_bucket_attrs: { headers: ['linux/nexthop.h'], enumOf: 'NHA_RES_BUCKET_PAD', except: ['NHA_RES_BUCKET_UNSPEC'] },
    neightbl_parms_attrs: { headers: ['linux/neighbour.h'], enumOf: 'NDTPA_UNSPEC' },
    neigh_fdb_ext_attrs: { headers: ['linux/neighbour.h'], enumOf: 'NFEA_UNSPEC' },
    fdb_notify_flags: { headers: ['linux/neighbour.h'], entries: ['FDB_NOTIFY_BIT', 'FDB_NOTIFY_INACTIVE_BIT'] },
    ntf_ext_flags: { headers: ['linux/neighbour.h'], entries: ['NTF_EXT_MANAGED'] },
    mdb_states: { headers: ['linux/if_bridge.h'], entries: ['MDB_TEMPORARY', 'MDB_PERMANENT'] },
    mdb_flags: { headers: ['linux/if_bridge.h'], entries: ['MDB_FLAGS_OFFLOAD', 'MDB_FLAGS_FAST_LEAVE', 'MDB_FLAGS_STAR_EXCL', 'MDB_FLAGS_BLOCKED'] },
    multicast_router_types: { headers: ['linux/if_bridge.h'], enumOf: 'MDB_RTR_TYPE_DISABLED' },
    mdba_mdb_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_MDB_UNSPEC' },
    mdba_mdb_entry_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_MDB_ENTRY_UNSPEC' },
    mdba_mdb_eattr_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_MDB_EATTR_UNSPEC' },
    mdba_router_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_ROUTER_UNSPEC' },
    mdba_router_pattr_attrs: { headers: ['linux/if_bridge.h'], enumOf: 'MDBA_ROUTER_PATTR_UNSPEC', except: ['MDBA_ROUTER_PATTR_VID'] },
    tca_act_flags: { headers: ['linux/pkt_cls.h'], entries: ['TCA_ACT_FLAGS_NO_PERCPU_STATS', 'TCA_ACT_FLAGS_SKIP_HW',
      'TCA_ACT_FLAGS_SKIP_SW'] },
    tca_act_hw_stats: { headers: ['linux/pkt_cls.h'], entries: ['TCA_ACT_HW_STATS_IMMEDIATE', 'TCA_ACT_HW_STATS_DELAYED'] },
    tca_stats_attrs: { headers: ['linux/gen_stats.h'], enumOf: 'TCA_STATS_UNSPEC' },
    tca_stab_attrs: { headers: ['linux/pkt_sched.h'], enumOf: 'TCA_STAB_UNSPEC' },
    rta_metrics_attrs: { headers: ['linux/rtnetlink.h'], enumOf: 'RTAX_UNSPEC' },
    lwtunnel_encap_types: { headers: ['linux/lwtunnel.h'], enumOf: 'LWTUNNEL_ENCAP_NONE',
      except: ['LWTUNNEL_ENCAP_IOAM6', 'LWTUNNEL_ENCAP_XFRM'] },
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
    // IOCB_CMD_PREADX is commented out in the header (never merged); strace names it.
    aio_cmds: {
      headers: ['linux/aio_abi.h'],
      entries: ['IOCB_CMD_PREAD', 'IOCB_CMD_PWRITE', 'IOCB_CMD_FSYNC', 'IOCB_CMD_FDSYNC', ['IOCB_CMD_PREADX', '4'],
        'IOCB_CMD_POLL', 'IOCB_CMD_NOOP', 'IOCB_CMD_PREADV', 'IOCB_CMD_PWRITEV'],
    },
    aio_iocb_flags: { headers: ['linux/aio_abi.h'], entries: ['IOCB_FLAG_RESFD', 'IOCB_FLAG_IOPRIO'] },
    futex_waiter_flags: { headers: ['linux/futex.h'], entries: ['FUTEX_32', 'FUTEX_PRIVATE_FLAG'] },
    tcflsh_queues: { headers: ['asm/termbits.h'], entries: ['TCIFLUSH', 'TCOFLUSH', 'TCIOFLUSH'] },
    tcxonc_actions: { headers: ['asm/termbits.h'], entries: ['TCOOFF', 'TCOON', 'TCIOFF', 'TCION'] },
  },

  // Constants inside ioctl arguments (src/decode/ioctl/), in strace's orders.
  ioctl: {
    term_iflags: { headers: ['asm/termbits.h'], entries: ['IGNBRK', 'BRKINT', 'IGNPAR', 'PARMRK', 'INPCK', 'ISTRIP', 'INLCR', 'IGNCR', 'ICRNL', 'IUCLC', 'IXON', 'IXANY', 'IXOFF', 'IMAXBEL', 'IUTF8'] },
    term_oflags: { headers: ['asm/termbits.h'], entries: ['XTABS', 'OPOST', 'OLCUC', 'ONLCR', 'OCRNL', 'ONOCR', 'ONLRET', 'OFILL', 'OFDEL', 'PAGEOUT', 'WRAP'] },
    term_oflags_nldly: { headers: ['asm/termbits.h'], entries: ['NL0', 'NL1'] },
    term_oflags_crdly: { headers: ['asm/termbits.h'], entries: ['CR0', 'CR1', 'CR2', 'CR3'] },
    term_oflags_tabdly: { headers: ['asm/termbits.h'], entries: ['XTABS', 'TAB0', 'TAB1', 'TAB2', 'TAB3'] },
    term_oflags_bsdly: { headers: ['asm/termbits.h'], entries: ['BS1', 'BS0'] },
    term_oflags_vtdly: { headers: ['asm/termbits.h'], entries: ['VT0', 'VT1'] },
    term_oflags_ffdly: { headers: ['asm/termbits.h'], entries: ['FF0', 'FF1'] },
    term_masks: { headers: ['asm/termbits.h'], entries: ['NLDLY', 'CRDLY', 'TABDLY', 'BSDLY', 'VTDLY', 'FFDLY', 'CBAUD', 'CIBAUD', 'CSIZE', 'IBSHIFT'] },
    baud_options: { headers: ['asm/termbits.h'], entries: ['B0', 'B50', 'B75', 'B110', 'B134', 'B150', 'B200', 'B300', 'B600', 'B1200', 'B1800', 'B2400', 'B4800', 'B9600', 'B19200', 'B38400', 'B57600', 'B76800', 'B115200', 'B153600', 'B230400', 'B307200', 'B460800', 'B500000', 'B576000', 'B614400', 'B921600', 'B1000000', 'B1152000', 'B1500000', 'B2000000', 'B2500000', 'B3000000', 'B3500000', 'B4000000', 'EXTA', 'EXTB', 'BOTHER'] },
    term_cflags: { headers: ['asm/termbits.h'], entries: ['CSTOPB', 'CREAD', 'PARENB', 'PARODD', 'HUPCL', 'CLOCAL', 'CTVB', 'CMSPAR', 'CRTSCTS'] },
    term_cflags_csize: { headers: ['asm/termbits.h'], entries: ['CS5', 'CS6', 'CS7', 'CS8'] },
    term_lflags: { headers: ['asm/termbits.h'], entries: ['ISIG', 'ICANON', 'XCASE', 'ECHO', 'ECHOE', 'ECHOK', 'ECHONL', 'NOFLSH', 'IEXTEN', 'ECHOCTL', 'ECHOPRT', 'ECHOKE', 'FLUSHO', 'PENDIN', 'TOSTOP', 'EXTPROC', 'DEFECHO'] },
    term_line_discs: { headers: ['linux/tty.h'], entries: ['N_TTY', 'N_SLIP', 'N_MOUSE', 'N_PPP', 'N_STRIP', 'N_AX25', 'N_X25', 'N_6PACK', 'N_MASC', 'N_R3964', 'N_PROFIBUS_FDL', 'N_IRDA', 'N_SMSBLOCK', 'N_HDLC', 'N_SYNC_PPP', 'N_HCI', 'N_GIGASET_M101', 'N_SLCAN', 'N_PPS', 'N_V253', 'N_CAIF', 'N_GSM0710', 'N_TI_WL', 'N_TRACESINK', 'N_TRACEROUTER', 'N_NCI', 'N_SPEAKUP', 'N_NULL'] },
    termios_cc: { headers: ['asm/termbits.h'], entries: ['VINTR', 'VQUIT', 'VERASE', 'VKILL', 'VEOL2', 'VSWTC', 'VSTART', 'VSTOP', 'VSUSP', 'VDSUSP', 'VREPRINT', 'VDISCARD', 'VWERASE', 'VLNEXT', 'VMIN', 'VTIME', 'VEOF', 'VEOL'] },
    modem_flags: { headers: ['asm/termios.h'], entries: ['TIOCM_LE', 'TIOCM_DTR', 'TIOCM_RTS', 'TIOCM_ST', 'TIOCM_SR', 'TIOCM_CTS', 'TIOCM_CAR', 'TIOCM_RNG', 'TIOCM_DSR', 'TIOCM_OUT1', 'TIOCM_OUT2', 'TIOCM_LOOP'] },
    tcxonc_options: { headers: ['asm/termbits.h'], entries: ['TCOOFF', 'TCOON', 'TCIOFF', 'TCION'] },
    tcflsh_options: { headers: ['asm/termbits.h'], entries: ['TCIFLUSH', 'TCOFLUSH', 'TCIOFLUSH'] },
    fs_xflags: { headers: ['linux/fs.h'], entries: ['FS_XFLAG_REALTIME', 'FS_XFLAG_PREALLOC', 'FS_XFLAG_IMMUTABLE', 'FS_XFLAG_APPEND', 'FS_XFLAG_SYNC', 'FS_XFLAG_NOATIME', 'FS_XFLAG_NODUMP', 'FS_XFLAG_RTINHERIT', 'FS_XFLAG_PROJINHERIT', 'FS_XFLAG_NOSYMLINKS', 'FS_XFLAG_EXTSIZE', 'FS_XFLAG_EXTSZINHERIT', 'FS_XFLAG_NODEFRAG', 'FS_XFLAG_FILESTREAM', 'FS_XFLAG_DAX', 'FS_XFLAG_COWEXTSIZE', 'FS_XFLAG_HASATTR'] },
    fiemap_flags: { headers: ['linux/fiemap.h'], entries: ['FIEMAP_FLAG_SYNC', 'FIEMAP_FLAG_XATTR', 'FIEMAP_FLAG_CACHE'] },
    fiemap_extent_flags: { headers: ['linux/fiemap.h'], entries: ['FIEMAP_EXTENT_LAST', 'FIEMAP_EXTENT_UNKNOWN', 'FIEMAP_EXTENT_DELALLOC', 'FIEMAP_EXTENT_ENCODED', 'FIEMAP_EXTENT_DATA_ENCRYPTED', 'FIEMAP_EXTENT_NOT_ALIGNED', 'FIEMAP_EXTENT_DATA_INLINE', 'FIEMAP_EXTENT_DATA_TAIL', 'FIEMAP_EXTENT_UNWRITTEN', 'FIEMAP_EXTENT_MERGED', 'FIEMAP_EXTENT_SHARED'] },
    fs_ioc_flags: { headers: ['linux/fs.h'], entries: ['FS_SECRM_FL', 'FS_UNRM_FL', 'FS_COMPR_FL', 'FS_SYNC_FL', 'FS_IMMUTABLE_FL', 'FS_APPEND_FL', 'FS_NODUMP_FL', 'FS_NOATIME_FL', 'FS_DIRTY_FL', 'FS_COMPRBLK_FL', 'FS_NOCOMP_FL', 'FS_ENCRYPT_FL', 'FS_INDEX_FL', 'FS_IMAGIC_FL', 'FS_JOURNAL_DATA_FL', 'FS_NOTAIL_FL', 'FS_DIRSYNC_FL', 'FS_TOPDIR_FL', 'FS_HUGE_FILE_FL', 'FS_EXTENT_FL', 'FS_VERITY_FL', 'FS_EA_INODE_FL', 'FS_EOFBLOCKS_FL', 'FS_NOCOW_FL', 'FS_DAX_FL', 'FS_INLINE_DATA_FL', 'FS_PROJINHERIT_FL', 'FS_CASEFOLD_FL', 'FS_RESERVED_FL'] },
    evdev_keycode: {
      headers: ['linux/input.h'],
      entries: [
        'KEY_RESERVED', 'KEY_ESC', 'KEY_1', 'KEY_2', 'KEY_3', 'KEY_4', 'KEY_5', 'KEY_6', 'KEY_7', 'KEY_8',
        'KEY_9', 'KEY_0', 'KEY_MINUS', 'KEY_EQUAL', 'KEY_BACKSPACE', 'KEY_TAB', 'KEY_Q', 'KEY_W', 'KEY_E',
        'KEY_R', 'KEY_T', 'KEY_Y', 'KEY_U', 'KEY_I', 'KEY_O', 'KEY_P', 'KEY_LEFTBRACE', 'KEY_RIGHTBRACE',
        'KEY_ENTER', 'KEY_LEFTCTRL', 'KEY_A', 'KEY_S', 'KEY_D', 'KEY_F', 'KEY_G', 'KEY_H', 'KEY_J', 'KEY_K',
        'KEY_L', 'KEY_SEMICOLON', 'KEY_APOSTROPHE', 'KEY_GRAVE', 'KEY_LEFTSHIFT', 'KEY_BACKSLASH', 'KEY_Z',
        'KEY_X', 'KEY_C', 'KEY_V', 'KEY_B', 'KEY_N', 'KEY_M', 'KEY_COMMA', 'KEY_DOT', 'KEY_SLASH',
        'KEY_RIGHTSHIFT', 'KEY_KPASTERISK', 'KEY_LEFTALT', 'KEY_SPACE', 'KEY_CAPSLOCK', 'KEY_F1', 'KEY_F2',
        'KEY_F3', 'KEY_F4', 'KEY_F5', 'KEY_F6', 'KEY_F7', 'KEY_F8', 'KEY_F9', 'KEY_F10', 'KEY_NUMLOCK',
        'KEY_SCROLLLOCK', 'KEY_KP7', 'KEY_KP8', 'KEY_KP9', 'KEY_KPMINUS', 'KEY_KP4', 'KEY_KP5', 'KEY_KP6',
        'KEY_KPPLUS', 'KEY_KP1', 'KEY_KP2', 'KEY_KP3', 'KEY_KP0', 'KEY_KPDOT', 'KEY_ZENKAKUHANKAKU',
        'KEY_102ND', 'KEY_F11', 'KEY_F12', 'KEY_RO', 'KEY_KATAKANA', 'KEY_HIRAGANA', 'KEY_HENKAN',
        'KEY_KATAKANAHIRAGANA', 'KEY_MUHENKAN', 'KEY_KPJPCOMMA', 'KEY_KPENTER', 'KEY_RIGHTCTRL',
        'KEY_KPSLASH', 'KEY_SYSRQ', 'KEY_RIGHTALT', 'KEY_LINEFEED', 'KEY_HOME', 'KEY_UP', 'KEY_PAGEUP',
        'KEY_LEFT', 'KEY_RIGHT', 'KEY_END', 'KEY_DOWN', 'KEY_PAGEDOWN', 'KEY_INSERT', 'KEY_DELETE',
        'KEY_MACRO', 'KEY_MUTE', 'KEY_VOLUMEDOWN', 'KEY_VOLUMEUP', 'KEY_POWER', 'KEY_KPEQUAL',
        'KEY_KPPLUSMINUS', 'KEY_PAUSE', 'KEY_SCALE', 'KEY_KPCOMMA', 'KEY_HANGEUL', 'KEY_HANJA', 'KEY_YEN',
        'KEY_LEFTMETA', 'KEY_RIGHTMETA', 'KEY_COMPOSE', 'KEY_STOP', 'KEY_AGAIN', 'KEY_PROPS', 'KEY_UNDO',
        'KEY_FRONT', 'KEY_COPY', 'KEY_OPEN', 'KEY_PASTE', 'KEY_FIND', 'KEY_CUT', 'KEY_HELP', 'KEY_MENU',
        'KEY_CALC', 'KEY_SETUP', 'KEY_SLEEP', 'KEY_WAKEUP', 'KEY_FILE', 'KEY_SENDFILE', 'KEY_DELETEFILE',
        'KEY_XFER', 'KEY_PROG1', 'KEY_PROG2', 'KEY_WWW', 'KEY_MSDOS', 'KEY_COFFEE', 'KEY_ROTATE_DISPLAY',
        'KEY_CYCLEWINDOWS', 'KEY_MAIL', 'KEY_BOOKMARKS', 'KEY_COMPUTER', 'KEY_BACK', 'KEY_FORWARD',
        'KEY_CLOSECD', 'KEY_EJECTCD', 'KEY_EJECTCLOSECD', 'KEY_NEXTSONG', 'KEY_PLAYPAUSE',
        'KEY_PREVIOUSSONG', 'KEY_STOPCD', 'KEY_RECORD', 'KEY_REWIND', 'KEY_PHONE', 'KEY_ISO', 'KEY_CONFIG',
        'KEY_HOMEPAGE', 'KEY_REFRESH', 'KEY_EXIT', 'KEY_MOVE', 'KEY_EDIT', 'KEY_SCROLLUP', 'KEY_SCROLLDOWN',
        'KEY_KPLEFTPAREN', 'KEY_KPRIGHTPAREN', 'KEY_NEW', 'KEY_REDO', 'KEY_F13', 'KEY_F14', 'KEY_F15',
        'KEY_F16', 'KEY_F17', 'KEY_F18', 'KEY_F19', 'KEY_F20', 'KEY_F21', 'KEY_F22', 'KEY_F23', 'KEY_F24',
        'KEY_PLAYCD', 'KEY_PAUSECD', 'KEY_PROG3', 'KEY_PROG4', 'KEY_ALL_APPLICATIONS', 'KEY_SUSPEND',
        'KEY_CLOSE', 'KEY_PLAY', 'KEY_FASTFORWARD', 'KEY_BASSBOOST', 'KEY_PRINT', 'KEY_HP', 'KEY_CAMERA',
        'KEY_SOUND', 'KEY_QUESTION', 'KEY_EMAIL', 'KEY_CHAT', 'KEY_SEARCH', 'KEY_CONNECT', 'KEY_FINANCE',
        'KEY_SPORT', 'KEY_SHOP', 'KEY_ALTERASE', 'KEY_CANCEL', 'KEY_BRIGHTNESSDOWN', 'KEY_BRIGHTNESSUP',
        'KEY_MEDIA', 'KEY_SWITCHVIDEOMODE', 'KEY_KBDILLUMTOGGLE', 'KEY_KBDILLUMDOWN', 'KEY_KBDILLUMUP',
        'KEY_SEND', 'KEY_REPLY', 'KEY_FORWARDMAIL', 'KEY_SAVE', 'KEY_DOCUMENTS', 'KEY_BATTERY',
        'KEY_BLUETOOTH', 'KEY_WLAN', 'KEY_UWB', 'KEY_UNKNOWN', 'KEY_VIDEO_NEXT', 'KEY_VIDEO_PREV',
        'KEY_BRIGHTNESS_CYCLE', 'KEY_BRIGHTNESS_AUTO', 'KEY_DISPLAY_OFF', 'KEY_WWAN', 'KEY_RFKILL',
        'KEY_MICMUTE', 'BTN_0', 'BTN_1', 'BTN_2', 'BTN_3', 'BTN_4', 'BTN_5', 'BTN_6', 'BTN_7', 'BTN_8',
        'BTN_9', 'BTN_LEFT', 'BTN_RIGHT', 'BTN_MIDDLE', 'BTN_SIDE', 'BTN_EXTRA', 'BTN_FORWARD', 'BTN_BACK',
        'BTN_TASK', 'BTN_TRIGGER', 'BTN_THUMB', 'BTN_THUMB2', 'BTN_TOP', 'BTN_TOP2', 'BTN_PINKIE',
        'BTN_BASE', 'BTN_BASE2', 'BTN_BASE3', 'BTN_BASE4', 'BTN_BASE5', 'BTN_BASE6', 'BTN_DEAD', 'BTN_SOUTH',
        'BTN_EAST', 'BTN_C', 'BTN_NORTH', 'BTN_WEST', 'BTN_Z', 'BTN_TL', 'BTN_TR', 'BTN_TL2', 'BTN_TR2',
        'BTN_SELECT', 'BTN_START', 'BTN_MODE', 'BTN_THUMBL', 'BTN_THUMBR', 'BTN_TOOL_PEN', 'BTN_TOOL_RUBBER',
        'BTN_TOOL_BRUSH', 'BTN_TOOL_PENCIL', 'BTN_TOOL_AIRBRUSH', 'BTN_TOOL_FINGER', 'BTN_TOOL_MOUSE',
        'BTN_TOOL_LENS', 'BTN_TOOL_QUINTTAP', 'BTN_STYLUS3', 'BTN_TOUCH', 'BTN_STYLUS', 'BTN_STYLUS2',
        'BTN_TOOL_DOUBLETAP', 'BTN_TOOL_TRIPLETAP', 'BTN_TOOL_QUADTAP', 'BTN_GEAR_DOWN', 'BTN_GEAR_UP',
        'KEY_OK', 'KEY_SELECT', 'KEY_GOTO', 'KEY_CLEAR', 'KEY_POWER2', 'KEY_OPTION', 'KEY_INFO', 'KEY_TIME',
        'KEY_VENDOR', 'KEY_ARCHIVE', 'KEY_PROGRAM', 'KEY_CHANNEL', 'KEY_FAVORITES', 'KEY_EPG', 'KEY_PVR',
        'KEY_MHP', 'KEY_LANGUAGE', 'KEY_TITLE', 'KEY_SUBTITLE', 'KEY_ANGLE', 'KEY_ZOOM', 'KEY_MODE',
        'KEY_KEYBOARD', 'KEY_SCREEN', 'KEY_PC', 'KEY_TV', 'KEY_TV2', 'KEY_VCR', 'KEY_VCR2', 'KEY_SAT',
        'KEY_SAT2', 'KEY_CD', 'KEY_TAPE', 'KEY_RADIO', 'KEY_TUNER', 'KEY_PLAYER', 'KEY_TEXT', 'KEY_DVD',
        'KEY_AUX', 'KEY_MP3', 'KEY_AUDIO', 'KEY_VIDEO', 'KEY_DIRECTORY', 'KEY_LIST', 'KEY_MEMO',
        'KEY_CALENDAR', 'KEY_RED', 'KEY_GREEN', 'KEY_YELLOW', 'KEY_BLUE', 'KEY_CHANNELUP', 'KEY_CHANNELDOWN',
        'KEY_FIRST', 'KEY_LAST', 'KEY_AB', 'KEY_NEXT', 'KEY_RESTART', 'KEY_SLOW', 'KEY_SHUFFLE', 'KEY_BREAK',
        'KEY_PREVIOUS', 'KEY_DIGITS', 'KEY_TEEN', 'KEY_TWEN', 'KEY_VIDEOPHONE', 'KEY_GAMES', 'KEY_ZOOMIN',
        'KEY_ZOOMOUT', 'KEY_ZOOMRESET', 'KEY_WORDPROCESSOR', 'KEY_EDITOR', 'KEY_SPREADSHEET',
        'KEY_GRAPHICSEDITOR', 'KEY_PRESENTATION', 'KEY_DATABASE', 'KEY_NEWS', 'KEY_VOICEMAIL',
        'KEY_ADDRESSBOOK', 'KEY_MESSENGER', 'KEY_DISPLAYTOGGLE', 'KEY_SPELLCHECK', 'KEY_LOGOFF',
        'KEY_DOLLAR', 'KEY_EURO', 'KEY_FRAMEBACK', 'KEY_FRAMEFORWARD', 'KEY_CONTEXT_MENU',
        'KEY_MEDIA_REPEAT', 'KEY_10CHANNELSUP', 'KEY_10CHANNELSDOWN', 'KEY_IMAGES',
        'KEY_NOTIFICATION_CENTER', 'KEY_PICKUP_PHONE', 'KEY_HANGUP_PHONE', 'KEY_DEL_EOL', 'KEY_DEL_EOS',
        'KEY_INS_LINE', 'KEY_DEL_LINE', 'KEY_FN', 'KEY_FN_ESC', 'KEY_FN_F1', 'KEY_FN_F2', 'KEY_FN_F3',
        'KEY_FN_F4', 'KEY_FN_F5', 'KEY_FN_F6', 'KEY_FN_F7', 'KEY_FN_F8', 'KEY_FN_F9', 'KEY_FN_F10',
        'KEY_FN_F11', 'KEY_FN_F12', 'KEY_FN_1', 'KEY_FN_2', 'KEY_FN_D', 'KEY_FN_E', 'KEY_FN_F', 'KEY_FN_S',
        'KEY_FN_B', 'KEY_FN_RIGHT_SHIFT', 'KEY_BRL_DOT1', 'KEY_BRL_DOT2', 'KEY_BRL_DOT3', 'KEY_BRL_DOT4',
        'KEY_BRL_DOT5', 'KEY_BRL_DOT6', 'KEY_BRL_DOT7', 'KEY_BRL_DOT8', 'KEY_BRL_DOT9', 'KEY_BRL_DOT10',
        'KEY_NUMERIC_0', 'KEY_NUMERIC_1', 'KEY_NUMERIC_2', 'KEY_NUMERIC_3', 'KEY_NUMERIC_4', 'KEY_NUMERIC_5',
        'KEY_NUMERIC_6', 'KEY_NUMERIC_7', 'KEY_NUMERIC_8', 'KEY_NUMERIC_9', 'KEY_NUMERIC_STAR',
        'KEY_NUMERIC_POUND', 'KEY_NUMERIC_A', 'KEY_NUMERIC_B', 'KEY_NUMERIC_C', 'KEY_NUMERIC_D',
        'KEY_CAMERA_FOCUS', 'KEY_WPS_BUTTON', 'KEY_TOUCHPAD_TOGGLE', 'KEY_TOUCHPAD_ON', 'KEY_TOUCHPAD_OFF',
        'KEY_CAMERA_ZOOMIN', 'KEY_CAMERA_ZOOMOUT', 'KEY_CAMERA_UP', 'KEY_CAMERA_DOWN', 'KEY_CAMERA_LEFT',
        'KEY_CAMERA_RIGHT', 'KEY_ATTENDANT_ON', 'KEY_ATTENDANT_OFF', 'KEY_ATTENDANT_TOGGLE',
        'KEY_LIGHTS_TOGGLE', 'BTN_DPAD_UP', 'BTN_DPAD_DOWN', 'BTN_DPAD_LEFT', 'BTN_DPAD_RIGHT',
        'KEY_ALS_TOGGLE', 'KEY_ROTATE_LOCK_TOGGLE', 'KEY_BUTTONCONFIG', 'KEY_TASKMANAGER', 'KEY_JOURNAL',
        'KEY_CONTROLPANEL', 'KEY_APPSELECT', 'KEY_SCREENSAVER', 'KEY_VOICECOMMAND', 'KEY_ASSISTANT',
        'KEY_KBD_LAYOUT_NEXT', 'KEY_EMOJI_PICKER', 'KEY_DICTATE', 'KEY_BRIGHTNESS_MIN', 'KEY_BRIGHTNESS_MAX',
        'KEY_KBDINPUTASSIST_PREV', 'KEY_KBDINPUTASSIST_NEXT', 'KEY_KBDINPUTASSIST_PREVGROUP',
        'KEY_KBDINPUTASSIST_NEXTGROUP', 'KEY_KBDINPUTASSIST_ACCEPT', 'KEY_KBDINPUTASSIST_CANCEL',
        'KEY_RIGHT_UP', 'KEY_RIGHT_DOWN', 'KEY_LEFT_UP', 'KEY_LEFT_DOWN', 'KEY_ROOT_MENU',
        'KEY_MEDIA_TOP_MENU', 'KEY_NUMERIC_11', 'KEY_NUMERIC_12', 'KEY_AUDIO_DESC', 'KEY_3D_MODE',
        'KEY_NEXT_FAVORITE', 'KEY_STOP_RECORD', 'KEY_PAUSE_RECORD', 'KEY_VOD', 'KEY_UNMUTE',
        'KEY_FASTREVERSE', 'KEY_SLOWREVERSE', 'KEY_DATA', 'KEY_ONSCREEN_KEYBOARD',
        'KEY_PRIVACY_SCREEN_TOGGLE', 'KEY_SELECTIVE_SCREENSHOT', 'KEY_NEXT_ELEMENT', 'KEY_PREVIOUS_ELEMENT',
        'KEY_AUTOPILOT_ENGAGE_TOGGLE', 'KEY_MARK_WAYPOINT', 'KEY_SOS', 'KEY_NAV_CHART', 'KEY_FISHING_CHART',
        'KEY_SINGLE_RANGE_RADAR', 'KEY_DUAL_RANGE_RADAR', 'KEY_RADAR_OVERLAY', 'KEY_TRADITIONAL_SONAR',
        'KEY_CLEARVU_SONAR', 'KEY_SIDEVU_SONAR', 'KEY_NAV_INFO', 'KEY_BRIGHTNESS_MENU', 'KEY_MACRO1',
        'KEY_MACRO2', 'KEY_MACRO3', 'KEY_MACRO4', 'KEY_MACRO5', 'KEY_MACRO6', 'KEY_MACRO7', 'KEY_MACRO8',
        'KEY_MACRO9', 'KEY_MACRO10', 'KEY_MACRO11', 'KEY_MACRO12', 'KEY_MACRO13', 'KEY_MACRO14',
        'KEY_MACRO15', 'KEY_MACRO16', 'KEY_MACRO17', 'KEY_MACRO18', 'KEY_MACRO19', 'KEY_MACRO20',
        'KEY_MACRO21', 'KEY_MACRO22', 'KEY_MACRO23', 'KEY_MACRO24', 'KEY_MACRO25', 'KEY_MACRO26',
        'KEY_MACRO27', 'KEY_MACRO28', 'KEY_MACRO29', 'KEY_MACRO30', 'KEY_MACRO_RECORD_START',
        'KEY_MACRO_RECORD_STOP', 'KEY_MACRO_PRESET_CYCLE', 'KEY_MACRO_PRESET1', 'KEY_MACRO_PRESET2',
        'KEY_MACRO_PRESET3', 'KEY_KBD_LCD_MENU1', 'KEY_KBD_LCD_MENU2', 'KEY_KBD_LCD_MENU3',
        'KEY_KBD_LCD_MENU4', 'KEY_KBD_LCD_MENU5', 'BTN_TRIGGER_HAPPY1', 'BTN_TRIGGER_HAPPY2',
        'BTN_TRIGGER_HAPPY3', 'BTN_TRIGGER_HAPPY4', 'BTN_TRIGGER_HAPPY5', 'BTN_TRIGGER_HAPPY6',
        'BTN_TRIGGER_HAPPY7', 'BTN_TRIGGER_HAPPY8', 'BTN_TRIGGER_HAPPY9', 'BTN_TRIGGER_HAPPY10',
        'BTN_TRIGGER_HAPPY11', 'BTN_TRIGGER_HAPPY12', 'BTN_TRIGGER_HAPPY13', 'BTN_TRIGGER_HAPPY14',
        'BTN_TRIGGER_HAPPY15', 'BTN_TRIGGER_HAPPY16', 'BTN_TRIGGER_HAPPY17', 'BTN_TRIGGER_HAPPY18',
        'BTN_TRIGGER_HAPPY19', 'BTN_TRIGGER_HAPPY20', 'BTN_TRIGGER_HAPPY21', 'BTN_TRIGGER_HAPPY22',
        'BTN_TRIGGER_HAPPY23', 'BTN_TRIGGER_HAPPY24', 'BTN_TRIGGER_HAPPY25', 'BTN_TRIGGER_HAPPY26',
        'BTN_TRIGGER_HAPPY27', 'BTN_TRIGGER_HAPPY28', 'BTN_TRIGGER_HAPPY29', 'BTN_TRIGGER_HAPPY30',
        'BTN_TRIGGER_HAPPY31', 'BTN_TRIGGER_HAPPY32', 'BTN_TRIGGER_HAPPY33', 'BTN_TRIGGER_HAPPY34',
        'BTN_TRIGGER_HAPPY35', 'BTN_TRIGGER_HAPPY36', 'BTN_TRIGGER_HAPPY37', 'BTN_TRIGGER_HAPPY38',
        'BTN_TRIGGER_HAPPY39', 'BTN_TRIGGER_HAPPY40'],
    },
    evdev_relative_axes: {
      headers: ['linux/input.h'],
      entries: [
        'REL_X', 'REL_Y', 'REL_Z', 'REL_RX', 'REL_RY', 'REL_RZ', 'REL_HWHEEL', 'REL_DIAL', 'REL_WHEEL',
        'REL_MISC', 'REL_RESERVED', 'REL_WHEEL_HI_RES', 'REL_HWHEEL_HI_RES'],
    },
    evdev_misc: {
      headers: ['linux/input.h'],
      entries: [
        'MSC_SERIAL', 'MSC_PULSELED', 'MSC_GESTURE', 'MSC_RAW', 'MSC_SCAN', 'MSC_TIMESTAMP'],
    },
    evdev_switch: {
      headers: ['linux/input.h'],
      entries: [
        'SW_LID', 'SW_TABLET_MODE', 'SW_HEADPHONE_INSERT', 'SW_RFKILL_ALL', 'SW_MICROPHONE_INSERT',
        'SW_DOCK', 'SW_LINEOUT_INSERT', 'SW_JACK_PHYSICAL_INSERT', 'SW_VIDEOOUT_INSERT',
        'SW_CAMERA_LENS_COVER', 'SW_KEYPAD_SLIDE', 'SW_FRONT_PROXIMITY', 'SW_ROTATE_LOCK',
        'SW_LINEIN_INSERT', 'SW_MUTE_DEVICE', 'SW_PEN_INSERTED'],
    },
    evdev_leds: {
      headers: ['linux/input.h'],
      entries: [
        'LED_NUML', 'LED_CAPSL', 'LED_SCROLLL', 'LED_COMPOSE', 'LED_KANA', 'LED_SLEEP', 'LED_SUSPEND',
        'LED_MUTE', 'LED_MISC', 'LED_MAIL', 'LED_CHARGING'],
    },
    evdev_snd: {
      headers: ['linux/input.h'],
      entries: [
        'SND_CLICK', 'SND_BELL', 'SND_TONE'],
    },
    evdev_autorepeat: {
      headers: ['linux/input.h'],
      entries: [
        'REP_DELAY', 'REP_PERIOD'],
    },
    evdev_ff_types: {
      headers: ['linux/input.h'],
      entries: [
        'FF_RUMBLE', 'FF_PERIODIC', 'FF_CONSTANT', 'FF_SPRING', 'FF_FRICTION', 'FF_DAMPER', 'FF_INERTIA',
        'FF_RAMP', 'FF_SQUARE', 'FF_TRIANGLE', 'FF_SINE', 'FF_SAW_UP', 'FF_SAW_DOWN', 'FF_CUSTOM', 'FF_GAIN',
        'FF_AUTOCENTER'],
    },
    evdev_ff_status: {
      headers: ['linux/input.h'],
      entries: [
        'FF_STATUS_STOPPED', 'FF_STATUS_PLAYING'],
    },
    evdev_prop: {
      headers: ['linux/input.h'],
      entries: [
        'INPUT_PROP_POINTER', 'INPUT_PROP_DIRECT', 'INPUT_PROP_BUTTONPAD', 'INPUT_PROP_SEMI_MT',
        'INPUT_PROP_TOPBUTTONPAD', 'INPUT_PROP_POINTING_STICK', 'INPUT_PROP_ACCELEROMETER'],
    },
    evdev_mtslots: {
      headers: ['linux/input.h'],
      entries: [
        'ABS_MT_SLOT', 'ABS_MT_TOUCH_MAJOR', 'ABS_MT_TOUCH_MINOR', 'ABS_MT_WIDTH_MAJOR',
        'ABS_MT_WIDTH_MINOR', 'ABS_MT_ORIENTATION', 'ABS_MT_POSITION_X', 'ABS_MT_POSITION_Y',
        'ABS_MT_TOOL_TYPE', 'ABS_MT_BLOB_ID', 'ABS_MT_TRACKING_ID', 'ABS_MT_PRESSURE', 'ABS_MT_DISTANCE',
        'ABS_MT_TOOL_X', 'ABS_MT_TOOL_Y'],
    },
    hdio_busstates: { headers: ['linux/hdreg.h'], entries: ['BUSSTATE_OFF', 'BUSSTATE_ON', 'BUSSTATE_TRISTATE'] },
    hdio_ide_nice: {
      headers: ['linux/hdreg.h'],
      entries: ['1 << IDE_NICE_DSC_OVERLAP', '1 << IDE_NICE_ATAPI_OVERLAP', '1 << IDE_NICE_1', '1 << IDE_NICE_0',
        '1 << IDE_NICE_2'].map((n) => [n, n]),
    },
    // ATA commands are not in the UAPI headers (the kernel's include/linux/ata.h): values as there.
    hdio_drive_cmds: {
      headers: [],
      entries: [
        ['ATA_CMD_NOP', '0x00'], ['ATA_CMD_CFA_REQ_EXT_ERR', '0x03'], ['ATA_CMD_DSM', '0x06'],
        ['ATA_CMD_DEV_RESET', '0x08'], ['ATA_CMD_REQ_SENSE_DATA', '0x0B'], ['ATA_CMD_RESTORE', '0x10'],
        ['ATA_CMD_PIO_READ', '0x20'], ['ATA_CMD_READ_LONG', '0x22'], ['ATA_CMD_READ_LONG_ONCE', '0x23'],
        ['ATA_CMD_PIO_READ_EXT', '0x24'], ['ATA_CMD_READ_EXT', '0x25'], ['ATA_CMD_READ_QUEUED', '0x26'],
        ['ATA_CMD_READ_NATIVE_MAX_EXT', '0x27'], ['ATA_CMD_READ_MULTI_EXT', '0x29'],
        ['ATA_CMD_READ_STREAM_DMA_EXT', '0x2A'], ['ATA_CMD_READ_STREAM_EXT', '0x2B'],
        ['ATA_CMD_READ_LOG_EXT', '0x2F'], ['ATA_CMD_PIO_WRITE', '0x30'], ['ATA_CMD_WRITE_LONG', '0x32'],
        ['ATA_CMD_WRITE_LONG_ONCE', '0x33'], ['ATA_CMD_PIO_WRITE_EXT', '0x34'],
        ['ATA_CMD_WRITE_EXT', '0x35'], ['ATA_CMD_WRITE_QUEUED', '0x36'], ['ATA_CMD_SET_MAX_EXT', '0x37'],
        ['ATA_CMD_CFA_WRITE_NE', '0x38'], ['ATA_CMD_WRITE_MULTI_EXT', '0x39'],
        ['ATA_CMD_WRITE_STREAM_DMA_EXT', '0x3A'], ['ATA_CMD_WRITE_STREAM_EXT', '0x3B'],
        ['ATA_CMD_WRITE_FUA_EXT', '0x3D'], ['ATA_CMD_WRITE_QUEUED_FUA_EXT', '0x3E'],
        ['ATA_CMD_WRITE_LOG_EXT', '0x3F'], ['ATA_CMD_VERIFY', '0x40'], ['ATA_CMD_VERIFY_EXT', '0x42'],
        ['ATA_CMD_WRITE_UNCORR_EXT', '0x45'], ['ATA_CMD_READ_LOG_DMA_EXT', '0x47'],
        ['ATA_CMD_ZAC_MGMT_IN', '0x4A'], ['ATA_CMD_CONFIG_STREAM', '0x51'],
        ['ATA_CMD_WRITE_LOG_DMA_EXT', '0x57'], ['ATA_CMD_TRUSTED_NONDATA', '0x5B'],
        ['ATA_CMD_TRUSTED_RCV', '0x5C'], ['ATA_CMD_TRUSTED_RCV_DMA', '0x5D'],
        ['ATA_CMD_TRUSTED_SND', '0x5E'], ['ATA_CMD_TRUSTED_SND_DMA', '0x5F'], ['ATA_CMD_FPDMA_READ', '0x60'],
        ['ATA_CMD_FPDMA_WRITE', '0x61'], ['ATA_CMD_NCQ_NON_DATA', '0x63'], ['ATA_CMD_FPDMA_SEND', '0x64'],
        ['ATA_CMD_FPDMA_RECV', '0x65'], ['ATA_CMD_CFA_TRANS_SECT', '0x87'], ['ATA_CMD_EDD', '0x90'],
        ['ATA_CMD_INIT_DEV_PARAMS', '0x91'], ['ATA_CMD_DOWNLOAD_MICRO', '0x92'],
        ['ATA_CMD_DOWNLOAD_MICRO_DMA', '0x93'], ['ATA_CMD_ZAC_MGMT_OUT', '0x9F'], ['ATA_CMD_PACKET', '0xA0'],
        ['ATA_CMD_ID_ATAPI', '0xA1'], ['ATA_CMD_SERVICE', '0xA2'], ['ATA_CMD_SMART', '0xB0'],
        ['ATA_CMD_CONF_OVERLAY', '0xB1'], ['ATA_CMD_SANITIZE_DEVICE', '0xB4'], ['ATA_CMD_CFA_ERASE', '0xC0'],
        ['ATA_CMD_READ_MULTI', '0xC4'], ['ATA_CMD_WRITE_MULTI', '0xC5'], ['ATA_CMD_SET_MULTI', '0xC6'],
        ['ATA_CMD_READ', '0xC8'], ['ATA_CMD_WRITE', '0xCA'], ['ATA_CMD_CFA_WRITE_MULT_NE', '0xCD'],
        ['ATA_CMD_WRITE_MULTI_FUA_EXT', '0xCE'], ['ATA_CMD_CHK_MED_CRD_TYP', '0xD1'],
        ['ATA_CMD_MEDIA_LOCK', '0xDE'], ['ATA_CMD_MEDIA_UNLOCK', '0xDF'], ['ATA_CMD_STANDBYNOW1', '0xE0'],
        ['ATA_CMD_IDLEIMMEDIATE', '0xE1'], ['ATA_CMD_STANDBY', '0xE2'], ['ATA_CMD_IDLE', '0xE3'],
        ['ATA_CMD_PMP_READ', '0xE4'], ['ATA_CMD_CHK_POWER', '0xE5'], ['ATA_CMD_SLEEP', '0xE6'],
        ['ATA_CMD_FLUSH', '0xE7'], ['ATA_CMD_PMP_WRITE', '0xE8'], ['ATA_CMD_PMP_READ_DMA', '0xE9'],
        ['ATA_CMD_FLUSH_EXT', '0xEA'], ['ATA_CMD_PMP_WRITE_DMA', '0xEB'], ['ATA_CMD_ID_ATA', '0xEC'],
        ['ATA_CMD_SET_FEATURES', '0xEF'], ['ATA_CMD_SEC_SET_PASS', '0xF1'], ['ATA_CMD_SEC_UNLOCK', '0xF2'],
        ['ATA_CMD_SEC_ERASE_PREP', '0xF3'], ['ATA_CMD_SEC_ERASE_UNIT', '0xF4'],
        ['ATA_CMD_SEC_FREEZE_LOCK', '0xF5'], ['ATA_CMD_SEC_DISABLE_PASS', '0xF6'],
        ['ATA_CMD_READ_NATIVE_MAX', '0xF8'], ['ATA_CMD_SET_MAX', '0xF9']],
    },
    gpio_line_flags: { headers: ['linux/gpio.h'], entries: ['GPIOLINE_FLAG_KERNEL', 'GPIOLINE_FLAG_IS_OUT', 'GPIOLINE_FLAG_ACTIVE_LOW', 'GPIOLINE_FLAG_OPEN_DRAIN', 'GPIOLINE_FLAG_OPEN_SOURCE', 'GPIOLINE_FLAG_BIAS_PULL_UP', 'GPIOLINE_FLAG_BIAS_PULL_DOWN', 'GPIOLINE_FLAG_BIAS_DISABLE'] },
    gpio_handle_flags: { headers: ['linux/gpio.h'], entries: ['GPIOHANDLE_REQUEST_INPUT', 'GPIOHANDLE_REQUEST_OUTPUT', 'GPIOHANDLE_REQUEST_ACTIVE_LOW', 'GPIOHANDLE_REQUEST_OPEN_DRAIN', 'GPIOHANDLE_REQUEST_OPEN_SOURCE', 'GPIOHANDLE_REQUEST_BIAS_PULL_UP', 'GPIOHANDLE_REQUEST_BIAS_PULL_DOWN', 'GPIOHANDLE_REQUEST_BIAS_DISABLE'] },
    gpio_event_flags: { headers: ['linux/gpio.h'], entries: ['GPIOEVENT_REQUEST_BOTH_EDGES', 'GPIOEVENT_REQUEST_RISING_EDGE', 'GPIOEVENT_REQUEST_FALLING_EDGE'] },
    gpio_v2_line_flags: { headers: ['linux/gpio.h'], entries: ['GPIO_V2_LINE_FLAG_USED', 'GPIO_V2_LINE_FLAG_ACTIVE_LOW', 'GPIO_V2_LINE_FLAG_INPUT', 'GPIO_V2_LINE_FLAG_OUTPUT', 'GPIO_V2_LINE_FLAG_EDGE_RISING', 'GPIO_V2_LINE_FLAG_EDGE_FALLING', 'GPIO_V2_LINE_FLAG_OPEN_DRAIN', 'GPIO_V2_LINE_FLAG_OPEN_SOURCE', 'GPIO_V2_LINE_FLAG_BIAS_PULL_UP', 'GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN', 'GPIO_V2_LINE_FLAG_BIAS_DISABLED', 'GPIO_V2_LINE_FLAG_EVENT_CLOCK_REALTIME', 'GPIO_V2_LINE_FLAG_EVENT_CLOCK_HTE'] },
    // Some are only in the NBD protocol, not linux/nbd.h: the client passes them on as such.
    nbd_ioctl_flags: { headers: [], entries: [['NBD_FLAG_HAS_FLAGS', '1 << 0'], ['NBD_FLAG_READ_ONLY', '1 << 1'], ['NBD_FLAG_SEND_FLUSH', '1 << 2'], ['NBD_FLAG_SEND_FUA', '1 << 3'], ['NBD_FLAG_ROTATIONAL', '1 << 4'], ['NBD_FLAG_SEND_TRIM', '1 << 5'], ['NBD_FLAG_SEND_WRITE_ZEROES', '1 << 6'], ['NBD_FLAG_SEND_DF', '1 << 7'], ['NBD_FLAG_CAN_MULTI_CONN', '1 << 8'], ['NBD_FLAG_SEND_RESIZE', '1 << 9'], ['NBD_FLAG_SEND_CACHE', '1 << 10']] },
    perf_ioctl_flags: { headers: ['linux/perf_event.h'], entries: ['PERF_IOC_FLAG_GROUP'] },
    lirc_features: { headers: ['linux/lirc.h'], entries: ['LIRC_CAN_SEND_PULSE', 'LIRC_CAN_SEND_LIRCCODE', 'LIRC_CAN_SET_SEND_CARRIER', 'LIRC_CAN_SET_SEND_DUTY_CYCLE', 'LIRC_CAN_SET_TRANSMITTER_MASK', 'LIRC_CAN_REC_MODE2', 'LIRC_CAN_REC_SCANCODE', 'LIRC_CAN_REC_LIRCCODE', 'LIRC_CAN_SET_REC_CARRIER', 'LIRC_CAN_MEASURE_CARRIER', 'LIRC_CAN_USE_WIDEBAND_RECEIVER', 'LIRC_CAN_SET_REC_TIMEOUT', 'LIRC_CAN_GET_REC_RESOLUTION', 'LIRC_CAN_SET_REC_CARRIER_RANGE'] },
    lirc_modes: { headers: ['linux/lirc.h'], entries: ['LIRC_MODE_RAW', 'LIRC_MODE_PULSE', 'LIRC_MODE_MODE2', 'LIRC_MODE_SCANCODE', 'LIRC_MODE_LIRCCODE'] },
    counter_ioctl_component_types: { headers: ['linux/counter.h'], entries: ['COUNTER_COMPONENT_NONE', 'COUNTER_COMPONENT_SIGNAL', 'COUNTER_COMPONENT_COUNT', 'COUNTER_COMPONENT_FUNCTION', 'COUNTER_COMPONENT_SYNAPSE_ACTION', 'COUNTER_COMPONENT_EXTENSION'] },
    counter_ioctl_scopes: { headers: ['linux/counter.h'], entries: ['COUNTER_SCOPE_DEVICE', 'COUNTER_SCOPE_SIGNAL', 'COUNTER_SCOPE_COUNT'] },
    counter_ioctl_event_types: { headers: ['linux/counter.h'], entries: ['COUNTER_EVENT_OVERFLOW', 'COUNTER_EVENT_UNDERFLOW', 'COUNTER_EVENT_OVERFLOW_UNDERFLOW', 'COUNTER_EVENT_THRESHOLD', 'COUNTER_EVENT_INDEX', 'COUNTER_EVENT_CHANGE_OF_STATE', 'COUNTER_EVENT_CAPTURE'] },
    rtc_vl_flags: { headers: ['linux/rtc.h'], entries: ['RTC_VL_DATA_INVALID', 'RTC_VL_BACKUP_LOW', 'RTC_VL_BACKUP_EMPTY', 'RTC_VL_ACCURACY_LOW', 'RTC_VL_BACKUP_SWITCH'] },
    rtc_params: { headers: ['linux/rtc.h'], entries: ['RTC_PARAM_FEATURES', 'RTC_PARAM_CORRECTION', 'RTC_PARAM_BACKUP_SWITCH_MODE'] },
    rtc_features: { headers: ['linux/rtc.h'], entries: ['RTC_FEATURE_ALARM', 'RTC_FEATURE_ALARM_RES_MINUTE', 'RTC_FEATURE_NEED_WEEK_DAY', 'RTC_FEATURE_ALARM_RES_2S', 'RTC_FEATURE_UPDATE_INTERRUPT', 'RTC_FEATURE_CORRECTION', 'RTC_FEATURE_BACKUP_SWITCH_MODE', 'RTC_FEATURE_ALARM_WAKEUP_ONLY'].map((n) => [`1<<${n}`, `1 << ${n}`]) },
    rtc_backup_switch_modes: { headers: ['linux/rtc.h'], entries: ['RTC_BSM_DISABLED', 'RTC_BSM_DIRECT', 'RTC_BSM_LEVEL', 'RTC_BSM_STANDBY'] },
    // LO_FLAGS_USE_AOPS was removed from the header (v3.2) but old binaries still set it.
    loop_flags_options: {
      headers: ['linux/loop.h'],
      entries: ['LO_FLAGS_READ_ONLY', ['LO_FLAGS_USE_AOPS', '2'], 'LO_FLAGS_AUTOCLEAR', 'LO_FLAGS_PARTSCAN', 'LO_FLAGS_DIRECT_IO'],
    },
    loop_crypt_type_options: {
      headers: ['linux/loop.h'],
      entries: ['LO_CRYPT_NONE', 'LO_CRYPT_XOR', 'LO_CRYPT_DES', 'LO_CRYPT_FISH2', 'LO_CRYPT_BLOW', 'LO_CRYPT_CAST128',
        'LO_CRYPT_IDEA', 'LO_CRYPT_DUMMY', 'LO_CRYPT_SKIPJACK', 'LO_CRYPT_CRYPTOAPI'],
    },
    blkpg_ops: { headers: ['linux/blkpg.h'], entries: ['BLKPG_ADD_PARTITION', 'BLKPG_DEL_PARTITION', 'BLKPG_RESIZE_PARTITION'] },
    ptp_extts_flags: { headers: ['linux/ptp_clock.h'], entries: ['PTP_ENABLE_FEATURE', 'PTP_RISING_EDGE', 'PTP_FALLING_EDGE', 'PTP_STRICT_FLAGS'] },
    ptp_perout_flags: { headers: ['linux/ptp_clock.h'], entries: ['PTP_PEROUT_ONE_SHOT', 'PTP_PEROUT_DUTY_CYCLE', 'PTP_PEROUT_PHASE'] },
    ptp_pin_funcs: { headers: ['linux/ptp_clock.h'], entries: ['PTP_PF_NONE', 'PTP_PF_EXTTS', 'PTP_PF_PEROUT', 'PTP_PF_PHYSYNC'] },
    uffd_api_features: { headers: ['linux/userfaultfd.h'], entries: ['UFFD_FEATURE_PAGEFAULT_FLAG_WP', 'UFFD_FEATURE_EVENT_FORK', 'UFFD_FEATURE_EVENT_REMAP', 'UFFD_FEATURE_EVENT_REMOVE', 'UFFD_FEATURE_MISSING_HUGETLBFS', 'UFFD_FEATURE_MISSING_SHMEM', 'UFFD_FEATURE_EVENT_UNMAP', 'UFFD_FEATURE_SIGBUS', 'UFFD_FEATURE_THREAD_ID', 'UFFD_FEATURE_MINOR_HUGETLBFS', 'UFFD_FEATURE_MINOR_SHMEM', 'UFFD_FEATURE_EXACT_ADDRESS', 'UFFD_FEATURE_WP_HUGETLBFS_SHMEM'] },
    uffd_api_flags: { headers: ['linux/userfaultfd.h'], entries: ['_UFFDIO_REGISTER', '_UFFDIO_UNREGISTER', '_UFFDIO_API'].map((n) => [`1<<${n}`, `1ULL << ${n}`]) },
    uffd_copy_flags: { headers: ['linux/userfaultfd.h'], entries: ['UFFDIO_COPY_MODE_DONTWAKE', 'UFFDIO_COPY_MODE_WP'] },
    uffd_register_mode_flags: { headers: ['linux/userfaultfd.h'], entries: ['UFFDIO_REGISTER_MODE_MISSING', 'UFFDIO_REGISTER_MODE_WP', 'UFFDIO_REGISTER_MODE_MINOR'] },
    uffd_register_ioctl_flags: { headers: ['linux/userfaultfd.h'], entries: ['_UFFDIO_WAKE', '_UFFDIO_COPY', '_UFFDIO_ZEROPAGE', '_UFFDIO_WRITEPROTECT', '_UFFDIO_CONTINUE'].map((n) => [`1<<${n}`, `1ULL << ${n}`]) },
    uffd_zeropage_flags: { headers: ['linux/userfaultfd.h'], entries: ['UFFDIO_ZEROPAGE_MODE_DONTWAKE'] },
    sg_scsi_reset: {
      headers: ['scsi/sg.h'],
      // The last two are newer than glibc's copy of the header: values as the kernel's scsi/sg.h.
      entries: ['SG_SCSI_RESET_NOTHING', 'SG_SCSI_RESET_DEVICE', 'SG_SCSI_RESET_BUS', 'SG_SCSI_RESET_HOST',
        ['SG_SCSI_RESET_TARGET', '4'], ['SG_SCSI_RESET_NO_ESCALATE', '0x100']],
    },
    ubi_volume_types: { headers: ['mtd/ubi-user.h'], entries: ['UBI_DYNAMIC_VOLUME', 'UBI_STATIC_VOLUME'] },
    ubi_volume_flags: { headers: ['mtd/ubi-user.h'], entries: ['UBI_VOL_SKIP_CRC_CHECK_FLG'] },
    // Gone from the header; old callers still pass them.
    ubi_data_types: { headers: [], entries: [['UBI_LONGTERM', '1'], ['UBI_SHORTTERM', '2'], ['UBI_UNKNOWN', '3']] },
    ubi_volume_props: { headers: ['mtd/ubi-user.h'], entries: ['UBI_VOL_PROP_DIRECT_WRITE'] },
    evdev_ev: { headers: ['linux/input.h'], entries: ['EV_SYN', 'EV_KEY', 'EV_REL', 'EV_ABS', 'EV_MSC', 'EV_SW', 'EV_LED', 'EV_SND', 'EV_REP', 'EV_FF', 'EV_PWR', 'EV_FF_STATUS'] },
    evdev_abs: { headers: ['linux/input.h'], entries: ['ABS_X', 'ABS_Y', 'ABS_Z', 'ABS_RX', 'ABS_RY', 'ABS_RZ', 'ABS_THROTTLE', 'ABS_RUDDER', 'ABS_WHEEL', 'ABS_GAS', 'ABS_BRAKE', 'ABS_HAT0X', 'ABS_HAT0Y', 'ABS_HAT1X', 'ABS_HAT1Y', 'ABS_HAT2X', 'ABS_HAT2Y', 'ABS_HAT3X', 'ABS_HAT3Y', 'ABS_PRESSURE', 'ABS_DISTANCE', 'ABS_TILT_X', 'ABS_TILT_Y', 'ABS_TOOL_WIDTH', 'ABS_VOLUME', 'ABS_PROFILE', 'ABS_MISC', 'ABS_RESERVED', 'ABS_MT_SLOT', 'ABS_MT_TOUCH_MAJOR', 'ABS_MT_TOUCH_MINOR', 'ABS_MT_WIDTH_MAJOR', 'ABS_MT_WIDTH_MINOR', 'ABS_MT_ORIENTATION', 'ABS_MT_POSITION_X', 'ABS_MT_POSITION_Y', 'ABS_MT_TOOL_TYPE', 'ABS_MT_BLOB_ID', 'ABS_MT_TRACKING_ID', 'ABS_MT_PRESSURE', 'ABS_MT_DISTANCE', 'ABS_MT_TOOL_X', 'ABS_MT_TOOL_Y'] },
  },
  subsys: SUBSYS,
  x86: X86,
  kd: KD_TABLES,
  v4l2: V4L2_TABLES,
  devices: DEVICES,
  btrfs: BTRFS_TABLES,
};

// --- the generator --------------------------------------------------------------------

/** Every macro (not function-like) and enumerator the headers declare, in order. */
function declared(headers) {
  const src = ['#define _GNU_SOURCE', ...headers.map((h) => `#include <${h}>`)].join('\n') + '\n';
  const out = execFileSync(CC, ['-E', '-dD', '-x', 'c', '-'], { input: src, encoding: 'utf8' });
  const found = []; // [position in the code, name, enum index or -1]
  let code = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^#define\s+([A-Za-z_]\w*)(\(?)/.exec(line);
      if (m && m[2] === '') found.push([code.length, m[1], -1]);
      continue;
    }
    code += line + '\n';
  }
  let n = 0;
  for (const m of code.matchAll(/\benum\b\s*\w*\s*\{([^}]*)\}/g)) {
    let pos = m.index;
    for (const part of m[1].split(',')) {
      const id = /^\s*([A-Za-z_]\w*)/.exec(part);
      if (id) found.push([pos, id[1], n]);
      pos += part.length + 1;
    }
    n++;
  }
  return found.sort((a, b) => a[0] - b[0]);
}

const declaredCache = new Map();
/** The names of a table given by `enumOf` or `match` (see the header comment). */
function scanned(spec) {
  const key = spec.headers.join(' ');
  if (!declaredCache.has(key)) declaredCache.set(key, declared(spec.headers));
  const all = declaredCache.get(key);
  let names;
  if (spec.enumOf !== undefined) {
    const hit = all.find(([, name, e]) => name === spec.enumOf && e >= 0);
    if (hit === undefined) throw new Error(`gen-xlat: no enum declares ${spec.enumOf} in ${key}`);
    names = all.filter(([, , e]) => e === hit[2]).map(([, name]) => name);
  } else {
    const re = new RegExp(spec.match);
    names = all.map(([, name]) => name).filter((name) => re.test(name));
  }
  const skip = new Set(spec.except ?? []);
  const seen = new Set((spec.entries ?? []).map((e) => entry(e)[0]));
  const keep = new Set(spec.keep ?? []);
  return names.filter((name) => !name.startsWith('__') && (!name.endsWith('_MAX') || keep.has(name)) && !skip.has(name) &&
    !seen.has(name) && seen.add(name));
}

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
  for (const tables of Object.values(FAMILIES)) {
    for (const spec of Object.values(tables)) {
      if (spec.enumOf !== undefined || spec.match !== undefined) {
        spec.entries = [...(spec.entries ?? []), ...scanned(spec).map(spec.map ?? ((n) => n))];
      }
    }
  }
  // `gen-xlat.mjs FAMILY...` regenerates only those families' files.
  const only = process.argv.slice(2);
  for (const [family, tables] of Object.entries(FAMILIES)) {
    if (only.length > 0 && !only.includes(family)) continue;
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
      `import { xlat } from './text.js';\n`;
    for (const [table, spec] of Object.entries(tables)) {
      const items = [];
      for (const e of spec.entries) {
        const [name] = entry(e);
        const got = values.get(`${table}\t${name}`);
        if (got === undefined) continue;
        if (spec.valueRange && (got.value < BigInt(spec.valueRange[0]) || got.value > BigInt(spec.valueRange[1]))) continue;
        // Values are what the kernel compares with a 32-bit int, unless the constant is wider.
        let v = got.value;
        if (got.size <= 4 && v < 0n) v += 1n << 32n;
        if (v >= 1n << 53n) throw new Error(`gen-xlat: ${table}: ${name} = ${v} does not fit a Number`);
        items.push(`${literal(v)} ${name}\n`);
      }
      // As text, parsed at a table's first use (text.ts).
      ts += `\nexport const ${table.toUpperCase()} = xlat(\`\n${items.join('')}\`);\n`;
    }
    writeFileSync(join(root, 'src/decode/xlat', `${family}.gen.ts`), ts);
    console.log(`gen-xlat: src/decode/xlat/${family}.gen.ts (${Object.keys(tables).length} tables)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
