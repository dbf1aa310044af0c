/**
 * Which of a process's fds still lead to its original stdout or stderr. The kernel does not
 * say, so we replay what changes an fd table: dup*, fcntl(F_DUPFD*), close, exec. Only fds
 * with a role are stored; an fd missing from the table is one we ignore.
 *
 * One table per process: threads share it (CLONE_FILES), a forked child gets a copy.
 */

/** Where bytes written to the fd go in ptail's own output. */
export type Stream = 'stdout' | 'stderr';

interface Role {
  readonly stream: Stream;
  /** Closed by the next successful exec (O_CLOEXEC / FD_CLOEXEC). */
  readonly cloexec: boolean;
}

// Four possible roles: shared constants, so that tracking allocates nothing.
const ROLES: Readonly<Record<Stream, readonly [Role, Role]>> = {
  stdout: [{ stream: 'stdout', cloexec: false }, { stream: 'stdout', cloexec: true }],
  stderr: [{ stream: 'stderr', cloexec: false }, { stream: 'stderr', cloexec: true }],
};

function role(stream: Stream, cloexec: boolean): Role {
  return ROLES[stream][cloexec ? 1 : 0];
}

/** Highest fd number close_range is walked up to one by one; beyond, we scan the table. */
const RANGE_WALK_LIMIT = 64;

export class FdTable {
  private readonly roles: Map<number, Role>;

  private constructor(roles: Map<number, Role>) {
    this.roles = roles;
  }

  /** A table where each listed fd has a role; `cloexec(fd)` tells its current flag. */
  static of(entries: ReadonlyArray<readonly [number, Stream]>, cloexec: (fd: number) => boolean = () => false): FdTable {
    const t = new FdTable(new Map());
    for (const [fd, stream] of entries) t.roles.set(fd, role(stream, cloexec(fd)));
    return t;
  }

  /** The copy a forked child starts with. */
  clone(): FdTable {
    return new FdTable(new Map(this.roles));
  }

  streamOf(fd: number): Stream | undefined {
    return this.roles.get(fd)?.stream;
  }

  /** `to` now refers to what `from` refers to (dup, dup2, dup3, F_DUPFD): it takes its role or loses any. */
  duplicate(from: number, to: number, cloexec: boolean): void {
    if (from === to) return; // dup2(fd, fd) changes nothing, not even the flag
    const r = this.roles.get(from);
    if (r === undefined) this.roles.delete(to);
    else this.roles.set(to, role(r.stream, cloexec));
  }

  close(fd: number): void {
    this.roles.delete(fd);
  }

  setCloexec(fd: number, on: boolean): void {
    const r = this.roles.get(fd);
    if (r !== undefined) this.roles.set(fd, role(r.stream, on));
  }

  /** close_range(first, last): drops (or with `cloexecOnly` marks) every fd in the range. */
  closeRange(first: number, last: number, cloexecOnly: boolean): void {
    if (last - first <= RANGE_WALK_LIMIT) {
      for (let fd = first; fd <= last; fd++) (cloexecOnly ? this.setCloexec(fd, true) : this.close(fd));
      return;
    }
    for (const fd of [...this.roles.keys()]) {
      if (fd >= first && fd <= last) (cloexecOnly ? this.setCloexec(fd, true) : this.close(fd));
    }
  }

  /** A successful exec closed the close-on-exec fds. */
  exec(): void {
    for (const [fd, r] of this.roles) if (r.cloexec) this.roles.delete(fd);
  }

  /** For tests and debugging: `fd:stream[+cloexec]` sorted by fd. */
  describe(): string {
    return [...this.roles].sort((a, b) => a[0] - b[0])
      .map(([fd, r]) => `${fd}:${r.stream}${r.cloexec ? '+cloexec' : ''}`).join(' ');
  }
}
