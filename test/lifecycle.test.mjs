// tstrace as a process, as strace is one: the command it started never outlives it (the
// trace's reader going away kills both by SIGPIPE), a command that cannot be executed is
// reported in strace's words, a trace that cannot be written does not stop the tracing,
// the trace keeps its order with the command's own output, and the command lives in a
// process of its own (its maxrss is its own, its parent is tstrace).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, procState, run, tempDir, tstrace, TSTRACE, waitFor } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const node = process.execPath;

/** A pid written by the command into `file`, once it is there. */
async function pidIn(file) {
  return waitFor(() => {
    try {
      const n = Number(readFileSync(file, 'utf8').trim());
      return n > 0 ? n : null;
    } catch {
      return null;
    }
  }, { timeout: 60000, what: `a pid in ${file}` });
}

const dead = (pid) => {
  const st = procState(pid);
  return st === null || st === 'Z' || st === 'X';
};

test('the reader of the trace goes away: tstrace dies of SIGPIPE and so does the command it started', async () => {
  const dir = tempDir();
  const pidFile = join(dir, 'pid');
  const r = await run('bash', ['-c',
    `"${node}" "${TSTRACE}" sh -c 'echo $$ > ${pidFile}; exec yes' 2>&1 >/dev/null | head -n 100; echo "status=\${PIPESTATUS[0]}"`]);
  assert.match(r.stdout, /status=141$/m, r.stdout + r.stderr);
  assert.equal(r.stdout.trim().split("\n").length, 101);
  const pid = await pidIn(pidFile);
  await waitFor(() => dead(pid), { timeout: 10000, what: `the command (pid ${pid}) to die with tstrace` });
});

test('ptail: the reader goes away, the command it started goes with it', async () => {
  const dir = tempDir();
  const pidFile = join(dir, 'pid');
  const ptail = join(TSTRACE, '..', 'ptail.js');
  const r = await run('bash', ['-c',
    `"${node}" "${ptail}" -- sh -c 'echo $$ > ${pidFile}; while :; do echo x; done' | head -2; echo "status=\${PIPESTATUS[0]}"`]);
  assert.match(r.stdout, /status=141$/m, r.stdout + r.stderr);
  const pid = await pidIn(pidFile);
  await waitFor(() => dead(pid), { timeout: 10000, what: `the command (pid ${pid}) to die with ptail` });
});

test('tstrace killed outright (SIGKILL): the command it started dies too (PTRACE_O_EXITKILL)', async () => {
  const dir = tempDir();
  const pidFile = join(dir, 'pid');
  const child = spawn(node, [TSTRACE, '-o', '/dev/null', 'sh', '-c', `echo $$ > ${pidFile}; exec sleep 1000`], { stdio: 'ignore' });
  // Whatever fails below, nothing is left running.
  after(() => child.kill('SIGKILL'));
  const pid = await pidIn(pidFile);
  after(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  });
  await waitFor(() => {
    try {
      return /^TracerPid:\s*[1-9]/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')) &&
        readFileSync(`/proc/${pid}/cmdline`, 'latin1').startsWith('sleep');
    } catch {
      return false;
    }
  }, { timeout: 60000, what: 'sleep to run traced' });
  child.kill('SIGKILL');
  await waitFor(() => dead(pid), { timeout: 10000, what: `the command (pid ${pid}) to die with tstrace` });
});

test('a command that cannot be executed: its execve, "tstrace: exec: <why>", exit 1, as strace', async () => {
  const dir = tempDir();
  const notExecutable = join(dir, 'script');
  writeFileSync(notExecutable, 'echo hello\n');
  chmodSync(notExecutable, 0o644);
  const garbage = join(dir, 'garbage');
  writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 0x7f, 0x45]));
  chmodSync(garbage, 0o755);
  for (const [path, errno, why] of [[notExecutable, 'EACCES', 'Permission denied'], [garbage, 'ENOEXEC', 'Exec format error']]) {
    const r = await tstrace([path]);
    assert.equal(r.code, 1, r.stderr);
    const l = r.stderr.trimEnd().split('\n');
    assert.equal(l.length, 3, r.stderr);
    assert.match(l[0], new RegExp(`^execve\\("${path}", \\["${path}"\\], 0x[0-9a-f]+ /\\* \\d+ vars \\*/\\) = -1 ${errno} \\(${why}\\)$`));
    assert.equal(l[1], `tstrace: exec: ${why}`);
    assert.equal(l[2], '+++ exited with 1 +++');
  }
});

