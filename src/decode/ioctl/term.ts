/**
 * Terminal requests (type 'T', asm-generic/ioctls.h): struct termios/termios2/termio,
 * winsize, modem lines, and the requests whose argument is an int or none.
 */
import * as X from '../xlat/ioctl.gen.js';
import type { IoctlCall } from './call.js';
import { onRequests, output, type IoctlDecoder } from './registry.js';
import { requestNumbers } from './request.js';
import { lookup } from './xlat.js';
import { xlatEntries } from '../xlat/text.js';

const mask = (name: string): number => xlatEntries(X.TERM_MASKS).find(([, n]) => n === name)![0];
const NLDLY = mask('NLDLY');
const CRDLY = mask('CRDLY');
const TABDLY = mask('TABDLY');
const BSDLY = mask('BSDLY');
const VTDLY = mask('VTDLY');
const FFDLY = mask('FFDLY');
const CBAUD = mask('CBAUD');
const CIBAUD = mask('CIBAUD');
const CSIZE = mask('CSIZE');
const IBSHIFT = mask('IBSHIFT');

const DELAYS = [
  [X.TERM_OFLAGS_NLDLY, NLDLY, 'NL?'], [X.TERM_OFLAGS_CRDLY, CRDLY, 'CR?'], [X.TERM_OFLAGS_TABDLY, TABDLY, 'TAB?'],
  [X.TERM_OFLAGS_BSDLY, BSDLY, 'BS?'], [X.TERM_OFLAGS_VTDLY, VTDLY, 'VT?'], [X.TERM_OFLAGS_FFDLY, FFDLY, 'FF?'],
] as const;

function oflag(c: IoctlCall, v: number): string {
  let s = '';
  for (const [table, m, dflt] of DELAYS) {
    s += c.xval(table, (v & m) >>> 0, dflt) + '|';
    v = (v & ~m) >>> 0;
  }
  return s + c.flags(X.TERM_OFLAGS, v);
}

function cflag(c: IoctlCall, v: number): string {
  let s = c.xval(X.BAUD_OPTIONS, (v & CBAUD) >>> 0, 'B???') + '|';
  if (v & CIBAUD) {
    const ibshift = c.style === 'abbrev' ? 'IBSHIFT' : c.style === 'raw' ? String(IBSHIFT) : `${IBSHIFT} /* IBSHIFT */`;
    s += `${c.xval(X.BAUD_OPTIONS, (v & CIBAUD) >>> IBSHIFT, 'B???')}<<${ibshift}|`;
  }
  s += c.xval(X.TERM_CFLAGS_CSIZE, (v & CSIZE) >>> 0, 'CS?') + '|';
  return s + c.flags(X.TERM_CFLAGS, (v & ~(CBAUD | CIBAUD | CSIZE)) >>> 0);
}

/** c_iflag .. c_lflag, the four words every termios layout starts with. */
function modes(c: IoctlCall, b: Buffer, size: 2 | 4): string {
  const at = (i: number): number => (size === 4 ? b.readUInt32LE(4 * i) : b.readUInt16LE(2 * i));
  return `c_iflag=${c.flags(X.TERM_IFLAGS, at(0))}, c_oflag=${oflag(c, at(1))}, ` +
    `c_cflag=${cflag(c, at(2))}, c_lflag=${c.flags(X.TERM_LFLAGS, at(3))}`;
}

function cc(c: IoctlCall, b: Buffer, off: number, n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`[${lookup(X.TERMIOS_CC, i) ?? i}]=${hex(b[off + i]!)}`);
  return `c_cc=[${items.join(', ')}]`;
}

const hex = (v: number): string => (v === 0 ? '0' : '0x' + v.toString(16));

// Kernel layouts: termios is 4 tcflag_t, c_line, c_cc[19]; termios2 adds c_ispeed and
// c_ospeed (aligned at 44); termio has 2-byte flags, c_line, c_cc[8].
const NCCS = 19;
const NCC = 8;

