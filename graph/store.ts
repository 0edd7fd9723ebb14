// graph/store.ts — writing documents to Neo4j: one transaction per batch of documents, all-or-nothing.
// A batch first retracts what its documents asserted before, then writes what they assert now, then drops orphans.
// The Cypher is in graph/write-cypher.ts, the rows it is given in graph/write-rows.ts.

import type { ManagedTransaction } from './connection.ts';
import { configFromEnv, runRead, runWrite, type Neo4jConfig } from './connection.ts';
import { ID_PREFIX, type DocumentWrite, type NodeLabel } from './model.ts';
import { TitleIndex } from './resolve.ts';
import { ensureSchema } from './schema.ts';
import {
  CLEAR_PENDING,
  CODE_ISSUERS,
  CREATE_DOCUMENTS,
  DROP_ORPHANS,
  edgeStatement,
  EXISTING_DOCUMENTS,
  FIND_MERGE_SOURCES,
  LEVEL_INPUTS,
  LOCATE_NODES,
  MERGE_TITLE_NODES,
  OWNED_EDGE_PROPERTIES,
  RECOUNT,
  RETRACT_OWNED,
  RETRACT_SHARED,
  SET_LEVELS,
  SHARED_EDGE_PROPERTIES,
  UPSERT_AGENCIES,
  UPSERT_DOCUMENTS,
  UPSERT_PROGRAMS,
  UPSERT_PROPOSALS,
} from './write-cypher.ts';
import { batchRows, createdDocumentProperties, ownedEdgeProperties, sharedEdgeProperties } from './write-rows.ts';
import { WrittenNodes } from './written-nodes.ts';
import { BATCH_SIZE } from '../contracts/settings.ts';
import { legalLevel } from '../ingest/legal-level.ts';

export { WrittenNodes } from './written-nodes.ts';
export { proposalRank } from './write-rows.ts';
// Whole-graph helpers live in graph/graph-dump.ts; tests and benchmarks import them from here too.
export { clearGraph, graphCounts } from './graph-dump.ts';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export function addCounters(total: WriteCounters, c: WriteCounters): void {
  total.nodesCreated += c.nodesCreated;
  total.nodesDeleted += c.nodesDeleted;
  total.relationshipsCreated += c.relationshipsCreated;
  total.relationshipsDeleted += c.relationshipsDeleted;
  total.propertiesSet += c.propertiesSet;
}

/**
 * Time spent per statement kind, when POLICY_GRAPH_PROFILE_WRITES=1 (for tuning batch sizes and statements;
 * printed by the benchmark). Keyed by the statement's first lines; `commit` is the time the commit took.
 */
export const statementTimes = new Map<string, number>();
const PROFILE_WRITES = process.env.POLICY_GRAPH_PROFILE_WRITES === '1';

function addTime(key: string, since: number): void {
  statementTimes.set(key, (statementTimes.get(key) ?? 0) + performance.now() - since);
}

/** Run one statement in the batch's transaction; count what it changed. */
async function exec(tx: ManagedTransaction, counters: WriteCounters, query: string, params: Record<string, unknown>) {
  const t0 = PROFILE_WRITES ? performance.now() : 0;
  const result = await tx.run(query, params);
  if (PROFILE_WRITES) addTime(query.trim().split('\n').slice(0, 3).join(' ').slice(0, 70), t0);
  const u = result.summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
  counters.propertiesSet += u.propertiesSet;
  return result.records;
}

const OWNED_STATEMENTS = Object.fromEntries(
  (['CITES', 'MENTIONS', 'RESPONDS_TO'] as const).map((t) => [t, edgeStatement(t, OWNED_EDGE_PROPERTIES)]),
) as Record<'CITES' | 'MENTIONS' | 'RESPONDS_TO', string>;
const SHARED_STATEMENTS = Object.fromEntries(
  (['ISSUED_BY', 'RUNS'] as const).map((t) => [t, edgeStatement(t, SHARED_EDGE_PROPERTIES)]),
) as Record<'ISSUED_BY' | 'RUNS', string>;

