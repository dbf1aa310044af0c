/**
 * When to poll for the next stop before sleeping in wait4.
 *
 * A blocking wait4 lets the tracer's CPU go idle; the tracee's next stop must then wake it,
 * and waking an idle CPU (an IPI, in a VM a hypervisor exit) costs more than the stop
 * itself. A busy tracee stops again within microseconds, so polling with WNOHANG for a
 * short budget catches most stops on a running CPU: on the dd benchmark that is ~25% of
 * the wall time. A tracee that sleeps (read from a terminal, nanosleep) would turn that
 * polling into wasted CPU, so after a run of misses polling stays off for a while.
 */
export class SpinPolicy {
  private misses = 0;
  private skip = 0;

  constructor(
    /** How long one poll may last, in ms. */
    readonly budgetMs = 0.06,
    /** Misses in a row that switch polling off... */
    private readonly maxMisses = 8,
    /** ...for this many waits. */
    private readonly backoff = 64,
  ) {}

  /** Whether to poll before this wait. */
  shouldSpin(): boolean {
    if (this.budgetMs <= 0) return false;
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
}
