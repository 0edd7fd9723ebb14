// cli/commands/query.ts — `policy-graph query …`: the analyst queries of graph/queries.ts as a table or JSON.
// cited-by, co-cited, agency, same-citations, path, search, top-cited, timeline, status, history.

import { closeDriver, DatabaseError, runRead } from '../../graph/connection.ts';
import { compareQuery } from '../../graph/compare.ts';
import { tableToCsv } from '../../contracts/csv.ts';
import {
  citedByTable,
  countTable,
  inYears,
  portfolioTable,
  searchTable,
  type Table,
  type YearRange,
} from '../../contracts/lists.ts';
import { resolveName } from '../../graph/name-resolution.ts';
import { allows, PATH_DEFAULTS, PATH_MAX_DEGREE, PATHS, QUERY_ROWS, rangeMessage } from '../../contracts/settings.ts';
import { findPaths, noConnectionMessage } from '../../graph/paths.ts';
import * as q from '../../graph/queries.ts';
import * as st from '../../graph/status.ts';
import { LEGAL_LEVEL_NAMES, type LegalLevel } from '../../ingest/legal-level.ts';
import { isIsoDate, RELATION_LABELS, STATUS_LABELS, today } from '../../contracts/status-rules.ts';
import type {
  CompareSplit,
  DocumentStatus,
  NodeLabel,
  NodeSummary,
  PathOptions,
  StatusEvidence,
} from '../../contracts/api.ts';
import { pathText } from '../path-text.ts';
import { parseStrict, USAGE_EXIT, usageError, optionSpecs } from '../strict-args.ts';

const NAME = 'policy-graph query';

export const help = `usage: policy-graph query <query> ARGS [--json | --csv] [--sort date|count] [--limit N]
                          [--from YEAR] [--to YEAR] [--at YYYY-MM-DD]

queries:
  cited-by X          documents citing X (a document number, a title or part of one), with counts and quotes
  co-cited X          documents most often cited together with X, and the documents citing both
  agency NAME         what an agency (any alias, former name or pinyin) issued, its numbered policies, programs,
                      co-handled replies
  same-citations DOC  other documents citing any of DOC's citations, ranked by overlap, with the shared policies
  compare A B         two documents side by side: citations, agencies and programs both name, and only one does
  path A B            up to --k shortest chains between two nodes, hop by hop in the citing direction
                      (A —引用→ B) with a quote per hop; citations only unless --scope all
  search TEXT         titles, numbers, agency names and aliases, proposals (title, proposer, 第N号提案), pinyin
                      (kejiju) and initials (kjj), and the full text of ingested documents (the sentence is shown)
  top-cited           the most cited documents
  timeline            documents and citations per year
  status X            in force / amended by … / repealed by … / expired on … / not yet in force, as of --at
                      (default today), with the document and quote that establish it; other versions of its title
  history X           the chain of amendments, repeals and successors of X, with quotes

Names (X, DOC, NAME, A, B) are found as the explorer's search box finds them: a number in any bracket form, part of a
title, an alias, pinyin. When several nodes fit and none stands out, the candidates are listed (exit 4); give an id
from that list (doc:…, agency:…) or more of the name. status and history keep their own title matching (versions).

options:
  --json              one JSON object (the contracts/api.ts shapes) instead of a table
  --csv               the list as CSV (UTF-8 with BOM, opens in Excel): cited-by, co-cited, same-citations, search,
                      agency (its four lists, one column naming the list)
  --sort date|count   cited-by order: newest citing document first, or most mentions first (default)
  --limit N           at most N rows (${QUERY_ROWS.min} to ${QUERY_ROWS.max})
  --from YEAR         keep listed documents of YEAR or later (their date, else the year in their number)
  --to YEAR           keep listed documents of YEAR or earlier
  --at YYYY-MM-DD     the date a status holds on (status; default today)
  --k N               path: how many paths, shortest first (default ${PATHS.default}, at most ${PATHS.max})
  --scope S           path: citations (default) or all (also through agencies, programs, proposals)
  --max-degree N      path: do not walk through nodes with more than N links (default ${PATH_MAX_DEGREE.default}; 0 = no limit)
  -h, --help          this help

Exit code: 0 with an answer, 1 when X matches nothing (or no path links A and B), 2 for bad usage, 3 when Neo4j fails,
4 when X is ambiguous.

examples:
  policy-graph query cited-by 142号
  policy-graph query agency kejiju --json
  policy-graph query same-citations 渝科局函〔2023〕349号 --csv > same.csv
  policy-graph query compare 渝科局函〔2023〕349号 渝科局函〔2022〕308号
  policy-graph query status 安徽省行政机关公文处理实施细则 --at 2000-06-01
  policy-graph query path 渝科局函〔2023〕349号 重庆市科技创新促进条例`;

