// The shared decoding machinery, as strace 6.1 prints it: argument widths and signedness,
// -X styles, exact 64-bit values, unreadable memory, strings, -y on every fd. One section
// of test/fixtures/machinery.c per mechanism; each expected line is strace's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, lines, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';

/**
 * The lines tstrace prints for `machinery SECTION` tracing `syscalls` with `flags`: those
 * after the fixture's start marker, the exit line left out.
 */
async function trace(section, syscalls, flags = []) {
  const r = await tstrace(['-e', `trace=chdir,${syscalls}`, ...flags, fixture('machinery'), section]);
  const all = lines(r.stderr);
  return all.slice(all.findIndex((l) => l.startsWith('chdir("/")')) + 1).filter((l) => !l.startsWith('+++'));
}

test('32-bit kinds read the low half of the register; 64-bit ones all of it', { skip }, async () => {
  const t = await trace('kinds', 'dup3,mkdir,fchmodat,lseek,mprotect,chown,fchown');
  assert.deepEqual(t, [
    'dup3(0, 0, 0)                           = -1 EINVAL (Invalid argument)',
    'mkdir("/nonexistent/x", 0755)           = -1 ENOENT (No such file or directory)',
    'fchmodat(AT_FDCWD, "/nonexistent", 0644) = -1 ENOENT (No such file or directory)',
    'lseek(-1, 0, SEEK_CUR)                  = -1 EBADF (Bad file descriptor)',
    'mprotect(NULL, 4096, PROT_READ|0xdefaced00000000) = -1 EINVAL (Invalid argument)',
    'chown("/nonexistent", 4294901760, -1)   = -1 ENOENT (No such file or directory)',
    'fchown(2147483647, -1, 1)               = -1 EBADF (Bad file descriptor)',
  ]);
});
