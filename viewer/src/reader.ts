// viewer/src/reader.ts — the document reader: full text with citations, agencies and programs highlighted in place.
// Spans come from the extraction's character offsets; clicking one selects that node in the graph.
import type { DocumentTextAnswer, TextSpan } from '../../contracts/api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

/**
 * Drop spans that overlap an earlier, longer one (a citation title that contains an agency name): sort by
 * (start, -end) and keep the first of each overlapping run, so the text is cut into disjoint pieces.
 */
export function disjointSpans(spans: TextSpan[], textLength: number): TextSpan[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= textLength && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSpan[] = [];
  let last = -1;
  for (const s of sorted) {
    if (s.start >= last) {
      out.push(s);
      last = s.end;
    }
  }
  return out;
}

/** A highlight's tooltip: what kind of thing it is, in the interface language. */
const KIND_NAMES: Record<DocumentTextAnswer['spans'][number]['kind'], () => string> = {
  citation: () => t().readerCitation,
  agency: () => t().readerAgency,
  program: () => t().readerProgram,
  proposal: () => t().readerProposal,
};

/** Render the text into `article`; spans with a node become clickable highlights. */
export function renderText(article: HTMLElement, doc: DocumentTextAnswer, onPick: (nodeId: string) => void): void {
  const pieces: (string | HTMLElement)[] = [];
  let at = 0;
  for (const s of disjointSpans(doc.spans, doc.text.length)) {
    if (s.start > at) pieces.push(doc.text.slice(at, s.start));
    const mark = h(
      'mark',
      {
        class: `hl hl-${s.kind}`,
        dataset: { kind: s.kind, ...(s.nodeId ? { nodeId: s.nodeId } : {}) },
        title: KIND_NAMES[s.kind](),
      },
      doc.text.slice(s.start, s.end),
    );
    if (s.nodeId) {
      const id = s.nodeId;
      mark.addEventListener('click', () => {
        article.querySelectorAll('.hl.current').forEach((m) => {
          m.classList.remove('current');
        });
        mark.classList.add('current');
        onPick(id);
      });
    }
    pieces.push(mark);
    at = s.end;
  }
  if (at < doc.text.length) pieces.push(doc.text.slice(at));
  article.replaceChildren(...pieces);
  article.scrollTop = 0;
}