// ---------------------------------------------------------------------------
// Tables that line up in a terminal: CJK characters take two columns
// ---------------------------------------------------------------------------

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function truncate(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** Columns capped at a readable width; the last column is never padded. */
export function table(headers: string[], rows: string[][], maxWidth = 60): string {
  const cells = rows.map((r) => r.map((c) => truncate(c.replace(/\s+/g, ' '), maxWidth)));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function label(n: NodeSummary): string {
  return n.docNumber && n.title ? `${n.title} (${n.docNumber})` : n.name;
}

function targetLine(t: NodeSummary): string {
  return `${t.label}: ${label(t)}  [${t.id}]${t.issuer ? `  issuer: ${t.issuer}` : ''}${t.ingested ? '  (ingested)' : ''}`;
}

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

interface Parsed {
  name: string;
  args: string[];
  json: boolean;
  csv: boolean;
  sort: 'date' | 'count' | undefined;
  limit: number | undefined;
  at: string | undefined;
  years: YearRange;
  path: PathOptions;
}

/** Years an analyst may filter on (the same bounds as the explorer's year filter). */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
/** Queries whose answer is a list --csv can write. */
const CSV_QUERIES = new Set(['cited-by', 'co-cited', 'same-citations', 'search', 'agency']);

function parseYear(raw: string | undefined, option: string): number | null | string {
  if (raw === undefined) return null;
  const n = Number(raw);
  return /^\d{4}$/.test(raw) && n >= MIN_YEAR && n <= MAX_YEAR
    ? n
    : `${option} takes a year from ${MIN_YEAR} to ${MAX_YEAR}`;
}

/**
 * Options through the shared strict parser (an unknown option is an error); `--help` is handled by the caller.
 * Returns the query, or the problem in words, or null when parseStrict already wrote the error.
 */
function parse(argv: string[]): Parsed | string | null {
  const parsed = parseStrict(
    NAME,
    argv,
    optionSpecs(['sort', 'limit', 'at', 'from', 'to', 'k', 'scope', 'max-degree'], ['json', 'csv']),
  );
  if (!parsed) return null;
  const { values, positionals } = parsed;
  const sort = values.sort;
  if (sort !== undefined && sort !== 'date' && sort !== 'count') return '--sort takes date or count';
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!allows(QUERY_ROWS, limit)) return rangeMessage('--limit', QUERY_ROWS);
  }
  const at = values.at;
  if (at !== undefined && !isIsoDate(at)) return '--at takes a date YYYY-MM-DD';
  const from = parseYear(values.from, '--from');
  const to = parseYear(values.to, '--to');
  if (typeof from === 'string') return from;
  if (typeof to === 'string') return to;
  if (values.json && values.csv) return '--json and --csv exclude each other';
  const path: PathOptions = { ...PATH_DEFAULTS };
  for (const [option, key, setting] of [
    ['--k', 'k', PATHS],
    ['--max-degree', 'max-degree', PATH_MAX_DEGREE],
  ] as const) {
    const raw = values[key];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!allows(setting, n)) return rangeMessage(option, setting);
    if (key === 'k') path.k = n;
    else path.maxDegree = n === 0 ? null : n;
  }
  const scope = values.scope;
  if (scope !== undefined && scope !== 'citations' && scope !== 'all') return '--scope takes citations or all';
  if (scope) path.scope = scope;
  const [name, ...rest] = positionals;
  if (!name)
    return 'name a query (cited-by, co-cited, agency, same-citations, compare, path, search, top-cited, timeline, status, history)';
  if (values.csv && !CSV_QUERIES.has(name)) return `--csv is for the list queries (${[...CSV_QUERIES].join(', ')})`;
  return {
    name,
    args: rest,
    json: values.json === true,
    csv: values.csv === true,
    sort,
    limit,
    at,
    years: { from, to },
    path,
  };
}

const ARITY: Record<string, number> = {
  'cited-by': 1,
  'co-cited': 1,
  agency: 1,
  'same-citations': 1,
  compare: 2,
  path: 2,
  search: 1,
  'top-cited': 0,
  timeline: 0,
  status: 1,
  history: 1,
};

