// Decoding options: -x / -xx (strings in hex) and -y (paths behind fds), as strace prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fixture, haveCompiler, lines, strace, straceWorks, tempDir, tstrace } from './helpers/fixtures.mjs';

const skip = haveCompiler() ? false : 'no C compiler: fixture tests skipped';
const hex = (bytes) => bytes.map((b) => '\\x' + b.toString(16).padStart(2, '0')).join('');

test('-x: a string with non-printable bytes goes all hex; plain text stays; -xx: everything hex', { skip }, async () => {
  const dir = tempDir();
  const x = lines((await tstrace(['-x', '-s', '8', '-e', 'trace=write', fixture('files'), dir])).stderr);
  assert.ok(x.some((l) => /^write\(3, "hello ts"\.\.\., 14\) += 14$/.test(l)), x.join('\n'));
  assert.ok(x.includes(`write(3, "${hex([0, 1, 2, 3, 4, 5, 6, 7])}"..., 100) = 100`), x.join('\n'));
  const xx = lines((await tstrace(['-xx', '-s', '8', '-e', 'trace=write', fixture('files'), dir])).stderr);
  assert.ok(xx.includes(`write(3, "${hex([...Buffer.from('hello ts')])}"..., 14) = 14`), xx.join('\n'));
});

test('-y: fd arguments and fd results with the path behind them', { skip }, async () => {
  const dir = tempDir();
  const t = lines((await tstrace(['-y', '-e', 'trace=openat,write,close', fixture('files'), dir])).stderr);
  assert.ok(t.includes(`openat(AT_FDCWD<${process.cwd()}>, "${dir}/data.txt", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3<${dir}/data.txt>`), t.join('\n'));
  assert.ok(t.some((l) => l.startsWith(`write(3<${dir}/data.txt>, "hello tstrace\\n", 14)`)), t.join('\n'));
  assert.ok(t.some((l) => l.startsWith('write(3</dev/null>, ')), 'the /dev/null fd');
  assert.ok(t.some((l) => /^close\(3<\/dev\/null>\) +=/.test(l)));
  const plain = (await tstrace(['-e', 'trace=close', fixture('files'), dir])).stderr;
  assert.doesNotMatch(plain, /</, 'no paths without -y');
});

test('-e write=FDS / -e read=FDS: strace\'s hex dumps, per buffer for vectored calls', { skip }, async () => {
  const dir = tempDir();
  const args = ['-e', 'trace=write,read', '-e', 'write=3', '-e', 'read=3', fixture('files'), dir];
  const t = lines((await tstrace(args)).stderr);
  const dumps = t.filter((l) => l.startsWith(' | ') || l.startsWith(' * '));
  assert.ok(dumps.includes(' | 00000  68 65 6c 6c 6f 20 74 73  74 72 61 63 65 0a        hello tstrace.   |'), dumps.join('\n'));
  // 100 bytes 0..99: 7 lines, the last with 4 bytes.
  assert.ok(dumps.includes(' | 00060  60 61 62 63                                       `abc             |'), dumps.join('\n'));
  if (straceWorks()) {
    const s = lines((await strace(args)).stderr).filter((l) => l.startsWith(' | ') || l.startsWith(' * '));
    assert.deepEqual(dumps, s);
  }
  const none = await tstrace(['-e', 'trace=write', '-e', 'write=5', fixture('files'), dir]);
  assert.doesNotMatch(none.stderr, /^ \| /m, 'only the fds asked for');
});

test('-X raw|abbrev|verbose: constants as numbers, names, or both', { skip }, async () => {
  const dir = tempDir();
  const first = async (x) => lines((await tstrace(['-X', x, '-e', 'trace=openat', fixture('files'), dir])).stderr).find((l) => l.includes('data.txt'));
  assert.match(await first('raw'), new RegExp(`^openat\\(-100, "${dir}/data.txt", 0x241, 0644\\) += 3$`));
  assert.match(await first('verbose'), new RegExp(`^openat\\(-100 /\\* AT_FDCWD \\*/, "${dir}/data.txt", 0x241 /\\* O_WRONLY\\|O_CREAT\\|O_TRUNC \\*/, 0644\\) += 3$`));
  assert.match(await first('abbrev'), new RegExp(`^openat\\(AT_FDCWD, "${dir}/data.txt", O_WRONLY\\|O_CREAT\\|O_TRUNC, 0644\\) += 3$`));
  const bad = await tstrace(['-X', 'loud', 'true']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /invalid -X argument: 'loud'/);
});

