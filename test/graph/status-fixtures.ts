// test/graph/status-fixtures.ts — real repeal chains as extractions whose relation and lifecycle fields are set as the texts state them.
// The graph work must not depend on how extraction computes these fields: each field is set here from the clause that states it.

import { configFromEnv, type Neo4jConfig } from '../../graph/connection.ts';
import { buildContext, buildWrites } from '../../graph/build.ts';
import { loadTitleIndex, writeDocuments, type WriteSummary } from '../../graph/store.ts';
import { extractFile, extractText } from '../../ingest/extract.ts';
import type { Citation, CitationRelation, DocumentExtraction, Mention } from '../../ingest/model.ts';
import { mentionAt } from '../../ingest/sentences.ts';

/** The mention of `needle` in the text (the `nth` occurrence), with its sentence as the quote. */
export function mentionOf(x: DocumentExtraction, needle: string, nth = 0): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = x.text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: "${needle}" is not in ${x.file ?? 'the text'}`);
  return mentionAt(x.text, at, at + needle.length);
}

/** A notice written for the test, its lines opening with its title and its number: those set as the text has them. */
function notice(file: string, ...lines: string[]): DocumentExtraction {
  const x = extractText(lines.join('\n'), { file });
  x.document.title = lines[0]!;
  x.document.docNumber = lines[1]!;
  return x;
}

/** The date a document takes effect, from the clause that states it (no expiry, not a trial). */
function takesEffect(x: DocumentExtraction, date: string, clause: string): void {
  x.document.effectiveDate = date;
  x.lifecycle = { effective: mentionOf(x, clause), expiry: null, trial: false };
}

/** The citation of `title` (or number): found, or added as the text has it. */
function citationOf(x: DocumentExtraction, key: { title?: string; docNumber?: string }): Citation {
  const found = x.citations.find(
    (c) => (key.title && c.title === key.title) || (key.docNumber && c.docNumber === key.docNumber),
  );
  if (found) return found;
  const c: Citation = {
    title: key.title ?? null,
    docNumber: key.docNumber ?? null,
    issuer: null,
    issuerSource: null,
    relation: 'mentions',
    relationEvidence: null,
    spans: [],
  };
  x.citations.push(c);
  return c;
}

/** Set a citation's relation from the clause that states it (`clause` contains the cited title or number). */
export function setRelation(
  x: DocumentExtraction,
  key: { title?: string; docNumber?: string },
  relation: CitationRelation,
  clause: string,
): void {
  const c = citationOf(x, key);
  const m = mentionOf(x, clause);
  const inner = m.text.indexOf(key.title ?? key.docNumber ?? '');
  const span =
    inner >= 0 ? mentionAt(x.text, m.start + inner, m.start + inner + (key.title ?? key.docNumber ?? '').length) : m;
  if (!c.spans.some((s) => s.start === span.start)) c.spans.push(span);
  c.relation = relation;
  c.relationEvidence = span;
}

export const ANHUI_RULES = '安徽省行政机关公文处理实施细则';
export const ANHUI_NOTICE = 'doc:皖政〔2000〕48号';
export const ANHUI_CITER = 'doc:皖政办〔1998〕31号';

/**
 * samples/dev3/ah-gov-2000: 安徽省人民政府 issues a new 公文处理实施细则 (皖政〔2000〕48号), in force from 2001-01-01, and
 * `1994年…印发…的《安徽省行政机关公文处理实施细则》同时废止` — the earlier version, known here only by its title.
 */
export async function anhuiRepeal(): Promise<DocumentExtraction> {
  const x = await extractFile('samples/dev3/ah-gov-2000-notice-document-handling.txt');
  // The number line under the title, as the text has it (the extraction of this page reads it as a citation).
  x.document.docNumber = '皖政〔2000〕48号';
  x.citations = x.citations.filter((c) => c.docNumber !== '皖政〔2000〕48号');
  takesEffect(x, '2001-01-01', '自2001年1月1日起施行');
  setRelation(x, { title: ANHUI_RULES }, 'repeals', `《${ANHUI_RULES}》同时废止`);
  return x;
}

/** A 1998 notice that acts under the 1994 细则 (a realistic text written for the test). */
export function anhuiCiter(): DocumentExtraction {
  const x = notice(
    'ah-gov-1998-notice-document-submission.txt',
    '安徽省人民政府办公厅关于进一步规范省政府部门公文报送工作的通知',
    '皖政办〔1998〕31号',
    '省政府各部门、各直属机构:',
    `为提高公文处理质量,根据《${ANHUI_RULES}》,现就规范省政府部门向省政府报送公文有关事项通知如下:`,
    `一、报送省政府的公文,应当符合《${ANHUI_RULES}》规定的格式,一文一事。`,
    '二、请示应当一文一事,不得在报告中夹带请示事项。',
    '安徽省人民政府办公厅',
    '1998年6月12日',
  );
  x.document.signedDate ??= '1998-06-12';
  setRelation(x, { title: ANHUI_RULES }, 'basis', `根据《${ANHUI_RULES}》`);
  return x;
}

export const INCUBATOR_RULES = '重庆市科技企业孵化器管理办法';
export const INCUBATOR_2016 = 'doc:渝科局发〔2016〕10号';
export const INCUBATOR_2021 = 'doc:渝科局发〔2021〕5号';

/**
 * Two versions of one title, each with its own number (a realistic pair written for the test): the 2021 notice
 * issues a new 管理办法 and repeals the 2016 one by number.
 */
export function incubatorVersions(): DocumentExtraction[] {
  const v1 = notice(
    'cq-kw-2016-notice-incubators.txt',
    `重庆市科学技术委员会关于印发${INCUBATOR_RULES}的通知`,
    '渝科局发〔2016〕10号',
    '各区县(自治县)科委:',
    `现将《${INCUBATOR_RULES}》印发给你们,请遵照执行。本办法自2016年3月1日起施行。`,
    '重庆市科学技术委员会',
    '2016年2月1日',
  );
  takesEffect(v1, '2016-03-01', '本办法自2016年3月1日起施行');
  v1.citations = v1.citations.filter((c) => c.title !== INCUBATOR_RULES && c.docNumber !== '渝科局发〔2016〕10号');

  const v2 = notice(
    'cq-kjj-2021-notice-incubators.txt',
    `重庆市科学技术局关于印发${INCUBATOR_RULES}的通知`,
    '渝科局发〔2021〕5号',
    '各区县(自治县)科技局:',
    `现将修订后的《${INCUBATOR_RULES}》印发给你们,请遵照执行。本办法自2021年3月1日起施行,有效期5年。`,
    `《${INCUBATOR_RULES}》(渝科局发〔2016〕10号)同时废止。`,
    '重庆市科学技术局',
    '2021年2月3日',
  );
  takesEffect(v2, '2021-03-01', '本办法自2021年3月1日起施行');
  v2.document.expiryDate = '2026-02-28';
  v2.lifecycle.expiry = mentionOf(v2, '有效期5年');
  // The first 《…》 is the new version this notice issues (itself); the repealed one is cited by number.
  v2.citations = v2.citations.filter((c) => c.docNumber === '渝科局发〔2016〕10号');
  setRelation(v2, { docNumber: '渝科局发〔2016〕10号' }, 'repeals', `(渝科局发〔2016〕10号)同时废止`);
  return [v1, v2];
}

export const HATCHERY_RULES = '重庆市众创空间管理细则';
export const HATCHERY_2022 = 'doc:渝科局发〔2022〕77号';

/** A notice that issues a new 细则 and repeals the earlier version by its (shared) title alone. */
export function sameTitleRepeal(): DocumentExtraction {
  const x = notice(
    'cq-kjj-2022-notice-maker-spaces.txt',
    `重庆市科学技术局关于印发${HATCHERY_RULES}的通知`,
    '渝科局发〔2022〕77号',
    '各区县(自治县)科技局:',
    `现将《${HATCHERY_RULES}》印发给你们,自2022年9月1日起施行。原《${HATCHERY_RULES}》同时废止。`,
    '重庆市科学技术局',
    '2022年8月10日',
  );
  takesEffect(x, '2022-09-01', '自2022年9月1日起施行');
  x.citations = x.citations.filter((c) => c.title === HATCHERY_RULES);
  setRelation(x, { title: HATCHERY_RULES }, 'repeals', `原《${HATCHERY_RULES}》同时废止`);
  return x;
}

/** Write extractions the way `ingest` does (title index from the graph, batched writes). */
export async function ingestExtractions(
  xs: DocumentExtraction[],
  config: Neo4jConfig = configFromEnv(),
): Promise<WriteSummary> {
  const ctx = buildContext(xs, await loadTitleIndex(config));
  return writeDocuments(buildWrites(xs, ctx), { config });
}
