// scripts/cjs-interop.mjs: the bundle's chunks with plain exports where the binding allows
// it. Each chunk below goes through esbuild's CommonJS transform, as scripts/bundle.mjs
// makes them, then is evaluated as the entry's registry does (a function of module,
// exports, require).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transform } from 'esbuild';
import { trimInterop } from '../scripts/cjs-interop.mjs';

async function chunk(esm) {
  const { code } = await transform(esm, { format: 'cjs', platform: 'node', target: 'node20', loader: 'js', minifyWhitespace: true });
  return trimInterop(code);
}

function evaluate(cjs, require = () => ({})) {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', cjs)(module, module.exports, require);
  return module.exports;
}

const kind = (object, name) => {
  const d = Object.getOwnPropertyDescriptor(object, name);
  return d === undefined ? 'absent' : 'get' in d ? 'getter' : 'value';
};

test('bindings never assigned again are plain properties; the others stay live getters', async () => {
  const cjs = await chunk(`
    export function twice(n) { return 2 * n; }
    export const TABLE = [1, 2, 3];
    export class Point { constructor(x) { this.x = x; } }
    export let counter = 0;
    export function bump() { counter++; }
    export var style = 'abbrev';
    export function setStyle(s) { style = s; }
    export { twice as double };
  `);
  const e = evaluate(cjs);
  for (const name of ['twice', 'double', 'TABLE', 'Point', 'bump', 'setStyle']) assert.equal(kind(e, name), 'value', name);
  assert.equal(e.twice(4), 8);
  assert.equal(e.double, e.twice);
  assert.deepEqual(e.TABLE, [1, 2, 3]);
  assert.equal(new e.Point(3).x, 3);
  // Assigned after their definition: live, as ES module bindings are.
  assert.equal(kind(e, 'counter'), 'getter');
  assert.equal(kind(e, 'style'), 'getter');
  e.bump();
  e.setStyle('raw');
  assert.equal(e.counter, 1);
  assert.equal(e.style, 'raw');
});

test('a variable is exported from the statement that defines it on, as its getter was', async () => {
  // What the chunk's own later code (or a chunk it loads, in a cycle) sees through the
  // export object while the chunk is still being evaluated.
  const cjs = await chunk(`
    import { seen } from 'probe';
    export const FIRST = 'first';
    seen.push(globalThis.__interopExports?.FIRST, globalThis.__interopExports?.SECOND);
    export const SECOND = 'second';
  `);
  const seen = [];
  const module = { exports: {} };
  const require = () => ({ seen });
  // The registry hands the chunk's export object out as soon as the chunk starts.
  new Function('module', 'exports', 'require', cjs.replace(/module\.exports=([\w$]+);/, 'module.exports=$1;globalThis.__interopExports=$1;'))(module, module.exports, require);
  delete globalThis.__interopExports;
  assert.deepEqual(seen, ['first', undefined]);
  assert.equal(module.exports.SECOND, 'second');
});

test("esbuild's helpers are dropped when nothing uses them, kept when a getter does", async () => {
  const plain = await chunk('export function f() { return 1; }\nexport const K = 2;');
  assert.doesNotMatch(plain, /__export|__copyProps|__toCommonJS|__defProp/);
  assert.equal(evaluate(plain).K, 2);
  const live = await chunk('export let n = 0;\nexport function inc() { n++; }');
  assert.match(live, /__export\(/);
  const e = evaluate(live);
  e.inc();
  assert.equal(e.n, 1);
});
