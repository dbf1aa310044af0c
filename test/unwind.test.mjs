// -k on code built without frame pointers (issue 19): the stack is walked with .eh_frame,
// and each frame must be the one gdb's `bt` shows at the same syscall stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fixture, haveCompiler, haveTstrace, run, tstrace } from './helpers/fixtures.mjs';

const skip = !haveCompiler() || !haveTstrace() ? 'needs cc and a built tstrace' : false;
let gdbMissing = false;
try {
  execFileSync('gdb', ['--version'], { stdio: 'ignore', timeout: 10000 });
} catch {
  gdbMissing = 'gdb is not installed: -k is not compared with gdb\'s bt';
}

const NOFP = { cflags: ['-O2', '-fomit-frame-pointer'] };
const STOPS = ['getppid', 'getuid', 'getegid'];

/** The -k frames after each of the STOPS syscalls, as [path, file offset, symbol]. */
async function tstraceStacks(bin) {
  const r = await tstrace(['-k', '-e', `trace=${STOPS.join(',')}`, bin]);
  assert.equal(r.code, 0, r.stderr);
  const stacks = new Map();
  let current = null;
  for (const line of r.stderr.split('\n')) {
    const call = /^(\w+)\(/.exec(line);
    if (call) stacks.set(call[1], (current = []));
    const m = /^ > (\S+)\(([^+)]*)(?:\+0x[0-9a-f]+)?\) \[0x([0-9a-f]+)\]$/.exec(line);
    if (m && current) current.push({ path: m[1], offset: parseInt(m[3], 16), symbol: m[2] });
  }
  assert.deepEqual([...stacks.keys()], STOPS, r.stderr);
  return { stacks, text: r.stderr };
}

/** gdb's bt at the entry of each of the STOPS syscalls, as [path, file offset] (null: the signal frame). */
async function gdbStacks(bin) {
  const ex = (cmd) => ['-ex', cmd];
  const r = await run('gdb', ['-nx', '-q', '-batch', '-iex', 'set debuginfod enabled off',
    ...ex('handle SIGUSR1 nostop noprint pass'), ...ex('handle SIGUSR2 nostop noprint pass'), ...ex('set print frame-info location-and-address'),
    ...ex(`catch syscall ${STOPS.join(' ')}`), ...ex('run'), ...ex('echo @@bt\\n'), ...ex('bt'),
    // Each syscall stops twice (call and return): on to the next call.
    ...STOPS.slice(1).flatMap(() => [...ex('continue'), ...ex('continue'), ...ex('echo @@bt\\n'), ...ex('bt')]),
    ...ex('echo @@maps\\n'), ...ex('info proc mappings'), ...ex('kill'), bin], { timeout: 60000 });
  const [, ...parts] = r.stdout.split('@@');
  const maps = [];
  for (const line of (parts.find((p) => p.startsWith('maps')) ?? '').split('\n')) {
    const m = /^\s*0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)(?:\s+[rwxps-]{4})?\s+(\/.*?)\s*$/.exec(line);
    if (m) maps.push({ start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), offset: BigInt(`0x${m[3]}`), path: m[4] });
  }
  assert.ok(maps.length > 0, `no mappings from gdb:\n${r.stdout}\n${r.stderr}`);
  const located = (pc) => {
    const m = maps.find((x) => pc >= x.start && pc < x.end);
    assert.ok(m, `gdb's pc 0x${pc.toString(16)} is in no mapping`);
    return { path: m.path, offset: Number(pc - m.start + m.offset) };
  };
  const stacks = parts.filter((p) => p.startsWith('bt')).map((p) => {
    const frames = [];
    for (const line of p.split('\n')) {
      if (/^#\d+\s+<signal handler called>/.test(line)) frames.push(null);
      const m = /^#\d+\s+0x([0-9a-f]+) in /.exec(line);
      // gdb shows an inlined call as a frame of its own at the same pc: one frame here.
      if (m && frames.at(-1)?.pc !== BigInt(`0x${m[1]}`)) frames.push({ pc: BigInt(`0x${m[1]}`), ...located(BigInt(`0x${m[1]}`)) });
    }
    return frames;
  });
  assert.equal(stacks.length, STOPS.length, `gdb did not stop at ${STOPS}:\n${r.stdout}\n${r.stderr}`);
  return stacks;
}

test('-k without frame pointers: every function of the chains, through signal frames', { skip }, async () => {
  const bin = fixture('unwind_nofp', NOFP);
  const { stacks, text } = await tstraceStacks(bin);
  const names = (stop) => stacks.get(stop).map((f) => (f.path === bin ? f.symbol : 'libc'));
  // Then libc's start-up and _start: the walk goes on past main.
  assert.deepEqual(names('getppid').slice(0, 6), ['libc', 'leaf', 'with_vla', 'middle', 'outer', 'main'], text);
  assert.deepEqual(names('getuid').slice(0, 8),
    ['libc', 'on_signal', 'handler', 'libc', 'libc', 'middle', 'outer', 'main'], text);
  // A trampoline without CFI, known by its code.
  assert.deepEqual(names('getegid').slice(0, 7),
    ['libc', 'bare_handler', 'bare_sigaction_restorer', 'libc', 'middle', 'outer', 'main'], text);
  assert.ok(names('getppid').at(-1) === '_start', text);
});

test('-k without frame pointers: the frames gdb\'s bt shows, at the same syscall stops', { skip: skip || gdbMissing }, async () => {
  const bin = fixture('unwind_nofp', NOFP);
  const [{ stacks }, gdb] = await Promise.all([tstraceStacks(bin), gdbStacks(bin)]);
  STOPS.forEach((stop, i) => {
    const ours = stacks.get(stop);
    const theirs = gdb[i];
    assert.ok(theirs.length >= 6, `${stop}: gdb's bt is short: ${JSON.stringify(theirs, (k, v) => (typeof v === 'bigint' ? v.toString(16) : v))}`);
    theirs.forEach((frame, n) => {
      const got = ours[n];
      assert.ok(got, `${stop}: frame #${n} missing`);
      if (frame === null) {
        // The signal frame: gdb gives no address; ours is the trampoline's.
        assert.ok(/libc/.test(got.path) || got.symbol === 'bare_sigaction_restorer', `${stop} #${n}: ${JSON.stringify(got)}`);
        return;
      }
      assert.deepEqual({ path: got.path, offset: `0x${got.offset.toString(16)}` },
        { path: frame.path, offset: `0x${frame.offset.toString(16)}` }, `${stop} #${n}`);
    });
  });
});

test('-k after an exec it did not see (trace=write): the new program\'s maps are read', { skip }, async () => {
  const bin = fixture('stack_write');
  // The shell's echo is traced (its maps are read then); its exec and the new program's
  // mmaps are not.
  const r = await tstrace(['-k', '-e', 'trace=write', 'sh', '-c', `echo before; exec ${bin}`]);
  assert.equal(r.code, 0, r.stderr);
  const last = r.stderr.slice(r.stderr.lastIndexOf('\nwrite('));
  assert.match(last, /^ > .*stack_write\(emit\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$/m, r.stderr);
  assert.doesNotMatch(last, /unexpected_backtracing_error/, r.stderr);
});
