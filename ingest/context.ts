// ingest/context.ts — what the early stages (header, citations, reply) hand to the later ones (agencies, programs).
// Keeps the stages independent: each reads the text plus this context, none calls another.

import type { Mention, Span } from './model.ts';
import type { TextCity } from './agencies/head.ts';

export interface ExtractContext {
  /** The decoded, cleaned text every span points into. */
  text: string;
  /** The document's own date (ISO), used to pick the agency names in force on that day. */
  date: string | null;
  /** Province-level jurisdiction of the document: '重庆', '四川', … or null for central/unknown. Decides what `市X局` means. */
  jurisdiction: string | null;
  /** The first city the text names, which settles a district name two cities of the province share. */
  textCity?: TextCity;
  /** Where the issuing agency is named: header 发布机构/发文单位, the title prefix, the signature block. */
  issuerMentions: Mention[];
  /** The salutation line (its agencies are addressees). */
  salutation: Span | null;
  /** Spans in which agency and program names do not count: 《》 titles, document numbers, the header block,
   *  the proposal's session label. Sorted by start. */
  excluded: Span[];
  /** The document's issuer as chosen from all its evidence (the own number's code included), when known: the place a
   *  relative issuer (`市人民政府办公厅`) stands for. */
  issuerName?: string | null;
}
