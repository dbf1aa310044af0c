/**
 * This process becomes the traced command (strace -D: the tracer is a detached grandchild
 * and the process the user started is the one that execs the command). What posix_spawn's
 * attributes do for a spawned command is done here by hand: fds 0-2 and the inherited ones
 * lose close-on-exec, every signal gets its default disposition and none is blocked.
 */
import { errno, libcOnFirstCall, strerror } from './libc.js';

// For -D alone: declared at their first call (see libcOnFirstCall).
const fcntl3: (fd: number, cmd: number, arg: number) => number = libcOnFirstCall('int fcntl(int fd, int cmd, int arg)');
const sigactionRaw: (sig: number, act: Buffer, old: Buffer | null) => number =
  libcOnFirstCall('int sigaction(int sig, const void *act, void *old)');
const sigprocmask: (how: number, set: Buffer, old: Buffer | null) => number =
  libcOnFirstCall('int sigprocmask(int how, const void *set, void *old)');
const execveRaw: (path: string, argv: (string | null)[], envp: (string | null)[]) => number =
  libcOnFirstCall('int execve(const char *path, const char **argv, const char **envp)');
const prctl5: (op: number, a: number, b: number, c: number, d: number) => number =
  libcOnFirstCall('int prctl(int op, long a, long b, long c, long d)');
const closeRaw: (fd: number) => number = libcOnFirstCall('int close(int fd)');
const pipe2Raw: (fds: Int32Array, flags: number) => number = libcOnFirstCall('int pipe2(void *fds, int flags)');

const F_SETFD = 2;
const SIG_SETMASK = 2;
const SIGKILL = 9;
const SIGSTOP = 19;
/** glibc's NSIG - 1 on x86_64 (real-time signals included). */
const LAST_SIGNAL = 64;
const SIGACTION_SIZE = 152;
const PR_SET_PTRACER = 0x59616d61;
const PR_SET_PTRACER_ANY = -1;
const O_CLOEXEC = 0o2000000;

/** A pipe, both ends close-on-exec: [read, write]. */
export function pipe(): [number, number] {
  const fds = new Int32Array(2);
  if (pipe2Raw(fds, O_CLOEXEC) !== 0) throw new Error(`pipe2: ${strerror(errno())}`);
  return [fds[0]!, fds[1]!];
}

/** close(2) without Node's bookkeeping (a Worker closing an fd it did not open warns). */
export function closeFd(fd: number): void {
  closeRaw(fd);
}

/** Lets any process of ours attach to us (Yama's ptrace_scope 1 allows only ancestors otherwise). */
export function allowAnyTracer(): void {
  prctl5(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
}

/**
 * execve(path, argv, env) in place of this process, with `keep` (and 0-2) passed on.
 * Returns only on failure, with the errno.
 */
export function becomeCommand(path: string, argv: readonly string[], env: readonly string[], keep: readonly number[]): number {
  for (const fd of [0, 1, 2, ...keep]) fcntl3(fd, F_SETFD, 0);
  const dfl = Buffer.alloc(SIGACTION_SIZE); // SIG_DFL, no flags, empty mask
  for (let sig = 1; sig <= LAST_SIGNAL; sig++) if (sig !== SIGKILL && sig !== SIGSTOP) sigactionRaw(sig, dfl, null);
  sigprocmask(SIG_SETMASK, Buffer.alloc(128), null);
  execveRaw(path, [...argv, null], [...env, null]);
  return errno();
}
