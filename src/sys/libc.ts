/**
 * The libc boundary: every foreign call tstrace makes is declared here, through koffi.
 * Prototypes are the ones measured in shared/notes/ptrace-from-node.md: fixed-arity
 * ptrace (glibc's is variadic; the x86_64 calling convention makes both the same, and the
 * fixed form is ~30% cheaper), TypedArrays and Buffers passed as `void *` (zero-copy).
 */
import koffi from 'koffi';

const libc = koffi.load('libc.so.6');

type Ptr = Buffer | ArrayBufferView | null;

/**
 * A foreign function declared at its first call. koffi takes ~30 µs to declare one, at every
 * start; the functions only some options, -D or an error path need are declared this way
 * (not those called at every stop, such as the toolbox's ptrace: each call would pay the
 * wrapper).
 */
function onFirstCall<A extends unknown[], R>(declare: () => (...args: A) => R): (...args: A) => R {
  let f: ((...args: A) => R) | undefined;
  return (...args) => (f ??= declare())(...args);
}

/** A libc function by its C prototype, declared at its first call (see onFirstCall). */
export function libcOnFirstCall<A extends unknown[], R>(prototype: string): (...args: A) => R {
  return onFirstCall(() => libc.func(prototype) as (...args: A) => R);
}

/** ptrace(req, pid, addr, data) with `data` a buffer (or NULL). Returns -1 and sets errno on failure. */
export const ptrace: (req: number, pid: number, addr: number, data: Ptr) => number =
  libc.func('long ptrace(int req, int pid, intptr_t addr, void *data)');

/** ptrace(req, pid, addr, data) with `data` an integer (a signal number, an option mask). */
export const ptraceInt: (req: number, pid: number, addr: number, data: number) => number =
  libc.func('ptrace', 'long', ['int', 'int', 'intptr_t', 'intptr_t']);

/** wait4(pid, status, options, rusage); `status` is an Int32Array(1), `rusage` a struct rusage or NULL. */
export const wait4: (pid: number, status: Int32Array, options: number, rusage: Buffer | null) => number =
  libc.func('int wait4(int pid, void *status, int options, void *rusage)');

export const kill: (pid: number, sig: number) => number = libc.func('int kill(int pid, int sig)');
export const tgkill: (tgid: number, tid: number, sig: number) => number =
  libcOnFirstCall('int tgkill(int tgid, int tid, int sig)');
export const gettid: () => number = libc.func('int gettid()');
/** isatty(fd): 1 for a terminal. Here rather than node:tty, whose import loads node:net (start-up time). */
export const isatty: (fd: number) => number = libc.func('int isatty(int fd)');
export const getpid: () => number = libc.func('int getpid()');
/**
 * readlink(path, buf, size): the target's length, its bytes in `buf` (not NUL-terminated),
 * or -1. Node's readlinkSync compiles its fs helpers at the first call, ~0.25 ms of start-up.
 */
export const readlink: (path: string, buf: Buffer, size: number) => number =
  libc.func('intptr_t readlink(const char *path, void *buf, size_t size)');

/** sigaction(sig, act, oldact) with raw `struct sigaction` buffers (see sigactionBuffer). */
export const sigaction: (sig: number, act: Ptr, oldact: Ptr) => number =
  libc.func('int sigaction(int sig, const void *act, void *oldact)');
/** setitimer(which, new, old) with raw `struct itimerval` buffers (4 longs: interval, value). */
export const setitimer: (which: number, value: Ptr, old: Ptr) => number =
  libc.func('int setitimer(int which, const void *value, void *old)');
const dlsym: (handle: null, name: string) => unknown = libc.func('void *dlsym(void *handle, const char *name)');

export const processVmReadv: (pid: number, local: Ptr, liovcnt: number, remote: Ptr, riovcnt: number, flags: number) => number =
  libc.func('intptr_t process_vm_readv(int pid, void *local, unsigned long liovcnt, void *remote, unsigned long riovcnt, unsigned long flags)');

export const processVmWritev: (pid: number, local: Ptr, liovcnt: number, remote: Ptr, riovcnt: number, flags: number) => number =
  libc.func('intptr_t process_vm_writev(int pid, void *local, unsigned long liovcnt, void *remote, unsigned long riovcnt, unsigned long flags)');

export const getxattr: (path: string, name: string, value: Buffer, size: number) => number =
  libcOnFirstCall('intptr_t getxattr(const char *path, const char *name, void *value, size_t size)');

export const socket: (domain: number, type: number, protocol: number) => number =
  libcOnFirstCall('int socket(int domain, int type, int protocol)');
export const send: (fd: number, buf: Buffer, len: number, flags: number) => number =
  libcOnFirstCall('intptr_t send(int fd, const void *buf, size_t len, int flags)');
export const recv: (fd: number, buf: Buffer, len: number, flags: number) => number =
  libcOnFirstCall('intptr_t recv(int fd, void *buf, size_t len, int flags)');

/** ioctl(fd, req, arg) with an integer argument (nsfs's NS_GET_PARENT takes none). */
export const ioctlInt: (fd: number, req: number, arg: number) => number =
  onFirstCall(() => libc.func('ioctl', 'int', ['int', 'unsigned long', 'intptr_t']));

