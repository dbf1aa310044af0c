/**
 * ptail's command line: `-p PID[,PID...]` (repeatable) or a command after the options
 * (`--` optional), plus --fd, --prefix, --no-follow, -q.
 */

export interface PtailOptions {
  readonly pids: readonly number[];
  readonly command: readonly string[];
  readonly extraFds: readonly number[];
  readonly prefix: boolean;
  readonly follow: boolean;
  readonly quiet: boolean;
}

export type PtailParse =
  | { readonly kind: 'run'; readonly options: PtailOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

export const PTAIL_USAGE = `Usage: ptail [OPTIONS] -p PID[,PID...]
       ptail [OPTIONS] [--] COMMAND [ARGS...]
Print what running processes (and their children and threads) write to stdout and
stderr: their stdout to ours, their stderr to ours. Ctrl-C detaches and leaves them running.

  -p, --pid PID[,PID...]  attach to these processes, every thread of each (repeatable)
      --fd N[,N...]       also show what goes to fd N (on our stdout)
      --prefix            start each line with [pid N comm]; lines of processes never mix
      --no-follow         only the given processes (and their threads), not their children
  -q, --quiet             no notes on how processes ended or were left running
  -h, --help              this help
  -V, --version           version
A COMMAND runs with its stdout and stderr on /dev/null; ptail shows what it writes there.
Colour: stderr is red when ours is a terminal, unless NO_COLOR is set.
`;

class BadUsage extends Error {}

function numbers(flag: string, value: string, min: number): number[] {
  return value.split(',').map((v) => {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > 0x7fffffff) throw new BadUsage(`invalid ${flag} argument: '${v}'`);
    return Number(v);
  });
}

export function parsePtailArgs(args: readonly string[]): PtailParse {
  const pids: number[] = [];
  const extraFds: number[] = [];
  let prefix = false;
  let follow = true;
  let quiet = false;
  let i = 0;
  try {
    /** The option's value: glued (`-p123`, `--pid=123`) or the next argument. */
    const valueOf = (flag: string, glued: string | undefined): string => {
      if (glued !== undefined && glued !== '') return glued;
      const next = args[++i];
      if (next === undefined) throw new BadUsage(`option ${flag} needs a value`);
      return next;
    };
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      const eq = a.indexOf('=');
      const [name, glued] = a.startsWith('--')
        ? (eq < 0 ? [a, undefined] : [a.slice(0, eq), a.slice(eq + 1)])
        : [a.slice(0, 2), a.length > 2 ? a.slice(2) : undefined];
      switch (name) {
        case '-p':
        case '--pid':
          pids.push(...numbers('-p', valueOf(name, glued), 1));
          break;
        case '--fd':
          extraFds.push(...numbers('--fd', valueOf(name, glued), 0));
          break;
        case '--prefix':
        case '--no-follow':
        case '-q':
        case '--quiet':
        case '-h':
        case '--help':
        case '-V':
        case '--version':
          if (glued !== undefined) throw new BadUsage(`option ${name} takes no value`);
          if (name === '--prefix') prefix = true;
          else if (name === '--no-follow') follow = false;
          else if (name === '-q' || name === '--quiet') quiet = true;
          else if (name === '-h' || name === '--help') return { kind: 'help' };
          else return { kind: 'version' };
          break;
        default:
          throw new BadUsage(`unknown option '${a}'`);
      }
    }
  } catch (e) {
    if (e instanceof BadUsage) return { kind: 'error', message: e.message };
    throw e;
  }
  const command = args.slice(i);
  if (pids.length > 0 && command.length > 0) return { kind: 'error', message: 'give either -p PID or a command, not both' };
  if (pids.length === 0 && command.length === 0) return { kind: 'error', message: 'nothing to follow: give -p PID or a command' };
  return { kind: 'run', options: { pids: [...new Set(pids)], command, extraFds, prefix, follow, quiet } };
}
