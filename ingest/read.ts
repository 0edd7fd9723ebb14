// ingest/read.ts — bytes in, text out: size limits, encoding detection (UTF-8 ± BOM, UTF-16 BOM, GB18030/GBK) and HTML.
// The only I/O of the extraction pipeline; every refusal is an InputError whose message is one line naming the file.

import { readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** A file that cannot be extracted. `message` is one line: `<file>: <problem>`. */
export class InputError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
  }
}

/** Files above this size are refused before reading, so a stray dump cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
  isHtml: boolean;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** Read and decode one document file. Throws InputError for every problem a user can act on. */
export async function readDocumentFile(file: string, options: ReadOptions = {}): Promise<DecodedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file');
    if (code === 'EACCES') throw new InputError(file, 'permission denied');
    throw new InputError(file, `cannot read (${code ?? String(err)})`);
  }
  if (info.isDirectory()) throw new InputError(file, 'is a directory, expected a .txt or .html file');
  if (!info.isFile()) throw new InputError(file, 'is not a regular file');
  if (info.size > maxBytes) {
    throw new InputError(file, `too large (${formatBytes(info.size)} > limit ${formatBytes(maxBytes)}); raise it with --max-bytes`);
  }
  let bytes: Buffer;
  const handle = await open(file, 'r');
  try {
    bytes = Buffer.alloc(info.size);
    let off = 0;
    while (off < info.size) {
      const { bytesRead } = await handle.read(bytes, off, info.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    bytes = bytes.subarray(0, off);
  } catch (err) {
    throw new InputError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  } finally {
    await handle.close();
  }
  return decodeDocument(bytes, file);
}

/** The same as readDocumentFile, synchronously: an extraction worker thread reads its file without handing the work
 *  to libuv's thread pool and back (four hand-offs per file, each a wait for a scheduler slot on a busy machine). */
export function readDocumentFileSync(file: string, options: ReadOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    // stat first: opening a FIFO or a device would block or read forever.
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError(file, 'is a directory, expected a .txt or .html file');
    if (!info.isFile()) throw new InputError(file, 'is not a regular file');
    if (info.size > maxBytes) {
      throw new InputError(file, `too large (${formatBytes(info.size)} > limit ${formatBytes(maxBytes)}); raise it with --max-bytes`);
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file');
    if (code === 'EACCES') throw new InputError(file, 'permission denied');
    throw new InputError(file, `cannot read (${code ?? String(err)})`);
  }
  return decodeDocument(bytes, file);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

/** Decode the bytes of a document and turn HTML into text. `file` only names the input in errors and decides
 *  HTML by extension (content sniffing decides it too). */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  let { text, encoding } = decodeBytes(bytes, file);
  const isHtml = /\.(?:x?html?|shtml)$/i.test(file) || /^\s*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(text.slice(0, 512));
  if (isHtml) {
    // A page declaring a GBK charset whose bytes happen to be valid UTF-8 is rare; a declared charset wins only
    // when the bytes are not valid UTF-8 (already handled by decodeBytes), so nothing to redo here.
    text = htmlToText(text);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file, isHtml ? 'HTML page without text' : 'empty file (only whitespace)');
  return { text, encoding, isHtml };
}

function decodeBytes(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  // Byte-order marks say it outright.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(file, 'binary file (control bytes), not a text document');
  // No marker: UTF-8 if the bytes are valid UTF-8 (GBK text is almost never valid UTF-8), else GB18030, which is a
  // superset of GBK and GB2312 and decodes every byte sequence those encodings produce.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 */
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'unknown text encoding (neither UTF-8, UTF-16 with BOM nor GB18030/GBK)');
  }
  if (!mostlyText(text)) throw new InputError(file, 'binary file, not a text document');
  return { text, encoding: 'gb18030' };
}

function strictDecode(encoding: string, bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (!mostlyText(text)) throw new InputError(file, 'binary file, not a text document');
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, `invalid ${encoding} despite its byte-order mark`);
  }
}

/** NUL bytes or many C0 control bytes in the first 64 KiB: not a text file (images, archives, executables). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.01;
}

function mostlyText(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) bad++;
  }
  return bad <= n * 0.01;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML → text (a saved government page)

/** Elements whose whole content is never document text: code, styling, navigation chrome. */
const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe', 'object', 'select', 'button', 'head'];
const DROP_RE = new RegExp(`<(${DROP_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');
/** Tags that end a line of text. */
const BLOCK_RE = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|pre|dd|dt|dl|hr|tbody|thead|center)\b[^>]*>/gi;
const CELL_RE = /<\/?(?:td|th)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', copy: '©', reg: '®', ensp: ' ', emsp: ' ',
  thinsp: ' ', laquo: '«', raquo: '»', yen: '¥', deg: '°', plusmn: '±', divide: '÷', permil: '‰',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});/gi, (all, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? all;
  });
}

/** class/id words of page chrome: menus, breadcrumbs, headers and footers, share bars, sidebars. */
// Deliberately narrow: `article-head` or `xxgk-table` hold the title and metadata and must stay.
const CHROME_CLASS = /\b(?:nav|navbar|menu|submenu|breadcrumbs?|crumbs?|footer|sidebar|share|toolbar|copyright|friend-?links?)\b/i;
/** Elements that hold page chrome when their class or id says so. */
const CHROME_CONTAINERS = new Set(['div', 'ul', 'ol', 'section', 'aside', 'header', 'footer', 'table', 'p', 'span', 'dl']);

/** Remove chrome containers (`<div class="nav">…</div>`) with everything inside them: one pass over the tags,
 *  counting nested elements of the same name to find each container's end. */
function dropChromeContainers(html: string): string {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
  const out: string[] = [];
  let copyFrom = 0;
  let skipping: { name: string; depth: number } | null = null;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (skipping) {
      if (name !== skipping.name) continue;
      if (!closing && !/\/\s*$/.test(m[3]!)) skipping.depth++;
      else if (closing && --skipping.depth === 0) {
        skipping = null;
        copyFrom = m.index + m[0].length;
      }
      continue;
    }
    if (closing || !CHROME_CONTAINERS.has(name)) continue;
    const attrs = m[3]!;
    const cls = /\b(?:class|id)\s*=\s*["']([^"']*)["']/gi;
    let chrome = false;
    for (let a = cls.exec(attrs); a; a = cls.exec(attrs)) if (CHROME_CLASS.test(a[1]!)) chrome = true;
    if (!chrome) continue;
    out.push(html.slice(copyFrom, m.index), '\n');
    skipping = { name, depth: 1 };
  }
  // An unclosed chrome container runs to the end of the page: drop it all.
  if (!skipping) out.push(html.slice(copyFrom));
  return out.join('');
}

/** Drop scripts, styles and navigation, keep the text with line breaks at block boundaries, decode entities. */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '');
  s = dropChromeContainers(s.replace(DROP_RE, '\n'));
  // An unclosed <script> (truncated page) would otherwise leak code: drop from it to the end.
  s = s.replace(DROP_RE, '\n').replace(/<(script|style)\b[\s\S]*$/i, '');
  s = s.replace(BLOCK_RE, '\n').replace(CELL_RE, ' | ');
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  // Collapse runs of blanks inside lines and blank lines between them.
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').replace(/(?:\|\s*){2,}/g, '| ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
