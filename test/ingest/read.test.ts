// test/ingest/read.test.ts — reading files: encodings without mojibake, HTML pages, and every kind of bad input.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, InputError } from '../../ingest/extract.ts';
import { decodeDocument, htmlToText, readDocumentFile } from '../../ingest/read.ts';

const SAMPLE = readFileSync('samples/corpus/cq-kjj-2023-0226-reply.txt', 'utf8');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-graph-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

describe('encodings', () => {
  test.each<[string, Buffer, string]>([
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'utf-8-bom'],
    ['UTF-16LE with BOM', utf16(SAMPLE, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(SAMPLE, true), 'utf-16be'],
    ['GBK without any marker', readFileSync('test/fixtures/gbk-reply-no-marker.txt'), 'gb18030'],
  ])('%s decodes to the same text', (_name, bytes, encoding) => {
    const d = decodeDocument(bytes, 'x.txt');
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(SAMPLE.replace(/\r\n?/g, '\n'));
    expect(d.text).not.toMatch(/\uFFFD|锟斤拷|鍏/);
  });

  test('a GBK file extracts like its UTF-8 original', async () => {
    const x = await extractFile('test/fixtures/gbk-reply-no-marker.txt');
    expect(x.encoding).toBe('gb18030');
    expect(x.document.title).toBe('重庆市科学技术局关于市六届人大一次会议第0226号建议办理情况的答复函');
    expect(x.citations.map((c) => c.docNumber)).toEqual(['渝府办〔2022〕16号']);
  });

  test('CRLF line breaks become LF', () => {
    expect(decodeDocument(Buffer.from('标题\r\n正文\r\n'), 'a.txt').text).toBe('标题\n正文\n');
  });
});

describe('UTF-8 cut inside its last character', () => {
  const whole = Buffer.from('重庆市科学技术局\n根据《重庆市科技型企业培育办法》执行。字');
  test.each([
    ['one byte of a 3-byte character', 1],
    ['two bytes of a 3-byte character', 2],
  ])('%s: decoded without the broken tail, with a warning', (_, keep) => {
    const cut = whole.subarray(0, whole.length - 3 + keep);
    const d = decodeDocument(cut, 'cut.txt');
    expect(d.text).toBe('重庆市科学技术局\n根据《重庆市科技型企业培育办法》执行。');
    expect(d.encoding).toBe('utf-8');
    expect(d.warning).toMatch(/cut inside its last character.*dropped/);
    const bom = decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), cut]), 'cut.txt');
    expect(bom.text).toBe(d.text);
    expect(bom.warning).toBe(d.warning);
  });

  test('complete UTF-8 has no warning; invalid bytes before the end are still not UTF-8', () => {
    expect(decodeDocument(whole, 'a.txt').warning).toBeUndefined();
    const broken = Buffer.concat([
      Buffer.from('标题'),
      Buffer.from([0xe5]),
      Buffer.from('正文内容'),
      Buffer.from([0xe5]),
    ]);
    expect(decodeDocument(broken, 'b.txt').encoding).not.toBe('utf-8');
  });
});

