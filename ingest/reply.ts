// ingest/reply.ts — the proposal a reply answers (respondsTo): 政协提案 or 人大代表建议.
// Read from the title (关于市政协六届一次会议第0035号提案的复函) and the 收悉 sentence (你们提出的《…》(第0035号提案)收悉).

import type { Mention, RespondsTo, Span } from './model.ts';
import { normalizeTitle } from './normalize.ts';
import { PROPOSAL_NUMBER, SESSION } from './regexes.ts';
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

/** `第0035号提案` → {number: '0035', kind: '提案'}; `第94号` → {number: '94', kind: null}. */
function proposalNumber(s: string): { number: string; kind: '提案' | '建议' | null } | null {
  const m = PROPOSAL_NUMBER.exec(s);
  if (!m) return null;
  const kind = (m[2] ?? m[4] ?? null) as '提案' | '建议' | null;
  return { number: (m[1] ?? m[3])!, kind };
}

export interface ReplyResult {
  respondsTo: RespondsTo | null;
  /** The proposal's quoted title and number parenthetical: not citations. */
  proposalSpans: Span[];
  /** Session labels and `第0035号提案` phrases: no agency counts inside them. */
  excluded: Span[];
}

/** Titles of replies: 复函, 答复函, 答复的函, 办理情况, 答复. */
const REPLY_TITLE = /复函|答复|办理情况|办理意见/;
/** How far into the body the 收悉 sentence is looked for. */
const RECEIPT_WINDOW = 1500;

export function findRespondsTo(input: ReplyInput): ReplyResult {
  const { folded, text } = input;
  const none: ReplyResult = { respondsTo: null, proposalSpans: [], excluded: [] };
  const title = input.title ?? '';
  const titleSays = proposalNumber(title);
  const titleIsReply = REPLY_TITLE.test(title) && (/提案|建议/.test(title) || titleSays !== null);

  // The 收悉 sentence: `…提出的《X》(第0035号提案)收悉`.
  const windowStart = input.bodyStart;
  const windowText = folded.slice(windowStart, windowStart + RECEIPT_WINDOW);
  const receipt = windowText.indexOf('收悉');
  let quoted: { title: string; start: number; end: number } | null = null;
  let paren: { start: number; end: number; body: string } | null = null;
  if (receipt !== -1) {
    const sentenceStart = Math.max(windowText.lastIndexOf('。', receipt), windowText.lastIndexOf('\n', receipt)) + 1;
    // Work backwards from 收悉: an optional 已, an optional parenthetical with the number, then the proposal's title.
    let cut = windowText.slice(sentenceStart, receipt).replace(/[已均\s]+$/, '').length;
    const sentence = windowText.slice(sentenceStart, sentenceStart + cut);
    const p = /\(([^()]{1,40})\)\s*$/.exec(sentence);
    if (p && /\d+\s*号|提案|建议/.test(p[1]!)) {
      paren = { start: windowStart + sentenceStart + p.index, end: windowStart + sentenceStart + p.index + p[0].length, body: p[1]! };
      cut = p.index;
    }
    const before = sentence.slice(0, cut).replace(/\s+$/, '');
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
      }
    } else if (paren) {
      // An unquoted title: `你单位提出的关于加强职业教育的提案(第0123号)收悉`.
      const unquoted = /提出的\s*(关于.{2,80}?(?:建议|提案|意见))$/.exec(before);
      if (unquoted) {
        const s0 = windowStart + sentenceStart + unquoted.index + unquoted[0].length - unquoted[1]!.length;
        quoted = { title: normalizeTitle(text.slice(s0, s0 + unquoted[1]!.length)), start: s0, end: s0 + unquoted[1]!.length };
      }
    }
  }
  const parenSays = paren ? proposalNumber(paren.body) : null;
  const isReply = titleIsReply || ((quoted !== null || paren !== null) && (parenSays !== null || input.headerKind !== null));
  if (!isReply) return none;

  const session = SESSION.exec(title) ?? (paren ? SESSION.exec(paren.body) : null);
  const sessionLabel = session && /政协|人大|人民代表大会/.test(session[1]!) ? session[1]! : null;
  const kindWord = titleSays?.kind ?? parenSays?.kind ?? input.headerKind ?? (sessionLabel ? (sessionLabel.includes('政协') ? '提案' : '建议') : null) ??
    (/提案/.test(title) ? '提案' : /建议/.test(title) ? '建议' : null);
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

  let ev: Mention | null = null;
  if (quoted) ev = evidence(text, quoted.start, quoted.end);
  else if (input.titleSpans.length > 0) ev = evidence(text, Math.min(...input.titleSpans.map((s) => s.start)), Math.max(...input.titleSpans.map((s) => s.end))); // spans may come unsorted

  const proposer = input.salutationText ? input.salutationText.replace(/[::\s]+$/, '').trim() || null : null;
  return {
    respondsTo: {
      kind: kindWord,
      number: titleSays?.number ?? parenSays?.number ?? null,
      session: sessionLabel,
      title: quoted?.title ?? null,
      proposer,
      evidence: ev,
    },
    proposalSpans,
    excluded,
  };
}

function markProposalPhrases(folded: string, span: Span, out: Span[]): void {
  const s = folded.slice(span.start, span.end);
  const session = new RegExp(SESSION.source, 'g');
  for (let m = session.exec(s); m; m = session.exec(s)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  const num = new RegExp(PROPOSAL_NUMBER.source, 'g');
  for (let m = num.exec(s); m; m = num.exec(s)) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
}
