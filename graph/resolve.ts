// graph/resolve.ts — cross-document resolution: which node a citation, an agency name or a program is.
// Title ↔ number pairs learned from any document, agency aliases and former names.

import { readFileSync, existsSync } from 'node:fs';
import { resolveAgencyName } from '../ingest/agencies/index.ts';
import { loadRoster } from '../ingest/agencies/roster.ts';
import type { Citation, DocumentExtraction } from '../ingest/model.ts';
import { documentId } from './model.ts';
import { primaryTitleKey, titleKeys } from './normalize.ts';

// ---------------------------------------------------------------------------
// Agencies: one node per agency, whatever name a document uses
// ---------------------------------------------------------------------------

export interface AgencyInfo {
  /** Current canonical full name: the node key. */
  name: string;
  aliases: string[];
  level: string | null;
  jurisdiction: string | null;
  /** Former names and the year they stopped being used (`重庆市科学技术委员会` until 2018). */
  formerNames: { name: string; until: number | null }[];
}

/** The agency roster of ingest/data/agencies.json (written by the extraction work), as far as the graph needs it. */
interface RosterEntry {
  name?: unknown;
  aliases?: unknown;
  level?: unknown;
  jurisdiction?: unknown;
  formerNames?: unknown;
  former?: unknown;
  renamed?: unknown;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}

/** A short form relative to the reader's jurisdiction (`市科技局` in a Chongqing text): not a global name. */
const RELATIVE_ALIAS = /^[市省区县]/;

interface FormerName {
  name: string;
  until: number | null;
  /** Short forms of the former name (`市科委`). */
  aliases: string[];
}

function yearOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{4}/.test(v)) return Number(v.slice(0, 4));
  return null;
}

/** Former names as the roster writes them: `{name, aliases, until: "2018-11-01"}` (or a bare string). */
function formerList(v: unknown): FormerName[] {
  if (!Array.isArray(v)) return [];
  const out: FormerName[] = [];
  for (const f of v) {
    if (typeof f === 'string') out.push({ name: f, until: null, aliases: [] });
    else if (f && typeof f === 'object') {
      const o = f as Record<string, unknown>;
      if (typeof o.name === 'string')
        out.push({ name: o.name, until: yearOf(o.until ?? o.year ?? o.changed), aliases: strings(o.aliases) });
    }
  }
  return out;
}

/**
 * Maps any name of an agency — canonical, alias, short form, former name — to the agency as it is now.
 * An agency the roster does not know stays under the name the extraction gave.
 */
export class AgencyDirectory {
  private readonly byName = new Map<string, AgencyInfo>();

  constructor(entries: AgencyInfo[] = [], formerAliases: Map<string, string[]> = new Map()) {
    // Canonical names first, then former names and their short forms, then aliases: a name that is canonical for
    // one agency is never taken over by another agency's alias. Relative short forms (`市科技局`) are not global
    // names (the extraction already resolved them against the document's jurisdiction), so they are not keys here.
    const global = (n: string) => !RELATIVE_ALIAS.test(n);
    for (const e of entries) this.byName.set(e.name, e);
    for (const e of entries) {
      for (const f of e.formerNames) if (!this.byName.has(f.name)) this.byName.set(f.name, e);
      for (const a of formerAliases.get(e.name) ?? []) if (global(a) && !this.byName.has(a)) this.byName.set(a, e);
    }
    for (const e of entries) for (const a of e.aliases) if (global(a) && !this.byName.has(a)) this.byName.set(a, e);
  }

  /** The roster through the extraction's one loader (ingest/agencies/roster.ts); a `path` reads another roster file,
   *  and a missing one gives an empty directory (names are then kept as extracted). */
  static load(path?: string): AgencyDirectory {
    if (path !== undefined && !existsSync(path)) return new AgencyDirectory();
    const json = (path === undefined ? loadRoster() : JSON.parse(readFileSync(path, 'utf8'))) as
      | { agencies?: unknown }
      | unknown[];
    const list = (
      Array.isArray(json)
        ? json
        : Array.isArray((json as { agencies?: unknown }).agencies)
          ? (json as { agencies: unknown[] }).agencies
          : []
    ) as RosterEntry[];
    const entries: AgencyInfo[] = [];
    const formerAliases = new Map<string, string[]>();
    for (const e of list) {
      if (typeof e.name !== 'string') continue;
      const former = formerList(e.formerNames ?? e.former ?? e.renamed);
      const oldShortForms = former.flatMap((f) => f.aliases);
      formerAliases.set(e.name, oldShortForms);
      entries.push({
        name: e.name,
        // The former names' short forms stay searchable (`市科委` finds 重庆市科学技术局).
        aliases: [...new Set([...strings(e.aliases), ...oldShortForms])],
        level: typeof e.level === 'string' ? e.level : null,
        jurisdiction: typeof e.jurisdiction === 'string' ? e.jurisdiction : null,
        formerNames: former.map((f) => ({ name: f.name, until: f.until })),
      });
    }
    return new AgencyDirectory(entries, formerAliases);
  }

