/**
 * --process-tree as text: one line per process under its parent, with box-drawing
 * branches, as `pstree` and strace-process-tree draw it:
 *
 *   4242 make -j2  [exited 0, 1.52 s]
 *   ├── 4243 /bin/sh -c 'cc -c a.c'  [exited 0, 410 ms]
 *   │   └── 4244 cc -c a.c  [exited 0, 402 ms]
 *   └── 4250 ./slow  [killed by SIGTERM, 12 ms]
 */
import type { ProcessEnd, ProcessNode } from '../filter/process-tree.js';

/** A duration for people: `412 ms`, `1.52 s`, `3 min 4 s`. */
export function humanDuration(seconds: number): string {
  if (seconds < 0.001) return `${Math.round(seconds * 1e6)} µs`;
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(2)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** How a process ended, in words: `exited 0`, `killed by SIGTERM (core dumped)`, `detached`, `running`. */
export function endText(end: ProcessEnd): string {
  switch (end.kind) {
    case 'exited':
      return `exited ${end.code}`;
    case 'killed':
      return `killed by ${end.signalName}${end.core ? ' (core dumped)' : ''}`;
    default:
      return end.kind;
  }
}

/** An argument as a shell would need it: bare when plain, else in single quotes. */
function shellWord(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function commandText(argv: readonly string[]): string {
  return argv.length === 0 ? '?' : argv.map(shellWord).join(' ');
}

/** The tree, `now` (epoch seconds) ending the processes still running; '' for no process. */
export function renderProcessTree(roots: readonly ProcessNode[], now: number): string {
  let out = '';
  const line = (n: ProcessNode, lead: string, branch: string): void => {
    const wall = humanDuration(Math.max(0, (n.end ?? now) - n.start));
    out += `${lead}${branch}${n.pid} ${commandText(n.argv)}  [${endText(n.status)}, ${wall}]\n`;
    const next = lead + (branch === '' ? '' : branch === '├── ' ? '│   ' : '    ');
    n.children.forEach((c, i) => line(c, next, i === n.children.length - 1 ? '└── ' : '├── '));
  };
  for (const r of roots) line(r, '', '');
  return out;
}
