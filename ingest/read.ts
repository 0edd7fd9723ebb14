// ingest/read.ts — a document file in, its text out: size limits, then ingest/encoding.ts (UTF-8 ± BOM, UTF-16 BOM,
// GB18030/GBK) and, for HTML pages, their declared charset (ingest/html/charset.ts) and ingest/html/text.ts.
// The only I/O of the extraction pipeline; every refusal is an InputError whose message is one line naming the file.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { decodeBytes } from './encoding.ts';
import { decodePage } from './html/charset.ts';
import { htmlToText } from './html/text.ts';
import { InputError } from './input-error.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';

export { DEFAULT_MAX_BYTES, InputError };

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

/** A document file is a regular file of at most maxBytes: otherwise the InputError saying what it is instead. */
function checkReadable(file: string, info: Stats, maxBytes: number): void {
  if (info.isDirectory()) throw new InputError(file, 'is a directory, expected a .txt or .html file');
  if (!info.isFile()) throw new InputError(file, 'is not a regular file');
  if (info.size > maxBytes) {
    throw new InputError(
      file,
      `too large (${formatBytes(info.size)} > limit ${formatBytes(maxBytes)}); raise it with --max-bytes`,
    );
  }
}

/** Read and decode one document file. Throws InputError for every problem a user can act on. */
export async function readDocumentFile(file: string, options: ReadOptions = {}): Promise<DecodedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file');
    if (code === 'EACCES') throw new InputError(file, 'permission denied');
    throw new InputError(file, `cannot read (${code ?? String(err)})`);
  }
  checkReadable(file, info, maxBytes);
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
    checkReadable(file, info, maxBytes);
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
  const isHtml =
    /\.(?:x?html?|shtml)$/i.test(file) || /^\s*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(text.slice(0, 512));
  if (isHtml) {
    // Valid UTF-8 is UTF-8 whatever the page declares (stale `charset=gb2312` templates); other bytes are decoded in
    // the charset the page declares when it has one (Big5, a Western single-byte page), else as GB18030.
    if (encoding === 'gb18030') ({ html: text, encoding } = decodePage(bytes, file));
    text = htmlToText(text);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new InputError(file, isHtml ? 'HTML page without text' : 'empty file (only whitespace)');
  return warning ? { text, encoding, isHtml, warning } : { text, encoding, isHtml };
}

// HTML → text lives in ingest/html/ (one idea per file); re-exported for the readers' callers.
export { decodeEntities, htmlToText } from './html/text.ts';
