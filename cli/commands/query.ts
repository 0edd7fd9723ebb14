// cli/commands/query.ts — `policy-graph query …`: the analyst queries of graph/queries.ts as a table or JSON.
// cited-by, co-cited, agency, same-citations, path, search, top-cited, timeline, status, history.

import { closeDriver, DatabaseError } from '../../graph/connection.ts';
import { MAX_PATHS, PATH_DEFAULTS } from '../../graph/path-settings.ts';
import { findPaths, noConnectionMessage } from '../../graph/paths.ts';
import * as q from '../../graph/queries.ts';
import * as st from '../../graph/status.ts';
import { LEGAL_LEVEL_NAMES, type LegalLevel } from '../../ingest/legal-level.ts';
import { isIsoDate, RELATION_LABELS, STATUS_LABELS, today } from '../../graph/status-rules.ts';
import type { DocumentStatus, NodeSummary, PathOptions, StatusEvidence } from '../../graph/types.ts';
import { pathText } from '../path-text.ts';

export const help = `usage: policy-graph query <query> ARGS [--json] [--sort date|count] [--limit N] [--at YYYY-MM-DD]

queries:
  cited-by X          documents citing X (a document number, a title or part of one), with counts and quotes
  co-cited X          documents most often cited together with X
  agency NAME         what an agency (any alias or former name) issued, its numbered policies, programs, co-handled replies
  same-citations DOC  other documents citing any of DOC's citations, ranked by overlap
  path A B            up to --k shortest chains between two nodes, hop by hop in the citing direction
                      (A —引用→ B) with a quote per hop; citations only unless --scope all
  search TEXT         titles, numbers, agency names and aliases, pinyin (kejiju) and initials (kjj)
  top-cited           the most cited documents
  timeline            documents and citations per year
  status X            in force / amended by … / repealed by … / expired on … / not yet in force, as of --at
                      (default today), with the document and quote that establish it; other versions of its title
  history X           the chain of amendments, repeals and successors of X, with quotes

options:
  --json              one JSON object (the graph/types.ts shapes) instead of a table
  --sort date|count   cited-by order: newest citing document first, or most mentions first (default)
  --limit N           at most N rows
  --at YYYY-MM-DD     the date a status holds on (status; default today)
  --k N               path: how many paths, shortest first (default 3, at most 10)
  --scope S           path: citations (default) or all (also through agencies, programs, proposals)
  --max-degree N      path: do not walk through nodes with more than N links (default 50; 0 = no limit)

Exit code: 0 with an answer, 1 when X matches nothing (or no path links A and B), 2 for bad usage, 3 when Neo4j fails.

examples:
  policy-graph query cited-by 渝府办发〔2021〕142号
  policy-graph query agency 市科委 --json
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
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
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
  sort: 'date' | 'count' | undefined;
  limit: number | undefined;
  at: string | undefined;
  path: PathOptions;
}

function parse(argv: string[]): Parsed | string {
  const args: string[] = [];
  let json = false;
  let sort: 'date' | 'count' | undefined;
  let limit: number | undefined;
  let at: string | undefined;
  const path: PathOptions = { ...PATH_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--sort') {
      const v = argv[++i];
      if (v !== 'date' && v !== 'count') return '--sort takes date or count';
      sort = v;
    } else if (a === '--limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 1000) return '--limit takes a whole number from 1 to 1000';
      limit = n;
    } else if (a === '--at') {
      const v = argv[++i] ?? '';
      if (!isIsoDate(v)) return '--at takes a date YYYY-MM-DD';
      at = v;
    } else if (a === '--k' || a === '--max-degree') {
      const n = Number(argv[++i]);
      const [min, max] = a === '--k' ? [1, MAX_PATHS] : [0, 1_000_000];
      if (!Number.isInteger(n) || n < min || n > max) return `${a} takes a whole number from ${min} to ${max}`;
      if (a === '--k') path.k = n;
      else path.maxDegree = n === 0 ? null : n;
    } else if (a === '--scope') {
      const v = argv[++i];
      if (v !== 'citations' && v !== 'all') return '--scope takes citations or all';
      path.scope = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.push(a);
  }
  const [name, ...rest] = args;
  if (!name) return 'name a query (cited-by, co-cited, agency, same-citations, path, search, top-cited, timeline, status, history)';
  return { name, args: rest, json, sort, limit, at, path };
}

const ARITY: Record<string, number> = {
  'cited-by': 1, 'co-cited': 1, agency: 1, 'same-citations': 1, path: 2, search: 1, 'top-cited': 0, timeline: 0, status: 1, history: 1,
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
  const since = s.since && (s.status === 'in-force' || s.status === 'amended' || s.status === 'repealed') ? ` since ${s.since}` : '';
  const level = s.document.legalLevel
    ? `  效力级别: ${LEGAL_LEVEL_NAMES[s.document.legalLevel as LegalLevel] ?? s.document.legalLevel} (rule ${s.document.legalLevelRule})`
    : '';
  return [
    `${targetLine(s.document)}${level}`,
    `  ${STATUS_LABELS[s.status]} — ${words[s.status]}${since} on ${s.at}`,
    ...evidenceLines(s.evidence),
    ...s.amendments.filter((a) => a.by.id !== s.by?.id).map((a) => `  also amended by ${label(a.by)}${a.from ? ` (${a.from})` : ''}`),
  ];
}

// ---------------------------------------------------------------------------
// Running one query: its answer as JSON, or as text; null answer → nothing matched
// ---------------------------------------------------------------------------

async function answer(p: Parsed): Promise<{ json: unknown; text: string; found: boolean }> {
  const [a = '', b = ''] = p.args;
  switch (p.name) {
    case 'cited-by': {
      const r = await q.citedBy(a, { sort: p.sort, limit: p.limit });
      if (!r.target) return { json: r, text: `nothing matches "${a}"`, found: false };
      const rows = r.rows.map((row) => [row.document.date ?? '', label(row.document), row.document.issuer ?? '', String(row.count), row.quotes[0]?.quote ?? '']);
      return { json: r, found: true, text: `${targetLine(r.target)}\ncited by ${r.rows.length} document(s):\n${table(['date', 'document', 'issuer', 'times', 'quote'], rows, 50)}` };
    }
    case 'co-cited':
    case 'same-citations': {
      const r = p.name === 'co-cited' ? await q.coCited(a, p.limit) : await q.sameCitations(a, p.limit);
      if (!r.target) return { json: r, text: `nothing matches "${a}"`, found: false };
      const what = p.name === 'co-cited' ? 'cited together with it' : 'citing the same documents';
      const rows = r.rows.map((row) => [String(row.count), label(row.node), row.node.issuer ?? '', row.node.id]);
      return { json: r, found: true, text: `${targetLine(r.target)}\n${r.rows.length} document(s) ${what}:\n${table([p.name === 'co-cited' ? 'together' : 'shared', 'document', 'issuer', 'id'], rows)}` };
    }
    case 'agency': {
      const r = await q.agencyPortfolio(a);
      if (!r) return { json: null, text: `no agency matches "${a}"`, found: false };
      const sections = [
        `${r.agency.name}  [${r.agency.id}]`,
        r.agency.aliases.length ? `aliases: ${r.agency.aliases.join('、')}` : '',
        r.agency.formerNames.length ? `former names: ${r.agency.formerNames.map((f) => `${f.name}${f.until ? ` (until ${f.until})` : ''}`).join('、')}` : '',
        `\nissued (${r.issued.length}):\n${table(['date', 'document'], r.issued.slice(0, p.limit ?? 50).map((d) => [d.date ?? '', label(d)]))}`,
        `\nnumbered policies carrying its code (${r.numberedPolicies.length}):\n${table(['number', 'title'], r.numberedPolicies.slice(0, p.limit ?? 50).map((d) => [d.docNumber ?? '', d.title ?? '']))}`,
        `\nprograms it runs (${r.programs.length}):\n${table(['program', 'kind', 'inferred by'], r.programs.slice(0, p.limit ?? 50).map((x) => [x.name, x.kind ?? '', x.inferredBy]))}`,
        `\nreplies it co-handled (${r.coHandled.length}):\n${table(['date', 'document'], r.coHandled.slice(0, p.limit ?? 50).map((d) => [d.date ?? '', label(d)]))}`,
      ];
      return { json: r, found: true, text: sections.filter(Boolean).join('\n') };
    }
    case 'path': {
      const r = await findPaths(a, b, p.path);
      if ('unmatched' in r) {
        const ends = r.unmatched.map((e) => (e === 'a' ? `the start "${a}"` : `the end "${b}"`)).join(' and ');
        return { json: r, text: `nothing matches ${ends}`, found: false };
      }
      return { json: r, found: r.paths.length > 0, text: pathText(r, noConnectionMessage(r.start.name, r.end.name, r.options)) };
    }
    case 'search': {
      const r = await q.search(a, p.limit);
      if (!r.length) return { json: r, text: `nothing matches "${a}"`, found: false };
      return { json: r, found: true, text: table(['type', 'name', 'matched', 'id'], r.map((h) => [h.label, label(h), h.matched, h.id])) };
    }
    case 'top-cited': {
      const r = await q.topCited(p.limit);
      return { json: r, found: true, text: table(['cited by', 'document', 'issuer'], r.map((row) => [String(row.count), label(row.node), row.node.issuer ?? ''])) };
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
      const kind = { effective: '施行 takes effect', expires: '失效 expires', amends: `${RELATION_LABELS.amends} amends`, repeals: `${RELATION_LABELS.repeals} repeals` };
      const rows = r.events.map((e) => [e.date ?? '', kind[e.kind], label(e.document), e.target ? label(e.target) : '', e.evidence?.quote ?? '']);
      const head = `${targetLine(r.target)}\n${r.chain.length} linked document(s) by amendment or repeal, ${r.events.length} event(s):`;
      return { json: r, found: true, text: `${head}\n${table(['date', 'event', 'document', 'on', 'quote'], rows, 40)}` };
    }
    case 'timeline': {
      const r = await q.timeline();
      return { json: r, found: true, text: table(['year', 'documents', 'citations made'], r.map((row) => [String(row.year), String(row.documents), String(row.citations)])) };
    }
  }
  throw new Error(`unreachable: ${p.name}`);
}

export async function run(argv: string[]): Promise<number> {
  const p = parse(argv);
  if (typeof p === 'string') {
    process.stderr.write(`policy-graph query: ${p}. See \`policy-graph query --help\`.\n`);
    return 2;
  }
  const arity = ARITY[p.name];
  if (arity === undefined) {
    process.stderr.write(`policy-graph query: unknown query "${p.name}". See \`policy-graph query --help\`.\n`);
    return 2;
  }
  if (p.args.length !== arity || p.args.some((x) => !x.trim())) {
    process.stderr.write(`policy-graph query ${p.name}: takes ${arity} argument(s), got ${p.args.length}. See \`policy-graph query --help\`.\n`);
    return 2;
  }
  try {
    const r = await answer(p);
    process.stdout.write(`${p.json ? JSON.stringify(r.json, null, 2) : r.text}\n`);
    return r.found ? 0 : 1;
  } catch (err) {
    if (err instanceof DatabaseError) {
      process.stderr.write(`policy-graph query: ${err.message}\n`);
      return 3;
    }
    throw err;
  } finally {
    await closeDriver();
  }
}
