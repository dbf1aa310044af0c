/**
 * perf events' ioctls (type '$', linux/perf_event.h), as strace's perf_ioctl.c prints them:
 * flag words, plain numbers, fds, the filter string, the event id written back at exit, the
 * BPF program ids query (in at entry, out at exit) and a new struct perf_event_attr.
 */
import * as X from '../xlat/ioctl.gen.js';
import { perfEventAttrText } from '../subsys/perf.js';
import type { IoctlCall } from './call.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes } from './request.js';

/** The kernel reads the filter as a C string of at most a page. */
const FILTER_MAX = 4096;

onRequests(codes('PERF_EVENT_IOC_ENABLE', 'PERF_EVENT_IOC_DISABLE', 'PERF_EVENT_IOC_RESET'),
  // printflags: the argument's low 32 bits.
  (c) => c.flags(X.PERF_IOCTL_FLAGS, c.argU32, 'PERF_IOC_FLAG_???'));
onRequests(codes('PERF_EVENT_IOC_REFRESH'), (c) => String(c.argInt));
onRequests(codes('PERF_EVENT_IOC_PERIOD'), (c) => c.u64(c.arg));
onRequests(codes('PERF_EVENT_IOC_SET_OUTPUT', 'PERF_EVENT_IOC_SET_BPF'), (c) => c.fd(c.argInt));
onRequests(codes('PERF_EVENT_IOC_PAUSE_OUTPUT'), (c) => c.argU64.toString());
onRequests(codes('PERF_EVENT_IOC_SET_FILTER'), (c) => c.cstrn(c.arg, FILTER_MAX));
onRequests(codes('PERF_EVENT_IOC_ID'), output((c) => c.u64(c.arg)));
onRequests(codes('PERF_EVENT_IOC_MODIFY_ATTRIBUTES'),
  (c) => perfEventAttrText(c.task.tid, c.arg, c.mem, c.verbose) ?? c.argAddr);

// struct perf_event_query_bpf: ids_len (in), prog_cnt (out), ids[] (out).
onRequests(codes('PERF_EVENT_IOC_QUERY_BPF'), (c) => {
  const b = c.fetch(c.arg, 4);
  if (b === null) return c.argAddr;
  return { entry: `{ids_len=${b.readUInt32LE(0)}`, exit: queryBpfOut };
});

function queryBpfOut(c: IoctlCall): string {
  const cnt = c.fetch(c.arg + 4, 4);
  if (cnt === null) return ', ...}';
  const n = cnt.readUInt32LE(0);
  return `, prog_cnt=${n}, ids=${c.array(c.arg + 8, n, 4, (e) => String(e.readUInt32LE(0)))}}`;
}
