/**
 * Reading what another process's fd holds, without disturbing it: the bytes buffered in a
 * pipe (tee(2) into a pipe of ours copies them and leaves them in place), and a file's
 * bytes at an offset (pread on a fresh open of /proc/PID/fd/N, which shares nothing with
 * the process's own open file, its position least of all).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import koffi from 'koffi';
import { errno } from './libc.js';

const libc = koffi.load('libc.so.6');
const pipe2: (fds: Int32Array, flags: number) => number = libc.func('int pipe2(void *fds, int flags)');
const fcntl3: (fd: number, cmd: number, arg: number) => number = libc.func('int fcntl(int fd, int cmd, int arg)');
const closeRaw: (fd: number) => number = libc.func('int close(int fd)');
const tee: (fdIn: number, fdOut: number, len: number, flags: number) => number =
  libc.func('intptr_t tee(int fd_in, int fd_out, size_t len, unsigned int flags)');

const O_CLOEXEC = 0o2000000;
const O_NONBLOCK = 0o4000;
const F_SETPIPE_SZ = 1031;
const SPLICE_F_NONBLOCK = 2;
const EAGAIN = 11;
/** The most a pipe holds without privileges (/proc/sys/fs/pipe-max-size's default). */
const MAX_PIPE = 1 << 20;

/** What kind of file fd `fd` of `pid` is: a pipe (FIFO), another file with data, or unknown. */
export function fdKind(pid: number, fd: number): 'pipe' | 'file' | 'none' {
  let f = -1;
  try {
    f = openSync(`/proc/${pid}/fd/${fd}`, constants.O_RDONLY | constants.O_NONBLOCK | O_CLOEXEC);
    const st = fstatSync(f);
    return st.isFIFO() ? 'pipe' : st.isFile() || st.isBlockDevice() ? 'file' : 'none';
  } catch {
    return 'none';
  } finally {
    if (f >= 0) closeSync(f);
  }
}

/** Up to `max` bytes at the head of pipe fd `fd` of `pid`, left where they are; null if it cannot be looked at. */
export function peekPipe(pid: number, fd: number, max: number): Buffer | null {
  let src = -1;
  const ours = new Int32Array([-1, -1]);
  try {
    src = openSync(`/proc/${pid}/fd/${fd}`, constants.O_RDONLY | constants.O_NONBLOCK | O_CLOEXEC);
    if (pipe2(ours, O_CLOEXEC | O_NONBLOCK) < 0) return null;
    const want = Math.min(Math.max(max, 0), MAX_PIPE);
    // Ours must hold all that theirs holds: tee copies no more than fits.
    fcntl3(ours[1]!, F_SETPIPE_SZ, Math.max(want, 4096));
    const n = tee(src, ours[1]!, want, SPLICE_F_NONBLOCK);
    if (n < 0) return errno() === EAGAIN ? Buffer.alloc(0) : null; // EAGAIN: the pipe is empty
    if (n === 0) return Buffer.alloc(0);
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const r = readSync(ours[0]!, out, got, n - got, null);
      if (r <= 0) break;
      got += r;
    }
    return out.subarray(0, got);
  } catch {
    return null;
  } finally {
    if (src >= 0) closeSync(src);
    // Node did not open these: its closeSync would warn.
    if (ours[0]! >= 0) closeRaw(ours[0]!);
    if (ours[1]! >= 0) closeRaw(ours[1]!);
  }
}

/** `len` bytes at `offset` of the file fd `fd` of `pid` is open on; null if they cannot all be read. */
export function readFileAt(pid: number, fd: number, offset: number, len: number): Buffer | null {
  let f = -1;
  try {
    f = openSync(`/proc/${pid}/fd/${fd}`, constants.O_RDONLY | O_CLOEXEC);
    const out = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const r = readSync(f, out, got, len - got, offset + got);
      if (r <= 0) return null;
      got += r;
    }
    return out;
  } catch {
    return null;
  } finally {
    if (f >= 0) closeSync(f);
  }
}