/** Ids grouped by label (the prefix of an id names it), as LOCATE_NODES and RECOUNT take them. */
function idsByLabel(ids: Iterable<string>): {
  documents: string[];
  agencies: string[];
  programs: string[];
  proposals: string[];
} {
  const out = {
    documents: [] as string[],
    agencies: [] as string[],
    programs: [] as string[],
    proposals: [] as string[],
  };
  const lists: [string, string[]][] = (Object.entries(ID_PREFIX) as [NodeLabel, string][]).map(([label, prefix]) => [
    prefix,
    label === 'Document'
      ? out.documents
      : label === 'Agency'
        ? out.agencies
        : label === 'Program'
          ? out.programs
          : out.proposals,
  ]);
  for (const id of ids) lists.find(([prefix]) => id.startsWith(prefix))?.[1].push(id);
  return out;
}

/** Decide the legal level of these documents from what their nodes now hold, and write those that changed. */
async function writeLegalLevels(tx: ManagedTransaction, counters: WriteCounters, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows: { id: string; level: string | null; rule: string | null }[] = [];
  for (const r of await exec(tx, counters, LEVEL_INPUTS, { ids })) {
    const get = (k: string) => (r.get(k) as string | null) ?? null;
    const decided = legalLevel({ title: get('title'), docNumber: get('docNumber'), issuer: get('issuer') });
    const level = decided?.level ?? null;
    const rule = decided?.rule ?? null;
    if (level !== get('level') || rule !== get('rule')) rows.push({ id: get('id')!, level, rule });
  }
  if (rows.length) await exec(tx, counters, SET_LEVELS, { rows });
}

/**
 * Write one batch of documents in ONE transaction: retract what they asserted before, merge title nodes they
 * resolved, write nodes and edges, drop orphans. If anything fails (or the process dies) nothing of the batch is
 * visible, so every document is either fully written or not at all.
 */
