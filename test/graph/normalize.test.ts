// test/graph/normalize.test.ts — title and number normalization for cross-document identity (Chinese cases).
// Tables of real forms seen in the sample corpus and in GB/T 9704 practice.

import {
  docNumberCode,
  issuedPolicyTitle,
  normalizeDocNumber,
  primaryTitleKey,
  programKey,
  titleIdentityKey,
  titleKeys,
  withoutIssuerPrefix,
} from '../../graph/normalize.ts';
import { pinyinForms } from '../../graph/pinyin.ts';

describe('titleIdentityKey: one key whatever brackets, dashes, spaces and widths a title uses', () => {
  const same: [string, string][] = [
    // Dashes between years: — (cq-kjj-2023-0035), —— (cq-jlp-2022), ― (cq-jlp-2022 citation), ASCII and full-width hyphens.
    ['重庆市高质量孵化载体建设实施方案(2021—2025年)', '重庆市高质量孵化载体建设实施方案（2021——2025年）'],
    ['全民科学素质行动规划纲要(2021―2035年)', '全民科学素质行动规划纲要(2021-2035年)'],
    ['全民科学素质行动规划纲要(2021－2035年)', '全民科学素质行动规划纲要〔2021—2035年〕'],
    // Whitespace inside a title (line breaks in the source).
    ['关于完善科技成果评价机制的实施意见(试行)', '关于完善科技成果评价机制的 实施意见（试行）'],
    // Quotation marks carry no identity.
    ['重庆市“十四五”科技创新发展规划', '重庆市"十四五"科技创新发展规划'],
    // Full-width letters and digits.
    [
      '重庆市“十四五”时期重点发展的33条产业链关键重要技术需求',
      '重庆市“十四五”时期重点发展的３３条产业链关键重要技术需求',
    ],
    // Nested title marks.
    ['关于印发〈重庆市科研项目管理办法〉的通知', '关于印发《重庆市科研项目管理办法》的通知'],
  ];
  test.each(same)('%s = %s', (a, b) => expect(titleIdentityKey(a)).toBe(titleIdentityKey(b)));

  const different: [string, string][] = [
    ['重庆市促进科技成果转化条例', '中华人民共和国促进科技成果转化法'],
    ['重庆市科技创新促进条例', '重庆市促进科技成果转化条例'],
  ];
  test.each(different)('%s ≠ %s', (a, b) => expect(titleIdentityKey(a)).not.toBe(titleIdentityKey(b)));
});

describe('issuedPolicyTitle: 关于印发X的通知 issues X', () => {
  const table: [string, string | null][] = [
    ['关于印发重庆市进一步促进科技成果转化的实施细则的通知', '重庆市进一步促进科技成果转化的实施细则'],
    ['科技部关于印发《国家高新技术产业开发区综合评价指标体系》的通知', '国家高新技术产业开发区综合评价指标体系'],
    [
      '重庆市人民政府办公厅关于印发重庆市全民科学素质行动规划纲要实施方案(2021―2025年)的通知',
      '重庆市全民科学素质行动规划纲要实施方案(2021―2025年)',
    ],
    ['关于印发〈重庆市科研项目管理办法〉的通知', '重庆市科研项目管理办法'],
    ['丰都县科学技术局丰都县财政局关于印发《丰都县科研项目管理办法(试行)》的通知', '丰都县科研项目管理办法(试行)'],
    // Not issuing notices: a notice about work, a notice asking for a report, a consultation.
    ['关于开展2021年度全市科普统计调查工作的通知', null],
    ['重庆市科学技术局关于编报《2021年农业科技园区年度报告》的通知', null],
    ['四川省科学技术厅关于面向社会公开征求《四川省“十四五”技术要素市场专项规划(征求意见稿)》意见的公告', null],
    ['重庆市促进科技成果转化条例', null],
    // 转发 forwards a document that has its own issuer and number: not the same document.
    ['关于转发《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》的通知', null],
  ];
  test.each(table)('%s → %s', (title, policy) => expect(issuedPolicyTitle(title)).toBe(policy));

  test('the notice and the policy it issues share their primary key', () => {
    expect(primaryTitleKey('关于印发重庆市进一步促进科技成果转化的实施细则的通知')).toBe(
      primaryTitleKey('重庆市进一步促进科技成果转化的实施细则'),
    );
  });
});

describe('issuer prefixes: 国务院关于X is also known as 关于X', () => {
  test('withoutIssuerPrefix', () => {
    expect(withoutIssuerPrefix('国务院关于促进国家高新技术产业开发区高质量发展的若干意见')).toBe(
      '关于促进国家高新技术产业开发区高质量发展的若干意见',
    );
    expect(withoutIssuerPrefix('关于全面提升我市高校科技创新能力的意见')).toBeNull();
    expect(withoutIssuerPrefix('重庆市促进科技成果转化条例')).toBeNull();
  });
  test('titleKeys holds the title, the issued policy and the bare forms', () => {
    const keys = titleKeys('重庆市人民政府办公厅关于印发重庆市全民科学素质行动规划纲要实施方案(2021―2025年)的通知');
    expect(keys).toContain(titleIdentityKey('重庆市全民科学素质行动规划纲要实施方案(2021—2025年)'));
    expect(keys).toContain(titleIdentityKey('关于印发重庆市全民科学素质行动规划纲要实施方案(2021―2025年)的通知'));
  });
});

describe("normalizeDocNumber of a typed query: the extraction's normal form, or null for what is no number", () => {
  // The bracket forms are the extraction's rule (test/ingest/normalize.test.ts); here, what a user types.
  const table: [string, string | null][] = [
    [' 国科发区 〔2021〕 106号 ', '国科发区〔2021〕106号'],
    ['渝府办发（２０２１）１４２号', '渝府办发〔2021〕142号'],
    ['国家税务总局公告2012年第54号', '国家税务总局公告2012年第54号'],
    ['重庆市人民政府令第328号', '重庆市人民政府令第328号'],
    ['重庆市促进科技成果转化条例', null],
    ['142号', null],
    ['〔2021〕142号', null],
  ];
  test.each(table)('%s → %s', (raw, expected) => expect(normalizeDocNumber(raw)).toBe(expected));
  test('docNumberCode', () => {
    expect(docNumberCode('渝科局发〔2021〕43号')).toBe('渝科局发');
    expect(docNumberCode('粤发改投资规〔2022〕1号')).toBe('粤发改投资规');
  });
});

describe('program and pinyin keys', () => {
  test('quotes and widths do not make two programs', () => {
    expect(programKey('“科创资本通”平台')).toBe(programKey('科创资本通平台'));
    expect(programKey('ＯＴＣ专精特新板')).toBe(programKey('OTC专精特新板'));
  });
  const pinyin: [string, string, string][] = [
    ['重庆市科学技术局', 'chongqingshikexuejishuju', 'cqskxjsj'],
    ['市科技局', 'shikejiju', 'skjj'],
    ['OTC专精特新板', 'otczhuanjingtexinban', 'otczjtxb'],
    ['“科创资本通”平台', 'kechuangzibentongpingtai', 'kczbtpt'],
  ];
  test.each(pinyin)('%s → %s / %s', (name, full, initials) => expect(pinyinForms(name)).toEqual({ full, initials }));
});