function termios(c: IoctlCall, withSpeeds: boolean): string {
  const size = withSpeeds ? 44 : 36;
  return c.struct(c.arg, size, (b) => {
    let s = '{' + modes(c, b, 4) + ', ';
    if (!c.verbose) return s + '...}';
    s += `c_line=${c.xval(X.TERM_LINE_DISCS, b[16]!, 'N_???')}, ${cc(c, b, 17, NCCS)}`;
    if (withSpeeds) s += `, c_ispeed=${b.readUInt32LE(36)}, c_ospeed=${b.readUInt32LE(40)}`;
    return s + '}';
  });
}

function termio(c: IoctlCall): string {
  return c.struct(c.arg, 18, (b) => {
    let s = '{' + modes(c, b, 2) + ', ';
    if (!c.verbose) return s + '...}';
    s += `c_line=${c.xval(X.TERM_LINE_DISCS, b[8]!, 'N_???')}, ${cc(c, b, 9, NCC)}`;
    return s + '}';
  });
}

function winsize(c: IoctlCall): string {
  return c.struct(c.arg, 8, (b) =>
    `{ws_row=${b.readUInt16LE(0)}, ws_col=${b.readUInt16LE(2)}, ws_xpixel=${b.readUInt16LE(4)}, ws_ypixel=${b.readUInt16LE(6)}}`);
}

function modemLines(c: IoctlCall): string {
  const b = c.fetch(c.arg, 4);
  return b === null ? c.addr(c.arg) : `[${c.flags(X.MODEM_FLAGS, b.readUInt32LE(0), 'TIOCM_???')}]`;
}

/** Decodes `names` at entry (what the kernel reads) or, for `get`, at exit. */
function both(get: string[], set: string[], print: (c: IoctlCall) => string): void {
  onRequests(requestNumbers(...get), output(print));
  onRequests(requestNumbers(...set), print);
}

both(['TCGETS2'], ['TCSETS2', 'TCSETSW2', 'TCSETSF2'], (c) => termios(c, true));
both(['TCGETS', 'TIOCGLCKTRMIOS'], ['TCSETS', 'TCSETSW', 'TCSETSF', 'TIOCSLCKTRMIOS'], (c) => termios(c, false));
both(['TCGETA'], ['TCSETA', 'TCSETAW', 'TCSETAF'], termio);
both(['TIOCGWINSZ'], ['TIOCSWINSZ'], winsize);
both(['TIOCMGET'], ['TIOCMBIS', 'TIOCMBIC', 'TIOCMSET'], modemLines);
both(['TIOCGPGRP', 'TIOCGSID', 'TIOCGETD', 'TIOCGSOFTCAR', 'TIOCGPTN', 'FIONREAD', 'TIOCOUTQ', 'TIOCGEXCL', 'TIOCGDEV'],
  ['TIOCSPGRP', 'TIOCSETD', 'FIONBIO', 'FIOASYNC', 'TIOCPKT', 'TIOCSSOFTCAR', 'TIOCSPTLCK'], (c) => c.int(c.arg));

const direct = (print: IoctlDecoder): IoctlDecoder => print;
onRequests(requestNumbers('TCXONC'), direct((c) => c.xval(X.TCXONC_OPTIONS, c.argU64, 'TC???')));
onRequests(requestNumbers('TCFLSH'), direct((c) => c.xval(X.TCFLSH_OPTIONS, c.argU64, 'TC???')));
onRequests(requestNumbers('TCSBRK', 'TCSBRKP', 'TIOCSCTTY'), (c) => String(c.argInt));
onRequests(requestNumbers('TIOCSTI'), (c) => {
  const b = c.fetch(c.arg, 1);
  return b === null ? c.addr(c.arg) : c.quoted(b, 1);
});
onRequests(requestNumbers('TIOCSBRK', 'TIOCCBRK', 'TIOCCONS', 'TIOCNOTTY', 'TIOCEXCL', 'TIOCNXCL', 'FIOCLEX', 'FIONCLEX',
  'TIOCVHANGUP', 'TIOCSSERIAL'), () => '');