export const memfdCreate: (name: string, flags: number) => number =
  libc.func('int memfd_create(const char *name, unsigned int flags)');

export const setrlimit: (resource: number, rlim: Ptr) => number =
  libcOnFirstCall('int setrlimit(int resource, const void *rlim)');

// posix_spawn and its attribute helpers. The opaque glibc objects live in Buffers of their
// x86_64 sizes (posix_spawn_file_actions_t: 80 bytes, posix_spawnattr_t: 336, sigset_t: 128).
export const posixSpawn: (pid: Int32Array, path: string, fileActions: Ptr, attr: Ptr,
  argv: (string | null)[], envp: (string | null)[]) => number =
  libc.func('int posix_spawn(void *pid, const char *path, void *file_actions, void *attrp, const char **argv, const char **envp)');
export const spawnFileActionsInit: (fa: Ptr) => number = libc.func('int posix_spawn_file_actions_init(void *fa)');
export const spawnFileActionsDestroy: (fa: Ptr) => number = libc.func('int posix_spawn_file_actions_destroy(void *fa)');
export const spawnFileActionsAddDup2: (fa: Ptr, fd: number, newfd: number) => number =
  libc.func('int posix_spawn_file_actions_adddup2(void *fa, int fd, int newfd)');
export const spawnAttrInit: (attr: Ptr) => number = libc.func('int posix_spawnattr_init(void *attr)');
export const spawnAttrDestroy: (attr: Ptr) => number = libc.func('int posix_spawnattr_destroy(void *attr)');
export const spawnAttrSetFlags: (attr: Ptr, flags: number) => number =
  libc.func('int posix_spawnattr_setflags(void *attr, short flags)');
export const spawnAttrSetSigDefault: (attr: Ptr, set: Ptr) => number =
  libc.func('int posix_spawnattr_setsigdefault(void *attr, const void *set)');
export const spawnAttrSetSigMask: (attr: Ptr, set: Ptr) => number =
  libc.func('int posix_spawnattr_setsigmask(void *attr, const void *set)');
export const sigfillset: (set: Ptr) => number = libc.func('int sigfillset(void *set)');
export const sigemptyset: (set: Ptr) => number = libc.func('int sigemptyset(void *set)');

const strerrorRaw: (errnum: number) => string = libcOnFirstCall('const char *strerror(int errnum)');

/** The calling thread's errno, valid right after a failed call. */
export function errno(): number {
  return koffi.errno();
}

export function strerror(errnum: number): string {
  return strerrorRaw(errnum);
}

/** The address of a libc function, for places that need a code pointer (signal handlers). */
export function libcFunctionAddress(name: string): bigint {
  const p = dlsym(null, name);
  if (p === null) throw new Error(`dlsym(${name}) failed`);
  return koffi.address(p);
}

/** Pointer value of a Buffer's storage, stable for the Buffer's life (used in iovecs). */
export function addressOf(buf: Buffer | ArrayBufferView): bigint {
  return koffi.address(buf);
}

/**
 * kcmp(pid1, pid2, KCMP_FILE, fd1, fd2) through syscall(2): 0 when the two fds share one
 * open file description (a dup), -1 with errno on failure (ENOSYS without CONFIG_KCMP).
 */
export const kcmpFile: (pid1: number, pid2: number, fd1: number, fd2: number) => number = (() => {
  const SYS_kcmp = 312;
  const KCMP_FILE = 0;
  const syscall6: (nr: number, a: number, b: number, c: number, d: number, e: number) => number =
    onFirstCall(() => libc.func('syscall', 'long', ['long', 'long', 'long', 'long', 'long', 'long']));
  return (pid1, pid2, fd1, fd2) => syscall6(SYS_kcmp, pid1, pid2, KCMP_FILE, fd1, fd2);
})();

/**
 * ptrace through syscall(2) with `data` a buffer: for PTRACE_PEEK* the kernel stores the
 * word at `data` (glibc's wrapper would return it, ambiguous with -1), so a failure is
 * only ever the -1 return. Used by toolbox/ for PEEK/POKE/GETREGS/SETREGS.
 */
export const ptraceRaw: (req: number, pid: number, addr: bigint | number, data: Ptr) => number = (() => {
  const SYS_ptrace = 101;
  const call: (nr: number, req: number, pid: number, addr: bigint | number, data: Ptr) => number =
    libc.func('syscall', 'long', ['long', 'long', 'long', 'intptr_t', 'void *']);
  return (req, pid, addr, data) => call(SYS_ptrace, req, pid, addr, data);
})();

/** ptrace through syscall(2) with an integer `data` (a word to POKE, a signal to pass). */
export const ptraceRawInt: (req: number, pid: number, addr: bigint | number, data: bigint | number) => number = (() => {
  const SYS_ptrace = 101;
  const call: (nr: number, req: number, pid: number, addr: bigint | number, data: bigint | number) => number =
    libc.func('syscall', 'long', ['long', 'long', 'long', 'intptr_t', 'intptr_t']);
  return (req, pid, addr, data) => call(SYS_ptrace, req, pid, addr, data);
})();
