// ingest/reply.ts — the proposal a reply answers (respondsTo): 政协提案 or 人大代表建议.
// Read from the title (关于市政协六届一次会议第0035号提案的复函) and the 收悉 sentence (你们提出的《…》(第0035号提案)收悉).

import proposers from './data/proposers.json' with { type: 'json' };
import type { Mention, RespondsTo, Span } from './model.ts';
import { type ListedProposal, proposalsListedBefore } from './reply-list.ts';
import { normalizeTitle } from './normalize.ts';
import { PROPOSAL_NUMBER, PROPOSAL_SERIAL, SESSION } from './regexes.ts';
import { evidence } from './spans.ts';

export interface ReplyInput {
  text: string;
  folded: string;
  /** The document title (normalized) and where its lines are. */
  title: string | null;
  titleSpans: Span[];
  salutationText: string | null;
  bodyStart: number;
  /** The page's metadata calls the document a suggestion (`建议标题:`) or proposal (`提案标题:`), or its genre
   *  (`[ 体裁分类 ] 政协提案办理`) says so. */
  headerKind: '提案' | '建议' | null;
}

/** `第0035号提案` → {number: '0035', kind: '提案'}; `第94号` → {number: '94', kind: null}; `《…的建议》(72号)` → 72. */
function proposalNumber(s: string): { number: string; kind: '提案' | '建议' | null } | null {
  const m = PROPOSAL_NUMBER.exec(s);
  if (!m) return null;
  const kind = (m[2] ?? m[3] ?? m[5] ?? null) as '提案' | '建议' | null;
  return { number: (m[1] ?? m[4] ?? m[6])!, kind };
}

export interface ReplyResult {
  respondsTo: RespondsTo | null;
  /** The proposal's quoted title and number parenthetical: not citations. */
  proposalSpans: Span[];
  /** Session labels and `第0035号提案` phrases: no agency counts inside them. */
  excluded: Span[];
}

/** Titles of replies: 复函, 答复函, 答复的函, 办理情况, 答复, 回复 (回复意见), a co-handler's letter (协办意见的函, 会办意见), a handling
 *  form (建议办理单) and a letter on the handling of one (`关于办理县十八届人大五次会议第35号建议的函`). */
const REPLY_TITLE = /复函|答复|回复|办理情况|办理意见|协办意见|会办意见|办理单|办理.{2,40}(?:建议|提案)的函/;
/** A co-handler's letter to the lead handler of a proposal. */
const CO_HANDLER_LETTER = /会办意见|协办意见/;
/** The kind of a document about the handling of many proposals: a report, a circular, a statement, a notice. */
const ABOUT_HANDLING = /(?:通报|报告|说明|通知|总结|公告)$/;
/** When no proposal title was found, how far into the body a session label is looked for. */
const RECEIPT_SESSION_SPAN = 200;
/** A quoted title followed by its kind word and a comma before 已收悉 (`《关于…的建议》提案,`). */
const KIND_AFTER_TITLE = /》\s*(?:提案|建议|议案)\s*,?$/;
/** How far into the body the 收悉 sentence is looked for. */
const RECEIPT_WINDOW = 1500;

