/**
 * Syscall classes for `-e trace=%NAME`, with the membership strace 6 gives them (its
 * syscall table's TF, TD, TM ... flags). One table; syscalls missing from this machine's
 * table are ignored when the class is expanded.
 */

const FILE = `open stat lstat access execve truncate getcwd chdir rename mkdir rmdir creat link unlink
  symlink readlink chmod chown lchown utime mknod uselib statfs pivot_root chroot acct mount
  umount2 swapon swapoff quotactl setxattr lsetxattr getxattr lgetxattr listxattr llistxattr
  removexattr lremovexattr utimes inotify_add_watch openat mkdirat mknodat fchownat futimesat
  newfstatat unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat utimensat
  fanotify_mark name_to_handle_at renameat2 execveat statx open_tree move_mount fsconfig fspick
  openat2 faccessat2 mount_setattr fchmodat2 setxattrat getxattrat`;

const DESC = `read write open close fstat poll lseek mmap ioctl pread64 pwrite64 readv writev pipe
  select dup dup2 sendfile fcntl flock fsync fdatasync ftruncate getdents fchdir creat fchmod
  fchown fstatfs readahead fsetxattr fgetxattr flistxattr fremovexattr epoll_create getdents64
  fadvise64 epoll_wait epoll_ctl mq_open mq_timedsend mq_timedreceive mq_notify mq_getsetattr
  inotify_init inotify_add_watch inotify_rm_watch openat mkdirat mknodat fchownat futimesat
  newfstatat unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat pselect6 ppoll
  splice tee sync_file_range vmsplice utimensat epoll_pwait signalfd timerfd_create eventfd
  fallocate timerfd_settime timerfd_gettime signalfd4 eventfd2 epoll_create1 dup3 pipe2
  inotify_init1 preadv pwritev perf_event_open fanotify_init fanotify_mark name_to_handle_at
  open_by_handle_at syncfs setns finit_module renameat2 memfd_create kexec_file_load bpf
  execveat userfaultfd copy_file_range preadv2 pwritev2 statx pidfd_send_signal io_uring_setup
  io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick
  pidfd_open openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr
  quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret
  process_mrelease cachestat fchmodat2 setxattrat getxattrat`;

const MEMORY = `mmap mprotect munmap brk mremap msync mincore madvise shmat shmdt mlock munlock mlockall
  munlockall io_setup io_destroy remap_file_pages mbind set_mempolicy get_mempolicy
  migrate_pages move_pages mlock2 pkey_mprotect io_uring_register set_mempolicy_home_node
  map_shadow_stack mseal`;

const SIGNAL = `rt_sigaction rt_sigprocmask rt_sigreturn pause kill rt_sigpending rt_sigtimedwait
  rt_sigqueueinfo rt_sigsuspend sigaltstack tkill tgkill signalfd signalfd4 rt_tgsigqueueinfo
  pidfd_send_signal io_uring_enter`;

const PROCESS = `clone fork vfork execve exit wait4 kill rt_sigqueueinfo tkill exit_group tgkill waitid
  rt_tgsigqueueinfo execveat pidfd_send_signal clone3`;

const NETWORK = `sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind listen
  getsockname getpeername socketpair setsockopt getsockopt getpmsg putpmsg accept4 recvmmsg
  sendmmsg`;

const IPC = 'shmget shmat shmctl semget semop semctl shmdt msgget msgsnd msgrcv msgctl semtimedop';

const CREDS = `getuid getgid setuid setgid geteuid getegid setreuid setregid getgroups setgroups
  setresuid getresuid setresgid getresgid setfsuid setfsgid capget capset prctl`;

const CLOCK = 'gettimeofday adjtimex settimeofday time clock_settime clock_gettime clock_getres clock_adjtime';

const PURE = 'getpid getuid getgid geteuid getegid getppid getpgrp gettid';

const words = (s: string): readonly string[] => s.split(/\s+/).filter((w) => w !== '');

/** Class name (as written after `%`) -> syscall names; made at the first `%class` asked. */
let classes: ReadonlyMap<string, readonly string[]> | undefined;

/** The syscall names of class NAME (as written after `%`), if it is one. */
export function syscallClass(name: string): readonly string[] | undefined {
  classes ??= classTable();
  return classes.get(name);
}

const classTable = (): ReadonlyMap<string, readonly string[]> => new Map([
  ['file', words(FILE)],
  ['desc', words(DESC)],
  ['memory', words(MEMORY)],
  ['signal', words(SIGNAL)],
  ['process', words(PROCESS)],
  ['net', words(NETWORK)],
  ['network', words(NETWORK)],
  ['ipc', words(IPC)],
  ['creds', words(CREDS)],
  ['clock', words(CLOCK)],
  ['pure', words(PURE)],
  ['stat', ['stat']],
  ['lstat', ['lstat']],
  ['fstat', ['fstat', 'newfstatat', 'statx']],
  ['%stat', ['stat', 'fstat', 'lstat', 'newfstatat', 'statx']],
  ['statfs', ['statfs']],
  ['fstatfs', ['fstatfs']],
  ['%statfs', ['ustat', 'statfs', 'fstatfs']],
]);

/** strace still accepts the pre-% spelling of these (`-e trace=file`). */
export const LEGACY_CLASS_NAMES: ReadonlySet<string> = new Set(['file', 'desc', 'memory', 'signal', 'process', 'network', 'ipc']);