/** `文件 (号)  [doc:…]`, then the quote on its own line. */
function evidenceLines(e: StatusEvidence | null): string[] {
  return e ? [`  evidence: ${label(e.document)}  [${e.document.id}]`, `    「${e.quote.replace(/\s+/g, ' ')}」`] : [];
}

/** One status as a few lines: the status in words, since when, by what, the quote. */
function statusLines(s: DocumentStatus): string[] {
  const words: Record<DocumentStatus['status'], string> = {
    'in-force': 'in force',
    amended: `amended by ${s.by ? label(s.by) : '?'}`,
    repealed: `repealed by ${s.by ? label(s.by) : '?'}`,
    expired: `expired on ${s.since ?? '?'}`,
    'not-yet-in-force': `not yet in force${s.since ? ` (from ${s.since})` : ''}`,
  };
  const since =
    s.since && (s.status === 'in-force' || s.status === 'amended' || s.status === 'repealed')
      ? ` since ${s.since}`
      : '';
  const level = s.document.legalLevel
    ? `  效力级别: ${LEGAL_LEVEL_NAMES[s.document.legalLevel as LegalLevel] ?? s.document.legalLevel} (rule ${s.document.legalLevelRule})`
    : '';
  return [
    `${targetLine(s.document)}${level}`,
    `  ${STATUS_LABELS[s.status]} — ${words[s.status]}${since} on ${s.at}`,
    ...evidenceLines(s.evidence),
    ...s.amendments
      .filter((a) => a.by.id !== s.by?.id)
      .map((a) => `  also amended by ${label(a.by)}${a.from ? ` (${a.from})` : ''}`),
  ];
}

// ---------------------------------------------------------------------------
// Names → nodes, as the explorer's search finds them
// ---------------------------------------------------------------------------

/** Exit code for a name several nodes fit (the candidates are printed). */
const EXIT_AMBIGUOUS = 4;

/** A name that did not resolve to one node: nothing, or a list to choose from. */
class Unresolved extends Error {
  constructor(
    readonly text: string,
    readonly candidates: NodeSummary[],
  ) {
    super(
      candidates.length
        ? `"${text}" fits ${candidates.length} nodes; name one (an id below, or more of the name):`
        : `nothing matches "${text}"`,
    );
  }
}

/** One node id for what the analyst typed; a pick made by dominance is said on stderr with the runners-up. */
async function resolveOne(text: string, labels: readonly NodeLabel[]): Promise<NodeSummary> {
  const r = await resolveName(text, labels);
  if (r.kind === 'none') throw new Unresolved(text, []);
  if (r.kind === 'ambiguous') throw new Unresolved(text, r.candidates);
  if (r.others.length) {
    process.stderr.write(
      `policy-graph query: "${text}" → ${label(r.node)} [${r.node.id}] (also fits: ${r.others
        .map((o) => o.name)
        .slice(0, 5)
        .join('、')})\n`,
    );
  }
  return r.node;
}

function candidateList(u: Unresolved): string {
  return `${u.message}\n${table(
    ['type', 'name', 'issuer', 'id'],
    u.candidates.map((c) => [c.label, label(c), c.issuer ?? '', c.id]),
  )}`;
}

/** Shared / only A / only B of one kind, side by side as rows. */
function splitLines(title: string, split: CompareSplit): string {
  const name = (n: NodeSummary) => label(n);
  const rows = [
    ...split.shared.map((n) => ['both', name(n), n.id]),
    ...split.onlyA.map((n) => ['only A', name(n), n.id]),
    ...split.onlyB.map((n) => ['only B', name(n), n.id]),
  ];
  return `\n${title}: ${split.shared.length} shared, ${split.onlyA.length} only in A, ${split.onlyB.length} only in B\n${rows.length ? table(['in', title, 'id'], rows) : '(none)'}`;
}

// ---------------------------------------------------------------------------
// Running one query: its answer as JSON, CSV or text; null answer → nothing matched
// ---------------------------------------------------------------------------

interface Answer {
  json: unknown;
  text: string;
  found: boolean;
  /** The list as a table, for --csv. */
  csv?: Table;
}

