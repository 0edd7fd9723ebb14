// graph/written-nodes.ts — what this ingest run already wrote to each node, so a batch does not rewrite a popular
// node with what it already holds.

import { WRITTEN_NODES_REMEMBERED } from '../contracts/settings.ts';
import type { DocumentNodeRow } from './model.ts';
import { copyDocumentRow, mergeDocumentRow, type BatchRows } from './write-rows.ts';

/**
 * What this run already wrote to each node. A popular document is cited in every batch, almost always with the
 * same title: rewriting its node each time would rewrite its properties and index entries for nothing. A node row
 * that brings nothing new (no new title, key, alias or pinyin, no better-ranked title or issuer) is dropped from
 * the node statements; the edge statements still find the node by id. Valid while this run is the only writer of
 * these nodes, which an ingest is; orphan removal and title merges make a node unknown again.
 */
export class WrittenNodes {
  private readonly docs = new Map<string, DocumentNodeRow>();
  private readonly others = new Map<string, string>();

  filter(rows: BatchRows): BatchRows {
    const touched = new Set(rows.merges.flatMap((m) => [m.from, m.to]));
    return {
      ...rows,
      documents: rows.documents.filter((d) => touched.has(d.id) || !this.coveredDocument(d)),
      agencies: rows.agencies.filter((a) => this.others.get(a.id) !== JSON.stringify(a)),
      programs: rows.programs.filter((p) => this.others.get(p.id) !== JSON.stringify(p)),
      proposals: rows.proposals.filter((p) => this.others.get(p.id) !== JSON.stringify(p)),
    };
  }

  remember(rows: BatchRows): void {
    // Bounded: the cache pays off on popular nodes, which come back at once; memory stays flat however many
    // documents a run writes.
    if (this.docs.size + this.others.size > WRITTEN_NODES_REMEMBERED) this.clear();
    // Orphan removal may delete nodes of retracted documents, and merges replace nodes: forget those.
    if (rows.merges.length) for (const m of rows.merges) this.docs.delete(m.from), this.docs.delete(m.to);
    for (const d of rows.documents) {
      const k = this.docs.get(d.id);
      if (!k) this.docs.set(d.id, { ...copyDocumentRow(d), own: null });
      else {
        mergeDocumentRow(k, d);
        k.own = null; // the document's text and dates are not needed to tell what is new (and would grow memory)
      }
    }
    for (const a of rows.agencies) this.others.set(a.id, JSON.stringify(a));
    for (const p of rows.programs) this.others.set(p.id, JSON.stringify(p));
    for (const p of rows.proposals) this.others.set(p.id, JSON.stringify(p));
  }

  /** Forget everything (after a batch that retracted documents: orphans may have been removed). */
  clear(): void {
    this.docs.clear();
    this.others.clear();
  }

  private coveredDocument(d: DocumentNodeRow): boolean {
    if (d.own) return false;
    const k = this.docs.get(d.id);
    if (!k) return false;
    const sub = (a: string[], b: string[]) => a.every((x) => b.includes(x));
    const notBetter = (a: { rank: string } | null, b: { rank: string } | null) =>
      !a || (b !== null && b.rank <= a.rank);
    return (
      (d.docNumber === null || k.docNumber === d.docNumber) &&
      (!d.codeIssuer || k.codeIssuer === d.codeIssuer) &&
      sub(d.titles, k.titles) &&
      sub(d.titleKeys, k.titleKeys) &&
      sub(d.pinyins, k.pinyins) &&
      sub(d.initials, k.initials) &&
      notBetter(d.title, k.title) &&
      notBetter(d.issuer, k.issuer) &&
      (!d.trial || k.trial === true)
    );
  }
}
