// ingest/relation.ts — what a citing document does with each cited one: basis, implements, amends, repeals, mentions.
// Read from the words that govern each occurrence of the title or number (ANNOTATION.md "Relations and lifecycle"):
// the nearest cue verb before it in its clause (根据《A》, 贯彻落实《A》, 印发《A》), or the predicate right after it or
// after the list it closes (《A》同时废止, 抓好《A》以及《B》贯彻落实). The strongest relation over all occurrences wins.
// Cue words live in ingest/data/relation-cues.json.

import cues from './data/relation-cues.json' with { type: 'json' };
import { isAmendmentItem, isReportedAmendment } from './amendment-items.ts';
import type { Citation, CitationRelation, Mention, Span } from './model.ts';
import {
  inlineLead,
  isCellLine,
  isItemPrefix,
  itemLineStart,
  markerKind,
  mayOpenItem,
  withoutMarker,
  tableCellStart,
  type MarkerKind,
} from './list-items.ts';
import { titleKey } from './normalize.ts';
import { ORGAN_ENDING } from './regexes.ts';
import { endsSentence } from './sentences.ts';
import { evidence } from './spans.ts';

type Relation = CitationRelation;

/** Strength order: repeals > amends > basis > implements > mentions. */
export const RELATION_RANK: Record<Relation, number> = { mentions: 0, implements: 1, basis: 2, amends: 3, repeals: 4 };

interface CueData {
  before: Record<Relation, string[]>;
  after: Partial<Record<Relation, string[]>>;
  afterFiller: string[];
  articleFiller: string;
  scopeFiller: string;
  countFiller: string;
  listLead: {
    repeals: string[];
    basis: string[];
    basisHeading: string[];
    basisNouns: string[];
    listWords: string[];
    listNouns: string[];
    /** Kinds of document a heading names as decided on (`省人民政府决定废止的省政府规章`): with 决定, it leads a list. */
    decidedNouns: string[];
    actMarkers: string[];
    repealsInLead: string[];
    amendsInLead: string[];
    notActs: string[];
  };
  approval: { verb: string; marker: string; window: number };
  basisFrame: { nouns: string[]; window: number; issuingVerbs: string[]; organWindow: number };
  disposal: { markers: string[]; fillers: string[]; implements: string[]; notAfterVerb: string[] };
  clauseAmendment: { markers: string[]; verbs: string[]; window: number };
  lineOpening: { amends: string[]; repeals: string[] };
}
const DATA: CueData = cues;

