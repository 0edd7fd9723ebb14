// ingest/programs/abbreviations.ts — a short form of a name the document spells in full is that program, not a
// second one: `转型综改试验区` after `资源型经济转型综合配套改革试验区`, `自贸试验区` after `中国(四川)自由贸易试验区`.
// Chinese abbreviates by keeping characters of the full name in order (综合配套改革 → 综改), under the same head.

import type { ProgramRef } from '../model.ts';

/** The shared head at least (`试验区`, `工程`): a one-character common end (`区`, `园`) joins unrelated names. */
const MIN_SHARED_END = 2;
/** Characters of the short form before the shared end: `综改` alone is too little to tell whose it is. */
const MIN_SHORT_MODIFIER = 3;

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Every character of `short` occurs in `full`, in order, as runs of which at least one is one character cut from
 *  a longer word (`综合配套改革` → `综改`, `自由贸易` → `自贸`). A short form that only leaves words out
 *  (`生态环境共建` of `生态环境共建共享`, `农村…示范资金` of `中央财政农村…示范补助资金`) names another program. */
function contracts(short: string, full: string): boolean {
  if (full.includes(short)) return false;
  let j = 0;
  let run = 0;
  let singles = 0;
  for (let i = 0; i < full.length && j < short.length; i++) {
    if (full[i] === short[j]) {
      j++;
      run++;
    } else if (run > 0) {
      if (run === 1) singles++;
      run = 0;
    }
  }
  if (run === 1) singles++;
  return j === short.length && singles >= 1;
}

/** True when `short` abbreviates `full`: same head, its words contracted to characters kept in order. */
export function abbreviates(short: string, full: string): boolean {
  if (short.length >= full.length || full.includes(short)) return false;
  const end = sharedEnd(short, full);
  if (end < MIN_SHARED_END || short.length - end < MIN_SHORT_MODIFIER) return false;
  return contracts(short.slice(0, short.length - end), full.slice(0, full.length - end));
}

/** What stands between a full name and the short form the document defines for it: `(以下简称大健康示范区)`. */
const DEFINITION = /^\s*[(（]\s*(?:以下)?简称\s*[“"]?$/;

/** True when the text defines `short` as the short form of `full` right after one of full's mentions: then it is that
 *  program whatever words it leaves out (`侗乡大健康产业示范区(以下简称大健康示范区)`). */
function definedAs(text: string, short: ProgramRef, full: ProgramRef): boolean {
  for (const f of full.spans)
    for (const s of short.spans)
      if (s.start > f.end && s.start - f.end <= 8 && DEFINITION.test(text.slice(f.end, s.start))) return true;
  return false;
}

/** Programs with the mentions of their abbreviations folded in, in order of first mention. */
export function foldAbbreviations(refs: ProgramRef[], text: string): ProgramRef[] {
  if (refs.length < 2) return refs;
  const dropped = new Set<ProgramRef>();
  for (const s of refs) {
    // The full name the text defines the short form for; else the longest it abbreviates, of the same kind.
    let into: ProgramRef | null = null;
    for (const f of refs) {
      if (f === s || dropped.has(f) || f.kind !== s.kind) continue;
      if (definedAs(text, s, f)) {
        into = f;
        break;
      }
      if (!abbreviates(s.name, f.name)) continue;
      if (!into || f.name.length > into.name.length) into = f;
    }
    if (!into) continue;
    for (const m of s.mentions) if (!into.mentions.includes(m)) into.mentions.push(m);
    into.spans.push(...s.spans);
    into.spans.sort((a, b) => a.start - b.start);
    dropped.add(s);
  }
  if (dropped.size === 0) return refs;
  return refs.filter((r) => !dropped.has(r)).sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