async function answer(p: Parsed): Promise<Answer> {
  const [a = '', b = ''] = p.args;
  const keep = (n: NodeSummary) => inYears(n, p.years);
  switch (p.name) {
    case 'cited-by': {
      const target = await resolveOne(a, ['Document']);
      const r = await q.citedBy(target.id, { sort: p.sort, limit: p.limit });
      if (!r.target) return { json: r, text: `nothing matches "${a}"`, found: false };
      const kept = { ...r, rows: r.rows.filter((row) => keep(row.document)) };
      const rows = kept.rows.map((row) => [
        row.document.date ?? '',
        label(row.document),
        row.document.issuer ?? '',
        String(row.count),
        row.quotes[0]?.quote ?? '',
      ]);
      return {
        json: kept,
        csv: citedByTable(kept.rows),
        found: true,
        text: `${targetLine(r.target)}\ncited by ${kept.rows.length} document(s):\n${table(['date', 'document', 'issuer', 'times', 'quote'], rows, 50)}`,
      };
    }
    case 'co-cited':
    case 'same-citations': {
      const target = await resolveOne(a, ['Document']);
      const r = p.name === 'co-cited' ? await q.coCited(target.id, p.limit) : await q.sameCitations(target.id, p.limit);
      if (!r.target) return { json: r, text: `nothing matches "${a}"`, found: false };
      const kept = { ...r, rows: r.rows.filter((row) => keep(row.node)) };
      const what = p.name === 'co-cited' ? 'cited together with it' : 'citing the same documents';
      const viaHead = p.name === 'co-cited' ? 'cited by both' : 'shared policies';
      const rows = kept.rows.map((row) => [
        String(row.count),
        label(row.node),
        row.node.issuer ?? '',
        (row.via ?? []).map((v) => v.docNumber ?? v.name).join('、'),
      ]);
      return {
        json: kept,
        csv: countTable(p.name, kept.rows),
        found: true,
        text: `${targetLine(r.target)}\n${kept.rows.length} document(s) ${what}:\n${table([p.name === 'co-cited' ? 'together' : 'shared', 'document', 'issuer', viaHead], rows, 60)}`,
      };
    }
    case 'compare': {
      const [left, right] = [await resolveOne(a, ['Document']), await resolveOne(b, ['Document'])];
      if (left.id === right.id)
        return { json: null, text: `"${a}" and "${b}" name the same document: ${label(left)}`, found: false };
      const r = await runRead(compareQuery(left.id, right.id));
      if (!r) return { json: r, text: `no documents match "${a}" and "${b}"`, found: false };
      const text = [
        `A  ${targetLine(r.a)}`,
        `B  ${targetLine(r.b)}`,
        splitLines('citations', r.citations),
        splitLines('agencies', r.agencies),
        splitLines('programs', r.programs),
      ].join('\n');
      return { json: r, found: true, text };
    }
    case 'agency': {
      const agency = await resolveOne(a, ['Agency']);
      const found = await q.agencyPortfolio(agency.id.slice('agency:'.length));
      if (!found) return { json: null, text: `no agency matches "${a}"`, found: false };
      const r = {
        ...found,
        issued: found.issued.filter(keep),
        numberedPolicies: found.numberedPolicies.filter(keep),
        coHandled: found.coHandled.filter(keep),
      };
      const sections = [
        `${r.agency.name}  [${r.agency.id}]`,
        r.agency.aliases.length ? `aliases: ${r.agency.aliases.join('、')}` : '',
        r.agency.formerNames.length
          ? `former names: ${r.agency.formerNames.map((f) => `${f.name}${f.until ? ` (until ${f.until})` : ''}`).join('、')}`
          : '',
        `\nissued (${r.issued.length}):\n${table(
          ['date', 'document'],
          r.issued.slice(0, p.limit ?? 50).map((d) => [d.date ?? '', label(d)]),
        )}`,
        `\nnumbered policies carrying its code (${r.numberedPolicies.length}):\n${table(
          ['number', 'title'],
          r.numberedPolicies.slice(0, p.limit ?? 50).map((d) => [d.docNumber ?? '', d.title ?? '']),
        )}`,
        `\nprograms it runs (${r.programs.length}):\n${table(
          ['program', 'kind', 'inferred by'],
          r.programs.slice(0, p.limit ?? 50).map((x) => [x.name, x.kind ?? '', x.inferredBy]),
        )}`,
        `\nreplies it co-handled (${r.coHandled.length}):\n${table(
          ['date', 'document'],
          r.coHandled.slice(0, p.limit ?? 50).map((d) => [d.date ?? '', label(d)]),
        )}`,
      ];
      return { json: r, csv: portfolioTable(r), found: true, text: sections.filter(Boolean).join('\n') };
    }
    case 'path': {
      const r = await findPaths(a, b, p.path);
      if ('unmatched' in r) {
        const ends = r.unmatched.map((e) => (e === 'a' ? `the start "${a}"` : `the end "${b}"`)).join(' and ');
        return { json: r, text: `nothing matches ${ends}`, found: false };
      }
      return {
        json: r,
        found: r.paths.length > 0,
        text: pathText(r, noConnectionMessage(r.start.name, r.end.name, r.options)),
      };
    }
    case 'search': {
      const r = (await q.search(a, p.limit)).filter(keep);
      if (!r.length) return { json: r, text: `nothing matches "${a}"`, found: false };
      const rows = r.map((h) => [h.label, label(h), h.matched, h.id, h.snippet ?? '']);
      return {
        json: r,
        csv: searchTable(r),
        found: true,
        text: table(['type', 'name', 'matched', 'id', 'sentence'], rows),
      };
    }
    case 'top-cited': {
      const r = (await q.topCited(p.limit)).filter((row) => keep(row.node));
      return {
        json: r,
        found: true,
        text: table(
          ['cited by', 'document', 'issuer'],
          r.map((row) => [String(row.count), label(row.node), row.node.issuer ?? '']),
        ),
      };
    }
    case 'status': {
      const r = await st.status(a, p.at ?? today());
      if (!r) return { json: r, text: `no document matches "${a}"`, found: false };
      const others = r.otherVersions.flatMap((v) => ['', 'other version of the title:', ...statusLines(v)]);
      return { json: r, found: true, text: [...statusLines(r.status), ...others].join('\n') };
    }
    case 'history': {
      const r = await st.history(a);
      if (!r) return { json: r, text: `no document matches "${a}"`, found: false };
      const kind = {
        effective: '施行 takes effect',
        expires: '失效 expires',
        amends: `${RELATION_LABELS.amends} amends`,
        repeals: `${RELATION_LABELS.repeals} repeals`,
      };
      const rows = r.events.map((e) => [
        e.date ?? '',
        kind[e.kind],
        label(e.document),
        e.target ? label(e.target) : '',
        e.evidence?.quote ?? '',
      ]);
      const head = `${targetLine(r.target)}\n${r.chain.length} linked document(s) by amendment or repeal, ${r.events.length} event(s):`;
      return {
        json: r,
        found: true,
        text: `${head}\n${table(['date', 'event', 'document', 'on', 'quote'], rows, 40)}`,
      };
    }
    case 'timeline': {
      const r = (await q.timeline()).filter(
        (row) => (p.years.from === null || row.year >= p.years.from) && (p.years.to === null || row.year <= p.years.to),
      );
      return {
        json: r,
        found: true,
        text: table(
          ['year', 'documents', 'citations made'],
          r.map((row) => [String(row.year), String(row.documents), String(row.citations)]),
        ),
      };
    }
  }
  throw new Error(`unreachable: ${p.name}`);
}

