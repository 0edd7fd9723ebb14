// graph/resolution-key.ts — what a document's write depends on beyond its own text: the numbers its title-only
// references resolve to. An ingest that writes batches before it has read every file compares these at the end.

import type { DocumentExtraction } from '../ingest/model.ts';
import type { TitleIndex } from './resolve.ts';

/**
 * The titles a document names without a number — its own title when it has no number, and every citation by title
 * only: the only inputs of graph/build.ts buildDocumentWrite that depend on other documents (graph/resolve.ts
 * resolveDocument and resolveCitation). Empty for a document whose write depends on nothing else.
 */
export function titleOnlyReferences(x: DocumentExtraction): string[] {
  const titles: string[] = [];
  if (!x.document.docNumber && x.document.title) titles.push(x.document.title);
  for (const c of x.citations) if (!c.docNumber && c.title) titles.push(c.title);
  return titles;
}

/** The numbers these titles resolve to with this index, as one comparable string (no number: empty). */
export function resolutionKey(titles: string[], index: TitleIndex): string {
  return titles.map((t) => index.numberFor(t) ?? '').join('\u0000');
}
