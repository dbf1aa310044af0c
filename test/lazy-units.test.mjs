// Decoder modules loaded on first use (src/decode/lazy.ts, scripts/bundle.mjs): a lookup
// that misses loads the unit defining the name; the build learns which unit defines what;
// the bundled command line defers the big families.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers/fixtures.mjs';
import { deferUnit, recordUnit, recordedUnits } from '../dist/decode/lazy.js';
import { defineFlags, formatFlags, formatterOf, hasXlat } from '../dist/decode/xlat/registry.js';
import { defineResult, defineStruct, resultDecoder, structDecoder, structOptions } from '../dist/decode/structs/registry.js';
import { decoderOf, onRequests, onType } from '../dist/decode/ioctl/registry.js';

const none = { xlat: [], struct: [], result: [], rule: [], ioctl: [] };

test('a deferred unit loads at the first lookup of one of its names, once', () => {
  let loads = 0;
  const decoder = () => 'decoded';
  deferUnit({ ...none, xlat: ['lazy_test_flags'], struct: ['lazy_test_struct'], result: ['lazy_test_sys'] }, () => {
    loads++;
    defineFlags('lazy_test_flags', [[1, 'LT_A'], [2, 'LT_B']]);
    defineStruct('lazy_test_struct', decoder, { onError: true });
    defineResult('lazy_test_sys', () => 'note');
  });
  assert.equal(loads, 0);
  assert.equal(structDecoder('not_a_struct'), undefined);
  assert.equal(hasXlat('not_a_table'), false);
  assert.equal(loads, 0, 'names of no unit load nothing');
  assert.equal(formatFlags('lazy_test_flags', 3, 0), 'LT_A|LT_B');
  assert.equal(loads, 1);
  assert.equal(structOptions('lazy_test_struct')?.onError, true);
  assert.equal(structDecoder('lazy_test_struct'), decoder);
  assert.equal(resultDecoder('lazy_test_sys')?.({}), 'note');
  assert.equal(typeof formatterOf('lazy_test_flags'), 'function');
  assert.equal(loads, 1);
});

test('each kind of lookup loads its unit', () => {
  const loads = [];
  deferUnit({ ...none, struct: ['lazy_opts_first'] }, () => {
    loads.push('struct');
    defineStruct('lazy_opts_first', () => 'x', { nullToo: true });
  });
  deferUnit({ ...none, result: ['lazy_result_sys'] }, () => {
    loads.push('result');
    defineResult('lazy_result_sys', () => 'r');
  });
  deferUnit({ ...none, xlat: ['lazy_has'] }, () => {
    loads.push('xlat');
    defineFlags('lazy_has', [[1, 'LH']]);
  });
  // The options are asked before the decoder (args.ts): they must load it too.
  assert.equal(structOptions('lazy_opts_first')?.nullToo, true);
  assert.equal(resultDecoder('lazy_result_sys')?.({}), 'r');
  assert.equal(hasXlat('lazy_has'), true);
  assert.deepEqual(loads, ['struct', 'result', 'xlat']);
});

test('an ioctl family loads at the first lookup of one of its requests, its own decoder before its type\'s', () => {
  const loads = [];
  // Made-up requests of an unused _IOC type (0xf7): one family decodes the whole type,
  // another one request of it.
  const type = 0xf7;
  const own = (type << 8) | 1;
  const other = (type << 8) | 2;
  const byType = () => 'type';
  const byCode = () => 'own';
  deferUnit({ ...none, ioctl: [`type:${type}`] }, () => {
    loads.push('type');
    onType(type, byType);
  });
  deferUnit({ ...none, ioctl: [String(own)] }, () => {
    loads.push('own');
    onRequests([own], byCode);
  });
  assert.equal(decoderOf(other), byType);
  assert.deepEqual(loads, ['type']);
  // The type's decoder is there now, but the request's own family is still to load.
  assert.equal(decoderOf(own), byCode);
  assert.deepEqual(loads, ['type', 'own']);
  assert.equal(decoderOf((0xf6 << 8) | 1), undefined);
  assert.deepEqual(loads, ['type', 'own']);
});

