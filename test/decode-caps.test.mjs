// capget/capset: the header by version name, the capability sets as 1<<CAP_X|..., as strace prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lines, strace, straceWorks, tstrace } from './helpers/fixtures.mjs';

const py = `import ctypes; libc = ctypes.CDLL(None)
hdr = (ctypes.c_uint32 * 2)(0x20080522, 0); data = (ctypes.c_uint32 * 6)()
libc.capget(hdr, data); libc.capget(hdr, None)
bad = (ctypes.c_uint32 * 2)(0, 0); libc.capget(bad, None)
data[0] = 1 | 1 << 5; data[1] = data[0]; data[2] = 0; data[3] = data[4] = data[5] = 0; libc.capset(hdr, data)`;
const skip = spawnSync('python3', ['-c', 'import ctypes']).status === 0 ? false : 'python3 with ctypes is not installed';

test('capget/capset arguments', { skip }, async () => {
  const t = lines((await tstrace(['-e', 'trace=capget,capset', 'python3', '-c', py])).stderr).filter((l) => /^cap/.test(l));
  assert.match(t[0], /^capget\(\{version=_LINUX_CAPABILITY_VERSION_3, pid=0\}, \{effective=(1<<CAP_\w+\|)*1<<CAP_\w+, permitted=/);
  assert.equal(t[1], 'capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, NULL) = 0');
  assert.match(t[2], /^capget\(\{version=0 \/\* _LINUX_CAPABILITY_VERSION_\?\?\? \*\/, pid=0\}, NULL\) += /);
  assert.match(t[3], /^capset\(\{version=_LINUX_CAPABILITY_VERSION_3, pid=0\}, \{effective=1<<CAP_CHOWN\|1<<CAP_KILL, permitted=1<<CAP_CHOWN\|1<<CAP_KILL, inheritable=0\}\) += /);
  if (straceWorks()) {
    const s = lines((await strace(['-e', 'trace=capget,capset', 'python3', '-c', py])).stderr).filter((l) => /^cap/.test(l));
    assert.deepEqual(t, s);
  }
});
