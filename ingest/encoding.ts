// ingest/encoding.ts — bytes → text: byte-order marks, valid UTF-8 (a tail cut inside a character repaired), else
// GB18030 (the superset of GBK and GB2312); binary bytes refused. Shared by the document reader and the page reader.

import { InputError } from './input-error.ts';

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
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: strictDecode('utf-16le', bytes.subarray(2), file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: strictDecode('utf-16be', bytes.subarray(2), file), encoding: 'utf-16be' };
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
      return {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut)),
        encoding: 'utf-8',
        warning: truncatedWarning(cut),
      };
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
