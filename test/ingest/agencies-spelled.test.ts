// test/ingest/agencies-spelled.test.ts — a document's own spelling of an organ's full name (issuer line, title,
// signature) is that organ's name in the document: its abbreviations resolve to it, not to another full form.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  {
    text: '盐池县教育体育局\n关于县政协提案的答复\n县教体局、盐池县教体局高度重视。',
    setup: { jurisdiction: '宁夏', issuer: ['盐池县教育体育局'] },
    expect: { 盐池县教育体育局: ['issuer', 'mentioned'], 政协盐池县委员会: ['mentioned'] },
  },
  {
    text: '涞源县文化广电和旅游局\n县文广旅局会同县财政局研究。',
    setup: { jurisdiction: '河北', issuer: ['涞源县文化广电和旅游局'] },
    expect: { 涞源县文化广电和旅游局: ['issuer', 'mentioned'], 涞源县财政局: ['mentioned'] },
  },
  // The spelling counts in a signature too; other organs of the place keep the data's full forms.
  {
    text: '关于加强校园体育工作的通知\n各学校:\n县教体局将组织检查,县卫健局配合。\n德清县教育体育局\n2021年3月1日',
    setup: { jurisdiction: '浙江', issuer: ['德清县教育体育局'] },
    expect: { 德清县教育体育局: ['issuer', 'mentioned'], 德清县卫生健康局: ['mentioned'] },
  },
  // A recognized issuer written with its own spelling of the organ type.
  {
    text: '重庆市綦江区人力资源社会保障局\n区人力社保局、区财政局研究。',
    setup: { issuer: ['重庆市綦江区人力资源社会保障局'] },
    expect: { 重庆市綦江区人力资源社会保障局: ['issuer', 'mentioned'], 重庆市綦江区财政局: ['mentioned'] },
  },
  // An issuer written by an abbreviation of its organ type is no spelling of its own.
  {
    text: '巫山县市场监管局\n县市场监管局、县财政局研究。',
    setup: { issuer: ['巫山县市场监管局'] },
    expect: { 重庆市巫山县市场监督管理局: ['issuer', 'mentioned'], 重庆市巫山县财政局: ['mentioned'] },
  },
  // A body mention of the variant, with no spelling of the document's own, takes the data's full form.
  {
    text: '平阴县人民政府\n县教育体育局、县财政局负责。',
    setup: { jurisdiction: '山东', issuer: ['平阴县人民政府'] },
    expect: { 平阴县人民政府: ['issuer'], 平阴县教育和体育局: ['mentioned'], 平阴县财政局: ['mentioned'] },
  },
  // Without the document's own spelling the data's full form stands; another organ's spelling does not bend it.
  {
    text: '平阴县人民政府\n县教体局负责。',
    setup: { jurisdiction: '山东', issuer: ['平阴县人民政府'] },
    expect: { 平阴县人民政府: ['issuer'], 平阴县教育和体育局: ['mentioned'] },
  },
  {
    text: '盐池县体育运动局\n县教体局负责。',
    setup: { jurisdiction: '宁夏', issuer: ['盐池县体育运动局'] },
    expect: { 盐池县体育运动局: ['issuer'], 盐池县教育和体育局: ['mentioned'] },
  },
];

describe("the document's own spelling of an organ", () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe('an organ the data cannot compose keeps its words, its place written as the gazetteer names it', () => {
  test.each([
    [
      '屏边县农业农村和科学技术局关于县人大第99号建议的答复\n李代表:\n您提出的建议收悉。',
      '屏边苗族自治县农业农村和科学技术局',
    ],
    [
      '南票区文化旅游和广播电视局关于区政协第77号提案的答复函\n齐委员:\n您提出的提案收悉。',
      '葫芦岛市南票区文化旅游和广播电视局',
    ],
    // An organ the data composes, spelled the document's way: the place still written as the gazetteer names it.
    ['文山州教育体育局关于州政协第172号提案的答复\n王委员:\n您提出的提案收悉。', '文山壮族苗族自治州教育体育局'],
  ])('%s', (text, issuer) => {
    const e = extractText(text);
    expect([e.document.issuer, e.agencies.find((a) => a.roles.includes('issuer'))?.name]).toEqual([issuer, issuer]);
  });
});
