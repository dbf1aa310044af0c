/**
 * Argument and return kinds of every x86_64 syscall, in the kernel's argument order,
 * with as many arguments as strace prints. Hand-written data; see the kind vocabulary in
 * the comment below.
 *
 * One row per syscall, `name: value` (rows.ts). Value syntax: comma-separated argument
 * kinds, optionally followed by ` -> RET` (the return kind; `long`, a signed decimal, when
 * omitted). An empty value means no arguments.
 *
 * Argument kinds:
 * - `int` `uint` `long` `ulong` `hex` `oct`: raw numbers (32/64-bit signed/unsigned
 *   decimal, unsigned hex, a 16-bit mode in octal); `uid` a uid_t or gid_t (unsigned,
 *   but -1 as such).
 * - `fd`, `dirfd` (may be AT_FDCWD), `sig`; `pid` a process, `tid` a thread, `pgid` a
 *   process group, `pidpgid` a process or (negative) a process group.
 * - `ptr` an input address; `outptr` an address the kernel writes through.
 * - `path` a NUL-terminated path; `str` a NUL-terminated non-path string; `outstr` one
 *   the kernel writes (printed at exit, in full like a path).
 * - `inbuf:N` / `outbuf:N` a byte buffer whose length is argument N (0-based);
 *   `outbuf:ret` an output buffer whose length is the return value.
 * - `argv`, `envp` NULL-terminated string-pointer arrays.
 * - `flags:NAME` a bit-flag word, `enum:NAME` a named constant, both of the register's low
 *   32 bits (an int in C); `flags64:NAME` and `enum64:NAME` of all 64.
 * - `struct:NAME` input struct/array, `ostruct:NAME` struct/array written by the kernel
 *   (printed at exit), `iostruct:NAME` read at entry and written by the kernel.
 * Return kinds: `long`, `fd`, `hex`, `pid`, `tid`, `pgid`, `sid`, `oct`, `none`.
 *
 * Arguments strace prints only conditionally (openat/open/mq_open mode, mknod(at) dev,
 * mremap new_address, reboot arg, membarrier cpu_id, the futex/fcntl/ioctl/prctl/keyctl
 * extra arguments, ...) are listed with their kernel count.
 *
 * preadv2/pwritev2: the kernel takes (fd, iov, vlen, pos_l, pos_h, flags); on x86_64
 * pos_h is ignored and strace prints 5 arguments (fd, iov, vlen, offset, flags),
 * so argument 4 is `skip`: a kernel argument that is not printed.
 */
