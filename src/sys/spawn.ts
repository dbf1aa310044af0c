/**
 * Starting a command as a tracee without forking Node: posix_spawn a tiny exec stub (held
 * in a memfd, so nothing is written to disk and noexec mounts do not matter) that clones
 * the command's process (a child of ours that never shared Node's memory), which stops
 * itself before exec'ing the real program. See x86_64/exec-stub.ts.
 */
import { fstatSync, writeSync } from 'node:fs';
import {
  errno, kill, memfdCreate, posixSpawn, ptraceInt, ptraceRaw, sigemptyset, sigfillset, spawnAttrDestroy, spawnAttrInit,
  spawnAttrSetFlags, spawnAttrSetSigDefault, spawnAttrSetSigMask, spawnFileActionsAddDup2,
  spawnFileActionsDestroy, spawnFileActionsInit, strerror, wait4,
} from './libc.js';
import {
  EINTR, MFD_CLOEXEC, POSIX_SPAWN_SETPGROUP, POSIX_SPAWN_SETSID, POSIX_SPAWN_SETSIGDEF, POSIX_SPAWN_SETSIGMASK, PTRACE_SEIZE,
  SIGKILL, SIGSTOP, WNOHANG, WUNTRACED, __WNOTHREAD,
} from './constants.js';
import { PTRACE_PEEKDATA } from './ptrace-toolbox.js';
import { TraceeMemory } from './memory.js';
import { execStubImage, STUB_PID_ADDR } from './x86_64/exec-stub.js';

let stubFd = -1;

function stubPath(): string {
  if (stubFd < 0) {
    const fd = memfdCreate('tstrace-exec-stub', MFD_CLOEXEC);
    if (fd < 0) throw new Error(`memfd_create: ${strerror(errno())}`);
    writeSync(fd, execStubImage());
    stubFd = fd;
  }
  // The spawned child resolves this path in its own /proc/self, where the fd was inherited;
  // close-on-exec then drops it from the stub's image.
  return `/proc/self/fd/${stubFd}`;
}

/**
 * Starts `argv` (program at the resolved `path`) in a new child process of this thread,
 * which stops itself by SIGSTOP just before its execve (wait for that stop, then seize it).
 * stdin/stdout/stderr (or the fds `stdio` names for them), the fds in `inherit` and `env`
 * are passed on; signal dispositions and mask are reset to the defaults (Node ignores
 * SIGPIPE and would otherwise hand that on). `idle` is work to do while the stub starts
 * (one step per call, false once done).
 */
