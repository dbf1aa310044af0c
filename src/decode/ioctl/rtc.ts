/** Real-time clocks (type 'p', linux/rtc.h). */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { hex, i64, x64 } from './fields.js';
import { onRequests, output } from './registry.js';
import { requestNumbers as codes, requestNumber } from './request.js';

/** struct rtc_time: nine ints, the last three only with -v. */
function rtcTime(c: IoctlCall, b: Buffer, off: number): string {
  const f = (i: number): number => b.readInt32LE(off + 4 * i);
  const s = `{tm_sec=${f(0)}, tm_min=${f(1)}, tm_hour=${f(2)}, tm_mday=${f(3)}, tm_mon=${f(4)}, tm_year=${f(5)}, `;
  return s + (c.verbose ? `tm_wday=${f(6)}, tm_yday=${f(7)}, tm_isdst=${f(8)}}` : '...}');
}
const time = (c: IoctlCall): string => c.struct(c.arg, 36, (b) => rtcTime(c, b, 0));
onRequests(codes('RTC_ALM_READ', 'RTC_RD_TIME'), output(time));
onRequests(codes('RTC_ALM_SET', 'RTC_SET_TIME'), time);

onRequests(codes('RTC_IRQP_SET', 'RTC_EPOCH_SET'), (c) => c.argU64.toString());
onRequests(codes('RTC_IRQP_READ', 'RTC_EPOCH_READ'), output((c) => c.struct(c.arg, 8, (b) => `[${b.readBigUInt64LE(0)}]`)));

const wkalrm = (c: IoctlCall): string => c.struct(c.arg, 40, (b) =>
  `{enabled=${b[0]}, pending=${b[1]}, time=${rtcTime(c, b, 4)}}`);
onRequests(codes('RTC_WKALM_RD'), output(wkalrm));
onRequests(codes('RTC_WKALM_SET'), wkalrm);

const pll = (c: IoctlCall): string => c.struct(c.arg, 32, (b) => {
  const f = (i: number): number => b.readInt32LE(4 * i);
  return `{pll_ctrl=${f(0)}, pll_value=${f(1)}, pll_max=${f(2)}, pll_min=${f(3)}, pll_posmult=${f(4)}, ` +
    `pll_negmult=${f(5)}, pll_clock=${i64(b, 24)}}`;
});
onRequests(codes('RTC_PLL_GET'), output(pll));
onRequests(codes('RTC_PLL_SET'), pll);

onRequests(codes('RTC_VL_READ'), output((c) => c.struct(c.arg, 4, (b) =>
  `[${c.flags(X.RTC_VL_FLAGS, b.readUInt32LE(0), 'RTC_VL_???')}]`)));

// struct rtc_param: param (u64), a u64 value by param, index, __pad.
const RTC_PARAM_FEATURES = 0;
const RTC_PARAM_CORRECTION = 1;
const RTC_PARAM_BACKUP_SWITCH_MODE = 2;
function param(c: IoctlCall, get: boolean): string {
  return c.struct(c.arg, 24, (b) => {
    const fields: string[] = [];
    const which = b.readBigUInt64LE(0);
    if (c.entering) fields.push(`param=${c.xval(X.RTC_PARAMS, which, 'RTC_PARAM_???')}`);
    if (c.entering !== get) {
      switch (which) {
        case BigInt(RTC_PARAM_FEATURES):
          fields.push(`uvalue=${c.flags(X.RTC_FEATURES, b.readBigUInt64LE(8), '1<<RTC_FEATURE_???')}`);
          break;
        case BigInt(RTC_PARAM_CORRECTION):
          fields.push(`svalue=${i64(b, 8)}`);
          break;
        case BigInt(RTC_PARAM_BACKUP_SWITCH_MODE):
          fields.push(`uvalue=${c.xval(X.RTC_BACKUP_SWITCH_MODES, b.readBigUInt64LE(8), 'RTC_BSM_???')}`);
          break;
        default:
          fields.push(`uvalue=${x64(b, 8)}`);
      }
    }
    if (c.entering) fields.push(`index=${b.readUInt32LE(16)}`);
    const pad = b.readUInt32LE(20);
    if (pad) fields.push(`__pad=${hex(pad)}`);
    return `{${fields.join(', ')}}`;
  });
}
const PARAM_GET = requestNumber('RTC_PARAM_GET');
onRequests(codes('RTC_PARAM_GET', 'RTC_PARAM_SET'), (c) => {
  const get = c.code === PARAM_GET;
  const text = param(c, get);
  if (!get || !text.startsWith('{')) return text;
  return { entry: text, exit: (c) => ' => ' + param(c, true) };
});

onRequests(codes('RTC_AIE_ON', 'RTC_AIE_OFF', 'RTC_UIE_ON', 'RTC_UIE_OFF', 'RTC_PIE_ON', 'RTC_PIE_OFF', 'RTC_WIE_ON',
  'RTC_WIE_OFF', 'RTC_VL_CLR'), () => '');
