/** strace's string quoting: C escapes, shortest octal for the rest. */

const ESCAPES: Readonly<Record<number, string>> = {
  0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\',
};

function isOctalDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x37;
}

/**
 * How strings print: C escapes and octal (strace's default), C escapes and `\xNN` for the
 * rest (--strings-in-hex=non-ascii-chars), every byte as `\xNN` when the string holds
 * anything but printable characters and whitespace (-x), or always (-xx).
 */
export type StringStyle = 'escape' | 'hex-chars' | 'hex-nonascii' | 'hex';

function needsHex(buf: Uint8Array, len: number): boolean {
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    if (c > 0x7e || (c < 0x20 && (c < 9 || c > 13))) return true;
  }
  return false;
}

function hexQuote(buf: Uint8Array, len: number): string {
  let out = '"';
  for (let i = 0; i < len; i++) out += '\\x' + (buf[i]! < 16 ? '0' : '') + buf[i]!.toString(16);
  return out + '"';
}

/**
 * Quotes `len` bytes of `buf` as strace does, without the surrounding ellipsis; `alsoOctal`
 * lists printable characters escaped too (`<>` in the paths of -y).
 */
export function quote(buf: Uint8Array, len: number, style: StringStyle = 'escape', alsoOctal = ''): string {
  if (style === 'hex' || (style === 'hex-nonascii' && needsHex(buf, len))) return hexQuote(buf, len);
  let plain = true;
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c || (alsoOctal !== '' && alsoOctal.includes(String.fromCharCode(c)))) {
      plain = false;
      break;
    }
  }
  if (plain) return '"' + Buffer.from(buf.buffer, buf.byteOffset, len).toString('latin1') + '"';
  let out = '"';
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c && (alsoOctal === '' || !alsoOctal.includes(String.fromCharCode(c)))) {
      out += String.fromCharCode(c);
      continue;
    }
    const esc = ESCAPES[c];
    if (esc !== undefined) {
      out += esc;
      continue;
    }
    if (style === 'hex-chars') {
      out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    } else if (i + 1 < len && isOctalDigit(buf[i + 1])) {
      out += '\\' + (c >> 6) + ((c >> 3) & 7) + (c & 7);
    } else {
      // The shortest octal form, unless the next printed byte is an octal digit, which
      // would then read as part of the escape.
      out += '\\' + c.toString(8);
    }
  }
  return out + '"';
}
