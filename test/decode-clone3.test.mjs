// clone3 (how glibc creates threads): the struct's fields by flags at entry, and what the
// kernel wrote back for the parent at exit, ` => {parent_tid=[N]}`, as strace prints it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, haveCompiler, lines, strace, straceWorks, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

test('clone3 of pthread_create', { skip }, async () => {
  const dir = tempDir();
  const norm = (f) => lines(readFileSync(join(dir, f), 'utf8')).filter((l) => l.startsWith('clone3('));
  await tstrace(['-o', join(dir, 't'), '-e', 'trace=clone3', fixture('threads'), '2']);
  const t = norm('t');
  assert.equal(t.length, 2);
  for (const l of t) {
    const tid = /\) += (\d+)$/.exec(l)[1];
    assert.match(l, /^clone3\(\{flags=CLONE_VM\|CLONE_FS\|CLONE_FILES\|CLONE_SIGHAND\|CLONE_THREAD\|CLONE_SYSVSEM\|CLONE_SETTLS\|CLONE_PARENT_SETTID\|CLONE_CHILD_CLEARTID, child_tid=0x[0-9a-f]+, parent_tid=0x[0-9a-f]+, exit_signal=0, stack=0x[0-9a-f]+, stack_size=0x[0-9a-f]+, tls=0x[0-9a-f]+\} => \{parent_tid=\[\d+\]\}, 88\) += \d+$/);
    // glibc gives the same address as child_tid, which the kernel zeroes when the thread
    // exits (CLONE_CHILD_CLEARTID): a thread already gone reads back as 0, under strace too.
    assert.ok(l.includes(`parent_tid=[${tid}]`) || l.includes('parent_tid=[0]'), 'the tid written back, or 0 once the thread ended');
  }
  if (straceWorks()) {
    await strace(['-o', join(dir, 's'), '-e', 'trace=clone3', fixture('threads'), '2']);
    const shape = (l) => l.replace(/0x[0-9a-f]+/g, 'X').replace(/\d+/g, 'N');
    assert.deepEqual(t.map(shape), norm('s').map(shape));
  }
});
