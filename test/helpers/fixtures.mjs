// Shared test helpers: compiling the C fixtures, running commands, and
// normalising strace-style output for comparisons.  Node built-ins only.
//
//   import { fixture, tstrace, strace, normalizeTrace } from './helpers/fixtures.mjs';
//   const bin = fixture('files');               // test/.build/files
//   const r = await strace(['-f', '-o', '/dev/null', bin, dir]);
//   assert.equal(r.code, 0);

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Absolute path of the built CLI (exists only after `npm run build`). */
export const TSTRACE = join(REPO, 'dist', 'cli', 'tstrace.js');
/** Directory holding the fixture sources, and the one holding the binaries. */
export const FIXTURES_DIR = join(REPO, 'test', 'fixtures');
export const BUILD_DIR = join(REPO, 'test', '.build');

/** C compiler (override with $CC) and the flags every fixture is built with. */
export const CC = process.env.CC || 'cc';
export const CFLAGS = ['-std=c11', '-O1', '-g', '-fno-omit-frame-pointer', '-pthread', '-Wall'];

const probeCache = new Map();
function probe(key, fn) {
  if (!probeCache.has(key)) {
    let ok = false;
    try { ok = fn() !== false; } catch { ok = false; }
    probeCache.set(key, ok);
  }
  return probeCache.get(key);
}

/** True if the C compiler runs. */
export function haveCompiler() {
  return probe('cc', () => { execFileSync(CC, ['--version'], { stdio: 'ignore', timeout: 10000 }); });
}

/** True if `strace -V` runs. */
export function haveStrace() {
  return probe('strace', () => { execFileSync('strace', ['-V'], { stdio: 'ignore', timeout: 10000 }); });
}

/** True if strace can actually trace something here (ptrace may be forbidden in containers). */
export function straceWorks() {
  return haveStrace() && probe('strace-works', () => {
    execFileSync('strace', ['-f', '-o', '/dev/null', '/bin/true'], { stdio: 'ignore', timeout: 10000 });
  });
}

/** True if the CLI has been built (dist/cli/tstrace.js exists). */
export function haveTstrace() {
  return existsSync(TSTRACE);
}

const compiled = new Map();

/**
 * Compile test/fixtures/<name>.c to test/.build/<name> (only if the binary is
 * missing or older than the source, and at most once per process) and return
 * the binary's absolute path. `opts.cflags` are added after CFLAGS (so they
 * override them: ['-O2', '-fomit-frame-pointer']); such a build gets a name of its own.  The compiler writes to a unique temporary name
 * that is then renamed into place, so concurrent test processes never run a
 * half-written binary.  Throws (with the compiler's output) on failure.
 */
