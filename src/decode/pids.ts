/**
 * Process ids as strace prints them: the number, then with -Y the command name of a
 * thread or process (`1234<cat>`), and with --pidns-translation, for a tracee in another PID
 * namespace, the same task's number in tstrace's (`2 /* 1234 in strace's PID NS *\/`).
 * Every decoder that prints a pid calls pidText, so the flags hold for all of them.
 */
import { pidInOurNamespace, procPid, type PidKind } from '../sys/pidns.js';
import { readComm } from '../sys/proc.js';
import type { DecodeOptions } from './options.js';

export type { PidKind } from '../sys/pidns.js';

/** `<comm>` as strace prints a command name: octal escapes for bytes it would not print raw, and for `<>\`. */
export function commText(comm: string): string {
  // Octal escapes as short as they can be, three digits when a digit follows.
  return '<' + comm.replace(/[\x00-\x1f\x7f-\xff<>\\](?=(\d?))/g, (ch, next: string) =>
    '\\' + ch.charCodeAt(0).toString(8).padStart(next === '' ? 1 : 3, '0')) + '>';
}

/** What follows a pid `value` of kind `kind` that task `tid` gave or got, per -Y and --pidns-translation. */
function pidSuffix(tid: number, value: number, kind: PidKind, opts: DecodeOptions): string {
  const comm = opts.pidComm === true && (kind === 'tid' || kind === 'tgid');
  if (!comm && opts.pidns !== true) return '';
  const ours = pidInOurNamespace(tid, value, kind);
  if (ours === 0) return '';
  let s = '';
  if (comm) {
    const name = readComm(procPid(ours));
    if (name !== '') s = commText(name);
  }
  if (opts.pidns === true && ours !== value) s += ` /* ${ours} in strace's PID NS */`;
  return s;
}

/** A pid (signed 32-bit `value`) of kind `kind`, as task `tid` named it. */
export function pidText(tid: number, value: number, kind: PidKind, opts: DecodeOptions): string {
  value |= 0;
  if (opts.pidns !== true && opts.pidComm !== true) return String(value);
  return String(value) + pidSuffix(tid, value, kind, opts);
}

/**
 * kill's and wait4's first argument, fcntl's F_SETOWN: a process when positive, the process
 * group -N when below -1 (0 and -1 say "mine" and "all").
 */
export function pidOrGroupText(tid: number, value: number, opts: DecodeOptions): string {
  value |= 0;
  if (opts.pidns !== true && opts.pidComm !== true) return String(value);
  if (value > 0) return String(value) + pidSuffix(tid, value, 'tgid', opts);
  if (value < -1) return String(value) + pidSuffix(tid, -value, 'pgid', opts);
  return String(value);
}