export function findRespondsTo(input: ReplyInput): ReplyResult {
  const { folded, text } = input;
  const none: ReplyResult = { respondsTo: null, proposalSpans: [], excluded: [] };
  const title = input.title ?? '';
  const titleSays = proposalNumber(title);
  // A report or circular on the handling of a session's proposals (`…建议、政协提案办理情况的督查通报`) answers none.
  const titleIsReply =
    REPLY_TITLE.test(title) &&
    (/提案|建议/.test(title) || titleSays !== null) &&
    !(titleSays === null && ABOUT_HANDLING.test(title));

  // `贺文国、佟金菊委员` / `《X》收悉`: a deputy's or member's proposal acknowledged is a reply, its kind the proposer's —
  // whatever the letter's title says (`申桂艳代表:` / `您提出的关于…的建议收悉`).
  // A co-handler's opinion (`…提案的会办意见`, `协办意见`) is addressed to the lead handler, who proposed nothing.
  const toLeadHandler = CO_HANDLER_LETTER.test(title);
  // The proposer as addressed (ANNOTATION.md): a form's label standing like a salutation (`办理结果:`) addresses no one.
  const proposer =
    input.salutationText && !toLeadHandler && !FORM_LABEL.test(input.salutationText)
      ? proposerOf(input.salutationText)
      : null;
  const proposerKind = proposer ? kindOfProposer(proposer) : null;

  // The 收悉 sentence: `…提出的《X》(第0035号提案)收悉`.
  const windowStart = input.bodyStart;
  const windowText = folded.slice(windowStart, windowStart + RECEIPT_WINDOW);
  const receipt = windowText.indexOf('收悉');
  let quoted: { title: string; start: number; end: number } | null = null;
  let paren: { start: number; end: number; body: string } | null = null;
  let listed: ListedProposal[] = [];
  // `您提出的关于…的建议收悉`: the letter acknowledges to the proposer what he proposed — a reply, even with no title line.
  let addressed = false;
  if (receipt !== -1) {
    const sentenceStart = Math.max(windowText.lastIndexOf('。', receipt), windowText.lastIndexOf('\n', receipt)) + 1;
    // Work backwards from 收悉: an optional 已, an optional parenthetical with the number, then the proposal's title.
    let cut = windowText.slice(sentenceStart, receipt).replace(/[已均\s]+$/, '').length;
    const sentence = windowText.slice(sentenceStart, sentenceStart + cut);
    addressed = ADDRESSED_RECEIPT.test(sentence);
    const p = /\(([^()]{1,40})\)\s*$/.exec(sentence);
    if (p && /\d+\s*号|提案|建议/.test(p[1]!)) {
      paren = {
        start: windowStart + sentenceStart + p.index,
        end: windowStart + sentenceStart + p.index + p[0].length,
        body: p[1]!,
      };
      cut = p.index;
    }
    // `提出《X》提案,已收悉`: the kind word after the quoted title, and the comma before 已, stand outside the title.
    let before = sentence.slice(0, cut).replace(/\s+$/, '').replace(KIND_AFTER_TITLE, '》');
    // `您提出的关于《申请立项建设松源小学》的议案收悉`: the title in 《》 inside the phrase naming the proposal.
    const framed = FRAMED_TITLE.exec(before);
    if (framed) before = before.slice(0, framed.index + framed[0].search(/[》”]/) + 1);
    if (before.endsWith('》')) {
      // The 《 that opens this title (titles may hold 〈〉 or nested 《》).
      let depth = 0;
      let open = -1;
      for (let i = before.length - 1; i >= 0; i--) {
        if (before[i] === '》') depth++;
        else if (before[i] === '《' && --depth === 0) {
          open = i;
          break;
        }
      }
      if (open !== -1) {
        const s0 = windowStart + sentenceStart + open;
        const e0 = windowStart + sentenceStart + before.length;
        quoted = { title: normalizeTitle(text.slice(s0 + 1, e0 - 1)), start: s0, end: e0 };
        // Several proposals answered in one letter: every listed one is a proposal; the reply answers the first.
        listed = proposalsListedBefore(folded, s0);
        if (listed.length > 0) {
          const first = listed[0]!;
          listed.push({ quoted: { start: s0, end: e0 }, paren });
          quoted = {
            title: normalizeTitle(text.slice(first.quoted.start + 1, first.quoted.end - 1)),
            ...first.quoted,
          };
          if (first.paren) paren = { ...first.paren, body: folded.slice(first.paren.start + 1, first.paren.end - 1) };
        }
      } else {
        // The opening 《 lost (`你提出的关于加快农村公路建设的建议》(第95号)收悉`): the title runs from 提出的 (or the
        // sentence start) to the 》.
        // `您提出关于…的建议》收悉`: 提出 without 的 too.
        const from = before.lastIndexOf('提出');
        const after = from === -1 ? 0 : from + (before[from + 2] === '的' ? 3 : 2);
        const s0 = windowStart + sentenceStart + after;
        const e0 = windowStart + sentenceStart + before.length;
        const inner = text.slice(s0, e0 - 1).trim();
        if (inner.length >= 4 && !/[。;,]/.test(inner))
          quoted = { title: normalizeTitle(inner), start: e0 - 1 - inner.length, end: e0 };
      }
    } else if (before.endsWith('”')) {
      // The title in quotation marks (`您们提出的“关于改善公交站台附属设施的提案”已收悉`).
      const open = before.lastIndexOf('“');
      const inner = open === -1 ? '' : before.slice(open + 1, -1);
      if (inner.length >= 4 && inner.length <= 80 && !/[。;“”]/.test(inner)) {
        const s0 = windowStart + sentenceStart + open;
        quoted = {
          title: normalizeTitle(text.slice(s0 + 1, s0 + 1 + inner.length)),
          start: s0,
          end: s0 + inner.length + 2,
        };
      }
    } else if (paren || titleIsReply || proposerKind !== null || addressed) {
      // An unquoted title: `你单位提出的关于加强职业教育的提案(第0123号)收悉`, and in a reply without the number
      // (`您提出的关于加强传统村落保护…的建议收悉`).
      // `您提出关于拓宽麻庄村道路的建议收悉`: 提出 without 的 too.
      const unquoted = /提出的?\s*(关于.{2,80}?(?:建议|提案|意见))$/.exec(before);
      // `“关于…整修”的建议收悉`: the sentence opens with the quoted title, no 提出的 before it.
      const opening = unquoted ? null : OPENING_QUOTED.exec(before);
      if (opening) {
        const s0 = windowStart + sentenceStart + 1;
        quoted = {
          title: normalizeTitle(text.slice(s0, s0 + opening[1]!.length)),
          start: s0 - 1,
          end: s0 + opening[1]!.length + 1,
        };
      } else if (unquoted) {
        const s0 = windowStart + sentenceStart + unquoted.index + unquoted[0].length - unquoted[1]!.length;
        // `提出的关于加快…建设”的提案收悉`: the opening quotation mark lost, the title ends at the closing one.
        const close = unquoted[1]!.includes('“') ? -1 : unquoted[1]!.indexOf('”');
        const length = close > 0 ? close : unquoted[1]!.length;
        quoted = { title: normalizeTitle(text.slice(s0, s0 + length)), start: s0, end: s0 + length };
      }
    }
  }
  // No 收悉 sentence: the proposal is named where the reply says who proposed it (`您在县政协十一届一次会议上提出的《X》的提案,
  // …转交我局办理`, `现将您提出的关于…的提案办理情况答复如下`) or where a co-handler's letter numbers it
  // (`现将…第0773号《X》的协办意见函告如下`). Only for documents whose title already makes them replies.
  if (!quoted && (titleIsReply || proposerKind !== null)) quoted = namedProposal(text, windowStart, windowText);
  const parenSays = paren
    ? proposalNumber(paren.body)
    : quoted
      ? (numberAfterTitle(folded.slice(quoted.end, quoted.end + NUMBER_AFTER_REACH)) ??
        numberBeforeTitle(folded.slice(Math.max(windowStart, quoted.start - NUMBER_BEFORE_REACH), quoted.start)))
      : null;
  // The session as the title says; else as the parenthetical or the sentence naming the proposal says
  // (`您在区十八届人大二次会议上提出的《…》`).
  const session =
    sessionIn(title) ??
    (paren ? sessionIn(paren.body) : null) ??
    sessionIn(
      windowText.slice(0, Math.min(windowText.length, quoted ? quoted.start - windowStart : RECEIPT_SESSION_SPAN)),
    );
  // `政协…第三次会议的集体提案《关于…的提案》收悉`: a letter with neither title nor salutation names the session and a
  // proposal's title in its receipt sentence — it answers that proposal.
  const titledProposal = quoted !== null && PROPOSAL_TITLE_END.test(quoted.title);
  const sessionReceipt = titledProposal && session !== null;
  const isReply =
    titleIsReply ||
    sessionReceipt ||
    (addressed && titledProposal) ||
    ((quoted !== null || paren !== null) && (parenSays !== null || input.headerKind !== null || proposerKind !== null));
  if (!isReply) return none;
  const sessionLabel = session && /政协|人大|人民代表大会/.test(session) ? session : null;
  // A CPPCC session's members submit 提案 whatever word the reply's title uses (`区政协十六届二次会议第222号建议的复函`;
  // the annotated sets: 134 of 134 such replies).
  const kindWord =
    (sessionLabel?.includes('政协') ? '提案' : null) ??
    titleSays?.kind ??
    parenSays?.kind ??
    input.headerKind ??
    (sessionLabel ? '建议' : null) ??
    (/提案/.test(title) ? '提案' : /建议/.test(title) ? '建议' : null) ??
    proposerKind ??
    (addressed && quoted ? PROPOSAL_TITLE_END.exec(quoted.title)?.[0] : null);
  if (kindWord !== '提案' && kindWord !== '建议') return none;

  const excluded: Span[] = [];
  const proposalSpans: Span[] = [];
  // Session labels and number phrases in the title lines and in the parenthetical.
  for (const span of input.titleSpans) markProposalPhrases(folded, span, excluded);
  if (paren) {
    markProposalPhrases(folded, paren, excluded);
    proposalSpans.push(paren);
  }
  if (quoted) proposalSpans.push({ start: quoted.start, end: quoted.end });
  for (const item of listed) {
    proposalSpans.push(item.quoted);
    if (item.paren) {
      markProposalPhrases(folded, item.paren, excluded);
      proposalSpans.push(item.paren);
    }
  }

  let ev: Mention | null = null;
  if (quoted) ev = evidence(text, quoted.start, quoted.end);
  else if (input.titleSpans.length > 0) {
    // The title's lines in text order: the evidence runs from the first line's start to the last line's end.
    const start = Math.min(...input.titleSpans.map((t) => t.start));
    const end = Math.max(...input.titleSpans.map((t) => t.end));
    ev = evidence(text, start, end);
  }

  return {
    respondsTo: {
      kind: kindWord,
      number: fullerNumber(titleSays?.number ?? null, parenSays?.number ?? null),
      session: sessionLabel,
      title: titleQuotes(title) ?? quoted?.title ?? null,
      proposer,
      evidence: ev,
    },
    proposalSpans,
    excluded,
  };
}

