// test/corpus/bodies.test.ts — the corpus holds replies of at least 15 municipal bodies and at least 10 districts or
// counties (issue 12), counted from the file names of corpus/SOURCES.tsv, and every Chongqing name is classified.
import { describe, expect, it } from 'vitest';
import { countBodies, isReply, SLUGS, sourceNames } from './bodies.ts';

describe('corpus bodies (from SOURCES.tsv names)', () => {
  const counts = countBodies(sourceNames());

  it('knows the slug of every Chongqing document name', () => {
    expect(counts.unknown).toEqual([]);
  });

  it('holds replies of at least 15 municipal bodies', () => {
    expect(
      counts.replies.municipalBodies.size,
      [...counts.replies.municipalBodies.keys()].join(' '),
    ).toBeGreaterThanOrEqual(15);
  });

  it('holds replies of at least 10 districts or counties', () => {
    expect(counts.replies.districts.size, [...counts.replies.districts.keys()].join(' ')).toBeGreaterThanOrEqual(10);
  });

  it('classifies names by their place and slug parts', () => {
    const c = countBodies([
      'cq-kjj-2024-0186-reply',
      'cq-kjj-2023-notice-tech-innovation-centers',
      'cq-qijiang-jw-2023-0289-reply',
      'cq-chengkou-whlyw-reply-0632-rural-tourism',
      'sc-guangyuan-lizhou-jyj-2024-0067-reply',
      'cq-nowhere-2020-0001-reply',
    ]);
    expect([...c.replies.municipalBodies]).toEqual([['kjj', 1]]);
    expect([...c.documents.municipalBodies]).toEqual([['kjj', 2]]);
    expect([...c.replies.districts].sort()).toEqual([
      ['chengkou', 1],
      ['qijiang', 1],
    ]);
    expect(c.unknown).toEqual(['cq-nowhere-2020-0001-reply']);
    expect(isReply('cq-fuling-jw-reply-0242-idle-schools')).toBe(true);
    expect(isReply('cq-gov-2018-report-env-review-opinion')).toBe(false);
  });

  it('keeps the slug lists disjoint', () => {
    const all = Object.values(SLUGS).flatMap((m) => Object.keys(m).filter((k) => !k.startsWith('_')));
    expect(new Set(all).size).toBe(all.length);
  });
});
