// test/ingest/agencies-central-renames.test.ts — central bodies before the 2008, 2013 and 2018 State Council reforms:
// a document names the body in force on its date (a 2011 document 国家安全生产监督管理总局, a 2020 one 应急管理部),
// and the generic words their names open (`建设部署`, `卫生部门`) are no bodies.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { found, type Row } from './agencies-fixture.ts';

const central = (date: string) => ({ jurisdiction: null, date });

const ROWS: Row[] = [
  // Before the 1998 reform: the commissions and ministries it renamed or merged, and a unit of one.
  {
    text: '国家教委办公厅关于教材审定的通知\n国家科委、劳动部、邮电部、地矿部、国家环保局、广电部、国家体委参加。',
    setup: { ...central('1993-03-15'), issuer: ['国家教委办公厅'] },
    expect: {
      国家教育委员会办公厅: ['issuer'],
      国家科学技术委员会: ['mentioned'],
      劳动部: ['mentioned'],
      邮电部: ['mentioned'],
      地质矿产部: ['mentioned'],
      国家环境保护局: ['mentioned'],
      广播电影电视部: ['mentioned'],
      国家体育运动委员会: ['mentioned'],
    },
  },
  {
    text: '国家计委、财政部、国家国内贸易局联合通知,外经贸部配合。',
    setup: central('1998-06-01'),
    expect: {
      国家发展计划委员会: ['mentioned'],
      财政部: ['mentioned'],
      国家国内贸易局: ['mentioned'],
      对外贸易经济合作部: ['mentioned'],
    },
  },
  // A commission the 2003 reform dissolved, named by its short form.
  {
    text: '国家经贸委办公厅关于做好采购会筹备工作的通知\n国家经贸委会同外经贸部组织。',
    setup: { ...central('2002-03-01'), issuer: ['国家经贸委办公厅'] },
    expect: {
      国家经济贸易委员会办公厅: ['issuer'],
      国家经济贸易委员会: ['mentioned'],
      对外贸易经济合作部: ['mentioned'],
    },
  },
  {
    text: '国家环保总局、劳动和社会保障部参加。',
    setup: central('2005-06-01'),
    expect: { 国家环境保护总局: ['mentioned'], 劳动和社会保障部: ['mentioned'] },
  },
  {
    text: '安全监管总局、国家安监总局、质检总局、国家工商总局联合印发。',
    setup: central('2011-05-01'),
    expect: {
      国家安全生产监督管理总局: ['mentioned'],
      国家质量监督检验检疫总局: ['mentioned'],
      国家工商行政管理总局: ['mentioned'],
    },
  },
  {
    text: '安全监管总局、质检总局、国家工商总局联合印发。',
    setup: central('2020-05-01'),
    expect: { 应急管理部: ['mentioned'], 国家市场监督管理总局: ['mentioned'] },
  },
  {
    text: '环境保护部、环保部、国土资源部、农业部、文化部、国家旅游局、国家海洋局、国家林业局参加。',
    setup: central('2016-09-01'),
    expect: {
      环境保护部: ['mentioned'],
      国土资源部: ['mentioned'],
      农业部: ['mentioned'],
      文化部: ['mentioned'],
      国家旅游局: ['mentioned'],
      国家海洋局: ['mentioned'],
      国家林业局: ['mentioned'],
    },
  },
  {
    text: '环境保护部、国土资源部、农业部、文化部、国家旅游局、国家海洋局、国家林业局参加。',
    setup: central('2020-09-01'),
    expect: {
      生态环境部: ['mentioned'],
      自然资源部: ['mentioned'],
      农业农村部: ['mentioned'],
      文化和旅游部: ['mentioned'],
      国家林业和草原局: ['mentioned'],
    },
  },
  // Chains of renames: 卫生部 → 国家卫生计生委 (2013) → 国家卫生健康委 (2018); 国家食品药品监督管理局 → 总局 → 国家药监局.
  {
    text: '卫生部、国家食品药品监管局:',
    setup: central('2011-01-10'),
    expect: { 卫生部: ['mentioned'], 国家食品药品监督管理局: ['mentioned'] },
  },
  {
    text: '卫生部、国家食品药品监管局:',
    setup: central('2015-01-10'),
    expect: { 国家卫生和计划生育委员会: ['mentioned'], 国家食品药品监督管理总局: ['mentioned'] },
  },
  {
    text: '国家卫生计生委、国家食品药品监管总局:',
    setup: central('2021-01-10'),
    expect: { 国家卫生健康委员会: ['mentioned'], 国家药品监督管理局: ['mentioned'] },
  },
  {
    text: '广电总局、国家新闻出版广电总局:',
    setup: central('2015-06-01'),
    expect: { 国家新闻出版广电总局: ['mentioned'] },
  },
  { text: '广电总局发布。', setup: central('2010-06-01'), expect: { 国家广播电影电视总局: ['mentioned'] } },
  { text: '经新闻出版总署同意。', setup: central('2010-06-01'), expect: { 新闻出版总署: ['mentioned'] } },
  { text: '经新闻出版总署同意。', setup: central('2015-06-01'), expect: { 国家新闻出版广电总局: ['mentioned'] } },
  { text: '经新闻出版总署同意。', setup: central('2021-06-01'), expect: { 国家新闻出版署: ['mentioned'] } },
  { text: '广电总局发布。', setup: central('2022-06-01'), expect: { 国家广播电视总局: ['mentioned'] } },
  // 交通部 (2008) and 铁道部 (2013) into 交通运输部; a dissolved ministry's internal bureau is a body of its own.
  {
    text: '铁道部、交通部联合下发。',
    setup: central('2005-03-01'),
    expect: { 铁道部: ['mentioned'], 交通部: ['mentioned'] },
  },
  {
    text: '经铁道部运输局、铁道部财务司同意。',
    setup: central('2010-03-01'),
    expect: { 铁道部运输局: ['mentioned'], 铁道部财务司: ['mentioned'] },
  },
  { text: '交通部公路司组织实施。', setup: central('2006-03-01'), expect: { 交通部公路司: ['mentioned'] } },
  { text: '铁道部、交通部联合下发。', setup: central('2016-03-01'), expect: { 交通运输部: ['mentioned'] } },
  // 2008: 人事部 and 劳动保障部 into 人社部, 建设部 into 住建部; 监察部 into 国家监委 (2018); 国务院法制办 into 司法部.
  {
    text: '人事部、劳动保障部、建设部、监察部、国务院法制办:',
    setup: central('2006-03-01'),
    expect: {
      人事部: ['mentioned'],
      劳动和社会保障部: ['mentioned'],
      建设部: ['mentioned'],
      监察部: ['mentioned'],
      国务院法制办公室: ['mentioned'],
    },
  },
  {
    text: '人事部、劳动保障部、建设部、监察部、国务院法制办:',
    setup: central('2019-03-01'),
    expect: {
      人力资源和社会保障部: ['mentioned'],
      住房和城乡建设部: ['mentioned'],
      国家监察委员会: ['mentioned'],
      司法部: ['mentioned'],
    },
  },
  {
    text: '国务院扶贫办、国务院三峡办、国务院南水北调办:',
    setup: central('2016-05-01'),
    expect: {
      国务院扶贫开发领导小组办公室: ['mentioned'],
      国务院三峡工程建设委员会办公室: ['mentioned'],
      国务院南水北调工程建设委员会办公室: ['mentioned'],
    },
  },
  {
    text: '国务院扶贫办、国务院三峡办、国务院南水北调办:',
    setup: central('2022-05-01'),
    expect: { 国家乡村振兴局: ['mentioned'], 水利部: ['mentioned'] },
  },
  {
    text: '银监会、保监会、电监会:',
    setup: central('2012-03-01'),
    expect: {
      中国银行业监督管理委员会: ['mentioned'],
      中国保险监督管理委员会: ['mentioned'],
      国家电力监管委员会: ['mentioned'],
    },
  },
  // Generic words that open with a former body's name.
  { text: '按照新农村建设部署,卫生部门和人事部署到位。', setup: central('2006-03-01'), expect: {} },
];

