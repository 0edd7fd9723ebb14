// cli/path-text.ts — how `query path` prints its paths: hop by hop in the citing direction, a quote under each hop.
//   path 1 of 2 · 2 hops
//     重庆市科学技术局关于…的复函 (渝科局函〔2023〕349号) —引用·依据→ 重庆市高质量孵化载体建设实施方案 (渝府办发〔2021〕142号)
//       「…出台《重庆市高质量孵化载体建设实施方案(2021—2025年)》(渝府办发〔2021〕142号)…」
import { RELATION_LABELS } from '../contracts/status-rules.ts';
import type { NodeSummary, PathHop, PathsAnswer } from '../contracts/api.ts';

/** The edge types in words (Chinese first: the users read Chinese; English for the rest). */
const EDGE_WORDS: Record<string, string> = {
  CITES: '引用 cites',
  ISSUED_BY: '发文机关 issued by',
  MENTIONS: '提及 mentions',
  RESPONDS_TO: '答复 answers',
  RUNS: '主管 runs',
};

/** Longest quote printed per hop (the JSON output carries it whole). */
const QUOTE_MAX = 160;

function name(n: NodeSummary): string {
  return n.docNumber && n.title ? `${n.title} (${n.docNumber})` : n.name;
}

function hopLine(h: PathHop): string {
  const words = EDGE_WORDS[h.type] ?? h.type;
  const relation = h.relation && h.relation !== 'mentions' ? `·${RELATION_LABELS[h.relation]}` : '';
  // A hop read against the path's direction is marked, so the chain can be followed from start to end.
  const against = h.forward ? '' : '  (← against the path)';
  return `${name(h.from)} —${words}${relation}→ ${name(h.to)}${against}`;
}

/** A long quote cut to QUOTE_MAX around the mention of the hop's target (its number, title or name), so it stays in. */
function excerpt(quote: string, about: NodeSummary): string {
  const text = quote.replace(/\s+/g, ' ');
  if (text.length <= QUOTE_MAX) return text;
  const needle = [about.docNumber, about.title, about.name].find(
    (n): n is string => !!n && n.length > 1 && text.includes(n),
  );
  const at = needle ? text.indexOf(needle) : 0;
  const from = Math.max(0, Math.min(at - 30, text.length - QUOTE_MAX));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + QUOTE_MAX)}${from + QUOTE_MAX < text.length ? '…' : ''}`;
}

function quoteLine(h: PathHop): string {
  const q = h.evidence[0];
  if (!q) return '      (no quote recorded)';
  const more = h.evidenceCount > 1 ? `  (+${h.evidenceCount - 1} more)` : '';
  return `      「${excerpt(q.quote, h.to)}」${more}`;
}

/** The answer as text; `message` is the server's or caller's words for "no connection". */
export function pathText(r: PathsAnswer, message: string): string {
  const head = `from ${r.start.label}: ${name(r.start)}  [${r.start.id}]\nto   ${r.end.label}: ${name(r.end)}  [${r.end.id}]`;
  if (r.paths.length === 0) return `${head}\n${message}`;
  const blocks = r.paths.map((p, i) => {
    const lines = [`path ${i + 1} of ${r.paths.length} · ${p.hops.length} hop${p.hops.length === 1 ? '' : 's'}`];
    p.hops.forEach((h, j) => {
      lines.push(`  ${j + 1}. ${hopLine(h)}`, quoteLine(h));
    });
    return lines.join('\n');
  });
  return [head, ...blocks].join('\n\n');
}
