// graph/build.ts — from extractions to what the graph stores: one DocumentWrite per ingested document, or a graphology graph.
// Pure functions: resolution (graph/resolve.ts) decides ids; this module turns each extracted item into node and edge rows.

import { createHash } from 'node:crypto';
import Graph from 'graphology';
import { isTrialTitle } from '../ingest/legal-level.ts';
import type { Citation, DocumentExtraction, Mention } from '../ingest/model.ts';
import { mentionAt } from '../ingest/sentences.ts';
import {
  agencyId,
  documentId,
  programId,
  proposalId,
  type AgencyNodeRow,
  type DocumentNodeRow,
  type DocumentWrite,
  type EvidenceArrays,
  type OwnedEdgeRow,
  type ProgramNodeRow,
  type ProposalNodeRow,
  type Ranked,
  type Relation,
  type SharedEdgeRow,
  strongerRelation,
} from './model.ts';
import { docNumberCode, docNumberYear, issuedPolicyTitle, primaryTitleKey, titleKeys } from './normalize.ts';
import { pinyinForms } from './pinyin.ts';
import {
  AgencyDirectory,
  TitleIndex,
  resolveCitation,
  resolveDocument,
  yearlyTitles,
  type AgencyInfo,
} from './resolve.ts';

export interface BuildContext {
  titles: TitleIndex;
  agencies: AgencyDirectory;
  /** Title keys that several unnumbered documents of the batch carry in different years (graph/resolve.ts). */
  yearlyTitles?: Set<string>;
}

/** A build context that learned title ↔ number pairs from these extractions (plus any already known). */
export function buildContext(
  extractions: DocumentExtraction[],
  titles = new TitleIndex(),
  agencies = AgencyDirectory.load(),
): BuildContext {
  for (const x of extractions) titles.learnFrom(x);
  return { titles, agencies, yearlyTitles: yearlyTitles(extractions, titles) };
}

// ---------------------------------------------------------------------------
// Ranks: how single-valued properties are chosen whatever order documents arrive in
// ---------------------------------------------------------------------------

/**
 * Display title rank (smaller wins): 0 the document's own title line; 1 a title a citing document gives for the
 * policy itself; 2 the title of the notice that issues it (`关于印发X的通知`). Then shorter, then code-point order.
 */
function titleRank(tier: 0 | 1 | 2, title: string): string {
  return `${tier}${String(title.length).padStart(4, '0')}${title}`;
}

/** Issuer rank (smaller wins): 0 the document's own header/signature; 1 its number's 机关代字; 2 the citing context. */
function issuerRank(source: 'own' | 'code' | 'context', name: string): string {
  return `${source === 'own' ? 0 : source === 'code' ? 1 : 2}${name}`;
}

function better(a: Ranked | null, b: Ranked | null): Ranked | null {
  if (!a) return b;
  if (!b) return a;
  return b.rank < a.rank ? b : a;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** The clause that decided a citation's relation: its evidence, else (an act of this text without one) its first mention. */
function relationClause(c: Citation): Mention | null {
  return c.relationEvidence ?? (c.relation === 'mentions' ? null : (c.spans[0] ?? null));
}

// ---------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------

function emptyEvidence(): EvidenceArrays {
  return { starts: [], ends: [], quotes: [], quoteStarts: [], quoteEnds: [] };
}

function pushEvidence(e: EvidenceArrays, m: Mention): void {
  e.starts.push(m.start);
  e.ends.push(m.end);
  e.quotes.push(m.quote);
  e.quoteStarts.push(m.quoteStart);
  e.quoteEnds.push(m.quoteEnd);
}

/** Characters that may stand between a title and its number in one citation (`》(`, `》（`, `》 (`). */
const MAX_GAP_IN_ONE_CITATION = 2;

/**
 * One entry per occurrence: `《A》(号)` is one citation of A even though the title and the number are two spans,
 * so spans within a couple of characters of each other in the same sentence join into one.
 */
function occurrences(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      m.quoteStart === last.quoteStart &&
      m.start - last.end <= MAX_GAP_IN_ONE_CITATION &&
      m.start >= last.start
    ) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, m.end), text: '' };
    } else out.push(m);
  }
  return out;
}

function evidenceOf(mentions: Mention[]): EvidenceArrays {
  const e = emptyEvidence();
  for (const m of occurrences(mentions)) pushEvidence(e, m);
  return e;
}

