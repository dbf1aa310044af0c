/**
 * ioctl(2): the request by name and the argument by request, as strace prints them. The
 * argument has two slots in ioctl's view (special.ts): `ioctl_arg` printed at entry and
 * `ioctl_arg_exit` at exit, each with its own leading `, `, so a decoder can print a
 * struct at entry, at exit, or begin it at entry and finish it at exit.
 */
import type { Task } from '../../engine/task.js';
import { defineResult, defineStruct, type StructContext } from '../structs/registry.js';
import { IoctlCall } from './call.js';
import { decoderOf, takeResultNote, type IoctlContinue } from './registry.js';
import { requestText } from './request.js';
import './term.js';
import './fs.js';
import './evdev.js';
import './hdio.js';
import './gpio.js';
import './misc.js';
import './rtc.js';
import './loop.js';
import './block.js';
import './ptp.js';
import './uffd.js';
import './scsi.js';
import './ubi.js';
import './kd.js';
import './v4l2.js';
import './seccomp.js';
import './mtd.js';
import './sock.js';
import './tee.js';
import './dm.js';
import './btrfs.js';
import './perf.js';

interface Pending {
  readonly exit: IoctlContinue['exit'];
  /** The entry printed part of the argument (the exit text follows it directly). */
  readonly printed: boolean;
}

/** Each task's decoder waiting for the syscall's exit. */
const pending = new WeakMap<Task, Pending>();

function call(sc: StructContext, entering: boolean): IoctlCall {
  return new IoctlCall(sc.task, sc.mem, sc.opts, entering);
}

function entry(sc: StructContext): string {
  const c = call(sc, true);
  const step = decoderOf(c.code)?.(c);
  if (step === undefined) {
    pending.delete(sc.task);
    return ', ' + c.argHex;
  }
  if (typeof step === 'string') {
    pending.delete(sc.task);
    return step === '' ? '' : ', ' + step;
  }
  pending.set(sc.task, { exit: step.exit, printed: step.entry !== '' });
  return step.entry === '' ? '' : ', ' + step.entry;
}

function exit(sc: StructContext): string {
  let p = pending.get(sc.task);
  pending.delete(sc.task);
  if (p === undefined) {
    // The entry was not seen (attached during the call): decode it silently first.
    const c = call(sc, true);
    const step = decoderOf(c.code)?.(c);
    if (step === undefined || typeof step === 'string') return '';
    p = { exit: step.exit, printed: false };
  }
  const c = call(sc, false);
  const text = p.exit(c);
  if (text === undefined) return p.printed ? '' : ', ' + c.argHex;
  return p.printed || text === '' ? text : ', ' + text;
}

defineStruct('ioctl_request', (sc) => requestText(sc.task.args[2]!, sc.opts.xlat ?? 'abbrev'), { nullToo: true });
defineStruct('ioctl_arg', entry, { nullToo: true });
defineStruct('ioctl_arg_exit', exit, { nullToo: true, onError: true });
defineResult('ioctl', (rc) => takeResultNote(rc.task));
