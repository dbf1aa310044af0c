#!/usr/bin/env node
/**
 * tstrace's entry point (package.json's bin; dist/cli/tstrace.js leads here too once
 * scripts/bundle.mjs has run). It starts the program bundled into one CommonJS file,
 * compiled with the V8 code cache the build made for it: compiling the bundle was the
 * largest part of start-up left, and a CommonJS entry spares Node its ES module loader.
 *
 * After a tsc-only build (no bundle, or a bundle older than this file, which tsc has just
 * rewritten) it runs the unbundled program instead: never a stale bundle.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'tstrace.bundle.cjs');
const cacheFile = join(__dirname, 'tstrace.bundle.cache');
/** Set by scripts/bundle.mjs: write the code cache at exit, after a run that compiled the common paths. */
const WRITE_CACHE = 'TSTRACE_WRITE_CODE_CACHE';

function bundleIsFresh(): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(__filename).mtimeMs;
  } catch {
    return false;
  }
}

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function runBundle(): void {
  const source = readFileSync(bundle, 'utf8');
  // V8 checks the cache against the source and its own version; a mismatch (another Node)
  // only costs the compile time the cache would have saved.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData: readCache(),
  });
  if (process.env[WRITE_CACHE] === '1') {
    delete process.env[WRITE_CACHE];
    process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, __dirname);
}

if (bundleIsFresh()) runBundle();
else void import('./tstrace.js');