/** The occurrences an edge already stores, as mentions again (to merge a second citation of the same document). */
function storedMentions(e: EvidenceArrays): Mention[] {
  return e.starts.map((s, i) => ({
    text: '',
    start: s,
    end: e.ends[i]!,
    quote: e.quotes[i]!,
    quoteStart: e.quoteStarts[i]!,
    quoteEnd: e.quoteEnds[i]!,
  }));
}

/** Where the issuer of an ingested document is stated: its mention with role issuer, else its name in the text. */
/** The quote that names the issuer: the mention the extraction read it from, else (read from the number's code)
 *  the issuer's last mention in the text. */
function issuerQuote(x: DocumentExtraction, issuer: AgencyInfo): Mention | null {
  if (x.issuerEvidence?.mention) return x.issuerEvidence.mention;
  const ref = x.agencies.find((a) => a.roles.includes('issuer') && a.spans.length > 0);
  if (ref) return ref.spans[ref.spans.length - 1]!;
  for (const name of [issuer.name, ...issuer.aliases]) {
    const at = x.text.lastIndexOf(name);
    if (at >= 0) return mentionAt(x.text, at, at + name.length);
  }
  return null;
}

/** The file name without directory and extension (the id of a document with neither number nor title). */
function fileBaseName(file: string): string {
  return file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(txt|html?|json)$/i, '');
}

// ---------------------------------------------------------------------------
// One document → its write
// ---------------------------------------------------------------------------

/** Agencies recur in every document: their rows (with pinyin of every name) are built once per set of forms. */
const agencyRows = new Map<string, AgencyNodeRow>();

function agencyRow(info: AgencyInfo, surfaceForms: string[]): AgencyNodeRow {
  const key = `${info.name}\u0000${surfaceForms.join('\u0000')}`;
  let row = agencyRows.get(key);
  if (!row) {
    if (agencyRows.size > 50_000) agencyRows.clear();
    agencyRows.set(key, (row = makeAgencyRow(info, surfaceForms)));
  }
  // A copy: batches merge aliases into the rows they hold.
  return { ...row, aliases: [...row.aliases], pinyins: [...row.pinyins], initials: [...row.initials] };
}

function makeAgencyRow(info: AgencyInfo, surfaceForms: string[]): AgencyNodeRow {
  const formerNames = info.formerNames.map((f) => f.name);
  const aliases = union(
    info.aliases,
    surfaceForms.filter((s) => s !== info.name && !formerNames.includes(s)),
  );
  const names = [info.name, ...aliases, ...formerNames];
  return {
    id: agencyId(info.name),
    name: info.name,
    aliases,
    level: info.level,
    jurisdiction: info.jurisdiction,
    formerNames: [...formerNames].sort(),
    formerNamesJson: JSON.stringify(info.formerNames),
    pinyins: union(
      [],
      names.map((n) => pinyinForms(n).full),
    ),
    initials: union(
      [],
      names.map((n) => pinyinForms(n).initials),
    ),
  };
}

