/**
 * Signals for a stop loop that blocks the main thread (engine/inline-host.ts), where no JS
 * handler can run while wait4 sleeps. Every handler here is a C function that does nothing
 * (libc's getpid), installed without SA_RESTART so that the signal makes a blocking wait4
 * fail with EINTR; what the loop needs to know next is read from the kernel, never from
 * memory a handler wrote, so the loop pays nothing per stop.
 */
import { SIGALRM } from './constants.js';
import { libcFunctionAddress, setitimer, sigaction } from './libc.js';

/** glibc's struct sigaction on x86_64: handler, 128-byte mask, flags, restorer. */
const SIGACTION_SIZE = 152;
const SA_FLAGS_OFFSET = 136;
const SA_RESETHAND = 0x80000000;
const ITIMER_REAL = 0;

function action(handler: bigint, flags: number): Buffer {
  const act = Buffer.alloc(SIGACTION_SIZE);
  act.writeBigUInt64LE(handler, 0);
  act.writeUInt32LE(flags >>> 0, SA_FLAGS_OFFSET);
  return act;
}

function setAction(sig: number, act: Buffer, old: Buffer | null): void {
  if (sigaction(sig, act, old) !== 0) throw new Error(`sigaction(${sig}) failed`);
}

/**
 * Watches `signals` (SIGINT & co., asking the tracer to let go). Each one's handler is
 * one-shot (SA_RESETHAND): the kernel puts the disposition back to SIG_DFL as it delivers
 * the signal, and that is how `take` tells which one came. Once taken, a signal is
 * absorbed from then on (a second Ctrl-C must not kill us halfway through detaching).
 */
export class SignalProbe {
  private readonly noop = libcFunctionAddress('getpid');
  private readonly saved = new Map<number, Buffer>();
  private readonly probe = Buffer.alloc(SIGACTION_SIZE);

  constructor(private readonly signals: readonly number[]) {
    const armed = action(this.noop, SA_RESETHAND);
    for (const sig of signals) {
      const old = Buffer.alloc(SIGACTION_SIZE);
      setAction(sig, armed, old);
      this.saved.set(sig, old);
    }
  }

  /** The first watched signal that arrived since the last call, or 0 (a syscall per signal). */
  take(): number {
    for (const sig of this.signals) {
      if (sigaction(sig, null, this.probe) !== 0) continue;
      if (this.probe.readBigUInt64LE(0) !== 0n) continue;
      setAction(sig, action(this.noop, 0), null);
      return sig;
    }
    return 0;
  }

  /** Puts back the dispositions found at construction. */
  restore(): void {
    for (const [sig, old] of this.saved) sigaction(sig, old, null);
  }
}

/**
 * SIGALRM every `ms` through ITIMER_REAL, with a do-nothing handler: a blocking wait4 on
 * the main thread returns EINTR at least that often, so buffered output goes out and a
 * signal that came while the loop was busy (not waiting) is seen within one period.
 */
export class WakeTimer {
  private readonly saved = Buffer.alloc(SIGACTION_SIZE);

  constructor(ms: number) {
    setAction(SIGALRM, action(libcFunctionAddress('getpid'), 0), this.saved);
    const usec = BigInt(ms * 1000);
    const tv = Buffer.alloc(32);
    for (const at of [0, 16]) {
      tv.writeBigInt64LE(usec / 1_000_000n, at);
      tv.writeBigInt64LE(usec % 1_000_000n, at + 8);
    }
    if (setitimer(ITIMER_REAL, tv, null) !== 0) throw new Error('setitimer failed');
  }

  stop(): void {
    setitimer(ITIMER_REAL, Buffer.alloc(32), null);
    sigaction(SIGALRM, this.saved, null);
  }
}
