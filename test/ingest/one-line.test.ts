// test/ingest/one-line.test.ts — a page saved without line breaks (a whole reply on one line, as some portals and
// copy-paste produce) must give what the same page with its line breaks gives: the header stage segments the run-in
// line at the boundaries its layout shows. Every sample of the annotated sets is joined onto one line (newlines → one
// blank) and compared with its multi-line extraction; the agreement summed over all files has a floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, splitLines } from '../../ingest/clean.ts';
import { extractText } from '../../ingest/extract.ts';
import { headerLines } from '../../ingest/header/virtual-lines.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';

const SETS = ['samples/corpus', 'samples/dev2', 'samples/dev3', 'samples/dev4', 'samples/dev5'];

function keys(x: DocumentExtraction): Record<string, Set<string>> {
  const r = x.respondsTo;
  return {
    citations: new Set(x.citations.map((c) => `${c.title ?? ''}|${c.docNumber ?? ''}`)),
    agencies: new Set(x.agencies.map((a) => a.name)),
    respondsTo: new Set(r ? [`${r.kind}|${r.number ?? ''}|${r.session ?? ''}`] : []),
    document: new Set([
      `title|${x.document.title ?? ''}`,
      `docNumber|${x.document.docNumber ?? ''}`,
      `issuer|${x.document.issuer ?? ''}`,
    ]),
  };
}

/** Per field: items the multi-line extraction finds, and how many of them the one-line extraction also finds. */
function agreement(): Record<string, { many: number; both: number }> {
  const out: Record<string, { many: number; both: number }> = {};
  for (const dir of SETS) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const many = keys(extractText(text));
      const oneX = extractText(text.replace(/\r?\n/g, ' '));
      for (const c of oneX.citations) for (const s of c.spans) expect(oneX.text.slice(s.start, s.end)).toBe(s.text);
      const one = keys(oneX);
      for (const [k, set] of Object.entries(many)) {
        const o = (out[k] ??= { many: 0, both: 0 });
        o.many += set.size;
        for (const v of set) if (one[k]!.has(v)) o.both++;
        if (process.env.ONE_LINE_VERBOSE)
          for (const v of set) if (!one[k]!.has(v)) console.log(`${dir}/${f} ${k} missing ${v}`);
      }
    }
  }
  return out;
}

test('the one-line form of every annotated sample gives (nearly) what its multi-line form gives', () => {
  const a = agreement();
  console.log(
    Object.entries(a)
      .map(([k, v]) => `${k} ${v.both}/${v.many}`)
      .join(', '),
  );
  const share = (k: string) => a[k]!.both / a[k]!.many;
  // Before the virtual lines: citations 107/220, agencies 191/407, respondsTo 9/49, document fields 149/363.
  // With them: 220/220, 407/407, 49/49, 350/363.
  expect(share('citations')).toBeGreaterThanOrEqual(0.99);
  expect(share('agencies')).toBeGreaterThanOrEqual(0.995);
  expect(share('respondsTo')).toBeGreaterThanOrEqual(0.97);
  expect(share('document')).toBeGreaterThanOrEqual(0.94);
}, 600_000);

// The virtual lines themselves: each is a span of the original text, cut at blank runs and sentence ends, with
// bracketed and letter-spaced labels kept whole; a page with its line breaks is left as it is.

function virtual(text: string): string[] {
  const { folded } = clean(text);
  return headerLines(folded, splitLines(folded)).map((l) => text.slice(l.start, l.end));
}

const BODY =
  '经研究,现答复如下:我市高度重视此项工作,已将相关内容纳入年度计划,并会同有关部门持续推进落实,取得了积极进展。下一步,我们将继续加大工作力度,完善政策措施,推动各项任务落地见效,确保取得实效。';

