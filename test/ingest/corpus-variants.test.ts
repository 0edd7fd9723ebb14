// test/ingest/corpus-variants.test.ts — the dev corpus re-encoded (GBK, UTF-16) and saved as HTML pages extracts
// exactly like the UTF-8 text: encodings and page chrome never change what is found. Files are made at test time.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile } from '../../ingest/extract.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';

const NAMES = readdirSync('samples/corpus')
  .filter((f) => f.endsWith('.txt'))
  .sort();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-graph-variants-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A GBK encoder built from Node's GB18030 decoder (Node has no GBK encoder): every two-byte GBK code, decoded once. */
function gbkEncoder(): (text: string) => Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (hi << 8) | lo);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      const two = code < 0x80 ? undefined : table.get(ch);
      if (code < 0x80) bytes.push(code);
      else if (two !== undefined) bytes.push(two >> 8, two & 0xff);
      else bytes.push(0x3f); // outside GBK (®, •): callers replace these first, see gbkSafe
    }
    return Buffer.from(bytes);
  };
}

/** The text with the few characters GBK cannot encode (®, •) replaced by ones it can, so every variant holds one text. */
function gbkSafe(text: string, table: (s: string) => Buffer): string {
  return [...text].map((ch) => (ch.codePointAt(0)! >= 0x80 && table(ch)[0] === 0x3f ? '·' : ch)).join('');
}

function essentials(x: DocumentExtraction) {
  return {
    document: x.document,
    respondsTo: x.respondsTo && { ...x.respondsTo, evidence: x.respondsTo.evidence?.text.replace(/\s+/g, '') ?? null },
    citations: x.citations.map((c) => ({
      title: c.title,
      docNumber: c.docNumber,
      issuer: c.issuer,
      mentions: c.spans.map((s) => s.text),
    })),
    agencies: x.agencies.map((a) => ({ name: a.name, roles: a.roles })),
    programs: x.programs.map((p) => p.name),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the dev corpus in other encodings and as saved pages', () => {
  const encodeGbk = gbkEncoder();
  test.each(NAMES)('%s', async (name) => {
    const text = gbkSafe(readFileSync(`samples/corpus/${name}`, 'utf8'), encodeGbk);
    const original = join(dir, `utf8-${name}`);
    writeFileSync(original, text);
    const base = essentials(await extractFile(original));
    const gbk = join(dir, `gbk-${name}`);
    writeFileSync(gbk, encodeGbk(text));
    const utf16 = join(dir, `utf16-${name}`);
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const page = join(dir, name.replace(/\.txt$/, '.html'));
    writeFileSync(
      page,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><script>var t = "《假标题》渝府发〔2020〕1号";</script>` +
        `<style>p { margin: 0 }</style></head><body><div class="nav"><ul><li>首页</li><li>通知公告</li><li>规划计划</li></ul></div>\n` +
        text
          .split('\n')
          .map((l) => `<p>${escapeHtml(l)}</p>`)
          .join('\n') +
        `<div class="footer">版权所有 重庆市人民政府</div></body></html>`,
    );
    const g = await extractFile(gbk);
    expect(g.encoding).toBe('gb18030');
    expect(essentials(g)).toEqual(base);
    expect(essentials(await extractFile(utf16))).toEqual(base);
    const h = await extractFile(page);
    expect(h.text).not.toContain('假标题');
    expect(essentials(h)).toEqual(base);
  });
});