test('-o /dev/full: one line saying so, the command traced to its end, its exit status', async () => {
  // Enough trace to fill the output buffer several times before the command looks at itself.
  const script = 'i=0; while [ $i -lt 1000 ]; do echo x > /dev/null; i=$((i+1)); done; ' +
    'while read -r k v; do [ "$k" = TracerPid: ] && echo "tracer=$v"; done < /proc/self/status; exit 3';
  const r = await tstrace(['-o', '/dev/full', 'sh', '-c', script], { timeout: 120000 });
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stderr, 'tstrace: /dev/full: No space left on device\n');
  assert.match(r.stdout, /^tracer=[1-9]\d*$/m, 'still traced at its end');
});

test('trace and command output on one pipe: in the order they happened (half-lines, as strace)', async () => {
  const r = await run('sh', ['-c', `"${node}" "${TSTRACE}" -f -e trace=write,execve sh -c 'echo A; /bin/echo B; echo C' 2>&1 | cat`]);
  assert.equal(r.code, 0, r.stderr);
  const l = r.stdout.split('\n');
  const at = (re) => l.findIndex((x) => re.test(x));
  const a = at(/^write\(1, "A\\n", 2A$/);
  assert.ok(at(/^execve\("\/usr\/bin\/sh"|^execve\(".*\/sh"/) === 0, r.stdout);
  assert.ok(a > 0 && /^\) += 2$/.test(l[a + 1]), r.stdout);
  const b = at(/^\[pid +\d+\] write\(1, "B\\n", 2B$/);
  assert.ok(b > a && /^\) += 2$/.test(l[b + 1]), r.stdout);
  assert.ok(at(/^\[pid +\d+\] execve\("\/bin\/echo"/) > a && at(/^\[pid +\d+\] execve\("\/bin\/echo"/) < b, r.stdout);
  const c = at(/^write\(1, "C\\n", 2C$/);
  assert.ok(c > b && /^\) += 2$/.test(l[c + 1]), r.stdout);
});

test('the command\'s getrusage maxrss is its own (not Node\'s), and its parent is tstrace', { skip }, async () => {
  const bin = fixture('maxrss');
  const plain = /maxrss=(\d+)/.exec((await run(bin)).stdout)[1];
  const child = spawn(node, [TSTRACE, '-o', '/dev/null', bin], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  const m = /^maxrss=(\d+) ppid=(\d+)$/m.exec(out);
  assert.ok(m, out);
  // Node's own high-water mark is tens of MB; a small C program's is a few.
  assert.ok(Number(m[1]) < Number(plain) + 8192, `maxrss ${m[1]} KB under tstrace, ${plain} KB without`);
  assert.equal(Number(m[2]), child.pid);
});

test('Ctrl-C on ptail -- cmd: the command dies of it, and ptail does not call it "detached, still running"', async () => {
  const ptail = join(TSTRACE, '..', 'ptail.js');
  const child = spawn(node, [ptail, '--', 'sh', '-c', 'echo ready; exec sleep 100'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  after(() => child.kill('SIGKILL'));
  await waitFor(() => out.includes('ready'), { timeout: 60000, what: 'ptail to show the command\'s output' });
  // Its children are the tracer thread's: look in every thread's list.
  const childrenOf = (pid) => readdirSync(`/proc/${pid}/task`).flatMap((t) => {
    try {
      return readFileSync(`/proc/${pid}/task/${t}/children`, 'latin1').trim().split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  const cmd = await waitFor(() => childrenOf(child.pid)[0], { timeout: 10000, what: 'the command to run' });
  await waitFor(() => readFileSync(`/proc/${cmd}/cmdline`, 'latin1').startsWith('sleep'), { timeout: 10000, what: 'sleep' });
  // Ctrl-C reaches both; ptail acting on it first is the case that matters (it kills the command).
  process.kill(child.pid, 'SIGINT');
  const r = await done;
  assert.equal(r.signal, 'SIGINT', err);
  assert.doesNotMatch(err, /still running/);
  assert.match(err, new RegExp(`^ptail: ${cmd} killed by SIGINT$`, 'm'));
});

test('a /dev/null stdout given the way child_process gives it (read-write) reaches the command open', async () => {
  const probe = 'for fd in 0 1; do if [ -e /proc/self/fd/$fd ]; then echo "$fd open" >&2; else echo "$fd closed" >&2; fi; done';
  const r = await run('sh', ['-c', `"${node}" "${TSTRACE}" -o /dev/null sh -c '${probe}' </dev/null 1<>/dev/null`]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '0 open\n1 open\n');
});