export function spawnStopped(
  path: string,
  argv: readonly string[],
  env: readonly string[],
  stdio: readonly [number, number, number] = [0, 1, 2],
  inherit: readonly number[] = [],
  idle?: () => boolean,
): number {
  const fa = Buffer.alloc(80);
  const attr = Buffer.alloc(336);
  const all = Buffer.alloc(128);
  const none = Buffer.alloc(128);
  spawnFileActionsInit(fa);
  spawnAttrInit(attr);
  try {
    // Node marks fds 0-2 close-on-exec; dup2(fd, fd) in the child clears that flag.
    // A closed one is left closed (dup2 of a closed fd would fail the whole spawn).
    for (let fd = 0; fd <= 2; fd++) {
      const from = stdio[fd]!;
      // Node puts /dev/null (read-write) where we were started with 0-2 closed; it cannot be
      // told from a /dev/null our parent gave us (child_process's 'ignore' opens it the same
      // way), so it is passed on: a command losing a real stdout would be worse.
      if (from !== fd || isOpen(fd)) spawnFileActionsAddDup2(fa, from, fd);
    }
    // The other fds we inherited, passed on the same way (see inherited-fds.ts).
    for (const fd of inherit) if (fd > 2 && isOpen(fd)) spawnFileActionsAddDup2(fa, fd, fd);
    sigfillset(all);
    sigemptyset(none);
    spawnAttrSetSigDefault(attr, all);
    spawnAttrSetSigMask(attr, none);
    spawnAttrSetFlags(attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    const pid = new Int32Array(1);
    const rc = posixSpawn(pid, stubPath(), fa, attr, ['tstrace-exec-stub', path, ...argv, null], [...env, null]);
    if (rc !== 0) throw new Error(`posix_spawn: ${strerror(rc)}`);
    return commandOf(pid[0]!, idle);
  } finally {
    spawnFileActionsDestroy(fa);
    spawnAttrDestroy(attr);
  }
}

/**
 * The pid the stub cloned: it stops itself once it has stored it, and is then of no more
 * use (killed and reaped here, so no one else ever sees it).
 */
function commandOf(stub: number, idle: (() => boolean) | undefined): number {
  const status = new Int32Array(1);
  let r = 0;
  // The stub takes a while to start and clone the command's process: time for the caller's
  // idle work, between polls.
  if (idle !== undefined) {
    do r = wait4(stub, status, WUNTRACED | WNOHANG | __WNOTHREAD, null); while (r === 0 && idle());
  }
  if (r <= 0) do r = wait4(stub, status, WUNTRACED | __WNOTHREAD, null); while (r < 0 && errno() === EINTR);
  const st = status[0]!;
  const stopped = r === stub && (st & 0xff) === 0x7f && ((st >> 8) & 0xff) === SIGSTOP;
  let pid = 0;
  if (stopped) {
    pid = storedPid(stub);
    kill(stub, SIGKILL);
    // Seized, it may report its trap stop before its death: wait for the death.
    do r = wait4(stub, status, __WNOTHREAD, null); while ((r < 0 && errno() === EINTR) || (r === stub && (status[0]! & 0xff) === 0x7f));
  }
  if (pid <= 0) throw new Error(`exec stub: could not start the command (wait status 0x${st.toString(16)})`);
  return pid;
}

/**
 * The pid the stopped stub stored. Seized, a stopped process is in a ptrace-stop as soon as
 * PTRACE_SEIZE returns, so PTRACE_PEEKDATA reads it by the pid we know, with no /proc path:
 * a /proc path needs the pid as /proc's namespace numbers it, and that lookup reads
 * /proc/self/status (~0.7 ms inside a start, part of it Node's first file reads; nothing
 * else in a plain trace needs it). Not process_vm_readv either: strace's
 * umovestr_cached tests count the tracer's process_vm_readv calls, as strace makes them.
 * /proc/PID/mem where the seize is refused.
 */
function storedPid(stub: number): number {
  if (ptraceInt(PTRACE_SEIZE, stub, 0, 0) === 0) {
    const word = Buffer.alloc(8);
    if (ptraceRaw(PTRACE_PEEKDATA, stub, STUB_PID_ADDR, word) === 0) return word.readInt32LE(0);
  }
  const mem = new TraceeMemory(8);
  return mem.readOnce(stub, STUB_PID_ADDR, 4) === 4 ? mem.scratch.readInt32LE(0) : 0;
}

function isOpen(fd: number): boolean {
  try {
    fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

/** What a detached process is cut off from: nothing more, its process group, or its session. */
export type Detachment = 'grandchild' | 'pgroup' | 'session';

/**
 * Starts `argv` as a detached grandchild (strace -D's tracer): a shell runs it in the
 * background and exits at once, so it is left to the reaper, in a new process group or
 * session if asked. `keep` (fds) are passed on; the caller's stdio too.
 */
export function spawnDetached(argv: readonly string[], env: readonly string[], keep: readonly number[], how: Detachment): void {
  const fa = Buffer.alloc(80);
  const attr = Buffer.alloc(336);
  const all = Buffer.alloc(128);
  const none = Buffer.alloc(128);
  spawnFileActionsInit(fa);
  spawnAttrInit(attr);
  try {
    for (const fd of [0, 1, 2, ...keep]) if (isOpen(fd)) spawnFileActionsAddDup2(fa, fd, fd);
    sigfillset(all);
    sigemptyset(none);
    spawnAttrSetSigDefault(attr, all);
    spawnAttrSetSigMask(attr, none);
    const group = how === 'pgroup' ? POSIX_SPAWN_SETPGROUP : how === 'session' ? POSIX_SPAWN_SETSID : 0;
    spawnAttrSetFlags(attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | group);
    const pid = new Int32Array(1);
    // "$@" & in a non-interactive shell: stdin becomes /dev/null, which a tracer never reads.
    const rc = posixSpawn(pid, '/bin/sh', fa, attr, ['sh', '-c', '"$@" &', 'sh', ...argv, null], [...env, null]);
    if (rc !== 0) throw new Error(`posix_spawn: ${strerror(rc)}`);
    const status = new Int32Array(1);
    let r: number;
    do r = wait4(pid[0]!, status, __WNOTHREAD, null); while (r < 0 && errno() === EINTR);
  } finally {
    spawnFileActionsDestroy(fa);
    spawnAttrDestroy(attr);
  }
}
