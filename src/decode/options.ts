/** Options that change how arguments print (set from -s, -v, -x ... by the CLI). */
export interface DecodeOptions {
  /** -s: how many bytes of a string or buffer to print. */
  readonly strsize: number;
  /** -v: print structures and arrays (execve's environment) in full. */
  readonly verbose: boolean;
  /** -x / -xx: strings in hex (default: C escapes); --strings-in-hex=non-ascii-chars: escapes in hex. */
  readonly strings?: 'escape' | 'hex-chars' | 'hex-nonascii' | 'hex';
  /** -y: fds with the path they refer to (`3</etc/passwd>`); 2 (-yy): socket and device details too. */
  readonly fdPaths?: 0 | 1 | 2;
  /** -X: named constants (abbrev), numbers (raw), or both (verbose). */
  readonly xlat?: 'abbrev' | 'raw' | 'verbose';
  /** --pidns-translation: pids of tracees in other PID namespaces also as tstrace sees them. */
  readonly pidns?: boolean;
  /** -Y: the command name after each pid. */
  readonly pidComm?: boolean;
  /**
   * -e abbrev=SET (syscall numbers): these print abbreviated, the others as with -v; when
   * given, it decides per syscall what `verbose` says for all.
   */
  readonly abbrevSyscalls?: ReadonlySet<number> | null;
  /** -e verbose=SET: only these syscalls' structures are decoded, the others' print as addresses (all if absent). */
  readonly decodedSyscalls?: ReadonlySet<number> | null;
  /** False for a syscall outside -e verbose=: its structures print as addresses (set per syscall by ArgFormatter). */
  readonly decodeStructs?: boolean;
  /** --arg-names: each argument after its name, `dirfd: AT_FDCWD`. */
  readonly argNames?: boolean;
}
