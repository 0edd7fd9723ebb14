// graph/pinyin.ts — pinyin forms of Chinese names for search (`kejiju`, `kjj` → 市科技局).
// Computed once at write time and stored on the node, so search is an indexed CONTAINS, not a conversion per query.

import { pinyin } from 'pinyin-pro';

export interface PinyinForms {
  /** Full pinyin without tones or spaces, lower case (`chongqingshikexuejishuju`). */
  full: string;
  /** First letters of each syllable (`cqskxjsj`); Latin letters and digits in the name are kept as they are. */
  initials: string;
}

/** Names repeat a lot across documents (agencies, popular titles): convert each distinct string once. */
const cache = new Map<string, PinyinForms>();
const CACHE_LIMIT = 200_000;

/** Only letters and digits survive in the pinyin forms: punctuation and brackets never help a search. */
const NOT_ALNUM = /[^a-z0-9]/g;

export function pinyinForms(name: string): PinyinForms {
  const hit = cache.get(name);
  if (hit) return hit;
  // One syllable per Chinese character; runs of other characters stay whole (nonZh: 'consecutive') and are
  // recognised because they appear literally in the name (a pinyin syllable never does in a Chinese name).
  const parts = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const full = parts.join('').toLowerCase().replace(NOT_ALNUM, '');
  const initials = parts
    .map((p) => (name.includes(p) ? p : p.slice(0, 1)))
    .join('')
    .toLowerCase()
    .replace(NOT_ALNUM, '');
  const forms = { full, initials };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, forms);
  return forms;
}