/** Cue words by their last character (longest first), so the scan back tests only the cues that can end at a position. */
function byLastChar(table: Record<Relation, string[]>): Map<string, { word: string; relation: Relation }[]> {
  const out = new Map<string, { word: string; relation: Relation }[]>();
  for (const [relation, words] of Object.entries(table) as [Relation, string[]][]) {
    for (const word of words) {
      const list = out.get(word[word.length - 1]!) ?? [];
      list.push({ word, relation });
      out.set(word[word.length - 1]!, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.word.length - a.word.length);
  return out;
}
const BEFORE = byLastChar(DATA.before);
if (!BEFORE.has(DATA.approval.verb.slice(-1))) BEFORE.set(DATA.approval.verb.slice(-1), []);
BEFORE.get(DATA.approval.verb.slice(-1))!.push({ word: DATA.approval.verb, relation: 'basis' });
/** After-cues longest first: the predicate starts right after the title (or its list). */
const AFTER = (Object.entries(DATA.after) as [Relation, string[]][])
  .flatMap(([relation, words]) => words.map((word) => ({ word, relation })))
  .sort((a, b) => b.word.length - a.word.length);
const FILLERS = [...DATA.afterFiller].sort((a, b) => b.length - a.length);
/** `《A》第三条第二款修改为`: the article between a title and its predicate (bounded: no backtracking). */
const ARTICLE = new RegExp(DATA.articleFiller);
const SCOPE = new RegExp(DATA.scopeFiller);
const COUNT = new RegExp(DATA.countFiller);

/** Characters that end a clause: the governing verb of a title stands inside the clause. */
const CLAUSE_END = new Set([...'。;!?\n,:()'].map((c) => c.charCodeAt(0)));
/** A comma (folded to ASCII by the clean stage). */
const COMMA = 0x2c;
/** An organ word or a kind of document right after a cue word: the cue is part of a name, no verb (编制委员会,
 *  实施办公室; `《审计法》及其实施条例、《B》`: 实施条例 is the law's implementing regulation). */
const NOUN_AFTER_CUE = /^(?:委员会|委|办公室|领导小组|局|厅|部|中心|条例|细则|办法|规定|规则|意见|方案|标准)/;
/** How far back the governing verb may stand from the title (or the list of titles) it governs. */
const MAX_LEFT = 64;
/** Items that join titles of one list (《A》、《B》和《C》): the list shares the verb before its first title. */
const LIST_JOINERS = [',以及', '、以及', '以及', '、', ',', '和', '及', '与', ' ', '\n'];
/** The most titles one list is followed over (a bound on the walk; longer lists are cut into lists of this size). */
const MAX_LIST_ITEMS = 64;
/** `自本办法施行之日起废止`: the time phrase between a title and its predicate. */
const FROM_DATE = /^自[^,。;:\n]{1,24}?起/;

/** The governed spans of a document: every title hit (so the title line `关于分解落实《X》的通知` counts as a clause). */
export interface RelationInput {
  text: string;
  folded: string;
  /** Every 《…》 in the text, also those in the title line and other excluded spans (sorted by start). */
  titles: { start: number; end: number; title: string }[];
  /** The document amends others (ingest/amendment-items.ts): its amendment items are read as `amends`. */
  amending?: boolean;
}

/** Fill `relation` and `relationEvidence` of every citation (in place) and return them. */
export function assignRelations(citations: Citation[], input: RelationInput): Citation[] {
  const { folded, text } = input;
  const titleAtEnd = new Map<number, Span>();
  const titleAtStart = new Map<number, Span>();
  for (const t of input.titles) {
    titleAtEnd.set(t.end, t);
    titleAtStart.set(t.start, t);
  }
  const byKey = new Map<string, Span[]>();
  for (const t of input.titles) {
    const k = titleKey(t.title);
    const list = byKey.get(k) ?? [];
    list.push(t);
    byKey.set(k, list);
  }
  const memo = {
    left: new Map<number, Relation>(),
    right: new Map<number, Relation>(),
    leads: new Map<number, Relation>(),
  };
  const bounds = { starts: new Map<number, number>(), ends: new Map<number, number>() };
  for (const c of citations) {
    const occurrences: Mention[] = [...c.spans];
    // Occurrences the citation stage leaves out of the spans (the title line, a wrapper title) are clauses too.
    if (c.title) {
      const seen = new Set(c.spans.map((s) => s.start));
      for (const t of byKey.get(titleKey(c.title)) ?? [])
        if (!seen.has(t.start)) occurrences.push(evidence(text, t.start, t.end));
    }
    let best: Relation = 'mentions';
    let bestAt: Mention | null = c.spans[0] ?? null;
    for (const m of occurrences) {
      // A number in parentheses right after its title is governed with the title.
      if (isPairedNumber(folded, m.start, titleAtEnd)) continue;
      let r = relationAt(folded, m.start, m.end, titleAtEnd, titleAtStart, memo, bounds);
      if (input.amending && RELATION_RANK[r] < RELATION_RANK.amends && isAmendmentItem(folded, m.start, m.end))
        r = 'amends';
      // `省人大常委会将《X》第二十条修改为`: another body's amendment reported, not this document's act.
      else if (input.amending === false && r === 'amends' && isReportedAmendment(folded, m.start)) r = 'mentions';
      if (RELATION_RANK[r] > RELATION_RANK[best]) {
        best = r;
        bestAt = m;
      }
    }
    c.relation = best;
    c.relationEvidence = bestAt;
  }
  return citations;
}

/** The relation one occurrence (folded[start, end)) takes from the words that govern it. */
export function relationAt(
  folded: string,
  start: number,
  end: number,
  titleAtEnd: Map<number, Span>,
  titleAtStart: Map<number, Span>,
  memo: {
    left: Map<number, Relation>;
    right: Map<number, Relation>;
    leads?: Map<number, Relation>;
    rows?: Map<number, Relation | null>;
  } = {
    left: new Map(),
    right: new Map(),
  },
  bounds: { starts: Map<number, number>; ends: Map<number, number> } = { starts: new Map(), ends: new Map() },
): Relation {
  const from = listStart(folded, start, titleAtEnd, bounds.starts);
  // Every item of a list shares what governs the list: read each list's words once (a page of 20000 titles in a row).
  let left = memo.left.get(from);
  if (left === undefined) {
    left = leftRelation(folded, from, titleAtEnd);
    const lead = listLeadRelation(folded, from, (memo.leads ??= new Map()), (memo.rows ??= new Map()));
    if (RELATION_RANK[lead] > RELATION_RANK[left]) left = lead;
    const label = labelLeadRelation(folded, from);
    if (RELATION_RANK[label] > RELATION_RANK[left]) left = label;
    memo.left.set(from, left);
  }
  // A number in parentheses after an unquoted title (`对.某通知 .(长府发〔2018〕3号)作如下修改`): what follows the
  // parenthesis governs it.
  const to = closeParen(folded, listEnd(folded, end, titleAtStart, bounds.ends));
  let right = memo.right.get(to);
  if (right === undefined) memo.right.set(to, (right = rightRelation(folded, to)));
  if (left === 'mentions' && right === 'mentions') {
    if (basisFrame(folded, from, to) || basisOverIssuer(folded, from) || basisReferredBack(folded, to)) return 'basis';
    if (disposalFrame(folded, from, to)) return 'implements';
    if (clauseAmendment(folded, from, to)) return 'amends';
    const opening = lineOpeningAct(folded, from);
    if (opening) return opening;
  }
  return RELATION_RANK[right] > RELATION_RANK[left] ? right : left;
}

/** How far after the titles their sentence may go on before a clause refers back to them. */
const REFER_BACK_WINDOW = 80;
/** `《A》和《B》已分别于…施行,据此,市人民政府对…进行了清理`: a later clause of the titles' sentence opens with 据此 (on this
 *  basis), and what it does is done under them. */
function basisReferredBack(folded: string, to: number): boolean {
  const rest = folded.slice(to, to + REFER_BACK_WINDOW);
  const end = rest.search(/[。;\n]/);
  return /[,:]\s*据此/.test(end === -1 ? rest : rest.slice(0, end));
}

/** `修改《A》(文化部令第31号…)` on a line of its own under `二、修改5件部门规章`: the verb that opens the line acts on A. */
function lineOpeningAct(folded: string, from: number): Relation | null {
  const L = DATA.lineOpening;
  for (const [relation, verbs] of [
    ['amends', L.amends],
    ['repeals', L.repeals],
  ] as const) {
    const verb = verbs.find((v) => folded.startsWith(v, from - v.length));
    if (!verb) continue;
    // Only an item marker (`(一)`, `1.`, `二、`) or blanks may stand before the verb on its line.
    const lineStart = folded.lastIndexOf('\n', from - verb.length - 1) + 1;
    if (isItemPrefix(folded.slice(lineStart, from - verb.length))) return relation;
  }
  return null;
}

/** `根据河北省民政厅发布《A》`: a basis cue, then the body that issued the title and its verb of issuing — the verb
 *  modifies the title; the cue governs it. */
function basisOverIssuer(folded: string, from: number): boolean {
  const F = DATA.basisFrame;
  let p = from;
  if (folded[p - 1] === '的') p--;
  const verb = F.issuingVerbs.find((v) => folded.startsWith(v, p - v.length));
  if (!verb) return false;
  p -= verb.length;
  // The issuing body ends like an organ (…民政厅, …人民政府).
  if (!ORGAN_ENDING.test(folded.slice(Math.max(0, p - 4), p))) return false;
  return basisCueBefore(folded, p - 1, F.organWindow);
}

/** Whether a basis cue (根据, 按照 …) ends within `window` characters before `at`, in the same clause. */
function basisCueBefore(folded: string, at: number, window: number): boolean {
  for (let p = at; p > 0 && at - p < window; p--) {
    if (CLAUSE_END.has(folded.charCodeAt(p - 1))) return false;
    for (const w of DATA.before.basis) if (p - w.length >= 0 && folded.startsWith(w, p - w.length)) return true;
  }
  return false;
}

/** `将《A》和《B》逐一分解落实到科室`: 将/把 right before the title (or list) and a verb of carrying it out after it,
 *  past a few adverbs and verbs of dividing work — the document carries the titles out. */
function disposalFrame(folded: string, from: number, to: number): boolean {
  const D = DATA.disposal;
  let p = from;
  while (p > 0 && folded[p - 1] === ' ') p--;
  if (!D.markers.some((m) => folded.startsWith(m, p - m.length))) return false;
  let i = to;
  for (let n = 0; n < 3; n++) {
    const f = D.fillers.find((w) => folded.startsWith(w, i));
    if (!f) break;
    i += f.length;
  }
  const verb = D.implements.find((v) => folded.startsWith(v, i));
  return verb !== undefined && !D.notAfterVerb.some((w) => folded.startsWith(w, i + verb.length));
}

/** `对《A》(号)第三章第六条第五款“…”内容,现修订为“…”`: 对 right before the title and a verb that rewrites part of it
 *  later in the sentence — the document amends A. */
function clauseAmendment(folded: string, from: number, to: number): boolean {
  const C = DATA.clauseAmendment;
  let p = from;
  while (p > 0 && folded[p - 1] === ' ') p--;
  if (!C.markers.some((m) => folded.startsWith(m, p - m.length))) return false;
  for (let i = to; i < folded.length && i - to < C.window; i++) {
    if (endsSentence(folded.charCodeAt(i))) return false;
    if (C.verbs.some((v) => folded.startsWith(v, i))) return true;
  }
  return false;
}

/** The position after a closing parenthesis that follows `at` (blanks allowed before it), else `at`. */
function closeParen(folded: string, at: number): number {
  let k = at;
  while (k < folded.length && k - at < 3 && folded[k] === ' ') k++;
  return folded[k] === ')' ? k + 1 : at;
}

/** `根据2017年区委、区府批准实施《A》要求`: a frame noun after the title (or list) and a basis cue opening its clause —
 *  the cue governs the frame, and a verb of issuing between only modifies the title. */
function basisFrame(folded: string, from: number, to: number): boolean {
  const after = folded.slice(to, to + 6).replace(/^的/, '');
  if (!DATA.basisFrame.nouns.some((n) => after.startsWith(n))) return false;
  // A number in parentheses after its title (`…的通知》(中发〔2016〕23号)要求`): the clause runs on before the parenthesis.
  return basisCueBefore(folded, folded[from - 1] === '(' ? from - 1 : from, DATA.basisFrame.window);
}

const LEAD_END = /[:]?\s*$/;
/** How many lines a list may hold above the occurrence (a decision may repeal a hundred rules). */
const MAX_LIST_LINES = 1000;

/** A title or number opening a list item (`2.《A》(号)`, `一、山东省信访规定(省政府令第114号)`) under a lead line
 *  (`下列文件同时废止:`, `省政府决定废止以下规章:`) takes the lead's relation. The list runs up over lines opening with
 *  an item marker; the first line that opens with none is its lead. */
function listLeadRelation(
  folded: string,
  at: number,
  leads: Map<number, Relation>,
  rows: Map<number, Relation | null>,
): Relation {
  if (!mayOpenItem(folded, at)) return numberedRowLead(folded, at, rows) ?? 'mentions';
  const itemStart = itemLineStart(folded, at);
  if (itemStart === -1) return tableLeadRelation(folded, at, leads);
  // Every item of a list walks up to the same lead: the line starts walked over remember it (a list of n items costs
  // O(n) lines, not O(n²)). Lines are keyed with their marker's kind, which decides where the walk stops.
  const kind = markerKind(folded.slice(itemStart, at));
  const key = (lineStart: number) => lineStart * 4 + kindCode(kind);
  return walkLinesUp(folded, itemStart, MAX_LIST_LINES, key, leads, (line) => listLineLead(line, kind));
}

/**
 * The line above the one starting at `lineStart` (which is > 0): its start and text. Null when it is longer than 300
 * characters: the lines of a list or over a table are short, so a long one is no lead (and this bounds the search).
 */
function lineAbove(folded: string, lineStart: number): { start: number; text: string } | null {
  const prevEnd = lineStart - 1;
  const window = folded.slice(Math.max(0, prevEnd - 300), prevEnd);
  const prevNl = window.lastIndexOf('\n');
  if (prevNl === -1 && prevEnd > 300) return null;
  const start = prevEnd - window.length + prevNl + 1;
  return { start, text: folded.slice(start, prevEnd) };
}

function kindCode(kind: MarkerKind | null): number {
  return kind === null ? 0 : kind === 'digit' ? 1 : kind === 'paren' ? 2 : 3;
}

/**
 * Walk up the lines above `from` (at most `maxLines`) until `judge` decides a line is the lead: its relation, or
 * `mentions` when no line is. The line starts walked over remember the answer in `leads` under `key`.
 */
function walkLinesUp(
  folded: string,
  from: number,
  maxLines: number,
  key: (lineStart: number) => number,
  leads: Map<number, Relation>,
  judge: (line: string) => Relation | null,
): Relation {
  const walked: number[] = [];
  let lineStart = from;
  let r: Relation = 'mentions';
  for (let n = 0; n < maxLines && lineStart > 0; n++) {
    const known = leads.get(key(lineStart));
    if (known !== undefined) {
      r = known;
      break;
    }
    walked.push(lineStart);
    const above = lineAbove(folded, lineStart);
    if (above === null) break;
    lineStart = above.start;
    const lead = judge(above.text);
    if (lead !== null) {
      r = lead;
      break;
    }
  }
  for (const w of walked) leads.set(key(w), r);
  return r;
}

/** What a line above a list item of marker `kind` says: the list's relation when it is the lead, null when the walk
 *  goes on over it (a blank line, another item, a sub-item). */
function listLineLead(line: string, kind: MarkerKind | null): Relation | null {
  if (line.trim() === '') return null;
  // Another item (a marker of the occurrence's kind, or a title opening the line): keep walking up to the lead.
  const lineKind = markerKind(line);
  if (lineKind === kind && (kind !== null || /^\s*《/.test(line))) return null;
  // The lead with the first item run on after its colon (`省政府决定废止以下规章:一、…`).
  const colon = line.lastIndexOf(':');
  if (kind !== null && colon !== -1 && markerKind(line.slice(colon + 1)) === kind)
    return leadRelation(line.slice(0, colon + 1));
  // A marker of a deeper kind than the item's (一、 > (一) > 1.): a sub-item of an item above
  // (`(一)将第三条修改为:`), passed over. A shallower one is a heading over the list (`(二)编制依据`,
  // `一、继续有效的规范性文件目录`): it, like a line with no marker, says what the list is.
  if (lineKind !== null && kind !== null && MARKER_DEPTH[lineKind] > MARKER_DEPTH[kind]) return null;
  return leadRelation(line);
}

/** A table flattened to lines of blank-separated cells: a row opens with its serial (`1 关于…的通知 达市府发〔2000〕65号
 *  说明…`), the header row names the columns (`序号 文件名称 发布机关及文号 说明`), the caption stands above it
 *  (`附件1:…决定废止的政策性文件目录`). A row's document takes the caption's relation; null when the occurrence is no
 *  such row or no header row is found. */
function numberedRowLead(folded: string, at: number, rows: Map<number, Relation | null>): Relation | null {
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  if (!NUMBERED_ROW.test(folded.slice(lineStart, Math.min(at, lineStart + 8)))) return null;
  // Only the name and number cells: a document named in the row's note (`1、制定依据发生了变化。(…《城乡规划法》…)`)
  // is only mentioned there.
  if (NOTE_PUNCTUATION.test(folded.slice(lineStart, at))) return null;
  // Every row walks up to the same header: the lines walked over remember the answer (a table of n rows costs O(n)).
  const walked: number[] = [];
  const r = captionAbove(folded, lineStart, rows, walked);
  for (const w of walked) rows.set(w, r);
  return r;
}

/** The relation of the caption above the header row that stands above line `from`, or null. */
function captionAbove(
  folded: string,
  from: number,
  rows: Map<number, Relation | null>,
  walked: number[],
): Relation | null {
  let end = from - 1;
  for (let n = 0; n < MAX_ROW_LINES && end > 0; n++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1;
    const known = rows.get(start);
    if (known !== undefined) return known;
    walked.push(start);
    const line = folded.slice(start, end);
    end = start - 1;
    if (!HEADER_ROW.test(line)) continue;
    // The caption: the first non-blank line above the header row.
    while (end > 0) {
      const s0 = folded.lastIndexOf('\n', end - 1) + 1;
      const caption = folded.slice(s0, end);
      if (caption.trim() !== '') return leadRelation(caption);
      end = s0 - 1;
    }
    return null;
  }
  return null;
}
/** Sentence punctuation: the row's note has begun. */
const NOTE_PUNCTUATION = /[,。;(]/;
/** A row's serial then a blank. */
const NUMBERED_ROW = /^\s*\d{1,4}\s+\S/;
/** A header row: the serial's column named first. */
const HEADER_ROW = /^\s*序号\s/;
/** How many lines above a row its header row may stand (rows hold multi-line notes). */
const MAX_ROW_LINES = 400;

/** How deep a kind of marker stands in the outline of a Chinese document: 一、 then (一) then 1. */
const MARKER_DEPTH: Record<MarkerKind, number> = { numeral: 0, paren: 1, digit: 2 };

/** How many cell lines a table may hold above the occurrence (a row is a handful of cells). */
const MAX_TABLE_LINES = 3000;

/** A title or number opening a table cell (`鲁政发〔2005〕12号 |`) takes the relation of the table's caption
 *  (`省政府决定废止的规范性文件目录`): the first line above the run of cell lines. Otherwise, an item of a list run
 *  into one paragraph takes its lead clause's. */
function tableLeadRelation(folded: string, at: number, leads: Map<number, Relation>): Relation {
  const cellStart = tableCellStart(folded, at);
  if (cellStart === -1) {
    const lead = inlineLead(folded, at);
    return lead === null ? 'mentions' : leadRelation(lead);
  }
  // Cells of one table share the caption: remembered per line start (negative keys, apart from the list items').
  const key = (lineStart: number) => -(lineStart + 1);
  const caption = (line: string) => (line.trim() === '' || isCellLine(line) ? null : leadRelation(line));
  return walkLinesUp(folded, cellStart, MAX_TABLE_LINES, key, leads, caption);
}

/** The longest label that leads a list on its own line (`有关依据:《A》《B》`). */
const MAX_LABEL_LEAD = 24;

/** `有关依据:《A》《B》…`: a lead label and its colon opening the line of the list, the titles run on after it. */
function labelLeadRelation(folded: string, from: number): Relation {
  const lineStart = folded.lastIndexOf('\n', from - 1) + 1;
  if (from - lineStart > MAX_LABEL_LEAD) return 'mentions';
  const prefix = folded.slice(lineStart, from);
  return /[:]\s*$/.test(prefix) ? leadRelation(prefix) : 'mentions';
}

/** A section heading of a decision after its outline marker: the act, then the count of documents it acts on
 *  (`废止4件`) or a determiner pointing at the items below (`废止下列`, `修改以下`). */
const COUNTED_ACT =
  /^(?:决定)?(?:予以)?(?:废止|修改|修订|修正)(?:[\d一二三四五六七八九十百]+(?:件|部|项|个)|下列|以下|如下)/;

/** What a line introducing a list does to the documents listed under it. */
function leadRelation(line: string): Relation {
  const body = line.replace(LEAD_END, '');
  const lead = DATA.listLead;
  // A heading naming the basis (`1.2 编制依据`): the titles listed under it are what the document acts under.
  if (lead.basisHeading.some((w) => body.endsWith(w)) && body.length <= 20) return 'basis';
  // A verb reporting an earlier act (`下列文件已废止:`) or proposing one (`拟废止`) is no act of this document.
  if (lead.notActs.some((w) => body.includes(w))) return 'mentions';
  // A heading naming the list (`省政府决定废止的规范性文件目录`, `二、废止的规范性文件目录(共15件)`) leads it without
  // a colon.
  const trimmed = body.trim().replace(/\([^()]{1,12}\)$/, '');
  if (lead.listNouns.some((w) => trimmed.endsWith(w)) && trimmed.length <= 60) return actOfLead(trimmed);
  // An annex heading naming the documents the issuer decided on (`省人民政府决定废止的省政府规章`, `附件2 决定修改的规章`).
  if (trimmed.includes('决定') && lead.decidedNouns.some((w) => trimmed.endsWith(w)) && trimmed.length <= 40)
    return actOfLead(trimmed);
  // A decision's section heading counting or pointing at what it acts on (`一、废止4件省政府规章`, `一、废止下列省人民政府规章`).
  if (
    COUNTED_ACT.test(withoutMarker(trimmed)) &&
    lead.decidedNouns.some((w) => trimmed.endsWith(w)) &&
    trimmed.length <= 40
  )
    return actOfLead(trimmed);
  if (body.length === line.length || !/[:]\s*$/.test(line)) return 'mentions';
  for (const w of lead.repeals) if (body.endsWith(w)) return 'repeals';
  for (const w of lead.basis) if (body.includes(w)) return 'basis';
  if (opensWithDocumentBasis(body)) return 'basis';
  // `省政府决定废止以下规章:`, `决定对下列规章予以修改:`: the verb anywhere in a lead that announces a list.
  if (!lead.listWords.some((w) => body.includes(w)) || !lead.actMarkers.some((w) => body.includes(w)))
    return 'mentions';
  return actOfLead(body);
}

/** `依据安全生产、自然灾害等突发事件有关法律法规及规范性文件,编制本预案:`: a lead opening with a basis cue whose clause
 *  names the kind of documents the text acts under; the titles listed below are those documents. A lead acting under
 *  anything else (`根据工作安排,现将有关事项通知如下:`) lists no basis. */
function opensWithDocumentBasis(body: string): boolean {
  // The lead is the last sentence of its paragraph (`…进行了清理。经过清理,省政府决定废止以下规章:`).
  const clause = body.slice(body.lastIndexOf('。') + 1).trimStart();
  if (!DATA.before.basis.some((w) => clause.startsWith(w))) return false;
  const comma = clause.search(/[,，;；]/);
  const governed = comma === -1 ? clause : clause.slice(0, comma);
  return DATA.listLead.basisNouns.some((w) => governed.includes(w));
}

/** The act a lead's verb performs on the listed documents: repeal before amendment (`废止和修改的规章`: the strongest). */
function actOfLead(body: string): Relation {
  if (DATA.listLead.repealsInLead.some((w) => body.includes(w))) return 'repeals';
  if (DATA.listLead.amendsInLead.some((w) => body.includes(w))) return 'amends';
  return 'mentions';
}

/** Whether the title or number ending at `end` is repealed by this document (`《A》(号)同时废止`): a document never
 *  repeals itself, so such a title is cited even when it equals the title of the document issued here. */
export function repealedAfter(folded: string, end: number): boolean {
  return rightRelation(folded, skipNumberParen(folded, end)) === 'repeals';
}

function isPairedNumber(folded: string, start: number, titleAtEnd: Map<number, Span>): boolean {
  let i = start - 1;
  while (i >= 0 && folded[i] === ' ') i--;
  if (folded[i] !== '(' && folded[i] !== '〔' && folded[i] !== '[') return false;
  i--;
  while (i >= 0 && folded[i] === ' ') i--;
  return titleAtEnd.has(i + 1);
}

/**
 * Walk a list item by item from `from` (`step` gives the next item's position, or null at the list's edge), for at
 * most MAX_LIST_ITEMS items; the edge reached. The positions walked over share that edge: remembered in `memo`, a
 * run of n titles costs O(n), not O(n²).
 */
function walkList(from: number, step: (at: number) => number | null, memo?: Map<number, number>): number {
  const walked: number[] = [];
  let at = from;
  let result = -1;
  for (let guard = 0; guard < MAX_LIST_ITEMS; guard++) {
    const known = memo?.get(at);
    if (known !== undefined) {
      result = known;
      break;
    }
    walked.push(at);
    const next = step(at);
    if (next === null) break;
    at = next;
  }
  if (result === -1) result = at;
  if (memo) for (const w of walked) memo.set(w, result);
  return result;
}

/** The longest issuer written before an item's title (`,国务院《城市绿化条例》`, `,建设部《城建监察规定》`). */
const MAX_ITEM_ISSUER = 12;
/** An item's issuer right before its title, after the joiner that opens the item: no link word inside. */
const ITEM_ISSUER_BEFORE = new RegExp(`(?:[、,\\s]|和|及)((?:(?![和及与的])[\\u4e00-\\u9fa5]){2,${MAX_ITEM_ISSUER}})$`);
const ITEM_ISSUER_AFTER = new RegExp(`((?:(?![和及与的])[\\u4e00-\\u9fa5]){2,${MAX_ITEM_ISSUER}}?)《`, 'y');

/** Where an item's issuer starts when one stands right before the title at `s` (`…》,国务院《A》`), else `s`. */
function overItemIssuer(folded: string, s: number): number {
  const m = ITEM_ISSUER_BEFORE.exec(folded.slice(Math.max(0, s - MAX_ITEM_ISSUER - 1), s));
  return m && ORGAN_ENDING.test(m[1]!) ? s - m[1]!.length : s;
}

/** Where the title starts when an item's issuer opens the item at `i` (`国务院《A》`), else `i`. */
function pastItemIssuer(folded: string, i: number): number {
  ITEM_ISSUER_AFTER.lastIndex = i;
  const m = ITEM_ISSUER_AFTER.exec(folded);
  return m && ORGAN_ENDING.test(m[1]!) ? i + m[1]!.length : i;
}

/** Where the list holding the occurrence starts: back over earlier titles, their issuers and number parentheticals, and
 *  joiners (`根据《A》、《B》,国务院《C》,建设部《D》和《E》`: one list). */
function listStart(folded: string, start: number, titleAtEnd: Map<number, Span>, memo?: Map<number, number>): number {
  const back = (s: number): number | null => {
    let i = overItemIssuer(folded, s);
    // Blanks around the joiner (`、 国务院《A》`) are the page's.
    while (i > 0 && folded[i - 1] === ' ') i--;
    // A joiner (or none: 《A》《B》) between this item and the one before.
    for (const j of LIST_JOINERS) {
      if (i - j.length >= 0 && folded.startsWith(j, i - j.length)) {
        i -= j.length;
        break;
      }
    }
    while (i > 0 && folded[i - 1] === ' ') i--;
    // The item before may end with its number in parentheses: 《A》(渝府发〔2020〕1号)、《B》.
    i = overNumberParen(folded, i, titleAtEnd);
    return titleAtEnd.get(i)?.start ?? null;
  };
  return walkList(start, back, memo);
}

/** Where the list holding the occurrence ends: on over later titles, their number parentheticals and joiners. */
function listEnd(folded: string, end: number, titleAtStart: Map<number, Span>, memo?: Map<number, number>): number {
  const forward = (e: number): number | null => {
    let i = e;
    for (const j of LIST_JOINERS) {
      if (folded.startsWith(j, i)) {
        i += j.length;
        break;
      }
    }
    while (folded[i] === ' ') i++;
    const next = titleAtStart.get(pastItemIssuer(folded, i));
    return next ? skipNumberParen(folded, next.end) : null;
  };
  return walkList(skipNumberParen(folded, end), forward, memo);
}

const CLOSER: Record<string, string> = { '(': ')', '〔': '〕', '[': ']' };

/** Past a parenthetical holding a number (号) or a year (2021年修订) right after a title; not a clause in parentheses. */
function skipNumberParen(folded: string, end: number): number {
  const closer = CLOSER[folded[end] ?? ''];
  if (!closer) return end;
  const close = folded.indexOf(closer, end + 1);
  if (close === -1 || close - end > 40) return end;
  const inside = folded.slice(end + 1, close);
  return /号|\d{4}/.test(inside) ? close + 1 : end;
}

/** When folded[at - 1] closes a number parenthetical that follows a title (《A》(渝府发〔2020〕1号)), the title's end;
 *  otherwise `at`. */
function overNumberParen(folded: string, at: number, titleAtEnd: Map<number, Span>): number {
  const last = folded[at - 1];
  if (last !== ')' && last !== '〕' && last !== ']') return at;
  for (let k = at - 2; k >= Math.max(0, at - 40); k--) {
    if (titleAtEnd.has(k) && CLOSER[folded[k]!] === last) return k;
  }
  return at;
}

/** The nearest cue verb before `at` in its clause; an attributive verb (`印发的《A》`, `新修订的`) does not govern. */
function leftRelation(folded: string, at: number, titleAtEnd: Map<number, Span>): Relation {
  // The budget counts the words between, not the titles skipped over (根据中办、国办《A》(号)和人社部《B》).
  let budget = MAX_LEFT;
  for (let p = at; p > 0 && budget > 0; p--, budget--) {
    const title = titleAtEnd.get(p);
    if (title) {
      p = title.start + 1;
      continue;
    }
    const over = overNumberParen(folded, p, titleAtEnd);
    if (over !== p) {
      p = over + 1;
      continue;
    }
    const c = folded.charCodeAt(p - 1);
    // `根据《A》和…相关法律法规,以及《B》、《C》`: 以及 after a comma goes on with the enumeration the cue governs.
    if ((CLAUSE_END.has(c) && !(c === COMMA && folded.startsWith('以及', p))) || c === 0x3002 /* 。 */)
      return 'mentions';
    const cands = BEFORE.get(folded[p - 1]!);
    if (!cands) continue;
    for (const { word, relation } of cands) {
      const s = p - word.length;
      if (s < 0 || !folded.startsWith(word, s)) continue;
      // A verb inside an organ's name (`中央机构编制委员会办公室、…财政部《A》`) or a document's (`实施条例`) governs
      // nothing.
      if (NOUN_AFTER_CUE.test(folded.slice(p, p + 3))) continue;
      const between = folded.slice(p, at);
      // `经国务院批准(的)《A》`: acting under an approved document, also in the attributive form.
      const attributive =
        /^了?的\s*$/.test(between) || /^\s*的/.test(between) || (relation === 'mentions' && /的\s*$/.test(between));
      if (word === DATA.approval.verb) {
        if (approved(folded, s)) return 'basis';
        if (!attributive) return 'mentions';
      }
      // Attributive, not governing: `国务院印发的《A》`, `执行的`; a verb of issuing or reporting ending a relative
      // clause (`市人代会审议通过的《A》`, `2020年出台的《A》`, `党中央、国务院批准的《A》`) modifies the title; a cue further
      // left in the clause still governs the whole (`根据党中央、国务院批准的《A》`).
      if (attributive) {
        p = s + 1;
        break;
      }
      return relation;
    }
  }
  return 'mentions';
}

/** `经国务院批准`: 经 in the clause before 批准. */
function approved(folded: string, verbStart: number): boolean {
  const lo = Math.max(0, verbStart - DATA.approval.window);
  for (let i = verbStart - 1; i >= lo; i--) {
    if (CLAUSE_END.has(folded.charCodeAt(i))) return false;
    if (folded.startsWith(DATA.approval.marker, i)) return true;
  }
  return false;
}

/** Characters a predicate after a title can start with (after-cues, fillers, 第 of an article, 的, 自 of a time
 *  phrase, 在 of the area it applies in, a blank): most titles are followed by something else, settled by one Set lookup. */
const AFTER_FIRST = new Set([
  ...AFTER.map((a) => a.word[0]!),
  ...FILLERS.map((f) => f[0]!),
  '第',
  '的',
  '自',
  '在',
  ' ',
]);

/** The predicate right after the title or list: `同时废止`, `作如下修改`, `贯彻落实` (a fronted object). */
function rightRelation(folded: string, at: number): Relation {
  if (!AFTER_FIRST.has(folded[at] ?? '')) return 'mentions';
  let i = at;
  while (folded[i] === ' ') i++;
  const count = COUNT.exec(folded.slice(i, i + 16));
  if (count) i += count[0].length;
  for (const f of FILLERS) {
    if (folded.startsWith(f, i)) {
      i += f.length;
      break;
    }
  }
  const article = ARTICLE.exec(folded.slice(i, i + 24));
  if (article) i += article[0].length;
  const time = FROM_DATE.exec(folded.slice(i, i + 32));
  if (time) i += time[0].length;
  const scope = SCOPE.exec(folded.slice(i, i + 24));
  if (scope) i += scope[0].length;
  for (const { word, relation } of AFTER) if (folded.startsWith(word, i)) return relation;
  return 'mentions';
}
