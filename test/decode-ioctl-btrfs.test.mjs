// btrfs ioctls: the argument structs decoded at entry (the calls fail with EBADF on fd -1,
// as on any file system that is not btrfs), and what comes back decoded at exit when the
// calls are made to succeed by injection, as strace prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, haveCompiler, haveTstrace, lines, straceWorks, strace, tstrace } from './helpers/fixtures.mjs';

const skip = !haveCompiler() ? 'no C compiler' : !haveTstrace() ? 'tstrace is not built (npx tsc -p .)' : false;
const EBADF = '-1 EBADF (Bad file descriptor)';
const INJECTED = '0 (INJECTED)';

/** The ioctl lines, with the fixture's addresses (which move from run to run) as ADDR. */
function ioctlLines(text) {
  return lines(text).filter((l) => l.startsWith('ioctl(')).map((l) => l.replace(/ {2,}=/, ' =')
    .replace(/0x[57][0-9a-f]{11}\b/g, 'ADDR'));
}

const byRequest = (ls, name) => ls.find((l) => l.startsWith(`ioctl(-1, ${name}, `) || l.startsWith(`ioctl(-1, ${name})`));

test('btrfs ioctls: arguments at entry, abbreviated, with -v and with -X verbose', { skip }, async () => {
  const bin = fixture('ioctl-btrfs');
  const t = ioctlLines((await tstrace(['-e', 'trace=ioctl', bin])).stderr);
  assert.equal(t[0], `ioctl(-1, BTRFS_IOC_TRANS_START) = ${EBADF}`);
  assert.equal(t[1], `ioctl(-1, BTRFS_IOC_BALANCE_CTL, BTRFS_BALANCE_CTL_PAUSE) = ${EBADF}`);
  assert.equal(t[2], `ioctl(-1, BTRFS_IOC_SNAP_CREATE, {fd=0, name="snap"}) = ${EBADF}`);
  assert.equal(t[3], 'ioctl(-1, BTRFS_IOC_BALANCE_V2, {flags=BTRFS_BALANCE_DATA|BTRFS_BALANCE_FORCE, ' +
    'data={profiles=BTRFS_BLOCK_GROUP_DATA|BTRFS_BLOCK_GROUP_RAID1, usage=0, devid=makedev(0x8, 0x1), pstart=0, ' +
    `pend=UINT64_MAX, vstart=0, vend=0, target=0, flags=BTRFS_BALANCE_ARGS_PROFILES}}) = ${EBADF}`);
  // The default object id range is left out unless -v.
  assert.equal(t[4], 'ioctl(-1, BTRFS_IOC_TREE_SEARCH_V2, {key={tree_id=BTRFS_ROOT_TREE_OBJECTID, min_offset=0, ' +
    'max_offset=UINT64_MAX, min_transid=0, max_transid=UINT64_MAX, min_type=BTRFS_ROOT_ITEM_KEY, ' +
    `max_type=BTRFS_ROOT_ITEM_KEY, nr_items=2}, buf_size=256}) = ${EBADF}`);
  assert.equal(t[5], 'ioctl(-1, BTRFS_IOC_SEND, {send_fd=1, clone_sources_count=2, clone_sources=ADDR, ' +
    `parent_root=BTRFS_FS_TREE_OBJECTID, flags=BTRFS_SEND_FLAG_NO_FILE_DATA}) = ${EBADF}`);
  // Read by the kernel only: its address when the call failed.
  assert.equal(byRequest(t, 'BTRFS_IOC_FS_INFO'), `ioctl(-1, BTRFS_IOC_FS_INFO, ADDR) = ${EBADF}`);

  const v = ioctlLines((await tstrace(['-v', '-e', 'trace=ioctl', bin])).stderr);
  assert.match(v[4], /\{key=\{tree_id=BTRFS_ROOT_TREE_OBJECTID, min_objectid=BTRFS_FIRST_FREE_OBJECTID, max_objectid=BTRFS_LAST_FREE_OBJECTID, /);
  assert.match(v[5], /, clone_sources=\[BTRFS_FIRST_FREE_OBJECTID, 257\], /);

  const x = ioctlLines((await tstrace(['-X', 'verbose', '-e', 'trace=ioctl', bin])).stderr);
  assert.equal(x[1], `ioctl(-1, 0x40049421 /* BTRFS_IOC_BALANCE_CTL */, 0x1 /* BTRFS_BALANCE_CTL_PAUSE */) = ${EBADF}`);
  assert.match(x[4], /\{key=\{tree_id=1 \/\* BTRFS_ROOT_TREE_OBJECTID \*\/, min_offset=0, max_offset=18446744073709551615 \/\* UINT64_MAX \*\/, /);
});

test('btrfs ioctls: what the kernel writes back, at exit', { skip }, async () => {
  const bin = fixture('ioctl-btrfs');
  const args = ['-v', '-e', 'trace=ioctl', '-e', 'inject=ioctl:retval=0', bin];
  const t = ioctlLines((await tstrace(args)).stderr);
  assert.equal(byRequest(t, 'BTRFS_IOC_GET_DEV_STATS'), 'ioctl(-1, BTRFS_IOC_GET_DEV_STATS, {devid=makedev(0, 0x1), ' +
    'nr_items=7, flags=BTRFS_DEV_STATS_RESET} => {nr_items=7, flags=BTRFS_DEV_STATS_RESET, [[BTRFS_DEV_STAT_WRITE_ERRS]=10, ' +
    '[BTRFS_DEV_STAT_READ_ERRS]=11, [BTRFS_DEV_STAT_FLUSH_ERRS]=12, [BTRFS_DEV_STAT_CORRUPTION_ERRS]=13, ' +
    `[BTRFS_DEV_STAT_GENERATION_ERRS]=14, ...]}) = ${INJECTED}`);
  assert.match(byRequest(t, 'BTRFS_IOC_TREE_SEARCH_V2'), / => \{key=\{nr_items=2\}, buf_size=256, buf=\[\{transid=7, objectid=BTRFS_FS_TREE_OBJECTID, offset=0, type=BTRFS_ROOT_ITEM_KEY, len=8\}, \{transid=8, objectid=300, offset=1, type=BTRFS_ROOT_REF_KEY, len=0\}\]\}\) = 0 \(INJECTED\)$/);
  assert.match(byRequest(t, 'BTRFS_IOC_INO_PATHS'), / => \{fspath=\{bytes_left=0, bytes_missing=0, elem_cnt=2, elem_missed=0, val=\["a\/b", "c"\]\}\}\) = 0 \(INJECTED\)$/);
  assert.match(byRequest(t, 'BTRFS_IOC_DEV_REPLACE'), / => \{result=BTRFS_IOCTL_DEV_REPLACE_RESULT_NO_ERROR, status=\{replace_state=BTRFS_IOCTL_DEV_REPLACE_STATE_STARTED, progress_1000=425 \/\* 42\.5% \*\/, time_started=0, /);
  assert.match(byRequest(t, 'BTRFS_IOC_FS_INFO'), /, csum_type=BTRFS_CSUM_TYPE_XXHASH, csum_size=8, flags=BTRFS_FS_INFO_FLAG_CSUM_INFO\|BTRFS_FS_INFO_FLAG_GENERATION, generation=99\}\) = 0 \(INJECTED\)$/);

  if (straceWorks()) {
    for (const flags of [[], ['-v'], ['-X', 'verbose']]) {
      const all = [...flags, '-e', 'trace=ioctl', '-e', 'inject=ioctl:retval=0', bin];
      const env = { env: { TZ: 'UTC' } };
      assert.deepEqual(ioctlLines((await tstrace(all, env)).stderr), ioctlLines((await strace(all, env)).stderr), flags.join(' '));
    }
  }
});
