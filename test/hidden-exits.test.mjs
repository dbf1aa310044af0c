// A syscall the filters hide is not read at its exit (TraceSink.wantsExit): without the
// seccomp filter every syscall still stops twice, but the exit stop of a hidden one costs
// one ptrace call (the resume), not two. Measured as strace's get_regs test does, by
// tracing the tracer's ptrace calls (with tstrace itself, so no strace is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tstrace, TSTRACE } from './helpers/fixtures.mjs';

/** The ptrace calls an inner tstrace makes tracing `ls /` with `-e trace=SET`. */
async function ptraceCalls(dir, set) {
  const log = join(dir, `outer-${set}.txt`);
  const r = await tstrace(['-qq', '-e', 'signal=none', '-e', 'trace=ptrace', '-o', log, '--',
    process.execPath, TSTRACE, '--no-seccomp-bpf', '-e', `trace=${set}`, '-o', '/dev/null', 'ls', '/']);
  assert.equal(r.code, 0, r.stderr);
  return readFileSync(log, 'utf8').split('\n').filter((l) => /^ptrace\(/.test(l));
}

test('hidden syscalls: one ptrace call fewer at each exit, shown ones keep theirs', async () => {
  const dir = tempDir();
  try {
    const none = await ptraceCalls(dir, 'none');
    const all = await ptraceCalls(dir, 'all');
    const infoReads = (calls) => calls.filter((l) => l.startsWith('ptrace(PTRACE_GET_SYSCALL_INFO')).length;
    const resumes = (calls) => calls.filter((l) => l.startsWith('ptrace(PTRACE_SYSCALL')).length;
    // The same stops either way (each syscall's two, and the event stops)...
    assert.ok(resumes(all) > 40, `stops: ${resumes(all)}`);
    assert.ok(Math.abs(resumes(none) - resumes(all)) <= 2, `${resumes(none)} vs ${resumes(all)} stops`);
    // ...but with everything hidden only the entries are read (and the first execve's exit).
    assert.ok(infoReads(all) >= resumes(all) - 8, `trace=all: ${infoReads(all)} reads for ${resumes(all)} resumes`);
    assert.ok(infoReads(none) <= infoReads(all) / 2 + 2, `trace=none: ${infoReads(none)} reads, trace=all: ${infoReads(all)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
