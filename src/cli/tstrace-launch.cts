#!/usr/bin/env node
/**
 * tstrace's entry point (package.json's bin; dist/cli/tstrace.js leads here too). It starts the program bundled into one CommonJS file,
 * compiled with the V8 code cache the build made for it: compiling the bundle was the
 * largest part of start-up left, and a CommonJS entry spares Node its ES module loader.
 *
 * After a tsc-only build (no bundle, or a bundle older than this file, which tsc has just
 * rewritten) it runs the unbundled program instead (./main.js): never a stale bundle.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'tstrace.bundle.cjs');
const cacheFile = join(__dirname, 'tstrace.bundle.cache');
/** Written by scripts/bundle.mjs: koffi's native module (see koffiNative). */
const koffiFile = join(__dirname, 'tstrace.koffi.json');
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

/**
 * koffi's entry file, found as Node would find it from here (node_modules up the tree, the
 * package's "exports" for require), or undefined to leave it to Node. Resolving a package
 * with "exports" makes Node load its ES module resolver: ~5% of start-up, for one name.
 */
function koffiEntry(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, 'node_modules', 'koffi', 'package.json');
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(pkg, 'utf8'));
    } catch {
      if (dirname(dir) === dir) return undefined;
      continue;
    }
    const entry = manifest.exports?.['.']?.require ?? manifest.main;
    return typeof entry === 'string' ? join(dirname(pkg), entry) : undefined;
  }
}

/**
 * koffi's native module, loaded straight from the file koffi itself loaded when the build
 * ran (scripts/bundle.mjs wrote where, relative to here, and its version), or undefined.
 * koffi's JavaScript loader (it finds the prebuilt binary by reading node's ELF header for
 * the libc) cost ~12 ms CPU and 1 MiB at every start, to find the same file each time.
 * A native module of another version than the build's (koffi updated since) is not used.
 */
function koffiNative(): unknown {
  try {
    const { native, version } = JSON.parse(readFileSync(koffiFile, 'utf8'));
    const mod = require(join(__dirname, native));
    return mod.version === version ? mod : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bundle's require: this file's (it resolves from the same directory; createRequire
 * would load node:module and, with it, the ES module loader), except for koffi (see
 * koffiNative and koffiEntry).
 */
function bundleRequire(): NodeRequire {
  const nodeRequire = require;
  let koffi: unknown;
  const loadKoffi = (): unknown => {
    koffi ??= koffiNative() ?? nodeRequire(koffiEntry() ?? 'koffi');
    return koffi;
  };
  return Object.assign((id: string) => (id === 'koffi' ? loadKoffi() : nodeRequire(id)), nodeRequire);
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
  script.runInThisContext()(mod.exports, bundleRequire(), mod, bundle, __dirname);
}

if (bundleIsFresh()) runBundle();
else void import('./main.js');
