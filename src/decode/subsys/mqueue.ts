/**
 * POSIX message queue attributes (struct mq_attr) as strace's printmqattr: mq_open shows
 * mq_flags in hex, mq_getsetattr by name (O_NONBLOCK is the only one).
 */
import { signatureOf } from '../signature.js';
import { defineStruct } from '../structs/registry.js';
import { bits, hexAt, i64At } from '../structs/text.js';

const MQ_ATTR_SIZE = 64;
const MQ_FLAGS = [[0o4000, 'O_NONBLOCK']] as const;

// mq_flags 0, mq_maxmsg 8, mq_msgsize 16, mq_curmsgs 24 (longs), then reserved.
defineStruct('mq_attr', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, MQ_ATTR_SIZE) !== MQ_ATTR_SIZE) return null;
  const b = c.mem.scratch;
  const flags = signatureOf(c.task.nr).name === 'mq_open'
    ? hexAt(b, 0)
    : bits(MQ_FLAGS, b.readUInt32LE(0), b.readUInt32LE(4));
  return `{mq_flags=${flags}, mq_maxmsg=${i64At(b, 8)}, mq_msgsize=${i64At(b, 16)}, mq_curmsgs=${i64At(b, 24)}}`;
});
