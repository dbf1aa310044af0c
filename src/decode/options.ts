/** Options that change how arguments print (set from -s, -v, -x ... by the CLI). */
export interface DecodeOptions {
  /** -s: how many bytes of a string or buffer to print. */
  readonly strsize: number;
  /** -v: print structures and arrays (execve's environment) in full. */
  readonly verbose: boolean;
  /** -x / -xx: strings in hex (default: C escapes). */
  readonly strings?: 'escape' | 'hex-nonascii' | 'hex';
  /** -y: fds with the path they refer to (`3</etc/passwd>`); 2 (-yy): socket and device details too. */
  readonly fdPaths?: 0 | 1 | 2;
  /** -X: named constants (abbrev), numbers (raw), or both (verbose). */
  readonly xlat?: 'abbrev' | 'raw' | 'verbose';
  /** --arg-names: each argument after its name, `dirfd: AT_FDCWD`. */
  readonly argNames?: boolean;
}
