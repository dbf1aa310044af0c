/** Process-wide signal plumbing that Node's own API cannot express. */
import { RLIMIT_CORE } from './constants.js';
import { getpid, kill, libcFunctionAddress, setrlimit, sigaction } from './libc.js';

/** sizeof(struct sigaction) in glibc on x86_64: handler, 128-byte mask, flags, restorer. */
const SIGACTION_SIZE = 152;
const SA_FLAGS_OFFSET = 136;

/**
 * Installs a do-nothing handler for `sig` WITHOUT SA_RESTART, so that the signal sent to
 * one thread (tgkill) makes a blocking syscall there (wait4) return EINTR. libuv's own
 * handlers use SA_RESTART, which would restart the wait instead. The handler is libc's
 * getpid: a C function, safe in signal context, that ignores its argument.
 */
export function installWakeHandler(sig: number): void {
  const act = Buffer.alloc(SIGACTION_SIZE);
  act.writeBigUInt64LE(libcFunctionAddress('getpid'), 0);
  act.writeInt32LE(0, SA_FLAGS_OFFSET);
  if (sigaction(sig, act, null) !== 0) throw new Error(`sigaction(${sig}) failed`);
}

/** Sets `sig` to SIG_IGN for the whole process (libuv installs nothing for it unless asked). */
export function ignoreSignal(sig: number): void {
  const act = Buffer.alloc(SIGACTION_SIZE);
  act.writeBigUInt64LE(1n, 0); // SIG_IGN
  sigaction(sig, act, null);
}

/**
 * Ends this process by `sig`, as strace does when the traced command was killed by it, so
 * that shells see the same status. No core file is written for us.
 */
export function dieBySignal(sig: number): never {
  setrlimit(RLIMIT_CORE, Buffer.alloc(16));
  const dfl = Buffer.alloc(SIGACTION_SIZE); // SIG_DFL is handler 0
  sigaction(sig, dfl, null);
  kill(getpid(), sig);
  // Still here: the signal is not fatal by default (SIGCHLD & co.); exit like a shell would.
  process.exit(128 + sig);
}
