// ingest/html/charset.ts — the text of a page's bytes: byte-order mark, then valid UTF-8, then the charset the page
// declares (HTTP Content-Type, `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`), then
// GB18030 (the superset of GBK and GB2312 that most Chinese portals without a declaration use).
//
// Why valid UTF-8 goes before the declaration: portals that moved to UTF-8 often kept `charset=gb2312` in their
// templates, and GB18030 decodes any UTF-8 byte sequence without an error (into mojibake), while text in GBK is almost
// never valid UTF-8. A declaration therefore decides only bytes that are not UTF-8: GBK/GB18030 pages, Big5 pages of
// Hong Kong or Taiwan bodies (which GB18030 would turn into mojibake), single-byte Western pages.

import { decodeBytes } from '../encoding.ts';
import { InputError } from '../input-error.ts';

export interface DecodedPage {
  html: string;
  /** The encoding used (the WHATWG name: utf-8, gb18030, big5 …), with `-bom` when a byte-order mark said it. */
  encoding: string;
  /** Where the encoding came from. */
  by: 'bom' | 'utf-8' | 'declared' | 'sniffed';
  /** The charset the page or its server declared, if any (whatever was finally used). */
  declared: string | null;
  warning?: string;
}

/** How far into a page its `<meta>` charset is looked for (HTML requires it within the first 1024 bytes; old portal
 *  templates put long comments and scripts before it). */
export const META_SCAN_BYTES = 4096;

/** `charset=gbk` inside a Content-Type value or a meta tag; the value is a run of label characters. */
const CHARSET_PARAM = /charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i;

/** The charset a server's Content-Type header names, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? CHARSET_PARAM.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a page declares in a `<meta>` tag within its first META_SCAN_BYTES bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Read as latin1: every byte one character, so the ASCII of the tags reads right whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES))
    .toString('latin1')
    .toLowerCase();
  let at = 0;
  for (;;) {
    const open = head.indexOf('<meta', at);
    if (open < 0) return null;
    const close = head.indexOf('>', open);
    const m = CHARSET_PARAM.exec(head.slice(open, close < 0 ? head.length : close));
    if (m) return m[1]!;
    if (close < 0) return null;
    at = close;
  }
}

/** A TextDecoder label the runtime knows for a declared charset, or null (an unknown or misspelt label). */
function decoderLabel(charset: string): string | null {
  // GB2312 and GBK pages use GB18030's characters beyond their own more often than their declaration admits
  // (names with rare characters); GB18030 decodes every byte sequence the smaller sets produce, identically.
  const label = /^(?:gb2312|gbk|x-gbk|gb_2312-80|cp936|euc-cn)$/i.test(charset) ? 'gb18030' : charset;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Decode a page. `contentType` is the server's header when the page came over HTTP. Throws InputError (empty,
 *  binary or undecodable bytes), like the document reader. */
export function decodePage(bytes: Uint8Array, file: string, contentType?: string | null): DecodedPage {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const declared = charsetOfContentType(contentType) ?? declaredCharset(bytes);
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && declared) {
    const label = decoderLabel(declared);
    if (label && label !== 'utf-8' && !isValidUtf8(bytes)) {
      try {
        return {
          html: new TextDecoder(label, { fatal: true }).decode(bytes),
          encoding: label,
          by: 'declared',
          declared,
        };
      } catch {
        /* the declaration is wrong for these bytes: sniff as for any text file */
      }
    }
  }
  const d = decodeBytes(bytes, file);
  const by = hasBom ? 'bom' : d.encoding === 'utf-8' ? 'utf-8' : 'sniffed';
  return d.warning
    ? { html: d.text, encoding: d.encoding, by, declared, warning: d.warning }
    : { html: d.text, encoding: d.encoding, by, declared };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
