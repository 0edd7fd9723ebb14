// ingest/legal-level.ts — the legal level (效力级别) of a document from its kind, issuer and number, with the rule that decided it.
// A pure function over ingest/data/legal-levels.json; rules are tried in order and the first that applies decides.

import { readDataFile } from './data-file.ts';

export type LegalLevel =
  | 'law'
  | 'administrative-regulation'
  | 'departmental-rule'
  | 'local-regulation'
  | 'local-government-rule'
  | 'normative-document'
  | 'working-document'
  | 'party-regulation';

/** What is known of a document: any of the three may be missing (a policy known only by its title or number). */
export interface LegalLevelInput {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
}

export interface LegalLevelResult {
  level: LegalLevel;
  /** The name of the rule that decided it (for the analyst: why this level). */
  rule: string;
}

type KindClass = 'law' | 'regulation' | 'rule' | 'decision' | 'normative' | 'letter';

interface LevelsJson {
  levels: Record<LegalLevel, string>;
  kinds: Record<KindClass, string[]>;
  issuers: {
    npc: string[];
    stateCouncil: string[];
    localCongressSuffixes: string[];
    governmentSuffixes: string[];
    partyPrefixes: string[];
  };
  titles: { national: string[]; party: string[]; placeSuffixes: string[] };
  numbers: {
    orderMark: string;
    letterMarks: string[];
    normativeEndings: string[];
    normativeInnerMark: string;
    normativeSubCodeLength: number;
    partyCodes: string[];
    partyCommitteeEndings: string[];
    partyCommitteeAbbreviationLength: number;
  };
  words: { trial: string[]; reply: string[] };
}

function load(): LevelsJson {
  const url = new URL('./data/legal-levels.json', import.meta.url);
  return readDataFile<LevelsJson>(url, 'ingest/legal-level', 'data file');
}

const DATA = load();

/** Chinese names of the levels (法律, 行政法规 …), as the data file gives them. */
export const LEGAL_LEVEL_NAMES: Readonly<Record<LegalLevel, string>> = DATA.levels;

// ---------------------------------------------------------------------------
// Reading the three inputs
// ---------------------------------------------------------------------------

/** Longest trailing bracket group removed per step (`(试行)`, `(2021—2025年)`, `（修订）`). */
const MAX_TRAILING_GROUP = 20;
const CLOSERS = new Set([')', '）', '〕', ']', '】']);
const OPENERS = new Set(['(', '（', '〔', '[', '【']);

/** The title without trailing bracket groups and an outer 《》, so its last word is its kind. */
function bareTitle(title: string): string {
  let t = title.replace(/\s+/g, '');
  if (t.startsWith('《') && t.endsWith('》')) t = t.slice(1, -1);
  for (let step = 0; step < 3 && CLOSERS.has(t.at(-1) ?? ''); step++) {
    let at = -1;
    for (let i = t.length - 2; i >= Math.max(0, t.length - MAX_TRAILING_GROUP); i--) {
      if (OPENERS.has(t[i]!)) {
        at = i;
        break;
      }
    }
    if (at <= 0) break;
    t = t.slice(0, at);
  }
  return t;
}

/**
 * A notice that issues a policy (`关于印发《X》的通知`, `关于修订印发X的通知`) is one node with X: its level is X's.
 * Returns X, or the title itself.
 */
function issuedPolicy(title: string): string {
  const t = title.replace(/\s+/g, '');
  const verb = t.lastIndexOf('印发');
  if (verb < 0 || !t.endsWith('的通知')) return t;
  const inner = t.slice(verb + 2, t.length - 3);
  // Several titles issued together (`印发《A》和《B》的通知`) have no single level: keep the notice.
  if ((inner.match(/《/g) ?? []).length > 1) return t;
  return inner.replace(/^[《〈]/, '').replace(/[》〉]$/, '') || t;
}

/**
 * The kind class of a title: the longest kind word that ends it — the issued policy's, else (a policy of a kind the
 * list does not know, `…评价指标体系`) the issuing notice's own.
 */