/** A receipt sentence addressed to the proposer: `您提出的关于…`, `你们在…会议上提出的关于…`. */
const ADDRESSED_RECEIPT = /^\s*(?:您|你)(?:们|单位)?(?:在[^,。;]{2,40}上)?提出的?\s*关于/;

/** A proposal's title ends with its kind (`关于…的提案`, `…的建议`). */
const PROPOSAL_TITLE_END = /(?:提案|建议)$/;

/** How far before 政协 the committee's place may start (`宁夏回族自治区盐池县` fits). */
const PLACE_LEAD = 12;
/** A place named before 政协: the words between 关于 / 对 / 在 (or the start) and 政协, ending like a place. */
const PLACE = /^[\u3400-\u9fff]{1,10}[省市县区州旗]$/;

/** The session label in `s`. A CPPCC committee named with its place before 政协 (`盐池县政协第十届委员会第五次会议`,
 *  as opposed to `政协盐池县第十届委员会…`) keeps its place; the place is taken only after 关于, 对 or 在 or from the
 *  start, where it cannot be the tail of a verb phrase. */
function sessionIn(s: string): string | null {
  const m = SESSION.exec(s);
  if (!m) return null;
  const label = m[1]!;
  if (!label.startsWith('政协')) return label;
  const at = m.index + m[0].indexOf(label);
  const from = Math.max(0, at - PLACE_LEAD);
  const before = s.slice(from, at);
  let cut = from === 0 ? 0 : -1;
  for (const w of ['关于', '对', '在']) {
    const i = before.lastIndexOf(w);
    if (i !== -1) cut = Math.max(cut, i + w.length);
  }
  const place = cut === -1 ? '' : before.slice(cut);
  return PLACE.test(place) ? place + label : label;
}