/** Turn one extraction into the rows it asserts, with every id resolved. */
export function buildDocumentWrite(x: DocumentExtraction, ctx: BuildContext): DocumentWrite {
  const self = resolveDocument(x, ctx.titles, ctx.yearlyTitles);
  const meta = x.document;
  const date = meta.writtenDate ?? meta.signedDate ?? meta.publishedDate;
  const year = date ? Number(date.slice(0, 4)) : self.docNumber ? docNumberYear(self.docNumber) : null;
  const issuer = meta.issuer ? ctx.agencies.resolve(meta.issuer) : null;

  const documents = new Map<string, DocumentNodeRow>();
  const agencies = new Map<string, AgencyNodeRow>();
  const programs = new Map<string, ProgramNodeRow>();
  const proposals: ProposalNodeRow[] = [];
  const owned = new Map<string, OwnedEdgeRow>();
  const shared = new Map<string, SharedEdgeRow>();
  const merges = new Map<string, string>();

  const addDocument = (row: DocumentNodeRow): void => {
    const known = documents.get(row.id);
    if (!known) return void documents.set(row.id, row);
    known.docNumber ??= row.docNumber;
    known.code ??= row.code;
    known.year ??= row.year;
    known.titles = union(known.titles, row.titles);
    known.titleKeys = union(known.titleKeys, row.titleKeys);
    known.pinyins = union(known.pinyins, row.pinyins);
    known.initials = union(known.initials, row.initials);
    known.title = better(known.title, row.title);
    known.issuer = better(known.issuer, row.issuer);
    known.trial = known.own ? known.trial : known.trial || row.trial;
    known.own ??= row.own;
    known.codeIssuer ??= row.codeIssuer;
  };
  const addAgency = (info: AgencyInfo, surfaceForms: string[]): string => {
    const row = agencyRow(info, surfaceForms);
    const known = agencies.get(row.id);
    if (!known) agencies.set(row.id, row);
    else {
      known.aliases = union(known.aliases, row.aliases);
      known.pinyins = union(known.pinyins, row.pinyins);
      known.initials = union(known.initials, row.initials);
    }
    return row.id;
  };
  const addShared = (
    type: SharedEdgeRow['type'],
    from: string,
    to: string,
    source: string,
    m: Mention | null,
  ): void => {
    const key = `${type}:${from}->${to}`;
    let edge = shared.get(key);
    if (!edge) shared.set(key, (edge = { type, from, to, docs: [], sources: [], ...emptyEvidence() }));
    edge.docs.push(self.id);
    edge.sources.push(source);
    pushEvidence(edge, m ?? { text: '', start: 0, end: 0, quote: '', quoteStart: 0, quoteEnd: 0 });
  };
  const learnMerge = (title: string | null, numbered: string | null): void => {
    if (!title || !numbered) return;
    const from = documentId({ titleKey: primaryTitleKey(title) });
    if (from !== numbered) merges.set(from, numbered);
  };

  // The document itself.
  const ownTitles = meta.title ? [meta.title] : [];
  addDocument({
    id: self.id,
    docNumber: self.docNumber,
    code: self.docNumber ? docNumberCode(self.docNumber) : null,
    year,
    titles: ownTitles,
    titleKeys: union([], ownTitles.flatMap(titleKeys)),
    // Pinyin is for names (agencies, programs): a title is searched by its characters, and pinyin of every title
    // would triple the text-index work of a load for no search anyone types.
    pinyins: [],
    initials: [],
    title: meta.title ? { value: meta.title, rank: titleRank(0, meta.title) } : null,
    issuer: issuer ? { value: issuer.name, rank: issuerRank('own', issuer.name) } : null,
    trial: x.lifecycle?.trial ?? isTrialTitle(meta.title),
    own: {
      ingested: true,
      file: x.file,
      source: x.source,
      encoding: x.encoding,
      text: x.text,
      indexNumber: meta.indexNumber,
      writtenDate: meta.writtenDate,
      publishedDate: meta.publishedDate,
      signedDate: meta.signedDate,
      date,
      year,
      genre: meta.genre,
      topics: meta.topics,
      effectiveDate: meta.effectiveDate ?? null,
      expiryDate: meta.expiryDate ?? null,
      trial: x.lifecycle?.trial ?? isTrialTitle(meta.title),
      effectiveQuote: x.lifecycle?.effective?.quote ?? null,
      effectiveQuoteStart: x.lifecycle?.effective?.quoteStart ?? null,
      effectiveQuoteEnd: x.lifecycle?.effective?.quoteEnd ?? null,
      expiryQuote: x.lifecycle?.expiry?.quote ?? null,
      expiryQuoteStart: x.lifecycle?.expiry?.quoteStart ?? null,
      expiryQuoteEnd: x.lifecycle?.expiry?.quoteEnd ?? null,
      assertionHash: '',
    },
  });
  if (self.docNumber) learnMerge(meta.title, self.id);
  // A document first ingested without number or title (keyed by its file name) that now has one: same document.
  const fileId = x.file ? documentId({ fileName: fileBaseName(x.file) }) : null;
  if (fileId && fileId !== self.id) merges.set(fileId, self.id);
  if (issuer) {
    addShared(
      'ISSUED_BY',
      self.id,
      addAgency(issuer, []),
      x.issuerEvidence?.source ?? 'header',
      issuerQuote(x, issuer),
    );
  }

  // What it cites.
  /**
   * Title-only nodes this document repeals or amends although their title is its own: an earlier version of the
   * same work (`…实施细则》同时废止` in the notice issuing the new 实施细则). Kept apart from this document.
   */
  const earlierVersions = new Set<string>();
  for (const c of x.citations) addCitation(c);
  for (const id of earlierVersions) merges.delete(id);
  function addCitation(c: Citation): void {
    let target = resolveCitation(c, ctx.titles);
    if (target.id === self.id) {
      // A document never cites itself (its own number quoted in its text) — but one that repeals or amends a title
      // it also bears acts on the earlier version of that title: a node of its own (DESIGN.md, versions).
      const acts = c.relation === 'repeals' || c.relation === 'amends';
      if (!acts || c.docNumber || !c.title) return;
      target = { id: documentId({ titleKey: primaryTitleKey(c.title) }), docNumber: null };
      if (target.id === self.id) return;
      earlierVersions.add(target.id);
    }
    const titles: string[] = [];
    let title: Ranked | null = null;
    if (c.title) {
      const policy = issuedPolicyTitle(c.title);
      titles.push(c.title);
      title = { value: c.title, rank: titleRank(policy ? 2 : 1, c.title) };
      if (policy) {
        titles.push(policy);
        title = better(title, { value: policy, rank: titleRank(1, policy) });
      }
    }
    const citedIssuer = c.issuer ? ctx.agencies.resolve(c.issuer) : null;
    const source = c.issuerSource ?? 'code';
    addDocument({
      id: target.id,
      docNumber: target.docNumber,
      code: target.docNumber ? docNumberCode(target.docNumber) : null,
      year: target.docNumber ? docNumberYear(target.docNumber) : null,
      titles,
      titleKeys: union([], titles.flatMap(titleKeys)),
      pinyins: [],
      initials: [],
      title,
      issuer: citedIssuer ? { value: citedIssuer.name, rank: issuerRank(source, citedIssuer.name) } : null,
      trial: isTrialTitle(c.title),
      own: null,
      codeIssuer: citedIssuer && source === 'code' && target.docNumber ? addAgency(citedIssuer, []) : null,
    });
    if (target.docNumber && !earlierVersions.has(target.id)) learnMerge(c.title, target.id);
    const key = `CITES:${target.id}`;
    const known = owned.get(key);
    const spans = [...c.spans];
    const relation: Relation = c.relation ?? 'mentions';
    const clause = relationClause(c);
    const decided = {
      relation,
      relationQuote: clause?.quote ?? null,
      relationQuoteStart: clause?.quoteStart ?? null,
      relationQuoteEnd: clause?.quoteEnd ?? null,
    };
    if (known) {
      // Two citations that resolve to one document (by number here, by title there): one edge, all the quotes,
      // and the stronger relation with the clause that decided it.
      const all = storedMentions(known);
      Object.assign(known, evidenceOf([...all, ...spans]));
      const before = known.relation ?? 'mentions';
      if (strongerRelation(before, relation) !== before) Object.assign(known, decided);
    } else {
      owned.set(key, {
        type: 'CITES',
        from: self.id,
        to: target.id,
        roles: null,
        mentions: null,
        ...evidenceOf(spans),
        ...decided,
      });
    }
    // An issuer named in the text (`市政府办公厅印发《…》`) is this document's assertion; one read from the number's
    // code is the number's (see codeIssuer above).
    if (citedIssuer && !(source === 'code' && target.docNumber))
      addShared('ISSUED_BY', target.id, addAgency(citedIssuer, []), source, c.spans[0] ?? null);
  }

  // The agencies it names (one node per agency: a former name or an alias resolves to the agency as it is now).
  const mentionsByAgency = new Map<string, { roles: Set<string>; forms: Set<string>; spans: Mention[] }>();
  for (const a of x.agencies) {
    const info = ctx.agencies.resolve(a.name, a.level);
    const id = addAgency(info, a.name === info.name ? a.mentions : [...a.mentions, a.name]);
    let m = mentionsByAgency.get(id);
    if (!m) mentionsByAgency.set(id, (m = { roles: new Set(), forms: new Set(), spans: [] }));
    for (const r of a.roles) m.roles.add(r);
    for (const f of a.mentions) m.forms.add(f);
    m.spans.push(...a.spans);
  }
  for (const [id, m] of mentionsByAgency) {
    owned.set(`MENTIONS:${id}`, {
      type: 'MENTIONS',
      from: self.id,
      to: id,
      roles: [...m.roles].sort(),
      mentions: [...m.forms].sort(),
      ...evidenceOf(m.spans),
    });
  }

  // The programs it mentions, and who runs them.
  for (const p of x.programs) {
    const id = programId(p.name);
    if (!programs.has(id)) {
      const f = pinyinForms(p.name);
      programs.set(id, { id, name: p.name, kind: p.kind, pinyins: [f.full], initials: [f.initials] });
    }
    const key = `MENTIONS:${id}`;
    const known = owned.get(key);
    const spans = [...p.spans];
    if (known) {
      const all = storedMentions(known);
      Object.assign(known, evidenceOf([...all, ...spans]), { mentions: union(known.mentions ?? [], p.mentions) });
    } else {
      owned.set(key, {
        type: 'MENTIONS',
        from: self.id,
        to: id,
        roles: ['mentioned'],
        mentions: [...p.mentions].sort(),
        ...evidenceOf(spans),
      });
    }
  }
  for (const run of x.runs) {
    const info = ctx.agencies.resolve(run.agency);
    addShared('RUNS', addAgency(info, []), programId(run.program), run.inferredBy, run.evidence);
  }

  // The proposal it answers.
  const r = x.respondsTo;
  if (r) {
    const id = proposalId(r.session, r.number, r.title);
    const name = r.number ? `${r.session ?? ''}第${r.number}号${r.kind}` : (r.title ?? `${r.session ?? ''}${r.kind}`);
    proposals.push({
      id,
      name,
      kind: r.kind,
      session: r.session,
      number: r.number,
      title: r.title,
      proposer: r.proposer,
    });
    owned.set(`RESPONDS_TO:${id}`, {
      type: 'RESPONDS_TO',
      from: self.id,
      to: id,
      roles: null,
      mentions: null,
      ...evidenceOf(r.evidence ? [r.evidence] : []),
    });
  }

  const write: DocumentWrite = {
    id: self.id,
    file: x.file,
    documents: [...documents.values()],
    agencies: [...agencies.values()],
    programs: [...programs.values()],
    proposals,
    owned: [...owned.values()],
    shared: [...shared.values()],
    merges: [...merges].map(([from, to]) => ({ from, to })),
  };
  // The hash covers every row (with ids resolved), so a document re-ingested unchanged is skipped, and one whose
  // resolution changed (a title now known by its number) is rewritten.
  const hash = createHash('sha1').update(JSON.stringify(write)).digest('hex');
  const selfRow = documents.get(self.id)!;
  selfRow.own!.assertionHash = hash;
  return write;
}