describe('HTML pages', () => {
  test('an unescaped < in the text keeps the text after it (a real tokenizer, not a tag pattern)', () => {
    const html =
      '<html><body><div class="content"><p>研发投入比例<5%的企业，根据《重庆市科技型企业培育办法》和' +
      '《重庆市科技型企业入库管理办法》执行，a < b 亦然。</p><p>特此函复。</p></div></body></html>';
    const text = htmlToText(html);
    expect(text).toBe(
      '研发投入比例<5%的企业，根据《重庆市科技型企业培育办法》和《重庆市科技型企业入库管理办法》执行，a < b 亦然。\n\n特此函复。',
    );
    const x = decodeDocument(Buffer.from(html), 'page.html');
    expect(x.text).toBe(text);
  });

  test('scripts, styles and navigation are dropped; entities decoded; the page extracts', async () => {
    const x = await extractFile('test/fixtures/saved-page-with-scripts.html');
    expect(x.text).not.toMatch(/假的标题|统计脚本|text-indent|trackPageView|jquery/);
    expect(x.text).toContain('等政策文件 & 措施');
    expect(x.document.title).toBe('重庆市科学技术局关于市政协六届一次会议第0012号提案的复函');
    expect(x.document.docNumber).toBe('渝科局函〔2023〕372号');
    expect(x.document.signedDate).toBe('2023-04-28');
    expect(x.respondsTo?.number).toBe('0012');
    expect(x.citations.map((c) => c.title)).toEqual([
      '关于提升制造业产业链供应链现代化水平的实施意见',
      '重庆市制造业产业基础再造和产业链供应链现代化水平提升工程实施方案',
    ]);
  });

  test('an unclosed <script> at the end of a truncated page leaks no code', () => {
    expect(htmlToText('<p>正文《A》</p><script>var s = "《B》"')).toBe('正文《A》');
  });

  test('menus, breadcrumbs, share bars and footers marked by class are dropped; the article head stays', () => {
    const html =
      '<div class="top"><ul class="nav"><li>首页</li><li>通知公告</li><li>规划计划</li></ul></div>' +
      '<div class="article-head"><h1>重庆市科学技术局关于开展科技型企业入库工作的通知</h1></div>' +
      '<div class="crumb">当前位置：首页 &gt; 通知公告</div><p>各区县科技主管部门：</p>' +
      '<div class="share"><div>分享到</div><div>微信</div></div><p>特此通知。</p><div id="footer">主办单位：重庆市科学技术局</div>';
    expect(htmlToText(html)).toBe(
      '重庆市科学技术局关于开展科技型企业入库工作的通知\n\n各区县科技主管部门：\n\n特此通知。',
    );
  });

  test('numeric and named entities', () => {
    expect(htmlToText('<p>&#12298;条例&#x300B;&nbsp;&ldquo;双倍增&rdquo;&amp;</p>')).toBe('《条例》 “双倍增”&');
  });
});

describe('bad input: one InputError naming the file', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'an empty file',
      () => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')),
      /empty\.txt: empty file/,
    ],
    [
      'only whitespace',
      () => (writeFileSync(join(dir, 'blank.txt'), ' \n\n\t'), join(dir, 'blank.txt')),
      /blank\.txt: empty file/,
    ],
    [
      'a binary file',
      () => {
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
        writeFileSync(join(dir, 'image.txt'), bytes);
        return join(dir, 'image.txt');
      },
      /image\.txt: binary file/,
    ],
    [
      'a 100 MB file',
      () => {
        const f = join(dir, 'huge.txt');
        writeFileSync(f, '');
        truncateSync(f, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
        return f;
      },
      /huge\.txt: too large \(100\.0 MB > limit 50\.0 MB\); raise it with --max-bytes/,
    ],
    [
      'a directory',
      () => (mkdirSync(join(dir, 'folder.txt'), { recursive: true }), join(dir, 'folder.txt')),
      /folder\.txt: is a directory/,
    ],
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file/],
    [
      'HTML with only scripts',
      () => (
        writeFileSync(join(dir, 'scripts.html'), '<html><script>alert(1)</script><style>p{}</style></html>'),
        join(dir, 'scripts.html')
      ),
      /scripts\.html: HTML page without text/,
    ],
  ];
  test.each(cases)('%s', async (_name, make, message) => {
    const file = make();
    const err = await extractFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe(file);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  test('a smaller limit is honoured', async () => {
    const f = join(dir, 'limit.txt');
    writeFileSync(f, SAMPLE);
    await expect(readDocumentFile(f, { maxBytes: 100 })).rejects.toThrow(/too large/);
  });

  test('a file cut in the middle of 《 still extracts', async () => {
    const f = join(dir, 'cut.txt');
    writeFileSync(f, SAMPLE.slice(0, SAMPLE.indexOf('《') + 6));
    const x = await extractFile(f);
    expect(x.citations).toEqual([]);
    expect(x.document.docNumber).toBe('渝科局函〔2023〕281号');
  });
});