/** Global forms of the session and number patterns, compiled once. */
const SESSION_G = new RegExp(SESSION.source, 'g');
const PROPOSAL_NUMBER_G = new RegExp(PROPOSAL_NUMBER.source, 'g');

function markProposalPhrases(folded: string, span: Span, out: Span[]): void {
  const s = folded.slice(span.start, span.end);
  const session = SESSION_G;
  session.lastIndex = 0;
  for (let m = session.exec(s); m; m = session.exec(s))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  const num = PROPOSAL_NUMBER_G;
  num.lastIndex = 0;
  for (let m = num.exec(s); m; m = num.exec(s))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
}

/** A handling form's label ending its line with a colon (`办理结果:`), which reads like a salutation: no proposer. */
const FORM_LABEL = /^(?:办理结果|办理情况|答复内容|建议内容|提案内容)[:]?$/;
/** The salutation as the proposer, without the trailing colon and without the artefacts a mirror site leaves before it
 *  (`?陈卓代表` → 陈卓代表); `尊敬的…` stays as written. */
function proposerOf(salutation: string): string | null {
  return (
    salutation
      .replace(/[::\s]+$/, '')
      .replace(/^[?？•·*\s\uFFFD]+/, '')
      .trim() || null
  );
}

const KIND_OF_TITLE = Object.entries((proposers as { kindOfTitle: Record<string, '提案' | '建议'> }).kindOfTitle);

