// ingest/header/model.ts — what the header readers fill: the document's metadata as its page and its 版头/版记 give it.
// Every layout reader writes into one HeaderInfo; the first value a reader finds for a field wins (??=).

import type { Mention, Span } from '../model.ts';
import type { Line } from '../clean.ts';

import type { Layouts } from './detect.ts';

export interface HeaderInfo {
  /** The metadata layouts the page carries (ingest/header/detect.ts). */
  layouts: Layouts;
  indexNumber: string | null;
  docNumber: string | null;
  genre: string | null;
  topics: string[];
  /** The header's 发布机构 / 发文单位 / 主办单位 value. */
  issuerField: Mention | null;
  /** The page's 来源 / 信息来源 value: the organ that published the page, the issuer only when nothing else names one. */
  sourceField: Mention | null;
  writtenDate: string | null;
  publishedDate: string | null;
  /** A `发文日期` field: the publication date, or the written date when the page prints a publication date too. */
  issuedDate: string | null;
  /** The organ of a GB/T 9704 letterhead (发文机关标志 `贵州省国土资源厅文件`), the issuer when no title line names one. */
  letterhead: Mention | null;
  /** The date a portal prints by its source line (`时间:… 来源:本网`), the publication date when no field gives one. */
  pageDate: string | null;
  /** The page metadata's date of effect (施行日期 / 生效日期 / 实施日期), for the lifecycle stage; never read from the body. */
  effectiveDate: string | null;
  /** The page metadata's date the document ceases to apply (废止日期 / 失效时间), for the lifecycle stage. */
  expiryDate: string | null;
  /** Where the page metadata gives effectiveDate / expiryDate (the field's value), as evidence for the lifecycle stage. */
  effectiveField: Mention | null;
  expiryField: Mention | null;
  /** The title as the metadata table gives it (`标 题:`), when there is one, and where its value stands. */
  headerTitle: string | null;
  headerTitleSpan: Span | null;
  /** The title line(s), normalized. */
  title: string | null;
  /** Organ names written before 关于 in the title (the issuer prefix). */
  titleIssuers: Mention[];
  /** The organs a news article quoting the document says issued it (`近日,A、B印发了《X》` … `《X》全文如下`). */
  leadIssuers: Mention[];
  /** Titles this document issues (关于印发《X》的通知 → X). */
  issued: string[];
  /** The number printed under the title (国科发火〔2021〕106号). */
  numberLine: string | null;
  salutation: Span | null;
  salutationText: string | null;
  signatureIssuers: Mention[];
  signedDate: string | null;
  /** The date a database prints in parentheses after the title (`…的通知 ((1990年11月16日))`). */
  headingDate: string | null;
  /** Names listed under 附件 (normalized titles). */
  attachments: string[];
  /** Spans of the metadata table, title lines, duplicates of the title and the number line. */
  excluded: Span[];
  /** Where the body starts (after the salutation, or after the title block). */
  bodyStart: number;
  /** The page's metadata says what was answered: `建议标题:` → 建议, `提案标题:` → 提案. */
  proposalKind: '提案' | '建议' | null;
}

export interface Field {
  name: string;
  value: string;
  start: number;
  end: number;
}

export interface Candidate {
  span: Line;
  /** Folded line with whitespace removed. */
  compact: string;
}

export function emptyHeader(): HeaderInfo {
  return {
    layouts: { lawDatabase: false, bullets: false, runIn: false, quotedFrom: -1 },
    indexNumber: null,
    docNumber: null,
    genre: null,
    topics: [],
    issuerField: null,
    sourceField: null,
    writtenDate: null,
    publishedDate: null,
    issuedDate: null,
    pageDate: null,
    letterhead: null,
    effectiveDate: null,
    expiryDate: null,
    effectiveField: null,
    expiryField: null,
    headerTitle: null,
    headerTitleSpan: null,
    title: null,
    titleIssuers: [],
    leadIssuers: [],
    issued: [],
    numberLine: null,
    salutation: null,
    salutationText: null,
    signatureIssuers: [],
    signedDate: null,
    headingDate: null,
    attachments: [],
    excluded: [],
    bodyStart: 0,
    proposalKind: null,
  };
}