export async function writeBatch(
  writes: DocumentWrite[],
  config: Neo4jConfig = configFromEnv(),
  written?: WrittenNodes,
): Promise<WriteCounters> {
  const all = batchRows(writes);
  const rows = written ? written.filter(all) : all;
  const result = await runWrite(async (tx) => {
    const counters = zeroCounters(); // fresh per attempt: the driver may re-run this function on a transient error
    const candidates = new Set<string>();
    // Only documents already in the graph have assertions to retract. Asked inside the transaction, not taken from
    // `known`: when a commit succeeded but its answer was lost, the driver re-runs this function, and the batch's
    // own documents must then be retracted before they are written again.
    const existing = (await exec(tx, counters, EXISTING_DOCUMENTS, { ids: rows.ids })).map(
      (r) => r.get('id') as string,
    );
    if (existing.length) {
      for (const q of [RETRACT_SHARED, RETRACT_OWNED]) {
        const records = await exec(tx, counters, q, { ids: existing });
        for (const r of records) for (const id of r.get('candidates') as string[]) candidates.add(id);
      }
    }
    if (rows.merges.length) {
      // Most learned pairs have no title-only node to merge: find the ones that exist before the heavy statement.
      const found = await exec(tx, counters, FIND_MERGE_SOURCES, { merges: rows.merges });
      const present = new Set(found.map((r) => r.get('id') as string));
      const merges = rows.merges.filter((m) => present.has(m.from));
      if (merges.length) {
        const records = await exec(tx, counters, MERGE_TITLE_NODES, { merges, ids: rows.ids });
        for (const r of records) for (const id of r.get('touched') as string[]) candidates.add(id);
      }
    }
    // Element ids of every node the batch names (rows the cache dropped included, and edge ends that are no row
    // of it): the edges reach their ends by them. Documents not found are created with all their properties at
    // once; the others are upserted.
    const eid = new Map<string, string>();
    const nodeIds = new Set([...all.documents, ...all.agencies, ...all.programs, ...all.proposals].map((n) => n.id));
    for (const e of all.shared) nodeIds.add(e.from), nodeIds.add(e.to);
    for (const r of await exec(tx, counters, LOCATE_NODES, idsByLabel(nodeIds)))
      eid.set(r.get('id') as string, r.get('eid') as string);
    const fresh = rows.documents.filter((d) => !eid.has(d.id));
    const present = rows.documents.filter((d) => eid.has(d.id));
    if (fresh.length) {
      const created = await exec(tx, counters, CREATE_DOCUMENTS, {
        rows: fresh.map((d) => ({ id: d.id, props: createdDocumentProperties(d) })),
      });
      const raced = new Set<string>();
      for (const r of created) {
        eid.set(r.get('id') as string, r.get('eid') as string);
        if (r.get('raced') === true) raced.add(r.get('id') as string);
      }
      // Another writer created some of them since LOCATE_NODES looked: merge into what it wrote instead.
      if (raced.size) {
        present.push(...fresh.filter((d) => raced.has(d.id)));
        await exec(tx, counters, CLEAR_PENDING, { ids: [...raced] });
      }
    }
    if (present.length) await exec(tx, counters, UPSERT_DOCUMENTS, { rows: present });
    for (const [q, list] of [
      [UPSERT_AGENCIES, rows.agencies],
      [UPSERT_PROGRAMS, rows.programs],
      [UPSERT_PROPOSALS, rows.proposals],
    ] as const) {
      if (list.length)
        for (const r of await exec(tx, counters, q, { rows: list }))
          eid.set(r.get('id') as string, r.get('eid') as string);
    }
    // An edge whose end is no node (a program only named as run by an agency, never mentioned) is not written,
    // as a MATCH on a missing node writes nothing.
    const edgeRows = <E extends { from: string; to: string }>(edges: E[], props: (e: E) => Record<string, unknown>) =>
      edges.flatMap((e) => {
        const from = eid.get(e.from);
        const to = eid.get(e.to);
        return from === undefined || to === undefined ? [] : [{ from, to, p: props(e) }];
      });
    const codeIssuers = edgeRows(
      all.documents.flatMap((d) => (d.codeIssuer ? [{ from: d.id, to: d.codeIssuer }] : [])),
      () => ({}),
    );
    if (codeIssuers.length) await exec(tx, counters, CODE_ISSUERS, { rows: codeIssuers });
    for (const [type, query] of Object.entries(OWNED_STATEMENTS)) {
      const edges = edgeRows(
        rows.owned.filter((e) => e.type === type),
        ownedEdgeProperties,
      );
      if (edges.length) await exec(tx, counters, query, { rows: edges });
    }
    for (const [type, query] of Object.entries(SHARED_STATEMENTS)) {
      const edges = edgeRows(
        rows.shared.filter((e) => e.type === type),
        sharedEdgeProperties,
      );
      if (edges.length) await exec(tx, counters, query, { rows: edges });
    }
    // Agencies that lost a code-issuer edge with a dropped orphan need their degree recounted too.
    const issuersOfOrphans = candidates.size ? await exec(tx, counters, DROP_ORPHANS, { ids: [...candidates] }) : [];
    for (const r of issuersOfOrphans)
      for (const id of r.get('touched') as (string | null)[]) if (id) candidates.add(id);
    // Every node whose relationships changed: retracted targets, merged nodes and their neighbours, and both
    // ends of every edge written (from the unfiltered rows: a node row skipped as known still got new edges).
    const touched = new Set(candidates);
    for (const id of all.ids) touched.add(id);
    for (const e of all.owned) touched.add(e.to);
    for (const e of all.shared) touched.add(e.from), touched.add(e.to);
    for (const d of all.documents) if (d.codeIssuer) touched.add(d.codeIssuer);
    await writeLegalLevels(
      tx,
      counters,
      [...touched].filter((id) => id.startsWith(ID_PREFIX.Document)),
    );
    await exec(tx, counters, RECOUNT, idsByLabel(touched));
    return { counters, committing: PROFILE_WRITES ? performance.now() : 0 };
  }, config);
  if (PROFILE_WRITES) addTime('commit', result.committing);
  written?.remember(all);
  return result.counters;
}

// ---------------------------------------------------------------------------
// Ingest: what is already there, then batches
// ---------------------------------------------------------------------------

