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
    const sentence = windowText.slice(sentenceStart, receipt);
    const open = sentence.indexOf('《');
    const close = sentence.lastIndexOf('》');
    if (open !== -1 && close > open) {
      const s = windowStart + sentenceStart + open;
      const e = windowStart + sentenceStart + close + 1;
      quoted = { title: normalizeTitle(text.slice(s + 1, e - 1)), start: s, end: e };
      const p = /^\s*\(([^()]{1,40})\)/.exec(folded.slice(e, windowStart + receipt));
      if (p && /第?\s*\d+\s*号|提案|建议/.test(p[1]!)) paren = { start: e + p.index, end: e + p[0].length, body: p[1]! };
    } else {
      const p = /\(([^()]*第\s*\d+\s*号[^()]*)\)\s*$/.exec(sentence);
      if (p) paren = { start: windowStart + sentenceStart + p.index, end: windowStart + sentenceStart + p.index + p[0].length, body: p[1]! };
    }
  }
  const parenSays = paren ? proposalNumber(paren.body) : null;
  const isReply = titleIsReply || (quoted !== null && (parenSays !== null || input.headerKind !== null));
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
  else if (input.titleSpans.length > 0) ev = evidence(text, input.titleSpans[0]!.start, input.titleSpans[input.titleSpans.length - 1]!.end);

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
