/** Options that change how arguments print (set from -s, -v, -x ... by the CLI). */
export interface DecodeOptions {
  /** -s: how many bytes of a string or buffer to print. */
  readonly strsize: number;
  /** -v: print structures and arrays (execve's environment) in full. */
  readonly verbose: boolean;
}
