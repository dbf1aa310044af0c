/**
 * -o '|COMMAND' (or '!COMMAND'): the trace goes to a shell command's stdin, as strace's
 * popen does, and tstrace waits for the command before it exits.
 *
 * The command must not be our child: the tracer thread waits for any child (wait4(-1))
 * and would take its exit status (and libuv would reap tracees). So a short-lived shell
 * starts it in the background and exits at once; the command ends up a child of init.
 * Two FIFOs connect us: the command's stdin, and a "lifeline" its shell holds open for
 * as long as the command runs, whose end of file tells us that it is done.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PipeOutput {
  /** Where the trace is written. */
  readonly fd: number;
  /** Closes the trace's end and waits until the command has exited. */
  finish(): void;
}

const nap = new Int32Array(new SharedArrayBuffer(4));

export function openPipeOutput(command: string): PipeOutput {
  const dir = mkdtempSync(join(tmpdir(), 'tstrace-pipe-'));
  try {
    const data = join(dir, 'data');
    const life = join(dir, 'life');
    const made = spawnSync('mkfifo', ['-m', '600', data, life], { stdio: 'ignore' });
    if (made.status !== 0) throw new Error('mkfifo failed');
    // Opened first, non-blocking, so that the shell's open for writing does not wait.
    const lifeFd = openSync(life, constants.O_RDONLY | constants.O_NONBLOCK);
    // The `; :` keeps the subshell (and its lifeline) alive: as the last command, the inner
    // shell would be exec'd in its place, lifeline closed, and the wait end at once.
    const started = spawnSync('/bin/sh', ['-c', '( exec 4>"$2"; /bin/sh -c "$0" <"$1" 4>&-; : ) &', command, data, life],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    if (started.status !== 0) throw new Error(`cannot start '${command}'`);
    // Returns once the command's shell has opened its stdin, hence after the lifeline.
    const fd = openSync(data, 'w');
    return {
      fd,
      finish: () => {
        closeSync(fd);
        const buf = Buffer.alloc(64);
        for (;;) {
          try {
            if (readSync(lifeFd, buf, 0, buf.length, null) === 0) break;
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') break;
            Atomics.wait(nap, 0, 0, 10);
          }
        }
        closeSync(lifeFd);
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
