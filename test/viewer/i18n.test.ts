// test/viewer/i18n.test.ts — the explorer's strings (viewer/src/strings.json + the formats in viewer/src/i18n.ts):
// every plain string stands in both languages, and the dictionary built from the two parts has no hole.
import texts from '../../viewer/src/strings.json';
import { t } from '../../viewer/src/i18n.ts';

function leaves(o: object, path = ''): [string, unknown][] {
  if (Array.isArray(o) || typeof o !== 'object' || o === null) return [[path, o]];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

test('every plain string is a pair [Chinese, English] of non-empty strings', () => {
  const bad = leaves(texts).filter(
    ([, v]) => !Array.isArray(v) || v.length !== 2 || v.some((s) => typeof s !== 'string' || s === ''),
  );
  expect(bad).toEqual([]);
});

test('the Chinese dictionary (the default) has a string or a format at every key', () => {
  const holes = leaves(t()).filter(([, v]) => typeof v !== 'string' && typeof v !== 'function');
  expect(holes).toEqual([]);
  expect(t().facts.kind).toBe('类别');
  expect(t().nodes(3)).toBe('3 个节点');
  expect(t().statusWords.inForceUnknown).not.toBe('');
});
