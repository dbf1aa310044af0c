// splitArgs: strace's argument text cut at top-level ", " only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitArgs } from '../dist/index.js';

test('splitArgs keeps strings, structs, arrays and comments whole', () => {
  assert.deepEqual(splitArgs('AT_FDCWD, "/a, b\\", c", O_RDONLY|O_CLOEXEC'), ['AT_FDCWD', '"/a, b\\", c"', 'O_RDONLY|O_CLOEXEC']);
  assert.deepEqual(splitArgs('3, {st_mode=S_IFREG|0644, st_size=5, ...}, 0'), ['3', '{st_mode=S_IFREG|0644, st_size=5, ...}', '0']);
  assert.deepEqual(splitArgs('["ls", "-l"], 0x7ffd /* 3 vars, or so */'), ['["ls", "-l"]', '0x7ffd /* 3 vars, or so */']);
  assert.deepEqual(splitArgs('3, {sa_family=AF_INET}, [128 => 16]'), ['3', '{sa_family=AF_INET}', '[128 => 16]']);
  assert.deepEqual(splitArgs('makedev(0x1, 0x3)'), ['makedev(0x1, 0x3)']);
  assert.deepEqual(splitArgs(''), []);
  assert.deepEqual(splitArgs('<... resuming interrupted read ...>'), ['<... resuming interrupted read ...>']);
});