/** The democratic parties and people's organizations that propose by their committees. */
const ORGANIZATIONS = (proposers as { organizations: string[] }).organizations;

/** `张三代表` → 建议, `贺文国、佟金菊委员` → 提案: the proposer's title says what was proposed. */
function kindOfProposer(proposer: string): '提案' | '建议' | null {
  for (const [word, kind] of KIND_OF_TITLE) if (proposer.endsWith(word)) return kind;
  // A democratic party or people's organization (`民建青海省委`, `致公党广州市委员会`) proposes to a CPPCC session.
  if (ORGANIZATIONS.some((o) => proposer.startsWith(o))) return '提案';
  return null;
}

/** `《关于…的建议》第36号提案`, `《X》的提案,列为第57号提案`: the number right after the proposal's title, without
 *  parentheses. */
const NUMBER_AFTER = new RegExp(
  `^\\s*的?\\s*(?:(?:提案|建议)[,，]?\\s*(?:列为|编为|编号为))?\\s*(第\\s?${PROPOSAL_SERIAL}\\s?号\\s?(?:提案|建议))`,
);
const NUMBER_AFTER_REACH = 20;
/** The proposal's number as the title says it, unless the receipt writes the same number with its series letters
 *  (`第8号` in the title, `第DH008号` in the receipt: DH008). */
function fullerNumber(fromTitle: string | null, fromReceipt: string | null): string | null {
  if (fromTitle === null) return fromReceipt;
  if (fromReceipt === null || !/^[A-Za-z]+\d+$/.test(fromReceipt) || /[A-Za-z]/.test(fromTitle)) return fromTitle;
  return Number(fromReceipt.replace(/^[A-Za-z]+/, '')) === Number(fromTitle) ? fromReceipt : fromTitle;
}

/** How far before a quoted proposal title its number may stand (`…会议的第DH189号建议《X》已收悉`). */
const NUMBER_BEFORE_REACH = 16;
/** The proposal number right before its quoted title: `第DH189号建议《X》`, `第56号《X》`. */
const NUMBER_BEFORE = new RegExp(`第\\s?(${PROPOSAL_SERIAL})\\s?号\\s?(?:提案|建议)?\\s*$`);

function numberBeforeTitle(before: string): { number: string; kind: '提案' | '建议' | null } | null {
  const m = NUMBER_BEFORE.exec(before);
  return m ? proposalNumber(m[0]) : null;
}

function numberAfterTitle(after: string): { number: string; kind: '提案' | '建议' | null } | null {
  const m = NUMBER_AFTER.exec(after);
  return m ? proposalNumber(m[1]!) : null;
}

/** `提出的` (提出了, 提交了, 提出了题为) then a quoted or unquoted proposal title; `会议上提的《…》`; or a proposal number right
 *  before a title in 《》 or quotation marks (`提出的第18号“关于…的建议”已交我局办理`). */
const PROPOSED = new RegExp(
  `(?:提出|提交)[的了]\\s*(?:题为)?|(?:所提(?:出的)?|上提的)\\s*(?=[《“])|第?\\s?${PROPOSAL_SERIAL}\\s?号\\s*(?=[《“])`,
  'g',
);
/** An unquoted proposal title after 提出的: 关于… up to the kind word, then what follows a title in these sentences. */
const UNQUOTED_TITLE = /^(关于[^。;,!?《》]{2,80}?(?:建议|提案|意见))(?=办理|的|,|收悉|已|$)/;
/** After a title in quotation marks: the proposal it names (`”的第56号建议`, `”的提案`, `”建议`). */
const QUOTED_KIND_AFTER = new RegExp(`^的?\\s*(?:第\\s?${PROPOSAL_SERIAL}\\s?号)?\\s*(?:建议|提案|议案)`);
/** A receipt sentence that opens with the proposal's title in quotation marks, its kind after (`“关于…”的建议`). */
const OPENING_QUOTED = /^“([^“”。;]{4,80})”\s*的?\s*(?:建议|提案|议案)$/;
/** A proposal's whole title in quotation marks, its kind inside (`你们提出的“关于共抓…绿色发展的提案”,由我部…办理`). */
const QUOTED_PROPOSAL = /^关于.{2,76}(?:建议|提案|议案)$/;
/** `关于《X》的议案` or `关于“X”的提案` ending the sentence before 收悉: the quoted X is the proposal's title. */
const FRAMED_TITLE = /关于\s*(?:《[^《》]{2,80}》|“[^“”]{2,80}”)\s*的?\s*(?:议案|提案|建议)$/;
/** How many 提出的 / number phrases to try in the window (the first ones belong to the opening sentences). */
const MAX_PROPOSED = 4;

