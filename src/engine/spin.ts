/**
 * When to poll for the next stop before sleeping in wait4.
 *
 * A blocking wait4 lets the tracer's CPU go idle, and the tracee's next stop must wake it.
 * Where waking an idle CPU is dear (an IPI; in a VM, a hypervisor exit), polling with
 * WNOHANG for a few tens of microseconds catches a busy tracee's next stop on a running
 * CPU: measured here once as 8.8 s -> 6.1 s on the dd benchmark. Where it is cheap, polling
 * only adds work (the next ptrace call then waits for the tracee to leave its CPU): the
 * same machine, another hour, 5.8 s -> 6.5 s. Which one holds depends on the host, so the
 * policy measures: short epochs of each mode, then the faster one for a while, then again.
 * A tracee that sleeps (read from a terminal, nanosleep) turns polling into wasted CPU, so
 * after a run of misses polling also stays off for a while.
 */
import { monotonicMs } from '../sys/clock.js';

/** Waits per measuring epoch (~50 ms of a busy tracee). */
export const EPOCH = 2048;
/** Epochs to keep the chosen mode before measuring both again (~2 s busy). */
export const HOLD = 40;

export class SpinPolicy {
  private misses = 0;
  private skip = 0;
  private spinning = true;
  /** Waits so far in this epoch. */
  private waits = 0;
  private epochStart = 0;
  /** ms per wait of each mode in the current probe; NaN until measured. */
  private probe = { spin: NaN, block: NaN };
  private hold = 0;

  constructor(
    /** How long one poll may last, in ms; 0 never polls. */
    readonly budgetMs = 0.06,
    /** Misses in a row that switch polling off... */
    private readonly maxMisses = 8,
    /** ...for this many waits. */
    private readonly backoff = 64,
    /** The clock epochs are measured with (a parameter for tests). */
    private readonly now: () => number = () => monotonicMs(),
  ) {}

  /** Whether to poll before this wait. Called once per wait. */
  shouldSpin(): boolean {
    if (this.budgetMs <= 0) return false;
    if (this.waits++ === 0) this.epochStart = this.now();
    else if (this.waits >= EPOCH) this.endEpoch();
    if (!this.spinning) return false;
    if (this.skip > 0) {
      this.skip--;
      return false;
    }
    return true;
  }

  hit(): void {
    this.misses = 0;
  }

  miss(): void {
    if (++this.misses >= this.maxMisses) {
      this.misses = 0;
      this.skip = this.backoff;
    }
  }

  private endEpoch(): void {
    const perWait = (this.now() - this.epochStart) / this.waits;
    this.waits = 0; // the next call starts the next epoch
    if (this.hold > 0) {
      if (--this.hold === 0) {
        this.probe = { spin: NaN, block: NaN };
        this.spinning = true;
      }
      return;
    }
    this.probe[this.spinning ? 'spin' : 'block'] = perWait;
    if (Number.isNaN(this.probe.block)) {
      this.spinning = false;
      return;
    }
    this.spinning = this.probe.spin < this.probe.block;
    this.hold = HOLD;
  }
}
