// test/graph/resolve.test.ts — cross-document resolution and building rows, without a database.
// Real sample documents through the real extraction; tables of the Chinese forms that must resolve to one node.

import { readFileSync } from 'node:fs';
import { extractText } from '../../ingest/extract.ts';
import type { DocumentExtraction } from '../../ingest/model.ts';
import { buildContext, buildDocumentWrite, buildWrites, toGraphology } from '../../graph/build.ts';
import { documentId } from '../../graph/model.ts';
import { primaryTitleKey } from '../../graph/normalize.ts';
import { AgencyDirectory, TitleIndex, resolveCitation } from '../../graph/resolve.ts';

const CORPUS = 'samples/corpus';
function sample(name: string): DocumentExtraction {
  const file = `${CORPUS}/${name}.txt`;
  return extractText(readFileSync(file, 'utf8'), { file });
}

describe('TitleIndex: title ↔ number learned from any document that gives both', () => {
  test('a title cited alone resolves to the number another document gave it', () => {
    const index = new TitleIndex();
    index.learn('重庆市高质量孵化载体建设实施方案(2021—2025年)', '渝府办发〔2021〕142号');
    const table: [string, string][] = [
      ['重庆市高质量孵化载体建设实施方案(2021—2025年)', 'doc:渝府办发〔2021〕142号'],
      ['重庆市高质量孵化载体建设实施方案（2021——2025年）', 'doc:渝府办发〔2021〕142号'],
      ['关于印发重庆市高质量孵化载体建设实施方案(2021—2025年)的通知', 'doc:渝府办发〔2021〕142号'],
    ];
    for (const [title, id] of table) expect(resolveCitation({ title, docNumber: null }, index).id).toBe(id);
  });

  test('the notice learned with its number gives the number to the policy it issues', () => {
    const index = new TitleIndex();
    index.learn('关于印发重庆市进一步促进科技成果转化的实施细则的通知', '渝科局发〔2021〕43号');
    expect(index.numberFor('重庆市进一步促进科技成果转化的实施细则')).toBe('渝科局发〔2021〕43号');
  });

  test('a title seen with two numbers is ambiguous and resolves by title only', () => {
    const index = new TitleIndex();
    index.learn('实施方案', '渝府办发〔2021〕1号');
    index.learn('实施方案', '渝府办发〔2022〕2号');
    expect(index.numberFor('实施方案')).toBeNull();
    expect(resolveCitation({ title: '实施方案', docNumber: null }, index).id).toBe(
      documentId({ titleKey: primaryTitleKey('实施方案') }),
    );
  });

  test('an unknown title keeps its title id; a number always wins', () => {
    const index = new TitleIndex();
    expect(resolveCitation({ title: '重庆市促进科技成果转化条例', docNumber: null }, index).id).toMatch(
      /^doc:t:[0-9a-f]{16}$/,
    );
    expect(resolveCitation({ title: '随便', docNumber: '渝金〔2020〕402号' }, index).id).toBe('doc:渝金〔2020〕402号');
  });
});

describe('AgencyDirectory (ingest/data/agencies.json): aliases and former names → one agency', () => {
  const directory = AgencyDirectory.load();
  const table: [string, string][] = [
    ['重庆市科学技术局', '重庆市科学技术局'],
    ['重庆市科学技术委员会', '重庆市科学技术局'], // renamed in the 2018 reform
    ['重庆市科委', '重庆市科学技术局'],
    // A county's organ as its own documents name it is the node of its full name; a county of a province stands alone.
    ['巫溪县交通运输委员会', '重庆市巫溪县交通运输委员会'],
    ['重庆市巫溪县交通运输委员会', '重庆市巫溪县交通运输委员会'],
    ['子洲县交通运输局', '子洲县交通运输局'],
  ];
  test.each(table)('%s → %s', (name, canonical) => expect(directory.resolve(name).name).toBe(canonical));

  test('the rename is kept with its year', () => {
    const info = directory.resolve('重庆市科学技术局');
    expect(info.formerNames).toContainEqual({ name: '重庆市科学技术委员会', until: 2018 });
    expect(info.aliases).toContain('市科委');
  });

  test('a name the roster does not know stays as given', () => {
    expect(directory.resolve('某某县某某局').name).toBe('某某县某某局');
  });
});