export function fixture(name, opts = {}) {
  const extra = opts.cflags ?? [];
  const key = [name, ...extra].join(' ');
  const cached = compiled.get(key);
  if (cached) return cached;
  const src = join(FIXTURES_DIR, `${name}.c`);
  const out = join(BUILD_DIR, extra.length === 0 ? name : `${name}${extra.join('').replace(/[^\w]+/g, '_')}`);
  const srcStat = statSync(src); // throws ENOENT for unknown fixtures
  let fresh = false;
  try { fresh = statSync(out).mtimeMs >= srcStat.mtimeMs; } catch { fresh = false; }
  if (!fresh) {
    mkdirSync(BUILD_DIR, { recursive: true });
    const tmp = `${out}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      execFileSync(CC, [...CFLAGS, ...extra, '-o', tmp, src], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60000 });
      renameSync(tmp, out);
    } catch (err) {
      rmSync(tmp, { force: true });
      const detail = [err.stdout, err.stderr].filter(Boolean).map(String).join('').trim();
      throw new Error(`compiling fixture ${name} failed: ${err.message}${detail ? `\n${detail}` : ''}`);
    }
  }
  compiled.set(key, out);
  return out;
}

/** Make a fresh temporary directory (the caller removes it, e.g. with rmSync(dir, {recursive: true})). */
export function tempDir(prefix = 'tstrace-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Run a command; resolves { code, signal, stdout, stderr } once it has exited
 * and its output pipes are closed.
 *   opts.input    string/Buffer written to stdin, which is then closed
 *                 (without it, stdin is /dev/null)
 *   opts.timeout  ms (default 20000): the process is SIGKILLed and the promise
 *                 rejects with an error holding the output collected so far
 *                 (also as err.stdout / err.stderr)
 *   opts.env      variables merged over process.env (undefined deletes one)
 *   opts.cwd      working directory
 */
export function run(cmd, args = [], opts = {}) {
  const timeout = opts.timeout ?? 20000;
  let env;
  if (opts.env) {
    env = { ...process.env, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  }
  return new Promise((resolvePromise, reject) => {
    const hasInput = opts.input !== undefined && opts.input !== null;
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env,
      stdio: [hasInput ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let done = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = timeout > 0 ? setTimeout(() => {
      if (done) return;
      done = true;
      try { child.kill('SIGKILL'); } catch { /* already gone */ }
      const err = new Error(
        `timeout after ${timeout} ms: ${cmd} ${args.join(' ')}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`);
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    }, timeout) : null;
    child.on('error', (err) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    if (hasInput) {
      child.stdin.on('error', () => { /* EPIPE if the child exits without reading */ });
      child.stdin.end(opts.input);
    }
  });
}

/** Run the built CLI: node dist/cli/tstrace.js ...args */
export function tstrace(args = [], opts = {}) {
  return run(process.execPath, [TSTRACE, ...args], opts);
}

/** Run the real strace. */
export function strace(args = [], opts = {}) {
  return run('strace', args, opts);
}

const background = new Set();
process.on('exit', () => {
  for (const child of background) {
    try { child.kill('SIGKILL'); } catch { /* ignore */ }
  }
});

/**
 * Spawn a long-running process (stdin ignored, stdout piped, stderr
 * inherited) and wait until it prints a line `pid=N`.  Resolves
 * { child, pid, output() } where output() returns everything it has printed
 * to stdout so far (stdout keeps being drained).  The test must kill it
 * (see stopBackground); anything left over is SIGKILLed when the test
 * process exits.  Rejects (after killing it) if the process exits or has not
 * printed the line within opts.timeout ms (default 10000).
 */
export function startBackground(cmd, args = [], opts = {}) {
  const timeout = opts.timeout ?? 10000;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    background.add(child);
    child.on('exit', () => background.delete(child));
    let out = '';
    let settled = false;
    const output = () => out;
    const fail = (msg) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try { child.kill('SIGKILL'); } catch { /* ignore */ }
      reject(new Error(`${msg}: ${cmd} ${args.join(' ')}\n--- stdout ---\n${out}`));
    };
    const timer = setTimeout(() => fail(`no "pid=N" line after ${timeout} ms`), timeout);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      if (out.length < 1 << 20) out += d;
      if (settled) return;
      const m = /^pid=(\d+)$/m.exec(out);
      if (m) {
        settled = true;
        clearTimeout(timer);
        resolvePromise({ child, pid: Number(m[1]), output });
      }
    });
    child.on('error', (err) => fail(`spawn failed (${err.message})`));
    child.on('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

/**
 * Kill a background child (default SIGKILL) and resolve { code, signal } when
 * it has exited.  Resolves at once if it has already exited.
 */
export function stopBackground(child, signal = 'SIGKILL') {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolvePromise({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, sig) => resolvePromise({ code, signal: sig }));
    try { child.kill(signal); } catch { /* ignore */ }
  });
}

/**
 * State letter from /proc/PID/stat (R, S, D, T, t, Z, ...), or null if the
 * process is gone.  ('t' = ptrace-stopped, 'T' = job-control stopped.)
 */
export function procState(pid) {
  let text;
  try { text = readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { return null; }
  const i = text.lastIndexOf(')');
  return i >= 0 ? text.charAt(i + 2) || null : null;
}

/** Poll until cond() is truthy (resolves its value) or timeout ms pass (rejects). */
export async function waitFor(cond, { timeout = 30000, interval = 10, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await cond();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

const PID_SYSCALLS = 'fork|vfork|clone|clone3|wait4|waitid|waitpid|getpid|getppid|gettid|set_tid_address';
const PID_ARG_SYSCALLS = 'kill|tkill|tgkill|wait4|waitpid|pidfd_open|getpgid|getsid|setpgid';

/**
 * Normalise strace-format text so runs (and tstrace vs strace) can be
 * compared.  Line by line:
 *   - lines starting with "strace: " or "tstrace: " are dropped, and so are
 *     empty lines;
 *   - hex numbers 0x... become 0xADDR;
 *   - the pid prefix "[pid  1234] " becomes "[pid PID] ", and a leading
 *     "1234  " (the -f -o FILE format) becomes "PID ";
 *   - pids in these places become PID: si_pid=N, parent_tid=[N],
 *     "in pid N" (superseded by execve), "<pid changed to N ...>",
 *     /proc/N/, the return value "= N" of fork/vfork/clone/clone3/wait4/
 *     waitid/getpid/getppid/gettid/set_tid_address (also their
 *     "<... NAME resumed>" lines), and the first argument of kill/tkill/
 *     tgkill (first two)/wait4/pidfd_open/getpgid/getsid/setpgid when
 *     positive (so wait4(-1, ...) stays);
 *     pids elsewhere (e.g. inside read buffers) are left alone;
 *   - "/* 23 vars *\/" and "/* 5 entries *\/" become "/* N vars *\/" etc.;
 *   - si_utime=N / si_stime=N become si_utime=T / si_stime=T;
 *   - getrandom("\x..."...) buffers become getrandom("RANDOM"...);
 *   - -T durations "<0.000123>" become "<T>";
 *   - the padding before " = " (column alignment, which depends on the
 *     prefix width) is collapsed to one space.
 * Returns the normalised lines joined with "\n" (with a trailing "\n" if any).
 */
export function normalizeTrace(text) {
  const out = [];
  for (let line of String(text).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.startsWith('strace: ') || line.startsWith('tstrace: ')) continue;
    line = line.replace(/0x[0-9a-f]+/gi, '0xADDR');
    line = line.replace(/^\[pid +\d+\] /, '[pid PID] ');
    line = line.replace(/^\d+ +/, 'PID ');
    line = line.replace(/\bsi_pid=\d+/g, 'si_pid=PID');
    line = line.replace(/\bparent_tid=\[\d+\]/g, 'parent_tid=[PID]');
    line = line.replace(/\bin pid \d+\b/g, 'in pid PID');
    line = line.replace(/<pid changed to \d+/g, '<pid changed to PID');
    line = line.replace(/\/proc\/\d+\//g, '/proc/PID/');
    if (new RegExp(`(?:^|[ \\]])(?:${PID_SYSCALLS})\\(|<\\.\\.\\. (?:${PID_SYSCALLS}) resumed>`).test(line)) {
      line = line.replace(/= \d+(?=( <[^>]*>)?$)/, '= PID');
    }
    line = line.replace(new RegExp(`((?:^|[ \\]])(?:${PID_ARG_SYSCALLS})\\()([1-9]\\d*)`), '$1PID');
    line = line.replace(/((?:^|[ \]])tgkill\(PID, )\d+/, '$1PID');
    line = line.replace(/\/\* \d+ (vars|entries) \*\//g, '/* N $1 */');
    // CPU times vary run to run, and so does the ` /* 0.01 s */` strace adds to non-zero ones.
    line = line.replace(/\bsi_([us])time=\d+(?: \/\* [\d.]+ s \*\/)?/g, 'si_$1time=T');
    line = line.replace(/getrandom\("(?:[^"\\]|\\.)*"/g, 'getrandom("RANDOM"');
    line = line.replace(/<\d+\.\d+>$/, '<T>');
    line = line.replace(/ {2,}= /, ' = ');
    out.push(line);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Split text into its non-empty lines (no trailing "\r"). */
export function lines(text) {
  return String(text).split(/\r?\n/).filter((l) => l.trim() !== '');
}

/**
 * Joins each `X <unfinished ...>` line with its task's later `<... NAME resumed>REST` line
 * into one `X` + `REST` line (padding before ` = ` collapsed), so that interleaving with -f
 * does not change what a test sees. Works for `[pid N] ` and `N  ` prefixes. Pairs by
 * syscall name and pid; a head printed without a prefix (while one task was traced) pairs
 * with the first resumed line of its name, since the prefix may have appeared meanwhile.
 */
export function mergeResumed(traceLines) {
  // Prefixes as printed (`[pid 12]`, `12   `) or normalized (`[pid PID]`, `PID `).
  const pidOf = (l) => /^(?:\[pid +(\d+|PID)\]|(\d+|PID) ) */.exec(l)?.slice(1).find(Boolean) ?? '';
  const nameOf = (l) => /^(?:\[pid +(?:\d+|PID)\] |(?:\d+|PID) +)?(?:[\d:. ]+ )?(\w+)\(/.exec(l)?.[1];
  const open = []; // { at, pid, name }
  const out = [];
  for (const l of traceLines) {
    const m = /^(.*?) <unfinished \.\.\.>$/.exec(l);
    if (m && nameOf(m[1])) {
      open.push({ at: out.length, pid: pidOf(l), name: nameOf(m[1]) });
      out.push(m[1]);
      continue;
    }
    const r = /^(?:\[pid +(?:\d+|PID)\] |(?:\d+|PID) +)?<\.\.\. (\w+) resumed>(.*)$/.exec(l);
    if (r) {
      const pid = pidOf(l);
      let i = open.findIndex((o) => o.name === r[1] && o.pid === pid);
      if (i < 0) i = open.findIndex((o) => o.name === r[1] && o.pid === '');
      if (i >= 0) {
        const [o] = open.splice(i, 1);
        out[o.at] = (out[o.at] + r[2]).replace(/\) {2,}= /, ') = ');
        continue;
      }
    }
    out.push(l.replace(/\) {2,}= /, ') = '));
  }
  return out;
}
