// graph/schema.ts — constraints and indexes, created before any write (idempotent: IF NOT EXISTS).
// Unique ids per label; text indexes for the CONTAINS lookups of resolution and pinyin search; one full-text index for search.

import { configFromEnv, runWrite, type Neo4jConfig } from './connection.ts';

/** Unique keys: every node is found by its stable id (graph/model.ts). */
const CONSTRAINTS = ['Document', 'Agency', 'Program', 'Proposal'].map(
  (label) => `CREATE CONSTRAINT pg_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/**
 * Text indexes answer `CONTAINS` without a scan. Delimited list strings (`|key1|key2|`) turn "any of these names
 * equals X" into `CONTAINS '|X|'`: title keys of documents, all names of agencies, pinyin and initials.
 */
const TEXT_INDEXES: [label: string, property: string][] = [
  // Pinyin is stored for names (agencies, programs), not for document titles: see graph/build.ts.
  ['Document', 'keysText'],
  ['Agency', 'namesText'],
  ['Agency', 'pinyinText'],
  ['Agency', 'initialsText'],
  ['Program', 'name'],
  ['Program', 'pinyinText'],
  ['Program', 'initialsText'],
];

/** Range indexes for filters and the timeline. */
const RANGE_INDEXES: [label: string, property: string][] = [
  ['Document', 'year'],
  ['Document', 'ingested'],
  // Kept up to date by every write (graph/store.ts RECOUNT): top-cited and the overview read them in order.
  ['Document', 'citedCount'],
  ['Document', 'degree'],
  ['Agency', 'degree'],
  ['Program', 'degree'],
  ['Proposal', 'degree'],
];

/**
 * Full-text search over titles, numbers, names and aliases (a document's `name` is its display title; `keysText`
 * holds every title it is known by; a proposal's `title` and `proposer` are what an analyst remembers of it). The
 * `cjk` analyzer indexes Chinese as overlapping bigrams, so a phrase query finds any part of a title
 * (`科技成果转化`), which the default analyzer's single characters would match far too loosely.
 */
export const FULLTEXT_INDEX = 'pg_search_v3';
const FULLTEXT = `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
  FOR (n:Document|Agency|Program|Proposal) ON EACH [n.name, n.docNumber, n.namesText, n.keysText, n.title, n.proposer]
  OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`;

/**
 * Full text of ingested documents, apart from the names index: a hit in the body ranks below a hit in a title, and
 * the body is only read to show the sentence that matched (graph/text-search.ts).
 */
export const TEXT_INDEX = 'pg_text_v1';
const TEXT = `CREATE FULLTEXT INDEX ${TEXT_INDEX} IF NOT EXISTS
  FOR (n:Document) ON EACH [n.text]
  OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`;

/** Indexes earlier versions created and this one no longer uses (pinyin of titles; earlier full-text indexes). */
const OBSOLETE = ['pg_document_pinyintext', 'pg_document_initialstext', 'pg_search', 'pg_search_v2'].map(
  (name) => `DROP INDEX ${name} IF EXISTS`,
);

export const SCHEMA_STATEMENTS: string[] = [
  ...OBSOLETE,
  ...CONSTRAINTS,
  ...TEXT_INDEXES.map(
    ([l, p]) => `CREATE TEXT INDEX pg_${l.toLowerCase()}_${p.toLowerCase()} IF NOT EXISTS FOR (n:${l}) ON (n.${p})`,
  ),
  ...RANGE_INDEXES.map(
    ([l, p]) => `CREATE INDEX pg_${l.toLowerCase()}_${p.toLowerCase()} IF NOT EXISTS FOR (n:${l}) ON (n.${p})`,
  ),
  FULLTEXT,
  TEXT,
];

const ensured = new Set<string>();

/** Create the schema (once per process and database) and wait until every index is online. */
export async function ensureSchema(config: Neo4jConfig = configFromEnv()): Promise<void> {
  const key = `${config.uri}/${config.database ?? ''}`;
  if (ensured.has(key)) return;
  // Schema changes cannot share a transaction with each other on every Neo4j version: one statement each.
  for (const statement of SCHEMA_STATEMENTS) await runWrite((tx) => tx.run(statement), config);
  await dropRelationshipLookup(config);
  await runWrite((tx) => tx.run('CALL db.awaitIndexes(120)'), config).catch(async () => {
    // db.awaitIndexes is not allowed inside an explicit transaction on some versions: poll instead.
    await waitForIndexes(config);
  });
  ensured.add(key);
}

/**
 * Neo4j creates a relationship type lookup index in every new database. No query here finds relationships by type
 * alone (every pattern starts at an indexed node), and keeping it up to date took about a tenth of the Neo4j CPU
 * of a load (every relationship created is sorted and entered in it at commit): it is dropped.
 */
async function dropRelationshipLookup(config: Neo4jConfig): Promise<void> {
  const names = await runWrite(
    async (tx) =>
      (
        await tx.run(
          `SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP' RETURN name`,
        )
      ).records.map((r) => r.get('name') as string),
    config,
  );
  for (const name of names)
    await runWrite((tx) => tx.run(`DROP INDEX \`${name.replaceAll('`', '``')}\` IF EXISTS`), config);
}

async function waitForIndexes(config: Neo4jConfig): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const pending = await runWrite(
      async (tx) =>
        (await tx.run(`SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n`)).records[0]!.get('n'),
      config,
    );
    if (Number(pending) === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('graph/schema: indexes did not come online within 120 s — check the Neo4j log.');
}

/** Forget that the schema was ensured (after a test wipes the database with its schema). */
export function forgetSchema(): void {
  ensured.clear();
}
