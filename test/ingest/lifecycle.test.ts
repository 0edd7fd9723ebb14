// test/ingest/lifecycle.test.ts — effectiveDate, expiryDate and the trial flag from the document's own text.
import { clean } from '../../ingest/clean.ts';
import { parseHeader } from '../../ingest/header/index.ts';
import { addYearsMinusDay, findLifecycle, type LifecycleInput } from '../../ingest/lifecycle.ts';

/** The lifecycle stage as the pipeline runs it: the page metadata's date fields come from the header stage. */
function life(text: string, extra: Partial<LifecycleInput> = {}) {
  const { folded } = clean(text);
  const h = parseHeader(text, folded);
  const fields = {
    effectiveDate: h.effectiveDate,
    effective: h.effectiveField,
    expiryDate: h.expiryDate,
    expiry: h.expiryField,
  };
  return findLifecycle({
    text,
    folded,
    title: null,
    writtenDate: null,
    signedDate: null,
    publishedDate: null,
    fields,
    ...extra,
  });
}

type Dates = [effective: string | null, expiry: string | null];
const dates = (text: string, extra: Partial<LifecycleInput> = {}): Dates => {
  const r = life(text, extra);
  return [r.effectiveDate, r.expiryDate];
};

describe('effectiveDate from a 施行 clause', () => {
  test.each<[string, Dates]>([
    ['第三十条 本办法自2021年1月1日起施行。', ['2021-01-01', null]],
    ['本规定自1996年10月1日起施行。', ['1996-10-01', null]],
    ['现予发布。自 2002年12月15日起实施。', ['2002-12-15', null]],
    ['本通知自二〇二二年三月一日起执行。', ['2022-03-01', null]],
    ['(1996年9月26日上海市第十届人民代表大会常务委员会第三十次会议通过 1996年10月1日起施行)', ['1996-10-01', null]],
    ['本意见自2023年5月1日起生效。', ['2023-05-01', null]],
    ['本办法自2021年3月1日起试行,有效期2年。', ['2021-03-01', '2023-02-28']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));

  test('自印发之日起施行 → the writtenDate, else the signedDate, else the publishedDate', () => {
    const text = '本方案自印发之日起施行。';
    expect(dates(text, { writtenDate: '2023-07-27', signedDate: '2023-07-20', publishedDate: '2023-07-30' })[0]).toBe(
      '2023-07-27',
    );
    expect(dates(text, { signedDate: '2023-07-20', publishedDate: '2023-07-30' })[0]).toBe('2023-07-20');
    expect(dates('本决定自发布之日起施行。', { publishedDate: '2018-09-30' })[0]).toBe('2018-09-30');
    expect(dates('本办法自公布之日起施行。')[0]).toBeNull(); // no date of its own known
  });

  test('the clause that fixes the date is the evidence', () => {
    const r = life('附件略。\n本办法自2021年1月1日起施行,有效期5年。');
    expect(r.lifecycle.effective!.text).toBe('自2021年1月1日起施行');
    expect(r.lifecycle.expiry!.text).toBe('有效期5年');
  });
});

describe('effectiveDate from a law-database field when the text has no clause', () => {
  test.each<[string, Dates]>([
    ['状态:有效 发布日期:2011-02-27 生效日期: 2011-02-27', ['2011-02-27', null]],
    ['【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规', ['2017-03-01', null]],
    ['【字号】渝商务函〔2022〕211号•【施行日期】2022.05.12•【时效性】现行有效', ['2022-05-12', null]],
    ['实施日期:2007-01-29,发布日期:2007-01-29', ['2007-01-29', null]],
    ['发布日期:2018年03月27 生效日期:2018年03月27', ['2018-03-27', null]],
    ['发布日期 2023-06-09 生效日期 2023-06-10', ['2023-06-10', null]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));

  test("the text's own clause wins over the database field", () => {
    expect(
      dates('状态:有效 发布日期:2000-12-25 生效日期: 2000-12-25\n现将《细则》印发你们,自2001年1月1日起施行。')[0],
    ).toBe('2001-01-01');
  });
});

describe('expiryDate', () => {
  test.each<[string, Dates]>([
    ['本通知自2021年1月1日起施行,有效期至2025年12月31日。', ['2021-01-01', '2025-12-31']],
    ['本办法自2021年1月1日起施行,有效期5年。', ['2021-01-01', '2025-12-31']],
    ['本措施自2022年3月15日起施行,有效期为三年。', ['2022-03-15', '2025-03-14']],
    ['本意见自2020年2月29日起施行,有效期两年。', ['2020-02-29', '2022-02-28']],
    ['本方案有效期为2023年1月1日至2027年12月31日。', [null, '2027-12-31']],
    ['【生效日期】2017-03-01 【失效日期】2022-02-28', ['2017-03-01', '2022-02-28']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));

  test('effective + N years − 1 day', () => {
    expect(addYearsMinusDay('2021-01-01', 5)).toBe('2025-12-31');
    expect(addYearsMinusDay('2021-07-01', 3)).toBe('2024-06-30');
    expect(addYearsMinusDay('2020-02-29', 1)).toBe('2021-02-28');
  });
});

describe('not dates of effect or validity', () => {
  test.each<[string]>([
    ['(2023年1月31日第1次市政府常务会议通过)'],
    ['征求意见的时间为2022年12月15日到2023年1月15日。'],
    ['征集时间 自公告之日起至2025年10月30日。'],
    ['公示时间:2019年9月25日至27日。'],
    ['有 效 性: 有效 废止日期:'],
    ['1994年12月20日由省政府办公厅印发、自1995年1月1日起施行的《安徽省行政机关公文处理实施细则》同时废止。'],
    ['新修订的《重庆市科技创新促进条例》自2020年1月1日起施行。'],
    ['该条例自2019年10月1日起施行。'],
    ['决定从2013年10月1日起,实施节能环保汽车推广政策。'],
    ['自2022年起在我市实施财政支持普惠金融发展示范区奖补政策。'],
    ['全市有效期内高新技术企业总量达4222家。'],
    ['高新技术企业资格自颁发证书之日起有效期为三年。'],
  ])('%s', (text) => expect(dates(text, { writtenDate: '2023-01-01' })).toEqual([null, null]));
});

describe('trial flag from the own title', () => {
  test.each<[string | null, boolean]>([
    ['信息系统工程监理暂行规定', true],
    ['关于印发《重庆市科技型企业知识价值信用贷款改革试点办法(试行)》的通知', true],
    ['重庆市科研项目管理办法', false],
    [null, false],
  ])('%s → %s', (title, want) => expect(life('正文。', { title }).lifecycle.trial).toBe(want));
});

describe('subjects and objects of a 施行 clause', () => {
  test.each<[string, Dates]>([
    ['本规定于2019年3月1日起施行。', ['2019-03-01', null]],
    // `定于…起` fixes the day as 自 does; an old page may close the sentence with an ASCII full stop.
    ['现制订出《公路工程标准设计管理办法》,定于一九七八年四月一日起试行.', ['1978-04-01', null]],
    ['本办法有效期自2021年1月1日起至2025年12月31日。', [null, '2025-12-31']],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));
  test.each<[string]>([
    ['新修订的条例将于2021年3月1日起施行。'],
    ['自2022年1月1日起实施新的补贴标准。'],
    ['证书有效期至2025年12月31日。'],
  ])('%s → nothing', (text) => expect(dates(text)).toEqual([null, null]));
});