describe('buildWrites on the sample corpus', () => {
  const files = [
    'cq-kjj-2023-0035-reply',
    'cq-kjj-2023-1160-reply',
    'cq-kjj-2021-0377-reply',
    'cq-jlp-2022-notice-science-literacy',
  ];
  const extractions = files.map(sample);
  const ctx = buildContext(extractions, new TitleIndex(), AgencyDirectory.load());
  const writes = buildWrites(extractions, ctx);
  const byFile = new Map(writes.map((w) => [w.file!.split('/').pop()!.replace('.txt', ''), w]));
  /** The nodes a sample's document cites. */
  const cites = (name: string) =>
    byFile
      .get(name)!
      .owned.filter((e) => e.type === 'CITES')
      .map((e) => e.to);

  test('a policy cited by title in one reply and by number in another is one node', () => {
    expect(cites('cq-kjj-2023-0035-reply')).toContain('doc:渝府办发〔2021〕142号');
    expect(cites('cq-kjj-2023-1160-reply')).toContain('doc:渝府办发〔2021〕142号');
  });

  test('关于印发X的通知 (with its number) and X (title only) are one node', () => {
    expect(cites('cq-kjj-2023-0035-reply')).toContain('doc:渝科局发〔2021〕43号');
    expect(cites('cq-kjj-2023-1160-reply')).toContain('doc:渝科局发〔2021〕43号');
  });

  test('every edge carries evidence: its source document and quotes inside the text', () => {
    for (const w of writes) {
      const text = w.documents.find((d) => d.id === w.id)!.own!.text;
      for (const e of w.owned) {
        expect(e.from).toBe(w.id);
        e.quotes.forEach((q, i) => {
          expect(text.slice(e.quoteStarts[i], e.quoteEnds[i])).toBe(q);
        });
      }
      for (const e of w.shared) expect(e.docs.every((d) => d === w.id)).toBe(true);
    }
  });

  test('cited documents get ISSUED_BY from their 机关代字 (a fact of the number, written once per document)', () => {
    const w = byFile.get('cq-kjj-2023-0035-reply')!;
    const cited = w.documents.find((d) => d.id === 'doc:渝府办发〔2021〕142号');
    expect(cited?.codeIssuer).toBe('agency:重庆市人民政府办公厅');
    expect(w.agencies.map((a) => a.id)).toContain('agency:重庆市人民政府办公厅');
    expect(w.shared.some((e) => e.type === 'ISSUED_BY' && e.from === 'doc:渝府办发〔2021〕142号')).toBe(false);
  });

  test("an issuer named before the title is the citing document's own assertion, with its quote", () => {
    // cq-kjj-2023-1160: 市政府办公厅印发《…》 names the issuer of documents cited without a number.
    const w = byFile.get('cq-kjj-2023-1160-reply')!;
    const context = w.shared.filter((e) => e.type === 'ISSUED_BY' && e.sources.includes('context'));
    expect(context.length).toBeGreaterThan(0);
    for (const e of context) {
      expect(e.to).toBe('agency:重庆市人民政府办公厅');
      expect(e.quotes[0]).toContain('市政府办公厅印发');
    }
  });

  test('the same input builds the same rows (ids and hashes are stable)', () => {
    const again = buildWrites(
      files.map(sample),
      buildContext(files.map(sample), new TitleIndex(), AgencyDirectory.load()),
    );
    expect(again.map((w) => w.documents[0]!.own?.assertionHash)).toEqual(
      writes.map((w) => w.documents[0]!.own?.assertionHash),
    );
  });

  test('toGraphology: one node per id, edges keyed by type and ends', () => {
    const g = toGraphology(writes);
    expect(g.hasNode('doc:渝府办发〔2021〕142号')).toBe(true);
    expect(g.getNodeAttribute('doc:渝科局函〔2023〕349号', 'ingested')).toBe(true);
    expect(g.hasEdge('CITES:doc:渝科局函〔2023〕349号->doc:渝府办发〔2021〕142号')).toBe(true);
  });

  test('a document with neither number nor title is keyed by its file name', () => {
    const x = sample('cq-czj-2022-notice-inclusive-finance');
    const w = buildDocumentWrite(x, ctx);
    if (!x.document.title && !x.document.docNumber) expect(w.id).toBe('doc:f:cq-czj-2022-notice-inclusive-finance');
    else expect(w.id.startsWith('doc:')).toBe(true);
  });
});

describe('unnumbered documents with one title in several years are one node per year', () => {
  const report = (year: number, file: string) =>
    extractText(
      `重庆市人民政府工作报告\n${year}年1月20日在重庆市第六届人民代表大会第${year - 2018}次会议上\n各位代表:\n过去一年,我们认真落实《重庆市科技创新促进条例》。\n`,
      { file },
    );
  const xs = [report(2021, 'a.txt'), report(2022, 'b.txt'), report(2022, 'c.txt')];
  const ctx = buildContext(xs, new TitleIndex(), AgencyDirectory.load());
  const ids = buildWrites(xs, ctx).map((w) => w.documents[0]!.id);
  test('two years: two nodes; the same year saved twice: one node', () => {
    expect(xs.every((x) => x.document.title === '重庆市人民政府工作报告')).toBe(true);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
  });
  test('a single document keeps the title node that citations of the title reach', () => {
    const one = [report(2021, 'a.txt')];
    const [w] = buildWrites(one, buildContext(one, new TitleIndex(), AgencyDirectory.load()));
    expect(w!.documents[0]!.id).toBe(documentId({ titleKey: primaryTitleKey('重庆市人民政府工作报告') }));
  });
});