/** Build every document's write; two extractions of the same document (same id) keep the last one. */
export function buildWrites(extractions: DocumentExtraction[], ctx: BuildContext): DocumentWrite[] {
  const byId = new Map<string, DocumentWrite>();
  for (const x of extractions) {
    const w = buildDocumentWrite(x, ctx);
    byId.delete(w.id);
    byId.set(w.id, w);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------
// A graphology graph of the same content (for the viewer's exports, tests and the benchmark)
// ---------------------------------------------------------------------------

/** The graph the writes describe, without Neo4j: nodes keyed by id, one edge per (type, from, to). */
export function toGraphology(writes: DocumentWrite[]): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const node = (id: string, label: string, attrs: Record<string, unknown>): void => {
    g.mergeNode(id, { label, ...attrs });
  };
  for (const w of writes) {
    for (const d of w.documents) {
      const wasIngested = g.hasNode(d.id) && g.getNodeAttribute(d.id, 'ingested') === true;
      if (wasIngested && d.own === null) continue; // the document's own row names it; a citation does not rename it
      node(d.id, 'Document', { name: d.title?.value ?? d.docNumber ?? d.id, ingested: d.own !== null });
    }
    for (const a of w.agencies) node(a.id, 'Agency', { name: a.name });
    for (const p of w.programs) node(p.id, 'Program', { name: p.name, kind: p.kind });
    for (const p of w.proposals) node(p.id, 'Proposal', { name: p.name, kind: p.kind });
    for (const e of [...w.owned, ...w.shared]) {
      const key = `${e.type}:${e.from}->${e.to}`;
      if (g.hasEdge(key)) g.updateEdgeAttribute(key, 'quotes', (q: string[] = []) => [...q, ...e.quotes]);
      else g.addEdgeWithKey(key, e.from, e.to, { type: e.type, quotes: e.quotes });
    }
  }
  return g;
}