test.each([
  [
    '[ 索引号 ] 11500000MB15895317/2023-00159 [ 发文字号 ] 渝科局函〔2023〕349号 重庆市科学技术局 关于市政协六届一次会议第0035号提案的复函 市政协民建界别: ' +
      BODY,
    [
      '[ 索引号 ]',
      '11500000MB15895317/2023-00159',
      '[ 发文字号 ]',
      '渝科局函〔2023〕349号',
      '重庆市科学技术局',
      '关于市政协六届一次会议第0035号提案的复函',
      '市政协民建界别:',
    ],
  ],
  [
    '索 引 号: 009315877/2017-00733 名  称: 重庆市渝北区人民政府关于印发工作规则的通知 ' + BODY,
    ['索 引 号:', '009315877/2017-00733', '名  称:', '重庆市渝北区人民政府关于印发工作规则的通知'],
  ],
  [
    '【 发布部门 】 湖北省政府 【 字号 】 鄂政发〔2020〕5号 湖北省人民政府关于加快发展的意见 各市、州人民政府: ' + BODY,
    [
      '【 发布部门 】',
      '湖北省政府',
      '【 字号 】',
      '鄂政发〔2020〕5号',
      '湖北省人民政府关于加快发展的意见',
      '各市、州人民政府:',
    ],
  ],
  [
    '财政部 国家发展和改革委员会 工业和信息化部 关于开展节能环保汽车推广工作的通知 财建〔2013〕644号 各省、自治区、直辖市财政厅(局): ' +
      BODY,
    [
      '财政部 国家发展和改革委员会 工业和信息化部',
      '关于开展节能环保汽车推广工作的通知',
      '财建〔2013〕644号',
      '各省、自治区、直辖市财政厅(局):',
    ],
  ],
  [
    '[ 索引号 ] | 11500000MB19069553/2025-00190 | [ 发文字号 ] | 渝文旅函字〔2025〕185号 | 重庆市文化和旅游发展委员会 关于市六届人大三次会议第0948号代表建议办理情况的答复函 王琴代表: ' +
      BODY,
    [
      '[ 索引号 ] |',
      '11500000MB19069553/2025-00190 |',
      '[ 发文字号 ] |',
      '渝文旅函字〔2025〕185号 |',
      '重庆市文化和旅游发展委员会',
      '关于市六届人大三次会议第0948号代表建议办理情况的答复函',
      '王琴代表:',
    ],
  ],
  [
    '发文机关:山西省人民政府 时效性 :现行有效 文号 :晋政发 〔2018〕 13号 山西省人民政府关于印发增收实施方案的通知 各市、县人民政府: ' +
      BODY,
    [
      '发文机关:山西省人民政府',
      '时效性 :现行有效',
      '文号 :晋政发 〔2018〕 13号',
      '山西省人民政府关于印发增收实施方案的通知',
      '各市、县人民政府:',
    ],
  ],
  [
    '国务院关于同意建立联席会议制度的批复 国函 〔2011〕 50 号 安全监管总局: ' + BODY,
    ['国务院关于同意建立联席会议制度的批复', '国函 〔2011〕 50 号', '安全监管总局:'],
  ],
  [
    '重庆市人民政府关于修改《重庆市路桥通行费征收管理办法》的决定 重庆市人民政府令第 265 号 ' + BODY,
    ['重庆市人民政府关于修改《重庆市路桥通行费征收管理办法》的决定', '重庆市人民政府令第 265 号'],
  ],
])('a run-in page is cut at the boundaries its layout shows: %s', (text, head) => {
  const lines = virtual(text);
  expect(lines.slice(0, head.length)).toEqual(head);
  // Sentence ends close a virtual line.
  expect(lines).toContain('下一步,我们将继续加大工作力度,完善政策措施,推动各项任务落地见效,确保取得实效。');
});

test('a page with its line breaks, or a short one-line text, keeps its real lines', () => {
  const page = `重庆市科学技术局\n关于市政协六届一次会议第0035号提案的复函\n市政协民建界别:\n${BODY}\n`;
  expect(virtual(page)).toEqual(page.split('\n'));
  expect(virtual('关于开展 2021年度 科普统计调查工作的通知')).toEqual(['关于开展 2021年度 科普统计调查工作的通知']);
});

test('a run-in title block the run-in reader reads (title, number, date at the head of a long line) is left to it', () => {
  const text = `浙江省人民政府关于加快发展的实施意见 浙政发[2009]69号 2009-11-03 ${BODY}${BODY}${BODY}`;
  expect(virtual(text)).toEqual([text]);
});
