// ingest/model.ts — the extraction contract.
// The shape of ANNOTATION.md's gold schema plus evidence (spans and sentences) for every item.

/** A character range in the decoded document text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an extracted item: where it stands and the sentence that carries it. */
export interface Mention extends Span {
  /** The surface form exactly as it appears in the text. */
  text: string;
  /** The sentence the occurrence stands in (the evidence quote). */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
}

export type Role = 'issuer' | 'addressee' | 'co-handler' | 'mentioned';

export type ProgramKind = 'fund' | 'pilot' | 'platform' | 'zone' | 'initiative' | 'event' | 'institution' | 'other';

export interface DocumentMeta {
  title: string | null;
  docNumber: string | null;
  indexNumber: string | null;
  /** Canonical full name of the issuing agency. */
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  signedDate: string | null;
  genre: string | null;
  topics: string[];
  /** The date the document takes effect when its text says so (`自2021年1月1日起施行`), else null. */
  effectiveDate: string | null;
  /** The last day of validity when the text fixes it (`有效期至…`, `有效期N年`), else null. */
  expiryDate: string | null;
}

/** What a citing document does with the cited one (ANNOTATION.md "Relations and lifecycle"). */
export type CitationRelation = 'basis' | 'implements' | 'amends' | 'repeals' | 'mentions';

/** The evidence behind the document's own lifecycle fields. */
export interface Lifecycle {
  /** The clause that fixes effectiveDate (`自…起施行`), or null. */
  effective: Mention | null;
  /** The clause that fixes expiryDate (`有效期至…`, `有效期N年`), or null. */
  expiry: Mention | null;
  /** `试行` / `暂行` in the document's own title: a trial version. */
  trial: boolean;
}

export interface RespondsTo {
  kind: '提案' | '建议';
  number: string | null;
  session: string | null;
  title: string | null;
  proposer: string | null;
  /** Where the proposal is named (the title line or the `收悉` sentence). */
  evidence: Mention | null;
}

export interface Citation {
  /** Normalized title (ANNOTATION.md), or null for a bare document number. */
  title: string | null;
  /** Normalized document number `机关代字〔年份〕序号号`, or null. */
  docNumber: string | null;
  /** Canonical issuer, from the 机关代字 or an agency named right before the title. */
  issuer: string | null;
  /** How `issuer` was found. */
  issuerSource: 'code' | 'context' | null;
  /** The strongest relation over all clauses that govern this citation (repeals > amends > basis > implements > mentions). */
  relation: CitationRelation;
  /** The clause (a Mention whose quote is that clause) that decided `relation`. */
  relationEvidence: Mention | null;
  /** Every mention of this cited document in the text. */
  spans: Mention[];
}

export interface AgencyRef {
  /** Canonical full name, as in force on the document's date. */
  name: string;
  /** Surface forms exactly as they appear. */
  mentions: string[];
  roles: Role[];
  level: 'central' | 'provincial' | 'municipal' | 'district' | null;
  spans: Mention[];
}

export interface ProgramRef {
  name: string;
  mentions: string[];
  kind: ProgramKind;
  spans: Mention[];
}

/** Where the document's issuer was read. */
export interface IssuerEvidence {
  /** `header`: the metadata block or the title line; `signature`: the signature at the end; `code`: its own number's 机关代字. */
  source: 'header' | 'signature' | 'code';
  /** The mention that named it (null when read from the number's code). */
  mention: Mention | null;
}

/** An agency the text says runs a program (`市科技局开展X`, or the issuer reporting `开展X`). */
export interface ProgramRun {
  /** The program's normalized name (ProgramRef.name). */
  program: string;
  /** Canonical name of the agency that runs it. */
  agency: string;
  /** How it was read, for the analyst: `issuer states 开展` or `subject 市教委 states 建设`. */
  inferredBy: string;
  /** The program mention whose verb says it. */
  evidence: Mention;
}

export interface DocumentExtraction {
  /** The path as given on the command line (or null for text extracted from memory). */
  file: string | null;
  source: string | null;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, gb18030 …). */
  encoding: string;
  document: DocumentMeta;
  respondsTo: RespondsTo | null;
  citations: Citation[];
  agencies: AgencyRef[];
  programs: ProgramRef[];
  /** Where document.issuer was read (null when there is no issuer). */
  issuerEvidence: IssuerEvidence | null;
  /** Who runs the programs, as the text says it. */
  runs: ProgramRun[];
  /** Evidence for document.effectiveDate / expiryDate and the trial flag. */
  lifecycle: Lifecycle;
  /** The decoded text every span points into. */
  text: string;
}