export async function run(argv: string[]): Promise<number> {
  const p = parse(argv);
  if (p === null) return USAGE_EXIT;
  if (typeof p === 'string') return usageError(NAME, p);
  const arity = ARITY[p.name];
  if (arity === undefined) {
    return usageError(NAME, `unknown query "${p.name}"`);
  }
  if (p.args.length !== arity || p.args.some((x) => !x.trim())) {
    process.stderr.write(
      `policy-graph query ${p.name}: takes ${arity} argument(s), got ${p.args.length}. See \`policy-graph query --help\`.\n`,
    );
    return 2;
  }
  try {
    const r = await answer(p);
    if (p.csv && r.found && r.csv) process.stdout.write(tableToCsv(r.csv));
    else process.stdout.write(`${p.json ? JSON.stringify(r.json, null, 2) : r.text}\n`);
    return r.found ? 0 : 1;
  } catch (err) {
    if (err instanceof Unresolved) {
      // The list goes to stdout (it is the answer to read); nothing else is written, so a pipe gets no half table.
      if (err.candidates.length === 0) {
        process.stdout.write(p.json ? `${JSON.stringify({ query: err.text, candidates: [] })}\n` : `${err.message}\n`);
        return 1;
      }
      // With --csv the list goes to stderr: a file the output is redirected to must not hold a table that is not CSV.
      const out = p.csv ? process.stderr : process.stdout;
      out.write(
        p.json
          ? `${JSON.stringify({ query: err.text, candidates: err.candidates }, null, 2)}\n`
          : `${candidateList(err)}\n`,
      );
      return EXIT_AMBIGUOUS;
    }
    if (err instanceof DatabaseError) {
      process.stderr.write(`policy-graph query: ${err.message}\n`);
      return 3;
    }
    throw err;
  } finally {
    await closeDriver();
  }
}
