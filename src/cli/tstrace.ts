#!/usr/bin/env node
/**
 * `tstrace` as `node dist/cli/tstrace.js` (what tests, scripts and habits run): the same
 * entry as package.json's bin, tstrace-launch.cjs, which runs the bundled program or, after
 * a tsc-only build, ./main.js. Required, not imported: importing a CommonJS file has Node's
 * ES module loader translate it and scan it for exports (~13 ms).
 */
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./tstrace-launch.cjs');
