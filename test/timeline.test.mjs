// --timeline: Chrome/Perfetto trace-event JSON; --html: the same timeline and the summary
// in one offline page (rendered in headless Chromium where it is installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
/** Rounding to the nanosecond may leave this much (µs) between two float sums. */
const EPS = 0.002;

/** Traces `argv` with --timeline and --html into a temp dir; returns both, parsed / raw. */
async function traced(argv, extra = []) {
  const dir = tempDir();
  try {
    const tl = join(dir, 'trace.json');
    const html = join(dir, 'trace.html');
    const r = await tstrace(['-f', '-o', join(dir, 'trace.txt'), '--timeline', tl, '--html', html, ...extra, ...argv]);
    assert.equal(r.code, 0, r.stderr);
    return { timeline: JSON.parse(readFileSync(tl, 'utf8')), html: readFileSync(html, 'utf8'), text: readFileSync(join(dir, 'trace.txt'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function byTrack(entries) {
  const tracks = new Map();
  for (const e of entries) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}/${e.tid}`;
    if (!tracks.has(key)) tracks.set(key, []);
    tracks.get(key).push(e);
  }
  return tracks;
}

/** Slices on one track: sorted by start, each ends before the next starts, or contains it whole. */
function assertNested(slices, key) {
  const sorted = [...slices].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const s of sorted) {
    assert.ok(Number.isFinite(s.ts) && s.ts >= 0 && s.dur >= 0, `bad slice ${JSON.stringify(s)}`);
    while (open.length > 0 && open.at(-1).ts + open.at(-1).dur <= s.ts + EPS) open.pop();
    const parent = open.at(-1);
    if (parent !== undefined) {
      assert.ok(s.ts + s.dur <= parent.ts + parent.dur + EPS,
        `track ${key}: ${s.name}@${s.ts}+${s.dur} overlaps ${parent.name}@${parent.ts}+${parent.dur} without nesting`);
    }
    open.push(s);
  }
  // Syscalls of one thread are sequential: nothing nests at all.
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].ts + sorted[i - 1].dur <= sorted[i].ts + EPS, `track ${key}: ${sorted[i - 1].name} overlaps ${sorted[i].name}`);
  }
}

test('--timeline: one track per thread, slices per syscall that never overlap, signals, fork flows', { skip }, async () => {
  const { timeline, text } = await traced([fixture('signals')]);
  assert.ok(Array.isArray(timeline.traceEvents));
  const entries = timeline.traceEvents;
  for (const e of entries) {
    assert.ok(['X', 'i', 's', 'f', 'M'].includes(e.ph), `phase ${e.ph}`);
    assert.equal(typeof e.name, 'string');
    assert.ok(Number.isInteger(e.pid) && Number.isInteger(e.tid));
  }
  const tracks = byTrack(entries);
  assert.equal(tracks.size, 2, 'the parent and its forked child');
  for (const [key, slices] of tracks) assertNested(slices, key);

  // As many slices as the text has complete syscall lines (exit_group is unfinished in both).
  const textCalls = text.split('\n').filter((l) => /^\d+ +[a-z_0-9]+\(/.test(l) || /^\d+ +<\.\.\. /.test(l)).length;
  const unfinished = text.split('\n').filter((l) => / <unfinished \.\.\.>$/.test(l)).length;
  const xs = entries.filter((e) => e.ph === 'X');
  assert.equal(xs.length, textCalls - unfinished);
  const kill = xs.find((e) => e.name === 'kill' && /SIGUSR1/.test(e.args.args));
  assert.equal(kill.args.result, '0');

  const signals = entries.filter((e) => e.ph === 'i' && e.cat === 'signal').map((e) => e.name);
  assert.ok(signals.includes('SIGUSR1') && signals.includes('SIGCHLD'), signals.join(','));
  assert.ok(entries.some((e) => e.ph === 'i' && e.name === 'killed by SIGTERM'));

  const starts = entries.filter((e) => e.ph === 's');
  const ends = entries.filter((e) => e.ph === 'f');
  assert.equal(starts.length, 1, 'one fork, one flow');
  assert.deepEqual(ends.map((e) => e.id), starts.map((e) => e.id));
  const [s, f] = [starts[0], ends[0]];
  assert.notEqual(f.tid, s.tid, 'the flow ends on the child');
  assert.ok(f.ts >= s.ts);
  const from = tracks.get(`${s.pid}/${s.tid}`).find((x) => x.ts <= s.ts && s.ts <= x.ts + x.dur);
  assert.match(from.name, /^(clone|clone3|fork|vfork)$/, 'the flow leaves the fork call');
  const names = entries.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  assert.equal(names.length, 2);
});

test('--timeline with threads: one track per thread, all in one process', { skip }, async () => {
  const { timeline } = await traced([fixture('threads'), '3']);
  const tracks = byTrack(timeline.traceEvents);
  assert.equal(tracks.size, 4);
  assert.equal(new Set([...tracks.keys()].map((k) => k.split('/')[0])).size, 1);
  for (const [key, slices] of tracks) assertNested(slices, key);
  assert.equal(timeline.traceEvents.filter((e) => e.ph === 's').length, 3, 'a flow per thread created');
});

function chromium() {
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome']) {
    if (spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0) return bin;
  }
  return null;
}

test('--html: self-contained, the timeline and the summary inline', { skip }, async () => {
  const { html, timeline } = await traced([fixture('forkwait'), '2']);
  assert.doesNotMatch(html, /\b(src|href)\s*=\s*["']?(https?:)?\/\//i, 'nothing fetched');
  assert.doesNotMatch(html, /@import|url\(/i);
  const data = /<script type="application\/json" id="tstrace-timeline">([^<]*)<\/script>/.exec(html);
  assert.ok(data, 'timeline data block');
  const entries = JSON.parse(data[1]);
  assert.equal(byTrack(entries).size, 3);
  assert.equal(entries.filter((e) => e.ph === 'X').length, timeline.traceEvents.filter((e) => e.ph === 'X').length);
  const summary = JSON.parse(/<script type="application\/json" id="tstrace-summary">([^<]*)<\/script>/.exec(html)[1]);
  assert.equal(summary.find((r) => r.name === 'getpid')?.calls, 2);
  assert.match(html, /<pre id="summary-table">% time +seconds +usecs\/call +calls +errors syscall\n/);
});

const browser = chromium();
test('--html renders in headless Chromium: one row per thread, no console errors',
  { skip: skip || (browser === null && 'chromium not installed (apt-get install -y chromium): skipped') }, async () => {
    const dir = tempDir();
    try {
      const html = join(dir, 'page.html');
      const r = await tstrace(['-f', '-o', '/dev/null', '--html', html, fixture('threads'), '3']);
      assert.equal(r.code, 0, r.stderr);
      const run = spawnSync(browser, [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0',
        `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=5000', '--dump-dom', `file://${html}`,
      ], { encoding: 'utf8', timeout: 60000 });
      assert.equal(run.status, 0, run.stderr);
      const rows = run.stdout.match(/<div class="row" data-pid="\d+" data-tid="\d+">/g) ?? [];
      assert.equal(rows.length, 4, 'main thread and three others');
      assert.match(run.stdout, /<figure class="chart">/, 'the summary charts');
      const consoleErrors = run.stderr.split('\n').filter((l) => /CONSOLE|Uncaught/.test(l));
      assert.deepEqual(consoleErrors, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
