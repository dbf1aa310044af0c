/**
 * strace's command line, parsed getopt-style: clustered short flags (`-ff`, `-qq`,
 * `-s100`, `-ofile`), long options with `=` or a separate value, and the first non-option
 * (or `--`) starting the command.
 */

export interface CliOptions {
  /** -f count: 1 follow forks, 2 also one output file per task (with -o). */
  followForks: number;
  output: string | null;
  pids: number[];
  quiet: number;
  strsize: number;
  verbose: boolean;
  column: number;
  /** -e trace= names as given, null for all. */
  trace: string[] | null;
  command: string[];
}

export type ParseResult =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

/** A bad command line: the message names what was wrong. */
export class UsageError extends Error {}

interface OptionSpec {
  readonly short?: string;
  readonly long?: readonly string[];
  readonly value: boolean;
  readonly apply: (o: CliOptions, v: string) => ParseResult | void;
}

function integer(flag: string, v: string, min: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > 0x7fffffff) {
    throw new UsageError(`invalid ${flag} argument: '${v}'`);
  }
  return Number(v);
}

function pidList(v: string): number[] {
  // strace accepts "-p 1,2" and "-p '1 2'" (as `pidof` prints).
  return v.split(/[\s,]+/).filter((s) => s !== '').map((s) => {
    if (!/^\d+$/.test(s) || Number(s) <= 0 || Number(s) > 0x3fffffff) throw new UsageError(`Invalid process id: '${s}'`);
    return Number(s);
  });
}

function expression(o: CliOptions, v: string): void {
  const eq = v.indexOf('=');
  const [qualifier, value] = eq < 0 ? ['trace', v] : [v.slice(0, eq), v.slice(eq + 1)];
  if (qualifier !== 'trace' && qualifier !== 't') {
    throw new UsageError(`invalid -e qualifier '${qualifier}' (supported: trace=)`);
  }
  const names = value.split(',').filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`invalid -e expression: '${v}'`);
  if (names.length === 1 && names[0] === 'all') o.trace = null;
  else if (names.length === 1 && names[0] === 'none') o.trace = [];
  else o.trace = [...(o.trace ?? []), ...names];
}

const SPECS: readonly OptionSpec[] = [
  { short: 'f', long: ['follow-forks'], value: false, apply: (o) => void o.followForks++ },
  { long: ['output-separately'], value: false, apply: (o) => void (o.followForks = Math.max(o.followForks, 2)) },
  { short: 'o', long: ['output'], value: true, apply: (o, v) => void (o.output = v) },
  { short: 'p', long: ['attach'], value: true, apply: (o, v) => void o.pids.push(...pidList(v)) },
  { short: 'q', long: ['quiet'], value: false, apply: (o) => void o.quiet++ },
  { short: 's', long: ['string-limit'], value: true, apply: (o, v) => void (o.strsize = integer('-s', v, 0)) },
  { short: 'v', long: ['no-abbrev'], value: false, apply: (o) => void (o.verbose = true) },
  { short: 'a', long: ['columns'], value: true, apply: (o, v) => void (o.column = integer('-a', v, 0)) },
  { short: 'e', value: true, apply: expression },
  { long: ['trace'], value: true, apply: (o, v) => expression(o, `trace=${v}`) },
  { short: 'V', long: ['version'], value: false, apply: () => ({ kind: 'version' }) },
  { short: 'h', long: ['help'], value: false, apply: () => ({ kind: 'help' }) },
];

export function defaults(): CliOptions {
  return { followForks: 0, output: null, pids: [], quiet: 0, strsize: 32, verbose: false, column: 40, trace: null, command: [] };
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const o = defaults();
  try {
    let i = 0;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (a.startsWith('--')) {
        const eq = a.indexOf('=');
        const name = a.slice(2, eq < 0 ? undefined : eq);
        const spec = SPECS.find((s) => s.long?.includes(name));
        if (!spec) throw new UsageError(`unrecognized option '--${name}'`);
        let v = eq < 0 ? '' : a.slice(eq + 1);
        if (spec.value && eq < 0) {
          if (i + 1 >= argv.length) throw new UsageError(`option '--${name}' requires an argument`);
          v = argv[++i]!;
        } else if (!spec.value && eq >= 0) {
          throw new UsageError(`option '--${name}' doesn't allow an argument`);
        }
        const r = spec.apply(o, v);
        if (r) return r;
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const c = a[j]!;
          const spec = SPECS.find((s) => s.short === c);
          if (!spec) throw new UsageError(`invalid option -- '${c}'`);
          let v = '';
          if (spec.value) {
            if (j + 1 < a.length) v = a.slice(j + 1);
            else if (i + 1 < argv.length) v = argv[++i]!;
            else throw new UsageError(`option requires an argument -- '${c}'`);
            j = a.length;
          }
          const r = spec.apply(o, v);
          if (r) return r;
        }
        continue;
      }
      break; // the command starts here
    }
    o.command = argv.slice(i);
    if (o.command.length === 0 && o.pids.length === 0) throw new UsageError('must have PROG [ARGS] or -p PID');
    return { kind: 'run', options: o };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'error', message: e.message };
    throw e;
  }
}

export const USAGE = `Usage: tstrace [-fqv] [-a COLUMN] [-e trace=SYSCALLS] [-o FILE] [-s STRSIZE]
               { -p PID | [--] PROG [ARGS] }

Trace the system calls of PROG, or of the running processes given with -p.

  -f, --follow-forks     trace child processes and threads too
  -ff                    with -o FILE: one file per process, FILE.PID
  -o, --output=FILE      write the trace to FILE instead of stderr
  -p, --attach=PID       attach to PID (repeatable; "1,2" and "1 2" lists too);
                         with -f, to every thread of it
  -e trace=NAME[,NAME]   trace only these syscalls (also: all, none)
  -s, --string-limit=N   print at most N bytes of strings (default 32)
  -v, --no-abbrev        print execve's environment in full
  -a, --columns=N        align return values at column N (default 40)
  -q, -qq                hide attach/detach messages; -qq also exit lines
  -V, --version          print the version
  -h, --help             print this help

Ctrl-C detaches: processes attached with -p keep running.
`;