  /** The agency a name denotes (the current name of a renamed one). A county's organ as its own documents name it
   *  (`巫溪县财政局`, ingest/agencies/own-county.ts) is the node of its full name (`重庆市巫溪县财政局`). */
  resolve(name: string, level: string | null = null): AgencyInfo {
    const known = this.byName.get(name);
    if (known) return known;
    const full = fullerName(name);
    return this.byName.get(full) ?? { name: full, aliases: [], level, jurisdiction: null, formerNames: [] };
  }
}

/** Fuller names by the name as written; bounded so memory stays flat over any number of documents. */
const FULLER = new Map<string, string>();
const MAX_FULLER = 20_000;

/** The canonical name the agency stage gives `name` read on its own, when it only adds a place before it (a county's
 *  municipality); else `name`. */
function fullerName(name: string): string {
  let full = FULLER.get(name);
  if (full !== undefined) return full;
  const resolved = resolveAgencyName(name, { jurisdiction: null, date: null });
  full = resolved && resolved !== name && resolved.endsWith(name) ? resolved : name;
  if (FULLER.size >= MAX_FULLER) FULLER.clear();
  FULLER.set(name, full);
  return full;
}

// ---------------------------------------------------------------------------
// Documents: title ↔ number, learned from every document that gives both
// ---------------------------------------------------------------------------

/**
 * Title keys (graph/normalize.ts titleKeys) → the document number they belong to. A key seen with two different
 * numbers is ambiguous (`实施方案` alone names many documents) and never used to resolve.
 */
export class TitleIndex {
  private readonly numbers = new Map<string, string>();
  private readonly ambiguous = new Set<string>();

  /** Learn that every key of `title` names document `docNumber`. */
  learn(title: string, docNumber: string): void {
    for (const key of titleKeys(title)) this.learnKey(key, docNumber);
  }

  learnKey(key: string, docNumber: string): void {
    if (this.ambiguous.has(key)) return;
    const known = this.numbers.get(key);
    if (known === undefined) this.numbers.set(key, docNumber);
    else if (known !== docNumber) {
      this.numbers.delete(key);
      this.ambiguous.add(key);
    }
  }

  /** Learn the title/number pairs of one extraction: the document's own and those of its citations. */
  learnFrom(x: DocumentExtraction): void {
    if (x.document.title && x.document.docNumber) this.learn(x.document.title, x.document.docNumber);
    for (const c of x.citations) if (c.title && c.docNumber) this.learn(c.title, c.docNumber);
  }

  /** The number a title names, if exactly one number is known for it. */
  numberFor(title: string): string | null {
    for (const key of titleKeys(title)) {
      const n = this.numbers.get(key);
      if (n !== undefined) return n;
    }
    return null;
  }

  get size(): number {
    return this.numbers.size;
  }
}

/** The node a citation resolves to: by number; else by a number learned for its title; else by its title. */
export function resolveCitation(
  c: Pick<Citation, 'title' | 'docNumber'>,
  titles: TitleIndex,
): { id: string; docNumber: string | null } {
  const docNumber = c.docNumber ?? (c.title ? titles.numberFor(c.title) : null);
  if (docNumber) return { id: documentId({ docNumber }), docNumber };
  return { id: documentId({ titleKey: primaryTitleKey(c.title ?? '') }), docNumber: null };
}

/** The year of an ingested document's own dates, or null. */
function ownYear(x: DocumentExtraction): string | null {
  const d = x.document.writtenDate ?? x.document.signedDate ?? x.document.publishedDate;
  return d ? d.slice(0, 4) : null;
}

/** Title keys that unnumbered documents of one batch carry in two years or more (`政府工作报告` of 2021 and of 2022):
 *  each year's document is a node of its own, while a citation of the bare title stays on the title's node. */
export function yearlyTitles(extractions: DocumentExtraction[], titles: TitleIndex): Set<string> {
  const years = new Map<string, Set<string>>();
  for (const x of extractions) {
    const { title, docNumber } = x.document;
    const year = ownYear(x);
    if (docNumber || !title || !year || titles.numberFor(title)) continue;
    const key = primaryTitleKey(title);
    const seen = years.get(key) ?? new Set<string>();
    seen.add(year);
    years.set(key, seen);
  }
  const out = new Set<string>();
  for (const [key, seen] of years) if (seen.size > 1) out.add(key);
  return out;
}

/** The ingested document's own node: by its number, a number learned for its title, its title (with its year when
 *  other documents of the batch carry the same title in other years), or its file name. */
export function resolveDocument(
  x: DocumentExtraction,
  titles: TitleIndex,
  yearly?: Set<string>,
): { id: string; docNumber: string | null } {
  const { title, docNumber } = x.document;
  if (docNumber || title) {
    const r = resolveCitation({ title, docNumber }, titles);
    if (!r.docNumber && title && yearly?.size) {
      const key = primaryTitleKey(title);
      const year = ownYear(x);
      if (year && yearly.has(key)) return { id: documentId({ titleKey: `${key}@${year}` }), docNumber: null };
    }
    if (r.docNumber || title) return r;
  }
  const base = (x.file ?? 'untitled')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(txt|html?|json)$/i, '');
  return { id: documentId({ fileName: base }), docNumber: null };
}
