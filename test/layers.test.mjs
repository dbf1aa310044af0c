// The layering rule (GUIDE.md): data flows sys -> engine -> decode -> filter -> format ->
// cli, with api, ptail and toolbox beside; every import between layers points down. This
// reads src/ as text (every relative import, type-only ones too) and names each one that
// points up, so that a cycle between layers cannot come back unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { REPO } from './helpers/fixtures.mjs';

const BELOW_FILTER = ['sys', 'engine', 'decode', 'filter'];
/**
 * What each layer may import. toolbox (unwinding, registers, fault injection) stands on
 * the filter and below, so that format's -i and -k may use it; api and ptail are libraries
 * over format; the CLI sits on top of everything.
 */
const MAY_IMPORT = {
  sys: [],
  engine: ['sys'],
  decode: ['sys', 'engine'],
  filter: ['sys', 'engine', 'decode'],
  toolbox: BELOW_FILTER,
  format: [...BELOW_FILTER, 'toolbox'],
  api: [...BELOW_FILTER, 'toolbox', 'format'],
  ptail: [...BELOW_FILTER, 'toolbox', 'format'],
  cli: [...BELOW_FILTER, 'toolbox', 'format', 'api', 'ptail'],
};

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.c?ts$/.test(e.name) ? [join(dir, e.name)] : []);
}

test('imports between layers point down', () => {
  const src = join(REPO, 'src');
  const wrong = [];
  for (const file of sources(src)) {
    const from = relative(src, file).split('/')[0];
    if (!(from in MAY_IMPORT)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = relative(src, normalize(join(dirname(file), m[1]))).split('/')[0];
      if (to === from || !(to in MAY_IMPORT)) continue;
      if (!MAY_IMPORT[from].includes(to)) wrong.push(`${relative(REPO, file)} imports ${m[1]}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the rule itself sees an up-pointing import', () => {
  // A check that passes on anything proves nothing: the pattern must catch a real import.
  const line = "import type { CliOptions } from '../cli/options.js';";
  assert.match(line, /(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/);
  assert.ok(!MAY_IMPORT.api.includes('cli') && !MAY_IMPORT.filter.includes('toolbox') && !MAY_IMPORT.format.includes('api'));
});