export const SIGNATURE_ROWS = `
read: fd, outbuf:ret, ulong
write: fd, inbuf:2, ulong
open: path, flags:open, oct -> fd
close: fd
stat: path, ostruct:stat
fstat: fd, ostruct:stat
lstat: path, ostruct:stat
poll: iostruct:pollfd, uint, int
lseek: fd, long, enum:seek_whence
mmap: ptr, ulong, flags64:mmap_prot, flags:mmap_flags, fd, hex -> hex
mprotect: ptr, ulong, flags64:mmap_prot
munmap: ptr, ulong
brk: ptr -> hex
rt_sigaction: sig, struct:sigaction, ostruct:sigaction, ulong
rt_sigprocmask: enum:sigprocmask_how, struct:sigset, ostruct:sigset, ulong
rt_sigreturn:
ioctl: fd, struct:ioctl_request, hex
pread64: fd, outbuf:ret, ulong, long
pwrite64: fd, inbuf:2, ulong, long
readv: fd, ostruct:iovec, ulong
writev: fd, struct:iovec, ulong
access: path, flags:access
pipe: ostruct:fds2
select: int, iostruct:fdset, iostruct:fdset, iostruct:fdset, struct:timeval
sched_yield:
mremap: ptr, ulong, ulong, flags64:mremap, ptr -> hex
msync: ptr, ulong, flags:msync
mincore: ptr, ulong, ostruct:mincore_vec
madvise: ptr, ulong, enum:madv
shmget: value:ipc_key, ulong, value:shmget_flags
shmat: int, ptr, flags:shmat -> hex
shmctl: int, value:shmctl_cmd, ptr
dup: fd -> fd
dup2: fd, fd -> fd
pause:
nanosleep: struct:timespec, ostruct:timespec_rem
getitimer: enum:itimer_which, ostruct:itimerval
alarm: uint
setitimer: enum:itimer_which, struct:itimerval, ostruct:itimerval
getpid:  -> pid
sendfile: fd, fd, iostruct:loff, ulong
socket: enum:socket_family, flags:socket_type, enum:socket_protocol -> fd
connect: fd, struct:sockaddr, int
accept: fd, ostruct:sockaddr, iostruct:socklen -> fd
sendto: fd, struct:sockbuf, ulong, flags:msg, struct:sockaddr, int
recvfrom: fd, ostruct:osockbuf, ulong, flags:msg, ostruct:sockaddr, iostruct:socklen
sendmsg: fd, struct:msghdr, flags:msg
recvmsg: fd, ostruct:msghdr, flags:msg
shutdown: fd, enum:shutdown_how
bind: fd, struct:sockaddr, int
listen: fd, int
getsockname: fd, ostruct:sockaddr, iostruct:socklen
getpeername: fd, ostruct:sockaddr, iostruct:socklen
socketpair: enum:socket_family, flags:socket_type, enum:socket_protocol, ostruct:fds2
setsockopt: fd, enum:socket_level, enum:sockopt, struct:sockopt_val, int
getsockopt: fd, enum:socket_level, enum:sockopt, ostruct:sockopt_val, iostruct:socklen
clone: flags64:clone, ptr, ptr, ptr, ptr -> tid
fork:  -> pid
vfork:  -> pid
execve: path, argv, envp
exit: int -> none
wait4: pidpgid, ostruct:wait_status, flags:wait, ostruct:rusage -> pid
kill: pidpgid, sig
uname: ostruct:utsname
semget: value:ipc_key, int, value:ipc_get_flags
semop: int, struct:sembuf, uint
semctl: int, int, value:semctl_cmd, ptr
shmdt: ptr
msgget: value:ipc_key, value:ipc_get_flags
msgsnd: int, struct:msgbuf, ulong, flags:msgflg
msgrcv: int, ostruct:msgbuf, ulong, long, flags:msgflg
msgctl: int, value:msgctl_cmd, ptr
fcntl: fd, enum:fcntl_cmd, hex
flock: fd, flags:flock
fsync: fd
fdatasync: fd
truncate: path, long
ftruncate: fd, long
getdents: fd, ostruct:dirents, uint
getcwd: outstr, ulong
chdir: path
fchdir: fd
rename: path, path
mkdir: path, oct
rmdir: path
creat: path, oct -> fd
link: path, path
unlink: path
symlink: path, path
readlink: path, outbuf:ret, ulong
chmod: path, oct
fchmod: fd, oct
chown: path, uid, uid
fchown: fd, uid, uid
lchown: path, uid, uid
umask: oct -> oct
gettimeofday: ostruct:timeval, ostruct:timezone
getrlimit: enum:rlimit_resource, ostruct:rlimit
getrusage: enum:rusage_who, ostruct:rusage
sysinfo: ostruct:sysinfo
times: ostruct:tms
ptrace: enum64:ptrace_req, pid, ptr, hex
getuid:
syslog: enum:syslog_action, outbuf:ret, int
getgid:
setuid: uid
setgid: uid
geteuid:
getegid:
setpgid: pid, pgid
getppid:  -> pid
getpgrp:  -> pgid
setsid:
setreuid: uid, uid
setregid: uid, uid
getgroups: int, ostruct:gid_list
setgroups: int, struct:gid_list
setresuid: uid, uid, uid
getresuid: ostruct:uid, ostruct:uid, ostruct:uid
setresgid: uid, uid, uid
getresgid: ostruct:gid, ostruct:gid, ostruct:gid
getpgid: pid -> pgid
setfsuid: uid
setfsgid: uid
getsid: pid -> sid
capget: iostruct:cap_header, ostruct:cap_data
capset: struct:cap_header, struct:cap_data
rt_sigpending: ostruct:sigset, ulong
rt_sigtimedwait: struct:sigset, ostruct:siginfo, struct:timespec, ulong
rt_sigqueueinfo: pid, sig, struct:siginfo
rt_sigsuspend: struct:sigset, ulong
sigaltstack: struct:sigaltstack, ostruct:sigaltstack
utime: path, struct:utimbuf
mknod: path, flags:mknod_mode, hex
uselib: path
personality: flags:personality
ustat: enum:makedev, ostruct:ustat
statfs: path, ostruct:statfs
fstatfs: fd, ostruct:statfs
sysfs: int, hex, hex
getpriority: enum:which_prio, value:prio_who
setpriority: enum:which_prio, value:prio_who, int
sched_setparam: pid, struct:sched_param
sched_getparam: pid, ostruct:sched_param
sched_setscheduler: pid, enum:sched_policy, struct:sched_param
sched_getscheduler: pid
sched_get_priority_max: enum:sched_policy
sched_get_priority_min: enum:sched_policy
sched_rr_get_interval: pid, ostruct:timespec
mlock: ptr, ulong
munlock: ptr, ulong
mlockall: flags:mlockall
munlockall:
vhangup:
modify_ldt: int, ptr, ulong
pivot_root: path, path
_sysctl: struct:sysctl_args
prctl: enum:prctl_option, hex, hex, hex, hex
arch_prctl: enum:arch_prctl_code, hex
adjtimex: ostruct:timex
setrlimit: enum:rlimit_resource, struct:rlimit
chroot: path
sync:
acct: path
settimeofday: struct:timeval, struct:timezone
mount: path, path, str, flags64:mount, str
umount2: path, flags:umount
swapon: path, value:swapon_flags
swapoff: path
reboot: enum:reboot_magic, enum:reboot_magic, enum:reboot_cmd, str
sethostname: struct:uts_name, uint
setdomainname: struct:uts_name, uint
iopl: int
ioperm: hex, hex, int
create_module: hex, hex
init_module: ptr, ulong, str
delete_module: str, flags:delete_module
get_kernel_syms: hex
query_module: hex, hex, hex, hex, hex
quotactl: enum:quotactl_cmd, path, int, ptr
nfsservctl: hex, hex, hex
getpmsg: hex, hex, hex, hex, hex
putpmsg: hex, hex, hex, hex, hex
afs_syscall: hex, hex, hex, hex, hex
tuxcall: hex, hex, hex
security: hex, hex, hex
gettid:  -> tid
readahead: fd, long, ulong
setxattr: path, str, struct:xattr_value, ulong, flags:xattr
lsetxattr: path, str, struct:xattr_value, ulong, flags:xattr
fsetxattr: fd, str, struct:xattr_value, ulong, flags:xattr
getxattr: path, str, ostruct:xattr_value, ulong
lgetxattr: path, str, ostruct:xattr_value, ulong
fgetxattr: fd, str, ostruct:xattr_value, ulong
listxattr: path, ostruct:xattr_list, ulong
llistxattr: path, ostruct:xattr_list, ulong
flistxattr: fd, ostruct:xattr_list, ulong
removexattr: path, str
lremovexattr: path, str
fremovexattr: fd, str
tkill: tid, sig
time: ostruct:time
futex: ptr, enum:futex_op, uint, struct:timespec, ptr, hex
sched_setaffinity: pid, uint, struct:cpuset
sched_getaffinity: pid, uint, ostruct:cpuset
set_thread_area: iostruct:user_desc
io_setup: uint, ostruct:aio_context
io_destroy: hex
io_getevents: hex, long, long, ostruct:io_events, struct:timespec
io_submit: hex, long, struct:iocbpp
io_cancel: hex, struct:iocb, ostruct:io_event
get_thread_area: iostruct:user_desc
lookup_dcookie: ulong, outbuf:ret, ulong
epoll_create: int -> fd
epoll_ctl_old: hex, hex, hex, hex
epoll_wait_old: hex, hex, hex, hex
remap_file_pages: ptr, ulong, flags64:mmap_prot, ulong, flags:mmap_flags
getdents64: fd, ostruct:dirents64, uint
set_tid_address: ptr
restart_syscall:
semtimedop: int, struct:sembuf, uint, struct:timespec
fadvise64: fd, long, ulong, enum:fadvice
timer_create: enum:clockid, struct:sigevent, ostruct:int
timer_settime: int, flags:timer, struct:itimerspec, ostruct:itimerspec
timer_gettime: int, ostruct:itimerspec
timer_getoverrun: int
timer_delete: int
clock_settime: enum:clockid, struct:timespec
clock_gettime: enum:clockid, ostruct:timespec
clock_getres: enum:clockid, ostruct:timespec
clock_nanosleep: enum:clockid, flags:timer, struct:timespec, ostruct:timespec_rem
exit_group: int -> none
epoll_wait: fd, ostruct:epoll_events, int, int
epoll_ctl: fd, enum:epoll_ctl_op, fd, struct:epoll_event
tgkill: pid, tid, sig
utimes: path, struct:timeval2
vserver: hex, hex, hex, hex, hex
mbind: ptr, ulong, value:mpol_mode_arg, struct:nodemask_4, ulong, flags:mpol_mf
set_mempolicy: value:mpol_mode32_arg, struct:nodemask_2, ulong
get_mempolicy: ostruct:mpol_mode_cell, ovalue:nodemask_out_2, ulong, ptr, flags64:mpol_f
mq_open: path, flags:open, oct, struct:mq_attr -> fd
mq_unlink: path
mq_timedsend: fd, inbuf:2, ulong, uint, struct:timespec
mq_timedreceive: fd, outbuf:ret, ulong, ostruct:uint, struct:timespec
mq_notify: fd, struct:sigevent
mq_getsetattr: fd, struct:mq_attr, ostruct:mq_attr
kexec_load: ptr, ulong, struct:kexec_segments, flags64:kexec_load
waitid: enum:idtype, value:waitid_id, ostruct:siginfo, flags:wait, ostruct:rusage
add_key: str, str, inbuf:3, ulong, value:key_serial
request_key: str, str, str, value:key_serial
keyctl: enum:keyctl_cmd, hex, hex, hex, hex
ioprio_set: enum:ioprio_who, value:ioprio_who, enum:ioprio_value
ioprio_get: enum:ioprio_who, value:ioprio_who
inotify_init:  -> fd
inotify_add_watch: fd, path, flags:inotify_mask
inotify_rm_watch: fd, int
migrate_pages: pid, ulong, struct:nodemask_1, struct:nodemask_1
openat: dirfd, path, flags:open, oct -> fd
mkdirat: dirfd, path, oct
mknodat: dirfd, path, flags:mknod_mode, hex
fchownat: dirfd, path, uid, uid, flags:at
futimesat: dirfd, path, struct:timeval2
newfstatat: dirfd, path, ostruct:stat, flags:at
unlinkat: dirfd, path, flags:at
renameat: dirfd, path, dirfd, path
linkat: dirfd, path, dirfd, path, flags:at
symlinkat: path, dirfd, path
readlinkat: dirfd, path, outbuf:ret, ulong
fchmodat: dirfd, path, oct
faccessat: dirfd, path, flags:access
pselect6: int, iostruct:fdset, iostruct:fdset, iostruct:fdset, struct:timespec, struct:pselect6_data
ppoll: iostruct:pollfd, uint, struct:timespec, struct:sigset, ulong
unshare: flags64:unshare
set_robust_list: ptr, ulong
get_robust_list: tid, ostruct:addr, ostruct:ulong
splice: fd, iostruct:loff, fd, iostruct:loff, ulong, flags:splice
tee: fd, fd, ulong, flags:splice
sync_file_range: fd, long, long, flags:sync_file_range
vmsplice: fd, struct:iovec, ulong, flags:splice
move_pages: pid, ulong, struct:page_ptrs, struct:node_ints, ovalue:page_status, flags:move_pages_flags
utimensat: dirfd, path, struct:timespec2, flags:at
epoll_pwait: fd, ostruct:epoll_events, int, int, ostruct:sigset, ulong
signalfd: fd, struct:sigset, ulong -> fd
timerfd_create: enum:clockid, flags:timerfd -> fd
eventfd: uint -> fd
fallocate: fd, flags:falloc, long, long
timerfd_settime: fd, flags:timerfd, struct:itimerspec, ostruct:itimerspec
timerfd_gettime: fd, ostruct:itimerspec
accept4: fd, ostruct:sockaddr, iostruct:socklen, flags:socket_flags -> fd
signalfd4: fd, struct:sigset, ulong, flags:sfd -> fd
eventfd2: uint, flags:efd -> fd
epoll_create1: flags:epoll_create -> fd
dup3: fd, fd, flags:open_mode -> fd
pipe2: ostruct:fds2, flags:open_mode
inotify_init1: flags:inotify_init -> fd
preadv: fd, ostruct:iovec, ulong, long
pwritev: fd, struct:iovec, ulong, long
rt_tgsigqueueinfo: pid, tid, sig, struct:siginfo
perf_event_open: struct:perf_event_attr, int, int, fd, flags64:perf_event_open -> fd
recvmmsg: fd, ostruct:mmsghdr, uint, flags:msg, iostruct:mmsg_timeout
fanotify_init: value:fanotify_init_flags, flags:open -> fd
fanotify_mark: fd, flags:fanotify_mark, flags64:fanotify_events, value:fanotify_dirfd, path
prlimit64: pid, enum:rlimit_resource, struct:rlimit, ostruct:rlimit
name_to_handle_at: dirfd, path, iostruct:file_handle, ostruct:int, flags:at
open_by_handle_at: fd, struct:file_handle, flags:open -> fd
clock_adjtime: enum:clockid, ostruct:timex
syncfs: fd
sendmmsg: fd, ostruct:mmsghdr, uint, flags:msg
setns: fd, enum:setns_type
getcpu: ostruct:uint, ostruct:uint, ptr
process_vm_readv: pid, ostruct:iovec, ulong, struct:iovec, ulong, ulong
process_vm_writev: pid, struct:iovec, ulong, struct:iovec, ulong, ulong
kcmp: pid, pid, enum:kcmp_type, hex, hex
finit_module: fd, str, flags:module_init
sched_setattr: pid, struct:sched_attr_in, uint
sched_getattr: pid, ostruct:sched_attr_out, uint, uint
renameat2: dirfd, path, dirfd, path, flags:rename
seccomp: enum:seccomp_op, flags:seccomp, ptr
getrandom: outbuf:ret, ulong, flags:getrandom
memfd_create: struct:memfd_name, flags:memfd -> fd
kexec_file_load: fd, fd, ulong, inbuf:2, flags64:kexec_file_load
bpf: enum:bpf_cmd, iostruct:bpf_attr, uint
execveat: dirfd, path, argv, envp, flags:at
userfaultfd: flags:userfaultfd -> fd
membarrier: enum:membarrier_cmd, flags:membarrier, int
mlock2: ptr, ulong, flags:mlock2
copy_file_range: fd, iostruct:loff, fd, iostruct:loff, ulong, uint
preadv2: fd, ostruct:iovec, ulong, long, skip, flags:rwf
pwritev2: fd, struct:iovec, ulong, long, skip, flags:rwf
pkey_mprotect: ptr, ulong, flags64:mmap_prot, int
pkey_alloc: hex, flags64:pkey_access
pkey_free: int
statx: dirfd, path, flags:at_statx, flags:statx_mask, ostruct:statx
io_pgetevents: hex, long, long, ostruct:io_events, struct:timespec, struct:pselect6_data
rseq: ptr, hex, flags:rseq, hex
pidfd_send_signal: fd, sig, struct:siginfo, value:u32_hex
io_uring_setup: uint, iostruct:io_uring_params -> fd
io_uring_enter: fd, uint, uint, flags:io_uring_enter, struct:sigset, ulong
io_uring_register: fd, enum:uring_register_opcode, ptr, uint
open_tree: dirfd, path, flags:open_tree -> fd
move_mount: dirfd, path, dirfd, path, flags:move_mount
fsopen: str, flags:fsopen -> fd
fsconfig: fd, enum:fsconfig_cmd, str, ptr, int
fsmount: fd, flags:fsmount, flags:fsmount_attr -> fd
fspick: dirfd, path, flags:fspick -> fd
pidfd_open: pid, flags:pidfd_open -> fd
clone3: iostruct:clone_args, ulong -> tid
close_range: uint, uint, flags:close_range
openat2: dirfd, path, struct:open_how, ulong -> fd
pidfd_getfd: fd, value:pidfd_target_fd, value:u32_hex -> fd
faccessat2: dirfd, path, flags:access, flags:faccessat
process_madvise: fd, struct:iovec, ulong, enum:madv, value:u32_hex
epoll_pwait2: fd, ostruct:epoll_events, int, ostruct:timespec, ostruct:sigset, ulong
mount_setattr: dirfd, path, flags:mount_setattr, struct:mount_attr, ulong
quotactl_fd: fd, enum:quotactl_cmd, int, ptr
landlock_create_ruleset: struct:landlock_ruleset_attr, ulong, flags:landlock_create -> fd
landlock_add_rule: fd, enum:landlock_rule_type, struct:landlock_rule_attr, hex
landlock_restrict_self: fd, value:u32_hex
memfd_secret: value:memfd_secret_flags -> fd
process_mrelease: fd, value:u32_hex
futex_waitv: struct:futex_waitv, uint, value:u32_hex, struct:timespec, enum:clockid
set_mempolicy_home_node: ptr, ulong, ulong, hex
`;
