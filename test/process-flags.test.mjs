// strace's process-handling flags: -I/--interruptible (which signals end the tracer),
// -b execve (let go at execve), and the seccomp filter's privileges (no_new_privs only when
// --seccomp-bpf asks for it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, tstrace, TSTRACE, waitFor } from './helpers/fixtures.mjs';

const node = process.execPath;

/**
 * tstrace `args` on a shell that exits 3 on SIGINT, in a process group of their own; Ctrl-C
 * (SIGINT to the whole group) once the shell is ready. Resolves with how tstrace ended and the trace.
 */
async function ctrlC(args) {
  const dir = tempDir();
  const ready = join(dir, 'ready');
  const out = join(dir, 'trace');
  const child = spawn(node, [TSTRACE, '-o', out, ...args, 'sh', '-c', `trap 'exit 3' INT; : > ${ready}; while :; do sleep 1; done`],
    { stdio: 'ignore', detached: true });
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  await waitFor(() => existsSync(ready), { timeout: 10000, what: 'the shell to set its trap' });
  process.kill(-child.pid, 'SIGINT');
  const r = await done;
  return { ...r, trace: readFileSync(out, 'latin1') };
}

test('-o FILE PROG: Ctrl-C reaches only the command, whose handler is traced to its end (strace\'s -I never)', async () => {
  const r = await ctrlC([]);
  assert.equal(r.code, 3, JSON.stringify(r));
  assert.match(r.trace, /^--- SIGINT \{si_signo=SIGINT, /m);
  assert.match(r.trace, /^exit_group\(3\) += \?$/m);
  assert.match(r.trace, /^\+\+\+ exited with 3 \+\+\+$/m);
});

test('-I2 (--interruptible=waiting): Ctrl-C makes tstrace let go and end by it, the command killed by it', async () => {
  for (const flag of [['-I2'], ['--interruptible=waiting']]) {
    const r = await ctrlC(flag);
    assert.equal(r.signal, 'SIGINT', JSON.stringify(r));
    assert.doesNotMatch(r.trace, /exit_group\(3\)/);
  }
});

test('-I: bad levels are refused in strace\'s words', async () => {
  for (const bad of [['-I', '0', 'true'], ['-I5', 'true'], ['--interruptible=sometimes', 'true']]) {
    const r = await tstrace(bad);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^tstrace: invalid (-I|--interruptible) argument: '(0|5|sometimes)'/);
  }
});

test('-b execve: the command is let go at its first execve after the one tstrace made; exit 0, as strace', async () => {
  const r = await tstrace(['-bexecve', '-enone', 'sh', '-c', 'exec false']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^tstrace: Process \d+ detached\n$/);
  const plain = await tstrace(['-enone', 'sh', '-c', 'exec false']);
  assert.equal(plain.code, 1);
  // What runs after the execve is not traced.
  const t = await tstrace(['--detach-on=execve', '-q', '-enone', 'sh', '-c', 'exec sh -c \'grep TracerPid /proc/self/status\'']);
  assert.match(t.stdout, /^TracerPid:\s+0$/m);
  const s = await tstrace(['--seccomp-bpf', '-f', '-bexecve', '-enone', 'true']);
  assert.match(s.stderr, /^tstrace: --seccomp-bpf is not enabled because it is not compatible with -b$/m);
  assert.equal((await tstrace(['-b', 'open', 'true'])).stderr, "tstrace: Syscall 'open' for -b isn't supported\n");
});

const status = (text, key) => new RegExp(`^${key}:\\s+(\\d+)$`, 'm').exec(text)?.[1];
const SELF = 'while read -r k v; do case $k in NoNewPrivs:|Seccomp:) echo "$k $v";; esac; done < /proc/self/status';

test('the default seccomp filter leaves no_new_privs alone (setuid programs keep working); --seccomp-bpf sets it', async () => {
  const root = process.getuid() === 0;
  const dflt = await tstrace(['-f', '-q', '-o', '/dev/null', '-e', 'trace=execve', 'sh', '-c', SELF]);
  assert.equal(status(dflt.stdout, 'NoNewPrivs'), '0', dflt.stdout);
  if (root) assert.equal(status(dflt.stdout, 'Seccomp'), '2', 'as root, the filter is used by default');
  const asked = await tstrace(['--seccomp-bpf', '-f', '-q', '-o', '/dev/null', '-e', 'trace=execve', 'sh', '-c', SELF]);
  assert.equal(status(asked.stdout, 'NoNewPrivs'), '1', asked.stdout);
  assert.equal(status(asked.stdout, 'Seccomp'), '2', asked.stdout);
});

test('without CAP_SYS_ADMIN the filter is used only when asked for', { skip: process.getuid() === 0 && existsSync('/usr/bin/setpriv') ? false : 'needs root and setpriv' }, async () => {
  const r = await run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=-all',
    node, TSTRACE, '-f', '-q', '-o', '/dev/null', '-e', 'trace=execve', 'sh', '-c', SELF], { cwd: '/' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(status(r.stdout, 'Seccomp'), '0', r.stdout);
  assert.equal(status(r.stdout, 'NoNewPrivs'), '0', r.stdout);
});

/** ppid, pgrp and session of `pid`, from /proc/PID/stat (after the command name). */
function statIds(text) {
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(f[1]), pgrp: Number(f[2]), sid: Number(f[3]) };
}

test('-D, -DD, -DDD: the command is the process we started, traced by a detached grandchild (same group, new group, new session)', async () => {
  const self = statIds(readFileSync('/proc/self/stat', 'latin1'));
  const script = 't=$(sed -n "s/^TracerPid:[[:space:]]*//p" /proc/$$/status); echo "ppid=$PPID tracer=$t"; cat /proc/$t/stat';
  for (const flag of ['-D', '-DD', '--daemonize=session']) {
    const child = spawn(node, [TSTRACE, flag, '-q', '-e', 'trace=none', 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // The tracer holds stdout too: 'close' comes once it is gone as well.
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, err);
    const m = /^ppid=(\d+) tracer=(\d+)$/m.exec(out);
    assert.ok(m, out + err);
    assert.equal(Number(m[1]), process.pid, `${flag}: the command is the process we started`);
    const tracer = Number(m[2]);
    assert.ok(tracer > 0 && tracer !== child.pid, `${flag}: traced by another process (${tracer})`);
    const t = statIds(out.slice(out.indexOf('\n') + 1));
    assert.ok(t.ppid !== child.pid && t.ppid !== process.pid, `${flag}: the tracer is detached (its parent: ${t.ppid})`);
    if (flag === '-D') assert.deepEqual([t.pgrp, t.sid], [self.pgrp, self.sid]);
    if (flag === '-DD') assert.ok(t.pgrp !== self.pgrp && t.sid === self.sid, JSON.stringify({ t, self }));
    if (flag === '--daemonize=session') assert.ok(t.sid === t.pgrp && t.sid !== self.sid, JSON.stringify({ t, self }));
  }
  const bad = await tstrace(['-D', '-p', '1']);
  assert.match(bad.stderr, /^tstrace: PROG \[ARGS\] must be specified with -D\/--daemonize/);
});