test('-yy: socket endpoints and device numbers', { skip: spawnSync('python3', ['-c', '1']).status === 0 ? false : 'python3 is not installed' }, async () => {
  const py = `import socket
t = socket.socket(); t.bind(('127.0.0.1', 0)); t.listen()
c = socket.create_connection(t.getsockname()); c.send(b'y')
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.sendto(b'z', ('127.0.0.1', 9))
open('/dev/null').close(); c.close(); t.close()`;
  const t = lines((await tstrace(['-yy', '-e', 'trace=connect,sendto,close', 'python3', '-c', py])).stderr);
  const has = (re) => assert.ok(t.some((l) => re.test(l)), `${re}\n${t.join('\n')}`);
  has(/^connect\(\d+<TCP:\[\d+\]>, \{sa_family=AF_INET, /);
  has(/^sendto\(\d+<TCP:\[127\.0\.0\.1:\d+->127\.0\.0\.1:\d+\]>, "y", 1, 0, NULL, 0\) += 1$/);
  has(/^sendto\(\d+<UDP:\[\d+\]>, "z", 1, /);
  has(/^close\(\d+<\/dev\/null<char 1:3>>\) += 0$/);
  has(/^close\(\d+<TCP:\[127\.0\.0\.1:\d+\]>\) += 0$/);

  // UNIX sockets: the peer (from netlink sock_diag), a path, an abstract name.
  const dir = tempDir();
  const unix = `import socket
a, b = socket.socketpair(); a.send(b'x')
l = socket.socket(socket.AF_UNIX); l.bind('${dir}/u.sock'); l.listen()
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d.bind('\\0tstrace-abstract'); d.close()`;
  const u = lines((await tstrace(['-yy', '-e', 'trace=sendto,listen,close', 'python3', '-c', unix])).stderr);
  const uhas = (re) => assert.ok(u.some((l) => re.test(l)), `${re}\n${u.join('\n')}`);
  uhas(/^sendto\(\d+<UNIX-STREAM:\[(\d+)->(\d+)\]>, "x", 1, 0, NULL, 0\) += 1$/);
  uhas(new RegExp(`^listen\\(\\d+<UNIX-STREAM:\\[\\d+,"${dir}/u.sock"\\]>, `));
  uhas(/^close\(\d+<UNIX:\[\d+,@"tstrace-abstract"\]>\) += 0$/);
});

test('socket option values: ints as [N], SO_LINGER as its struct', { skip: spawnSync('python3', ['-c', '1']).status === 0 ? false : 'python3 is not installed' }, async () => {
  const py = `import socket; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE); s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)`;
  const t = lines((await tstrace(['-e', 'trace=getsockopt,setsockopt', 'python3', '-c', py])).stderr).filter((l) => /sockopt/.test(l));
  assert.deepEqual(t.map((l) => l.replace(/^(\w+\()\d+/, '$1FD')), [
    'setsockopt(FD, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0',
    'getsockopt(FD, SOL_SOCKET, SO_TYPE, [1], [4]) = 0',
    'getsockopt(FD, SOL_SOCKET, SO_LINGER, {l_onoff=0, l_linger=0}, [8]) = 0',
  ]);
});

test('-e write=FD: a dump past 1 MiB widens its offset column to the digits the last offset needs', async () => {
  const r = await tstrace(['-e', 'trace=write', '-e', 'write=1', 'dd', 'if=/dev/zero', 'of=/dev/null', 'bs=1048592', 'count=1']);
  assert.equal(r.code, 0, r.stderr.slice(0, 2000));
  const dump = lines(r.stderr).filter((l) => l.startsWith(' | '));
  assert.ok(dump.length >= 65537, `${dump.length} dump lines`);
  assert.ok(dump[0].startsWith(' | 000000  00 00 '), dump[0]);
  assert.ok(dump[65536].startsWith(' | 100000  00 00 '), dump[65536]);
});

test('-e write=FD: a buffer whose tail cannot be read is dumped up to it, then strace\'s "Cannot fetch" line', { skip }, async () => {
  const r = await tstrace(['-e', 'trace=write', '-e', 'write=3', fixture('dump_tail')]);
  assert.equal(r.code, 0, r.stderr.slice(0, 2000));
  const dump = lines(r.stderr).filter((l) => l.startsWith(' | '));
  // strace reads a dump in 64 KiB pieces: the first is whole, the second (the last page) fails.
  assert.equal(dump.length, 4097, dump.slice(-3).join('\n'));
  assert.ok(dump[4095].startsWith(' | 0fff0  f0 f1 '), dump[4095]);
  const page = Number(/<Cannot fetch (\d+) bytes from pid \d+ @0x[0-9a-f]+>/.exec(dump[4096])?.[1]);
  assert.ok(page >= 4096, dump[4096]);
});
