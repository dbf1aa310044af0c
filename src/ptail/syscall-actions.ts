/**
 * The few syscalls ptail acts on, as a table by syscall number so that the sink's hot path
 * (every other syscall) is one typed-array load and a compare.
 */
import { syscallNumber } from '../decode/signature.js';

/** What a syscall's exit means to ptail. 0 (Ignore) for everything else. */
export const Action = {
  Ignore: 0,
  /** write, pwrite64, sendto: (fd, buf, ...) -> bytes written. */
  WriteBuf: 1,
  /** writev, pwritev, pwritev2, vmsplice: (fd, iov, iovcnt, ...) -> bytes written. */
  WriteIov: 2,
  /** sendmsg: (fd, msghdr, flags) -> bytes sent. */
  SendMsg: 3,
  /** dup: (old) -> new. */
  Dup: 4,
  /** dup2: (old, new) -> new. */
  Dup2: 5,
  /** dup3: (old, new, flags) -> new. */
  Dup3: 6,
  Fcntl: 7,
  Close: 8,
  CloseRange: 9,
  Exec: 10,
  /** clone: (flags, ...) -> child tid. */
  Clone: 11,
  /** clone3: (struct clone_args *, size) -> child tid; flags are its first u64. */
  Clone3: 12,
  /** fork, vfork -> child pid. */
  Fork: 13,
  /** sendmmsg: (fd, mmsghdr[], vlen, flags) -> messages sent. */
  SendMmsg: 14,
  /** sendfile: (out, in, loff_t *off, count) -> bytes copied from `in`. */
  SendFile: 15,
  /** splice, copy_file_range: (in, loff_t *off_in, out, loff_t *off_out, len, ...) -> bytes. */
  Splice: 16,
  /** tee: (in, out, len, flags) -> bytes duplicated from pipe `in`. */
  Tee: 17,
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const BY_NAME: ReadonlyArray<readonly [string, Action]> = [
  ['write', Action.WriteBuf], ['pwrite64', Action.WriteBuf], ['sendto', Action.WriteBuf],
  ['writev', Action.WriteIov], ['pwritev', Action.WriteIov], ['pwritev2', Action.WriteIov], ['vmsplice', Action.WriteIov],
  ['sendmsg', Action.SendMsg], ['sendmmsg', Action.SendMmsg],
  ['sendfile', Action.SendFile], ['splice', Action.Splice], ['copy_file_range', Action.Splice], ['tee', Action.Tee],
  ['dup', Action.Dup], ['dup2', Action.Dup2], ['dup3', Action.Dup3], ['fcntl', Action.Fcntl],
  ['close', Action.Close], ['close_range', Action.CloseRange],
  ['execve', Action.Exec], ['execveat', Action.Exec],
  ['clone', Action.Clone], ['clone3', Action.Clone3], ['fork', Action.Fork], ['vfork', Action.Fork],
];

function buildTable(): Uint8Array {
  const nrs = BY_NAME.map(([name]) => syscallNumber(name));
  const table = new Uint8Array(Math.max(...nrs) + 1);
  BY_NAME.forEach(([name, action], i) => {
    if (nrs[i]! < 0) throw new Error(`ptail: unknown syscall ${name}`);
    table[nrs[i]!] = action;
  });
  return table;
}

/** Whether the action copies bytes from another fd, which may have to be looked at on entry. */
export function isTransfer(action: Action): boolean {
  return action === Action.SendFile || action === Action.Splice || action === Action.Tee;
}

/** Action by syscall number; numbers past the end are Action.Ignore. */
export const ACTIONS: Uint8Array = buildTable();

// Constants of <fcntl.h>, <sched.h> and <linux/close_range.h> the exits are read with.
export const O_CLOEXEC = 0o2000000;
export const F_DUPFD = 0;
export const F_SETFD = 2;
export const F_DUPFD_CLOEXEC = 1030;
export const FD_CLOEXEC = 1;
export const CLONE_THREAD = 0x10000;
export const CLOSE_RANGE_CLOEXEC = 1 << 2;
