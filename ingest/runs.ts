// ingest/runs.ts — who runs the programs a document mentions, read from the verb before each name
// (`开展X`, `深入实施X`, `成功举办X`, `上线“X”平台`). Text analysis, so it lives with the stages and travels in the
// extraction output; the graph only turns each inference into a RUNS edge.

import runVerbs from './data/run-verbs.json' with { type: 'json' };
import type { AgencyRef, Mention, ProgramRef, ProgramRun } from './model.ts';

/** How far before a name its verb may stand (verb + modifiers + quote). */
const LOOKBACK = 12;

/**
 * The verb before a program name that says someone runs it. Up to `window` characters of modifiers (`深入`, `示范`,
 * `成功`) may stand between the verb and the name, and an opening quote mark may stand right before the name.
 */
const RUN_VERB_BEFORE = new RegExp(
  [
    `(?<verb>${(runVerbs as { verbs: { verb: string }[] }).verbs.map((v) => v.verb).join('|')})`, // ingest/data/run-verbs.json
    `[^，。；,;、]{0,${(runVerbs as { window: number }).window}}`, // a few characters of modifiers, never across a clause boundary
    '[“"「]?$', // an opening quote of the name
  ].join(''),
);

/**
 * In a sentence `A 开展 X`, the agency A named earlier in the same sentence runs X (`subject`); with no agency before
 * the verb, the document's issuer reports that it runs X (replies speak for their issuer: `开展知识价值信用贷款改革试点`
 * in 市科技局's reply). Addressees are never subjects. One inference per program: its first mention that says who.
 */
export function findRuns(
  text: string,
  agencies: AgencyRef[],
  programs: ProgramRef[],
  issuer: string | null,
): ProgramRun[] {
  const out: ProgramRun[] = [];
  const agencyMentions: { agency: AgencyRef; span: Mention }[] = [];
  for (const a of agencies) {
    if (a.roles.length === 1 && a.roles[0] === 'addressee') continue;
    for (const s of a.spans) agencyMentions.push({ agency: a, span: s });
  }
  for (const p of programs) {
    for (const span of p.spans) {
      const before = text.slice(Math.max(span.quoteStart, span.start - LOOKBACK), span.start);
      const m = RUN_VERB_BEFORE.exec(before);
      if (!m?.groups) continue;
      const verbAt = span.start - before.length + m.index;
      // The nearest agency named in the same sentence before the verb is the subject.
      let subject: { agency: AgencyRef; span: Mention } | undefined;
      for (const a of agencyMentions) {
        if (a.span.start >= span.quoteStart && a.span.end <= verbAt && (!subject || a.span.end > subject.span.end))
          subject = a;
      }
      if (subject)
        out.push({
          program: p.name,
          agency: subject.agency.name,
          inferredBy: `subject ${subject.span.text} states ${m.groups.verb}`,
          evidence: span,
        });
      else if (issuer)
        out.push({ program: p.name, agency: issuer, inferredBy: `issuer states ${m.groups.verb}`, evidence: span });
      break;
    }
  }
  return out;
}
