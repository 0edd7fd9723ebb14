// ingest/html/settings.ts — the thresholds of page analysis (ingest/html/page.ts), in one place.

/** A block with at least this many links, whose text is at least LINK_DENSITY links, is navigation (menus, link lists,
 *  pagination, related articles), not document text. */
export const LINK_BLOCK_MIN_LINKS = 3;
export const LINK_DENSITY = 0.5;

/** A run of text outside links longer than this (blanks excluded) is prose: a block holding it is never dropped as a
 *  link list or a footer, whatever else it holds. */
export const PROSE_MIN_CHARS = 60;

/** A block of the footer is short: a footer marker in a longer block is text (a notice quoting a record number). */
export const FOOTER_MAX_CHARS = 400;

/** The metadata table is short: it never grows to take in the body (labels as they appear within the first cluster). */
export const METADATA_MAX_CHARS = 600;
/** A run of text longer than this (blanks excluded) that is not a label's value is prose (a paragraph, the title): a
 *  block holding prose is not part of the metadata table. The longest values are index numbers (29 characters). */
export const METADATA_MAX_VALUE_CHARS = 40;
/** Distinct fields (索引号, 发文字号, 成文日期 …) a block needs to be the metadata table. */
export const METADATA_MIN_FIELDS = 2;

/** Characters (blanks excluded) of text outside links a page needs to be a document: with the metadata table, and
 *  without it. Below, the page is a list page (when it has title links) or a page without text. */
export const MIN_BODY_CHARS_WITH_METADATA = 20;
export const MIN_BODY_CHARS = 150;

/** A link whose text has at least this many characters names a document (a list item), not a menu entry. */
export const TITLE_LINK_MIN_CHARS = 8;
/** Title links from which a page whose own text passes MIN_BODY_CHARS is still a list page when its links outweigh
 *  its text (list items with summaries). */
export const LIST_MIN_TITLE_LINKS = 5;
