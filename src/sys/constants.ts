/** Linux x86_64 constants used by the engine (from <sys/ptrace.h>, <sys/wait.h>, <signal.h>). */

export const PTRACE_CONT = 7;
export const PTRACE_KILL = 8;
export const PTRACE_DETACH = 17;
export const PTRACE_SYSCALL = 24;
export const PTRACE_SETOPTIONS = 0x4200;
export const PTRACE_GETEVENTMSG = 0x4201;
export const PTRACE_GETSIGINFO = 0x4202;
export const PTRACE_SEIZE = 0x4206;
export const PTRACE_INTERRUPT = 0x4207;
export const PTRACE_LISTEN = 0x4208;
export const PTRACE_GET_SYSCALL_INFO = 0x420e;

export const PTRACE_O_TRACESYSGOOD = 0x01;
export const PTRACE_O_TRACEFORK = 0x02;
export const PTRACE_O_TRACEVFORK = 0x04;
export const PTRACE_O_TRACECLONE = 0x08;
export const PTRACE_O_TRACEEXEC = 0x10;
export const PTRACE_O_TRACEEXIT = 0x40;
export const PTRACE_O_TRACESECCOMP = 0x80;
/** The tracee is SIGKILLed when its tracer (thread) exits: a started command never outlives us. */
export const PTRACE_O_EXITKILL = 0x100000;

export const PTRACE_EVENT_FORK = 1;
export const PTRACE_EVENT_VFORK = 2;
export const PTRACE_EVENT_CLONE = 3;
export const PTRACE_EVENT_EXEC = 4;
export const PTRACE_EVENT_VFORK_DONE = 5;
export const PTRACE_EVENT_EXIT = 6;
export const PTRACE_EVENT_SECCOMP = 7;
export const PTRACE_EVENT_STOP = 128;

export const PTRACE_SYSCALL_INFO_NONE = 0;
export const PTRACE_SYSCALL_INFO_ENTRY = 1;
export const PTRACE_SYSCALL_INFO_EXIT = 2;
export const PTRACE_SYSCALL_INFO_SECCOMP = 3;
/** sizeof(struct ptrace_syscall_info) on x86_64. */
export const SYSCALL_INFO_SIZE = 88;

export const WNOHANG = 1;
export const WUNTRACED = 2;
export const __WALL = 0x40000000;
/** Wait only for this thread's children and tracees (another thread may be tracing others). */
export const __WNOTHREAD = 0x20000000;

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGTRAP = 5;
export const SIGKILL = 9;
export const SIGUSR2 = 12;
export const SIGPIPE = 13;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;
export const SIGTSTP = 20;
export const SIGTTIN = 21;
export const SIGTTOU = 22;

export const EPERM = 1;
export const ESRCH = 3;
export const EINTR = 4;
export const EAGAIN = 11;
export const ECHILD = 10;
export const EFAULT = 14;
export const EPIPE = 32;

export const POSIX_SPAWN_SETPGROUP = 0x02;
export const POSIX_SPAWN_SETSIGDEF = 0x04;
export const POSIX_SPAWN_SETSIGMASK = 0x08;
export const POSIX_SPAWN_SETSID = 0x80;

export const MFD_CLOEXEC = 1;
export const RLIMIT_CORE = 4;

/** Syscall numbers the engine itself must recognise. */
export const SYS_execve = 59;
export const SYS_execveat = 322;
export const SYS_exit = 60;
export const SYS_exit_group = 231;
export const SYS_restart_syscall = 219;
export const SYS_rt_sigreturn = 15;
export const SYS_seccomp = 317;
