/**
 * Decoders of the kernel subsystems (prctl, bpf, io_uring, keyctl, the mount API, SysV IPC
 * ...), one module each, as strace splits its own; each registers its struct decoders and
 * per-syscall rules when imported here.
 */
import './common.js';
import './arch_prctl.js';
import './prctl.js';
import './ipc.js';
import './landlock.js';
import './quota.js';
import './io_uring.js';
import './numa.js';
import './seccomp.js';
import './keyctl.js';
import './misc.js';
import './fanotify.js';
import './pidfd.js';
import './sched.js';
import './aio.js';
import './mqueue.js';
import './futex-waitv.js';
import './kexec.js';
import './ldt.js';
import './mount.js';
import './ptrace.js';
import './io_uring_register.js';
import './perf.js';
import './bpf.js';
