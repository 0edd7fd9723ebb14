// ingest/read.ts — bytes in, text out: size limits, encoding detection (UTF-8 ± BOM, UTF-16 BOM, GB18030/GBK); HTML
// pages go through ingest/html/text.ts.
// The only I/O of the extraction pipeline; every refusal is an InputError whose message is one line naming the file.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { htmlToText } from './html/text.ts';

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

import { DEFAULT_MAX_BYTES } from './limits.ts';

export { DEFAULT_MAX_BYTES };

export interface DecodedText {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
  isHtml: boolean;
  /** Something the reader repaired and the user should know (a UTF-8 file cut inside its last character). */
  warning?: string;
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
  let fd = -1;
  try {
    // Opened without blocking and checked through its descriptor (one path lookup per file, not two): opening a FIFO
    // or a device must neither block nor read forever, and O_NONBLOCK changes nothing for a regular file.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(file, 'is a directory, expected a .txt or .html file');
    if (!info.isFile()) throw new InputError(file, 'is not a regular file');
    if (info.size > maxBytes) {
      throw new InputError(file, `too large (${formatBytes(info.size)} > limit ${formatBytes(maxBytes)}); raise it with --max-bytes`);
    }
    bytes = Buffer.allocUnsafe(info.size);
    let off = 0;
    while (off < info.size) {
      const n = readSync(fd, bytes, off, info.size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (off < info.size) bytes = bytes.subarray(0, off);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file');
    if (code === 'EACCES') throw new InputError(file, 'permission denied');
    throw new InputError(file, `cannot read (${code ?? String(err)})`);
  } finally {
    if (fd >= 0) closeSync(fd);
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
  let { text, encoding, warning } = decodeBytes(bytes, file);
  const isHtml = /\.(?:x?html?|shtml)$/i.test(file) || /^\s*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(text.slice(0, 512));
  if (isHtml) {
    // A page declaring a GBK charset whose bytes happen to be valid UTF-8 is rare; a declared charset wins only
    // when the bytes are not valid UTF-8 (already handled by decodeBytes), so nothing to redo here.
    text = htmlToText(text);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file, isHtml ? 'HTML page without text' : 'empty file (only whitespace)');
  return warning ? { text, encoding, isHtml, warning } : { text, encoding, isHtml };
}

/** Bytes of an incomplete UTF-8 sequence at the very end (a file cut inside its last character), else 0. */
function brokenUtf8Tail(bytes: Uint8Array): number {
  // Walk back over at most 3 continuation bytes to the lead byte of the last sequence.
  let i = bytes.length - 1;
  while (i >= 0 && bytes.length - i <= 3 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return 0;
  const lead = bytes[i]!;
  const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
  const have = bytes.length - i;
  return need > have ? have : 0;
}

/** One strict UTF-8 decoder for every file (decode() without `stream` keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, file: string): { text: string; encoding: string; warning?: string } {
  // Byte-order marks say it outright.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const cut = brokenUtf8Tail(bytes);
    const text = strictDecode('utf-8', bytes.subarray(3, bytes.length - cut), file);
    return cut ? { text, encoding: 'utf-8-bom', warning: truncatedWarning(cut) } : { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(file, 'binary file (control bytes), not a text document');
  // No marker: UTF-8 if the bytes are valid UTF-8 (GBK text is almost never valid UTF-8), else GB18030, which is a
  // superset of GBK and GB2312 and decodes every byte sequence those encodings produce.
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8, or UTF-8 cut inside its last character (a download or copy that stopped short) */
  }
  const cut = brokenUtf8Tail(bytes);
  if (cut > 0) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut)), encoding: 'utf-8', warning: truncatedWarning(cut) };
    } catch {
      /* invalid before the end too: not UTF-8 */
    }
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

function truncatedWarning(cut: number): string {
  return `UTF-8 text cut inside its last character: the incomplete ${cut}-byte tail was dropped (the file may be truncated)`;
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

// HTML → text lives in ingest/html/ (one idea per file); re-exported for the readers' callers.
export { decodeEntities, htmlToText } from './html/text.ts';