/** Title ↔ number pairs already in the graph (learned by earlier ingests), to resolve title-only citations. */
export async function loadTitleIndex(config: Neo4jConfig = configFromEnv()): Promise<TitleIndex> {
  return runRead(
    {
      query: `MATCH (d:Document) WHERE d.docNumber IS NOT NULL AND d.titleKeys IS NOT NULL
              RETURN d.docNumber AS number, d.titleKeys AS keys`,
      params: {},
      transform: (records) => {
        const index = new TitleIndex();
        for (const r of records)
          for (const k of r.get('keys') as string[]) index.learnKey(k, r.get('number') as string);
        return index;
      },
    },
    config,
  );
}

/** The assertion hashes stored for these ingested documents (an unchanged document is not rewritten). */
export async function storedHashes(ids: string[], config: Neo4jConfig = configFromEnv()): Promise<Map<string, string>> {
  return runRead(
    {
      query: `UNWIND $ids AS id MATCH (d:Document {id: id}) WHERE d.assertionHash IS NOT NULL RETURN d.id AS id, d.assertionHash AS hash`,
      params: { ids },
      transform: (records) => new Map(records.map((r) => [r.get('id') as string, r.get('hash') as string])),
    },
    config,
  );
}

export interface WriteOptions {
  config?: Neo4jConfig;
  /** Documents per transaction (default BATCH_SIZE). */
  batchSize?: number;
  /** Rewrite documents whose stored hash is unchanged too. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteSummary extends WriteCounters {
  documents: number;
  written: number;
  unchanged: number;
  batches: number;
}

/**
 * Writes batches of documents one transaction after another, as they come (an ingest hands them over while it is
 * still extracting): unchanged documents are skipped, and what this run wrote is remembered so popular nodes are
 * not rewritten. The caller ensures the schema first.
 */
export class BatchWriter {
  private readonly config: Neo4jConfig;
  private readonly force: boolean;
  private readonly written = new WrittenNodes();
  private readonly total = zeroCounters();
  private documents = 0;
  private writtenDocuments = 0;
  private batches = 0;

  constructor(options: { config?: Neo4jConfig; force?: boolean } = {}) {
    this.config = options.config ?? configFromEnv();
    this.force = options.force ?? false;
  }

  /** Write one batch (all-or-nothing); returns how many of its documents were written (the rest were unchanged). */
  async write(writes: DocumentWrite[]): Promise<number> {
    this.documents += writes.length;
    const stored = await storedHashes(
      writes.map((w) => w.id),
      this.config,
    );
    const todo = this.force
      ? writes
      : writes.filter((w) => stored.get(w.id) !== w.documents.find((d) => d.id === w.id)?.own?.assertionHash);
    if (todo.length === 0) return 0;
    addCounters(this.total, await writeBatch(todo, this.config, this.written));
    // Documents ingested before (their hash is stored) had assertions retracted, which may have removed orphans
    // this run wrote: the cache of written nodes starts afresh.
    if (todo.some((w) => stored.has(w.id))) this.written.clear();
    this.writtenDocuments += todo.length;
    this.batches++;
    return todo.length;
  }

  summary(): WriteSummary {
    return {
      ...this.total,
      documents: this.documents,
      written: this.writtenDocuments,
      unchanged: this.documents - this.writtenDocuments,
      batches: this.batches,
    };
  }
}

/** Write documents (schema first; unchanged ones skipped), batch by batch, each batch all-or-nothing. */
export async function writeDocuments(writes: DocumentWrite[], options: WriteOptions = {}): Promise<WriteSummary> {
  const config = options.config ?? configFromEnv();
  await ensureSchema(config);
  const size = Math.max(1, options.batchSize ?? BATCH_SIZE.default);
  const writer = new BatchWriter({ config, force: options.force });
  options.onProgress?.(0, writes.length);
  for (let i = 0; i < writes.length; i += size) {
    await writer.write(writes.slice(i, i + size));
    options.onProgress?.(Math.min(i + size, writes.length), writes.length);
  }
  return writer.summary();
}
