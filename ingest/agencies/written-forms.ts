// ingest/agencies/written-forms.ts — the ways documents write an organ type: its full name, the short forms the
// roster lists, and the shortenings the language applies to any organ name, so the roster need not list them: a
// commission's 委员会 cut to 委 (`城乡建设委员会` → `城乡建设委`), an office's 办公室 to 办 (`国防动员办`), and a 和 joining
// two words dropped (`人力资源和社会保障局` → `人力资源社会保障局`, `发展和改革委员会` → `发展改革委`).

import type { DepartmentJson } from './roster.ts';

/** A commission's 委员会 written 委, an office's 办公室 written 办 (`国防动员办公室` → `国防动员办`). */
const CUTS: ReadonlyArray<readonly [string, string]> = [
  ['委员会', '委'],
  ['办公室', '办'],
];
/** Shorter cut forms collide with other words (`管理委` of a zone, `区委` of a Party committee). */
const MIN_CUT_FORM = 4;
const GOVERNMENT = '政府';

/** `A和B…`: 和 between two words of at least two characters each (not `和平`, not inside a place name). */
const JOINED_WORDS = /^([\u4e00-\u9fa5]{2,})和([\u4e00-\u9fa5]{2,})$/;

function withoutJoiner(form: string): string | null {
  const m = JOINED_WORDS.exec(form);
  return m ? m[1]! + m[2]! : null;
}

/** Every written form of an organ type, full first; CPPCC committees keep their listed forms (`区委` is the Party's). */
export function writtenForms(dept: DepartmentJson): string[] {
  const forms = new Set([dept.full, ...dept.short]);
  if (dept.cppcc) return [...forms];
  for (const f of [dept.full, withoutJoiner(dept.full)]) {
    if (!f) continue;
    forms.add(f);
    for (const [ending, cutTo] of CUTS) {
      if (!f.endsWith(ending)) continue;
      // `人民政府办` would shadow the government in `市人民政府办理…`; its office's short forms are listed (`政府办`).
      if (f.slice(0, -ending.length).endsWith(GOVERNMENT)) continue;
      const cut = f.slice(0, -ending.length) + cutTo;
      if (cut.length >= MIN_CUT_FORM) forms.add(cut);
    }
  }
  return [...forms];
}
