/**
 * Struct decoders: how `struct:NAME`, `ostruct:NAME` and `iostruct:NAME` arguments of
 * signatures.ts print. One decoder per NAME; a NAME without one prints as an address.
 * The registry lives in registry.ts; the decoders, grouped by family, register themselves
 * when imported here.
 */
export {
  defineResult, defineStruct, resultDecoder, structDecoder, structOptions,
  type EntryCapture, type ResultDecoder, type StructContext, type StructDecoder, type StructOptions,
} from './registry.js';
export { timespecAt } from './time.js';

import './time.js';
import './stat.js';
import './signal.js';
import './process.js';
import './net.js';
import './io.js';
import './fs.js';
import './caps.js';
import './clone.js';
import './fcntl.js';
import './open.js';
import './mem.js';
import './poll.js';
import './xattr.js';
import './pids.js';
import './sched.js';
import '../net/index.js';
import '../ioctl/index.js';
import '../subsys/index.js';