describe('central bodies before the State Council reforms, by date', () => {
  test.each(ROWS.map((r) => [`${r.setup?.date} ${r.text.slice(0, 30)}`, r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});

describe("names in force by the own number's year; a body named as the former one keeps its name", () => {
  test('a page printing no date is dated by its own number: a county bureau named by its 2023 name', () => {
    const text =
      '西乡县财政局关于对县十八届人大一次会议第78号建议的复函\n西财函〔2023〕8号\n张三代表:\n您提出的建议收悉。经与县交通局核实,市交通局已拨付专项资金。\n';
    const names = extractText(text).agencies.map((a) => a.name);
    expect(names).toContain('西乡县交通运输局');
    expect(names).not.toContain('西乡县交通局');
  });

  test('原国家科委 is the commission as it was, in the agencies and as the issuer of the title it issued', () => {
    const text =
      '科学技术部关于印发《技术合同认定规则》的通知\n国科发政字〔2001〕253号\n各省、自治区、直辖市科技厅:\n本规则自发布之日起施行。1990年7月27日原国家科委印发的《技术合同认定规则(试行)》同时废止。\n科学技术部\n二○○一年七月十八日\n';
    const e = extractText(text);
    expect(e.agencies.map((a) => a.name)).toContain('国家科学技术委员会');
    expect(e.citations.find((c) => c.title === '技术合同认定规则(试行)')?.issuer).toBe('国家科学技术委员会');
  });
});

describe("a central body written with the state's name", () => {
  test.each([
    ['中华人民共和国民政部关于重庆市简称的通知\n各省、自治区、直辖市民政厅(局):\n', '民政部'],
    ['中华人民共和国海关总署关于明确进口消耗性材料的通知\n各直属海关:\n', '海关总署'],
  ])('%s', (text, issuer) => expect(extractText(text).document.issuer).toBe(issuer));
});
