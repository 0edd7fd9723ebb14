// viewer/src/labels.ts — what a node is called on screen: never an internal id or a file name.
// A reply (复函/答复) is named by who answered and which proposal (`重庆市科学技术局 · 0035号提案复函`); a document
// without title by its number, else the first line of its text.
import type { NodeSummary } from '../../contracts/api.ts';
import { t } from './i18n.ts';

/**
 * A reply's title per GB/T 9704: 发文机关 + 关于 + … 第N号 + 提案/建议/议案 + 的 + 复函/答复/答复函/回复.
 * Bounded pieces only (issuer 2–30 characters without 关于; at most 60 characters before the number, which starts
 * after a non-digit so a long number is never cut).
 */
const REPLY_TITLE =
  /^((?:(?!关于).){2,30})关于[^《》]{0,60}?(?<![0-9０-９])([0-9０-９]{1,8})号(提案|建议|议案)的?(答复函|复函|答复|回复)/u;

/** An id the graph gives a document known only by its file (graph/model.ts documentId). */
const FILE_ID_PREFIX = 'doc:f:';

/** First non-blank line of a text, cut to a label's length. */
function firstLineOf(text: string, max = 40): string | null {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line) return line.length > max ? `${line.slice(0, max - 1)}…` : line;
  }
  return null;
}

/** A reply's label from its title, or null when the title is not a reply's. */
export function replyLabel(title: string, issuer: string | null): string | null {
  const m = REPLY_TITLE.exec(title);
  if (!m) return null;
  const [, fromTitle, number, kind, reply] = m;
  return `${issuer ?? fromTitle} · ${number}号${kind}${reply}`;
}

/** The node's name as the explorer shows it (graph labels, lists, panel titles). */
export function nodeName(n: NodeSummary): string {
  if (n.label !== 'Document') return n.name;
  if (n.title) return replyLabel(n.title, n.issuer ?? null) ?? n.name;
  if (n.docNumber) return n.docNumber;
  const fileOnly = n.name === n.id || n.name.startsWith(FILE_ID_PREFIX) || n.id.startsWith(FILE_ID_PREFIX);
  if (!fileOnly) return n.name;
  return (n.firstLine ? firstLineOf(n.firstLine) : null) ?? t().untitled;
}