test('a unit of units (an aggregator): the lookup loads the outer one, then the inner one', () => {
  const loads = [];
  deferUnit({ ...none, xlat: ['lazy_inner'] }, () => {
    loads.push('outer');
    deferUnit({ ...none, xlat: ['lazy_other'] }, () => loads.push('other'));
    deferUnit({ ...none, xlat: ['lazy_inner'] }, () => {
      loads.push('inner');
      defineFlags('lazy_inner', [[1, 'LI']]);
    });
  });
  assert.equal(formatFlags('lazy_inner', 1, 0), 'LI');
  assert.deepEqual(loads, ['outer', 'inner']);
});

test('the recording: an aggregator\'s unit defines what its units define', () => {
  recordUnit('outer', () => {
    recordUnit('inner', () => defineStruct('lazy_rec_inner', () => 'i'));
  });
  const units = recordedUnits();
  assert.deepEqual(units.inner, { ...none, struct: ['lazy_rec_inner'] });
  assert.deepEqual(units.outer, { ...none, struct: ['lazy_rec_inner'] });
});

test('the recording: names by unit; a name defined twice keeps its units eager', () => {
  recordUnit('a', () => defineFlags('lazy_rec_a', [[1, 'RA']]));
  recordUnit('b', () => {
    defineStruct('lazy_rec_b', () => 'b');
    defineFlags('lazy_rec_shared', [[1, 'S1']]);
  });
  recordUnit('c', () => defineFlags('lazy_rec_shared', [[1, 'S2']]));
  const units = recordedUnits();
  assert.deepEqual(units.a, { ...none, xlat: ['lazy_rec_a'] });
  assert.match(units.b, /defined more than once: xlat lazy_rec_shared/);
  assert.match(units.c, /defined more than once/);
  // Recording evaluates at once, in order: the last definition stands, as without the bundle.
  assert.equal(formatFlags('lazy_rec_shared', 1, 0), 'S2');
});

test('the recording: a unit whose name was looked up before it loaded stays eager', () => {
  assert.equal(formatFlags('lazy_rec_early', 1, 0), '0x1');
  recordUnit('early', () => defineFlags('lazy_rec_early', [[1, 'RE']]));
  assert.match(recordedUnits().early, /looked up before it loaded/);
});

const CLI = join(REPO, 'dist', 'cli');
const unitsFile = join(CLI, 'tstrace.units.json');
const bundled = existsSync(unitsFile) && existsSync(join(CLI, 'tstrace.bundle.cjs')) &&
  statSync(join(CLI, 'tstrace.bundle.cjs')).mtimeMs >= statSync(join(CLI, 'tstrace-launch.cjs')).mtimeMs;

test('the bundle defers the net, ioctl and subsystem decoders and the xlat families', { skip: !bundled && 'no bundle (tsc-only build)' }, () => {
  const units = JSON.parse(readFileSync(unitsFile, 'utf8'));
  for (const id of ['src/decode/structs/index.ts:../net/index.js', 'src/decode/structs/index.ts:../ioctl/index.js',
    'src/decode/structs/index.ts:../subsys/index.js', 'src/decode/xlat/all.ts:./net.js', 'src/decode/xlat/all.ts:./subsys.js',
    'src/decode/ioctl/index.ts:./term.js', 'src/decode/ioctl/index.ts:./v4l2.js']) {
    assert.equal(typeof units[id], 'object', `${id}: ${units[id]}`);
  }
  const prctl = units['src/decode/subsys/index.ts:./prctl.js'];
  assert.ok(prctl.rule.includes('prctl'));
  // special.ts's own rules are not the unit's, though prctl.ts imports special.ts.
  assert.ok(!prctl.rule.includes('openat'), prctl.rule.join(' '));
  // The deferred modules are not evaluated at start-up: the bundle holds prctl's loader, a
  // deferred require of its chunk, and the chunk is a file of its own.
  const bundle = readFileSync(join(CLI, 'tstrace.bundle.cjs'), 'utf8');
  const chunk = readdirSync(join(CLI, 'tstrace.chunks')).find((f) => /^prctl-\w+\.cjs$/.test(f));
  assert.ok(chunk !== undefined, 'no prctl chunk in tstrace.chunks/');
  const id = chunk.replace(/\.cjs$/, '.js');
  assert.ok(bundle.includes(`()=>require(${JSON.stringify(`./${id}`)})`), `no deferred require of ${id}`);
  assert.ok(!bundle.includes(`define(${JSON.stringify(id)}`), `${id} is in the bundle`);
});
