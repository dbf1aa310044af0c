// ptail and output that never was in the writer's memory, or not all at once (issue 19):
// sendfile, splice, copy_file_range and sendmmsg; a write in progress when ptail attaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, tempDir, waitFor } from './helpers/fixtures.mjs';
import { PTAIL, startPtail, tracerPid } from './helpers/ptail.mjs';

const skip = haveCompiler() && existsSync(PTAIL) ? false : 'needs cc and a built ptail';

test('ptail: bytes sent by sendfile (position and offset), splice and tee from a pipe, copy_file_range, sendmmsg, vmsplice', { skip }, async () => {
  const dir = tempDir('ptail-transfers-');
  const pidFile = join(dir, 'pid');
  const go = join(dir, 'go');
  const src = Buffer.alloc(8192);
  for (let i = 0; i < src.length; i++) src[i] = (i * 31 + (i >> 8)) & 0xff;
  writeFileSync(join(dir, 'src'), src);
  // Its fds 5 (a file) and 6 (a socket) are set up before ptail attaches, for --fd; its
  // stdout is a pipe (for vmsplice and tee; Node's would be a socket).
  const sh = spawn('sh', ['-c', `${fixture('ptail_transfers')} ${join(dir, 'src')} ${join(dir, 'out')} ${pidFile} ${go} | cat >/dev/null`],
    { stdio: 'ignore' });
  let pid = 0;
  try {
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'), { timeout: 10000, what: 'the writer to start' });
    pid = Number(readFileSync(pidFile, 'utf8'));
    const p = startPtail(['-q', '--fd', '5,6', '-p', String(pid)]);
    await waitFor(() => tracerPid(pid) !== 0, { timeout: 15000, what: 'ptail to attach' });
    writeFileSync(go, '');
    const r = await p.done;
    assert.equal(r.code, 0, r.stderr.toString());
    assert.equal(r.stderr.toString(), '');
    const expected = Buffer.concat([
      src.subarray(0, 1000), src.subarray(3000, 3500), Buffer.from('piped bytes\n'), src.subarray(5000, 5700),
      Buffer.from('first message\nsecond\n'), Buffer.from('gifted\nteed\n'),
    ]);
    assert.ok(r.stdout.equals(expected), `got ${r.stdout.length} bytes, ending ${JSON.stringify(r.stdout.subarray(-40).toString('latin1'))}`);
    assert.ok(readFileSync(join(dir, 'out')).equals(src.subarray(5000, 5700)), 'copy_file_range wrote its file');
  } finally {
    if (pid !== 0) try { process.kill(pid, 'SIGKILL'); } catch { /* ended */ }
    sh.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

/** What ptail_blocked writes for its `n`-th SIZE argument. */
function pattern(size, n) {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = 0x61 + ((i + 7 * n) % 26);
  b[size - 1] = 0x0a;
  return b;
}

/**
 * ptail_blocked SIZES with its stdout a pipe read only once ptail is attached to it while
 * its write `n` blocks. Resolves ptail's result and what the reader received.
 */
async function attachWhileBlocked(sizes) {
  const dir = tempDir('ptail-blocked-');
  const pidFile = join(dir, 'pid');
  const go = join(dir, 'go');
  const received = join(dir, 'received');
  const sh = spawn('sh', ['-c', `${fixture('ptail_blocked')} ${pidFile} ${sizes.join(' ')} | ` +
    `{ until [ -e ${go} ]; do sleep 0.02; done; cat > ${received}; }`], { stdio: 'ignore' });
  const shDone = new Promise((resolve) => sh.on('close', resolve));
  try {
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'), { timeout: 10000, what: 'the writer to start' });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Blocked in write(2) (syscall 1): the pipe is full.
    await waitFor(() => readFileSync(`/proc/${pid}/syscall`, 'utf8').startsWith('1 ') &&
      /^State:\s*S/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')), { timeout: 10000, what: 'the write to block' });
    const p = startPtail(['-q', '-p', String(pid)]);
    await waitFor(() => !existsSync(`/proc/${pid}`) || tracerPid(pid) !== 0, { timeout: 15000, what: 'ptail to attach' });
    writeFileSync(go, '');
    const res = await p.done;
    await shDone;
    return { res, received: readFileSync(received) };
  } finally {
    sh.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

test('ptail -p on a write blocked on a full pipe that had written nothing: shown once, when it is restarted', { skip }, async () => {
  // The first write fills the pipe (64 KiB) before ptail attaches; the second blocks.
  const { res, received } = await attachWhileBlocked([65536, 100]);
  assert.equal(res.code, 0, res.stderr.toString());
  assert.ok(received.equals(Buffer.concat([pattern(65536, 0), pattern(100, 1)])), 'the reader got everything');
  assert.equal(res.stdout.toString('latin1'), pattern(100, 1).toString('latin1'));
});

test('ptail -p on a write blocked half-way: the part written until the attach, then the rest, once', { skip }, async () => {
  // 64 KiB of the write fit in the pipe; the attach makes it return that much, the writer's
  // loop writes the rest.
  const { res, received } = await attachWhileBlocked([100000]);
  assert.equal(res.code, 0, res.stderr.toString());
  const all = pattern(100000, 0);
  assert.ok(received.equals(all), 'the reader got everything');
  assert.equal(res.stdout.length, all.length, res.stderr.toString());
  assert.ok(res.stdout.equals(all), 'the bytes, in order, once');
});
