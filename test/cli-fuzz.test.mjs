// The command-line parser on a few thousand random command lines: it never throws, never
// hangs, and every refusal is one line. (The parser only: nothing is traced.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../dist/cli/options.js';

const FLAGS = ['-f', '-ff', '-o', '-p', '-q', '-qq', '-s', '-v', '-a', '-e', '-t', '-tt', '-ttt', '-r', '-T', '-c', '-C', '-w', '-S', '-U',
  '-z', '-Z', '-P', '-V', '-h', '--', '--seccomp-bpf', '--no-seccomp-bpf', '--summary-percentiles', '--absolute-timestamps',
  '--absolute-timestamps=format:unix', '--relative-timestamps=ms', '--syscall-times=ns', '--quiet', '--quiet=attach', '--trace=open',
  '--signal=!SIGCHLD', '--status=failed', '--output', '--attach', '--string-limit', '--columns', '-fqv', '-s100', '-ofile', '-p1,2', '-Y', '--bogus'];
const VALUES = ['', '0', '1', '-1', '32', '4294967296', 'abc', '1,2', '1 2', ',', 'trace=open', 'trace=!%file', 'trace=/^re', 'trace=/(',
  'trace=?nosuch', 'trace=%nosuch', 'trace=', 'signal=USR1', 'signal=SIGNOPE', 'status=successful,failed', 'status=never',
  'quiet=attach,exit', 'quiet=bogus', 'inject=open:error=ENOENT', 'fault=all', 'abbrev=none', '!', '!!all', 'calls', 'name,calls,p99',
  'time-percent', 'nonsense', '%', '=', 'trace==', 'true', 'ls', '/bin/true', '-', '--', '\u00e9', 'x'.repeat(300)];

function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

test('3,000 random command lines: no exception, one-line errors', () => {
  const random = rng(20261123);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const kinds = { run: 0, help: 0, version: 0, error: 0 };
  for (let i = 0; i < 3000; i++) {
    const argv = [];
    const n = Math.floor(random() * 8);
    for (let j = 0; j < n; j++) argv.push(random() < 0.6 ? pick(FLAGS) : pick(VALUES));
    let r;
    try {
      r = parseArgs(argv);
    } catch (e) {
      assert.fail(`parseArgs(${JSON.stringify(argv)}) threw: ${e.stack}`);
    }
    kinds[r.kind]++;
    if (r.kind === 'error') {
      assert.ok(r.message.length > 0 && !r.message.includes('\n'), `${JSON.stringify(argv)}: ${r.message}`);
    }
  }
  // The generator reaches every outcome, or the test would prove little.
  for (const [k, n] of Object.entries(kinds)) assert.ok(n > 0, `no ${k} results`);
});
