#!/usr/bin/env node
/**
 * tstrace's entry point (package.json's bin; dist/cli/tstrace.js is a link to it, made by
 * scripts/bundle.mjs, so that Node starts it as CommonJS, not as an ES module). It starts
 * the bundled program (scripts/bundle.mjs): CommonJS chunks compiled with the V8 code caches
 * the build made for them, the ones needed at start in one file, the decoders' other units
 * each in a file of its own, read at first use. Compiling and deserialising code is most
 * of start-up: what a short trace never uses is never read. A CommonJS entry spares Node
 * its ES module loader.
 *
 * After a tsc-only build (no bundle, or a bundle older than this file, which tsc has just
 * rewritten) it runs the unbundled program instead (./main.js): never a stale bundle.
 */
import { closeSync, fstatSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'tstrace.bundle.cjs');
const cacheFile = join(__dirname, 'tstrace.bundle.cache');
/** The chunks not needed at start, each with its code cache. */
const chunkDir = join(__dirname, 'tstrace.chunks');
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
    // What require() does with a .node file, without its path resolution and package.json
    // lookups (~1.5 ms here).
    const mod = { exports: {} as { version?: unknown } };
    process.dlopen(mod, join(__dirname, native));
    return mod.exports.version === version ? mod.exports : undefined;
  } catch {
    return undefined;
  }
}

/** What the entry calls through koffi itself. */
interface Koffi {
  load(lib: string): { func(prototype: string): (...args: unknown[]) => unknown };
  address(pointer: unknown): bigint;
  view(pointer: unknown, length: number): ArrayBuffer;
}

/** A file's bytes, and what to do once they are no longer needed. */
interface FileBytes {
  bytes: Buffer;
  release(): void;
}

const PROT_READ = 1;
const MAP_PRIVATE = 2;
const MAP_FAILED = 0xffffffffffffffffn;

/**
 * Reads files for the compiler: mapped where koffi is at hand, else read. Every page a
 * process touches for the first time costs a fault (~15 us here, where the kernel zeroes
 * and maps it): reading the bundle and its cache into fresh buffers was ~240 faults, ~4 ms.
 * A mapping of the page cache takes ~16 pages per fault and zeroes nothing. The mapping is
 * released once V8 has made its string and its code from it (it keeps no reference).
 */
function fileReader(koffi: Koffi | undefined): (file: string) => FileBytes | undefined {
  let mapper: ((fd: number, length: number) => FileBytes | undefined) | undefined;
  if (koffi !== undefined) {
    try {
      const libc = koffi.load('libc.so.6');
      const mmap = libc.func('void *mmap(void *addr, size_t length, int prot, int flags, int fd, intptr_t offset)');
      const munmap = libc.func('int munmap(void *addr, size_t length)');
      mapper = (fd, length) => {
        const at = mmap(null, length, PROT_READ, MAP_PRIVATE, fd, 0);
        if (koffi.address(at) === MAP_FAILED) return undefined;
        return { bytes: Buffer.from(koffi.view(at, length)), release: () => void munmap(at, length) };
      };
    } catch {
      mapper = undefined;
    }
  }
  return (file) => {
    let fd;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const { size } = fstatSync(fd);
      return (size > 0 ? mapper?.(fd, size) : undefined) ?? { bytes: readFileSync(fd), release: () => {} };
    } finally {
      closeSync(fd);
    }
  };
}

/** A chunk's module factory, as scripts/bundle.mjs wraps each chunk. */
type Factory = (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/**
 * The bundled program's module registry. The bundle and each chunk file is a function
 * that defines chunk factories by id; a chunk runs on its first require, from the bundle
 * or else from its own file in tstrace.chunks/ (the decoders' units, read on first use).
 * Every file compiles with its code cache (V8 checks it against the source and its own
 * version: a mismatch only costs the compile time it would have saved).
 */
function runBundle(): void {
  const factories = new Map<string, Factory>();
  const modules = new Map<string, { exports: unknown }>();
  const define = (id: string, factory: Factory): void => void factories.set(id, factory);
  const compiled: { script: Script; cache: string }[] = [];
  // koffi first: the program needs it anyway, and the entry reads files through it.
  const native = koffiNative();
  const readBytes = fileReader(native as Koffi | undefined);
  const load = (file: string, cache: string): void => {
    const source = readBytes(file);
    if (source === undefined) throw new Error(`tstrace: cannot read ${file}; rebuild (npm run build)`);
    const cachedData = readBytes(cache);
    let script;
    try {
      script = new Script(source.bytes.toString('utf8'), { filename: file, cachedData: cachedData?.bytes });
    } finally {
      source.release();
      cachedData?.release();
    }
    compiled.push({ script, cache });
    script.runInThisContext()(define);
  };
  const nodeRequire = require;
  let koffi: unknown;
  const chunkRequire = (id: string): unknown => {
    if (id === 'koffi') {
      // As an ES module's namespace: the bundle's `import koffi from 'koffi'` then takes the
      // default export as it is, where for a plain CommonJS object esbuild's interop copies
      // each of koffi's ~60 exports into getters first.
      koffi ??= { __esModule: true, default: native ?? nodeRequire(koffiEntry() ?? 'koffi') };
      return koffi;
    }
    if (!id.startsWith('./')) return nodeRequire(id);
    const name = id.slice(2);
    const loaded = modules.get(name);
    if (loaded !== undefined) return loaded.exports;
    if (!factories.has(name)) {
      const file = join(chunkDir, name.replace(/\.js$/, '.cjs'));
      load(file, file.replace(/\.cjs$/, '.cache'));
    }
    const factory = factories.get(name);
    if (factory === undefined) throw new Error(`tstrace: chunk ${name} is missing from its file; rebuild (npm run build)`);
    const module = { exports: {} };
    modules.set(name, module);
    factory(module, module.exports, chunkRequire);
    return module.exports;
  };
  if (process.env[WRITE_CACHE] === '1') {
    delete process.env[WRITE_CACHE];
    process.on('exit', () => {
      // Renamed into place: another start may have the old cache mapped.
      for (const { script, cache } of compiled) {
        writeFileSync(cache + '.new', script.createCachedData());
        renameSync(cache + '.new', cache);
      }
    });
  }
  load(bundle, cacheFile);
  chunkRequire('./main.js');
}

if (bundleIsFresh()) runBundle();
else void import('./main.js');