function kindOf(title: string | null): { kind: KindClass; word: string } | null {
  if (!title) return null;
  const policy = issuedPolicy(title);
  return kindOfBare(bareTitle(policy)) ?? (policy !== title ? kindOfBare(bareTitle(title)) : null);
}

function kindOfBare(t: string): { kind: KindClass; word: string } | null {
  let best: { kind: KindClass; word: string } | null = null;
  for (const [kind, words] of Object.entries(DATA.kinds) as [string, unknown][]) {
    if (!Array.isArray(words)) continue;
    for (const w of words as string[]) {
      if (t.endsWith(w) && (!best || w.length > best.word.length)) best = { kind: kind as KindClass, word: w };
    }
  }
  return best;
}

/** The 机关代字 of a number (`渝府办发〔2021〕142号` → `渝府办发`; `国务院令第709号` → `国务院令`). */
function codeOf(docNumber: string | null): string | null {
  if (!docNumber) return null;
  const bracket = docNumber.search(/[〔[(（［【]/);
  if (bracket > 0) return docNumber.slice(0, bracket);
  const order = docNumber.indexOf(DATA.numbers.orderMark);
  return order > 0 ? docNumber.slice(0, order + 1) : null;
}

function isOrder(docNumber: string | null): boolean {
  if (!docNumber) return false;
  const code = codeOf(docNumber);
  return code?.endsWith(DATA.numbers.orderMark) ?? false;
}

/** The organ that signs an order: the issuer, else the code before 令 (`重庆市人民政府令` → 重庆市人民政府). */
function orderOrgan(x: LegalLevelInput): string {
  const code = codeOf(x.docNumber) ?? '';
  return x.issuer ?? code.slice(0, -1);
}

const startsWithAny = (s: string, list: string[]) => list.some((p) => s.startsWith(p));
const endsWithAny = (s: string, list: string[]) => list.some((p) => s.endsWith(p));

function isPartyCode(code: string | null): boolean {
  if (!code) return false;
  const n = DATA.numbers;
  if (n.partyCodes.includes(code)) return true;
  return n.partyCommitteeEndings.some(
    (e) => code.endsWith(e) && code.length === e.length + n.partyCommitteeAbbreviationLength,
  );
}

/** 渝府发, 渝府办发, 川府规, 皖政 — and 发 followed by a one-character sub-code (国科发火, 国科发区). */
function isNormativeCode(code: string): boolean {
  const n = DATA.numbers;
  if (endsWithAny(code, n.normativeEndings)) return true;
  const at = code.lastIndexOf(n.normativeInnerMark);
  return at > 0 && code.length - at - 1 === n.normativeSubCodeLength;
}

/** A title that starts with a place name (`重庆市…`, `宁夏回族自治区…`): 2–8 characters, then a place suffix. */
const PLACE_PREFIX = new RegExp(
  `^[\u4e00-\u9fff]{2,8}?(?:${DATA.titles.placeSuffixes.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
);

const isNpc = (issuer: string | null) => issuer !== null && DATA.issuers.npc.includes(issuer);
const isStateCouncil = (issuer: string | null) => issuer !== null && DATA.issuers.stateCouncil.includes(issuer);
const isLocalCongress = (issuer: string | null) =>
  issuer !== null && !isNpc(issuer) && endsWithAny(issuer, DATA.issuers.localCongressSuffixes);
const isGovernment = (issuer: string | null) =>
  issuer !== null && !isStateCouncil(issuer) && endsWithAny(issuer, DATA.issuers.governmentSuffixes);
const isParty = (issuer: string | null) => issuer !== null && startsWithAny(issuer, DATA.issuers.partyPrefixes);

// ---------------------------------------------------------------------------
// The rules, in order
// ---------------------------------------------------------------------------

interface Facts {
  input: LegalLevelInput;
  title: string;
  kind: KindClass | null;
  code: string | null;
}

interface Rule {
  name: string;
  /** The level when the rule applies, else null. */
  apply: (f: Facts) => LegalLevel | null;
}

const RULES: Rule[] = [
  {
    // 中共中央、省委 and their offices, 中发/渝委发 numbers, 中国共产党…条例.
    name: 'party-issuer-or-number',
    apply: (f) =>
      isParty(f.input.issuer) || isPartyCode(f.code) || startsWithAny(f.title, DATA.titles.party)
        ? 'party-regulation'
        : null,
  },
  {
    // 国务院令第709号 → 行政法规; 重庆市人民政府令第356号 → 地方政府规章; 科学技术部令第19号 → 部门规章.
    name: 'order-number',
    apply: (f) => {
      if (!isOrder(f.input.docNumber)) return null;
      const organ = orderOrgan(f.input);
      if (isStateCouncil(organ) || organ === '国务院') return 'administrative-regulation';
      if (isGovernment(organ) || endsWithAny(organ, DATA.issuers.governmentSuffixes)) return 'local-government-rule';
      return 'departmental-rule';
    },
  },
  {
    // 中华人民共和国…法, or any 法 adopted by the NPC or its standing committee.
    name: 'law-kind',
    apply: (f) =>
      f.kind === 'law' &&
      (isNpc(f.input.issuer) || f.input.issuer === null || startsWithAny(f.title, DATA.titles.national))
        ? 'law'
        : null,
  },
  {
    // A 决定 of the NPC standing committee (关于修改《…法》的决定) has the force of law.
    name: 'npc-decision',
    apply: (f) => (isNpc(f.input.issuer) ? 'law' : null),
  },
  {
    // …条例 adopted by a provincial or municipal people's congress standing committee, or a place's 条例 with no
    // other issuer known (重庆市科技创新促进条例): governments issue no 条例 of their own.
    name: 'regulation-by-local-congress',
    apply: (f) =>
      f.kind === 'regulation' &&
      (isLocalCongress(f.input.issuer) ||
        ((f.input.issuer === null || isGovernment(f.input.issuer)) && PLACE_PREFIX.test(f.title)))
        ? 'local-regulation'
        : null,
  },
  {
    // …条例 by the State Council, titled 中华人民共和国…条例, or with no place before it (征信业管理条例).
    name: 'regulation-by-state-council',
    apply: (f) => (f.kind === 'regulation' && !isParty(f.input.issuer) ? 'administrative-regulation' : null),
  },
  {
    // 函 / 复函 / 答复 / 批复, a 函 number (渝科局函), or a reply to a proposal or suggestion: a working document.
    name: 'letter-or-reply',
    apply: (f) => {
      if (f.kind === 'letter') return 'working-document';
      if (f.code && DATA.numbers.letterMarks.some((m) => f.code!.includes(m))) return 'working-document';
      if (DATA.words.reply.some((w) => f.title.includes(w)) && f.title.includes('答复')) return 'working-document';
      return null;
    },
  },
  {
    // A normative document's number: 渝府发, 渝府办发, 国办发, 渝科局发, 川府规.
    name: 'normative-number',
    apply: (f) => (f.code && !isOrder(f.input.docNumber) && isNormativeCode(f.code) ? 'normative-document' : null),
  },
  {
    // 规定, 办法, 意见, 通知, 方案, 决定 … issued by an administrative organ without an order: a normative document.
    name: 'normative-kind',
    apply: (f) => (f.kind === 'rule' || f.kind === 'normative' || f.kind === 'decision' ? 'normative-document' : null),
  },
];

/** The legal level of a document and the rule that decided it, or null when nothing known decides. */
export function legalLevel(input: LegalLevelInput): LegalLevelResult | null {
  const title = input.title ? bareTitle(issuedPolicy(input.title)) : '';
  const facts: Facts = { input, title, kind: kindOf(input.title)?.kind ?? null, code: codeOf(input.docNumber) };
  for (const rule of RULES) {
    const level = rule.apply(facts);
    if (level) return { level, rule: rule.name };
  }
  return null;
}

/** A title that marks a trial version (`…(试行)`, `暂行办法`). */
export function isTrialTitle(title: string | null): boolean {
  return !!title && DATA.words.trial.some((w) => title.includes(w));
}