function namedProposal(
  text: string,
  windowStart: number,
  windowText: string,
): { title: string; start: number; end: number } | null {
  PROPOSED.lastIndex = 0;
  let tries = 0;
  for (let m = PROPOSED.exec(windowText); m && tries < MAX_PROPOSED; m = PROPOSED.exec(windowText), tries++) {
    const at = m.index + m[0].length;
    if (windowText[at] === '《') {
      const close = matchingClose(windowText, at);
      if (close === -1) continue;
      const s0 = windowStart + at;
      const e0 = windowStart + close + 1;
      PROPOSED.lastIndex = 0;
      return { title: normalizeTitle(text.slice(s0 + 1, e0 - 1)), start: s0, end: e0 };
    }
    if (windowText[at] === '“') {
      // `你们提出的“将石溪全域纳入…示范区”的第56号建议`: the title in quotation marks instead of 《》.
      const close = windowText.indexOf('”', at + 1);
      const inner = close === -1 ? '' : windowText.slice(at + 1, close);
      if (
        inner.length >= 4 &&
        inner.length <= 80 &&
        !/[\n。;《》“]/.test(inner) &&
        (QUOTED_KIND_AFTER.test(windowText.slice(close + 1, close + 20)) || QUOTED_PROPOSAL.test(inner))
      ) {
        PROPOSED.lastIndex = 0;
        return {
          title: normalizeTitle(text.slice(windowStart + at + 1, windowStart + close)),
          start: windowStart + at,
          end: windowStart + close + 1,
        };
      }
    }
    const unquoted = UNQUOTED_TITLE.exec(windowText.slice(at, at + 120));
    if (unquoted) {
      const s0 = windowStart + at;
      PROPOSED.lastIndex = 0;
      return {
        title: normalizeTitle(text.slice(s0, s0 + unquoted[1]!.length)),
        start: s0,
        end: s0 + unquoted[1]!.length,
      };
    }
  }
  PROPOSED.lastIndex = 0;
  // `《关于将裕民县列为五类艰苦边远地区的提案》经转地区人社局研究办理,现答复如下`: a reply's body opening with the
  // proposal's title names what it answers, without 提出的 before it.
  const opening = OPENING_PROPOSAL.exec(windowText);
  if (opening) {
    const s0 = windowStart + opening.index + opening[0].indexOf('《');
    return {
      title: normalizeTitle(text.slice(s0 + 1, s0 + 1 + opening[1]!.length)),
      start: s0,
      end: s0 + opening[1]!.length + 2,
    };
  }
  return null;
}

/** A line opening with a proposal's title in 《》 (the first words of a reply's body). */
const OPENING_PROPOSAL = /(?:^|\n)[ \t\u3000]*《([^《》\n]{4,80}(?:提案|建议|议案))》/;

/** The proposal's registered title when the reply's own title quotes it (`对县政协十届第二次会议《关于…的提案》第025号提案的
 *  答复`): it wins over the body's wording of the same proposal (`您提出的“关于…的建议”已收悉`). */
function titleQuotes(title: string): string | null {
  const m = /《(关于[^《》]{2,80}(?:建议|提案|议案))》/.exec(title);
  return m ? normalizeTitle(m[1]!) : null;
}

/** The index of the 》 closing the 《 at `open` (titles may nest 《》), or -1. */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length && i < open + 200; i++) {
    if (s[i] === '《') depth++;
    else if (s[i] === '》' && --depth === 0) return i;
    else if (s[i] === '\n') return -1;
  }
  return -1;
}
