// test/ingest/agencies-distribute.test.ts — an organ written once after a list of places (`五华区、盘龙区、官渡区人民政府`)
// is each place's organ; district names in a prefecture city's document carry their city; older city departments.

import { describe, expect, test } from 'vitest';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // Places times a list of organ types is a class of recipients: no organ of the earlier places stands on its own.
  {
    text: '生态环境部关于印发方案的通知\n山西省、内蒙古自治区、山东省生态环境厅、高级人民法院、人民检察院:\n现印发给你们。',
    setup: {
      jurisdiction: null,
      issuer: ['生态环境部'],
      salutation: '山西省、内蒙古自治区、山东省生态环境厅、高级人民法院、人民检察院',
    },
    expect: {
      生态环境部: ['issuer'],
      山东省生态环境厅: ['addressee'],
      山东省高级人民法院: ['addressee'],
      山东省人民检察院: ['addressee'],
    },
  },
  // Provinces listed before one department: the earlier items share the last one's 省 when they leave it out.
  {
    text: '住房和城乡建设部办公厅关于开展试点工作的函\n湖南、广东、江苏省住房和城乡建设厅:\n现将有关事项函告如下。',
    setup: { jurisdiction: null, issuer: ['住房和城乡建设部办公厅'], salutation: '湖南、广东、江苏省住房和城乡建设厅' },
    expect: {
      住房和城乡建设部办公厅: ['issuer'],
      湖南省住房和城乡建设厅: ['addressee'],
      广东省住房和城乡建设厅: ['addressee'],
      江苏省住房和城乡建设厅: ['addressee'],
    },
  },
  {
    text: '住房和城乡建设部办公厅关于开展试点工作的函\n湖南省、广东省住房和城乡建设厅:\n现将有关事项函告如下。',
    setup: { jurisdiction: null, issuer: ['住房和城乡建设部办公厅'], salutation: '湖南省、广东省住房和城乡建设厅' },
    expect: {
      住房和城乡建设部办公厅: ['issuer'],
      湖南省住房和城乡建设厅: ['addressee'],
      广东省住房和城乡建设厅: ['addressee'],
    },
  },
  {
    text: '昆明市人民政府关于加强管理的通知\n五华区、盘龙区、官渡区人民政府,市级各部门:\n请五华区政府牵头。',
    setup: { jurisdiction: '云南', date: '2005-01-01', issuer: ['昆明市人民政府'] },
    expect: {
      昆明市人民政府: ['issuer'],
      昆明市五华区人民政府: ['mentioned'],
      昆明市盘龙区人民政府: ['mentioned'],
      昆明市官渡区人民政府: ['mentioned'],
    },
  },
  {
    text: '黑河市人民政府关于加强管理的通知\n爱辉区人民政府,北安市、五大连池市人民政府:\n现通知如下。',
    setup: { jurisdiction: '黑龙江', date: '2009-01-01', issuer: ['黑河市人民政府'] },
    expect: {
      黑河市人民政府: ['issuer'],
      黑河市爱辉区人民政府: ['mentioned'],
      北安市人民政府: ['mentioned'],
      五大连池市人民政府: ['mentioned'],
    },
  },
  {
    text: '重庆市人民政府办公厅关于做好有关工作的通知\n请大渡口区、九龙坡区人民政府抓好落实。',
    setup: { jurisdiction: '重庆', date: '2020-01-01', issuer: ['重庆市人民政府办公厅'] },
    expect: {
      重庆市人民政府办公厅: ['issuer'],
      重庆市大渡口区人民政府: ['mentioned'],
      重庆市九龙坡区人民政府: ['mentioned'],
    },
  },
  // A relative 市 or a department list is no list of places.
  {
    text: '成都市人民政府关于做好有关工作的通知\n请市、区县人民政府和市财政局抓好落实。',
    setup: { jurisdiction: '四川', date: '2020-01-01', issuer: ['成都市人民政府'] },
    expect: { 成都市人民政府: ['issuer'], 成都市财政局: ['mentioned'] },
  },
];

describe("an organ after a list of places is each place's", () => {
  test.each(ROWS.map((r) => [r.text.split('\n')[1]!, r] as const))('%s', (_, row) =>
    expect(found(row)).toEqual(row.expect),
  );
});

// Departments of prefecture-level cities under older or local names, composed from the city and the organ as written.
const OLDER_CITY_DEPARTMENTS: Row[] = [
  {
    text: '黑河市人民政府关于加强管理的通知\n请黑河市房产局、市园林局配合。',
    setup: { jurisdiction: '黑龙江', date: '2005-01-01', issuer: ['黑河市人民政府'] },
    expect: { 黑河市人民政府: ['issuer'], 黑河市房产局: ['mentioned'], 黑河市园林管理局: ['mentioned'] },
  },
  {
    text: '濮阳市人民政府关于加强管理的通知\n请濮阳市市政园林管理局、市房管局配合。',
    setup: { jurisdiction: '河南', date: '2003-01-01', issuer: ['濮阳市人民政府'] },
    expect: { 濮阳市人民政府: ['issuer'], 濮阳市市政园林管理局: ['mentioned'], 濮阳市房产管理局: ['mentioned'] },
  },
  {
    text: '沈阳市人民政府关于加强管理的通知\n请沈阳市人民政府侨务办公室、市侨办配合。',
    setup: { jurisdiction: '辽宁', date: '1998-01-01', issuer: ['沈阳市人民政府'] },
    expect: { 沈阳市人民政府: ['issuer'], 沈阳市人民政府侨务办公室: ['mentioned'] },
  },
  {
    text: '重庆市人民政府关于加强管理的通知\n请市政府侨办配合,完善市政管理。',
    setup: { jurisdiction: '重庆', date: '2005-01-01', issuer: ['重庆市人民政府'] },
    expect: { 重庆市人民政府: ['issuer'], 重庆市人民政府侨务办公室: ['mentioned'] },
  },
];

// A scenic area's management committee is an organ like a development zone's, named as written.
OLDER_CITY_DEPARTMENTS.push(
  {
    text: '黑河市人民政府关于加强管理的通知\n请五大连池风景区管理委员会、市园林局配合。',
    setup: { jurisdiction: '黑龙江', date: '2005-01-01', issuer: ['黑河市人民政府'] },
    expect: { 黑河市人民政府: ['issuer'], 五大连池风景区管理委员会: ['mentioned'], 黑河市园林管理局: ['mentioned'] },
  },
  {
    text: '四川省人民政府关于加强管理的通知\n请九寨沟风景名胜区管理委员会、峨眉山风景名胜区管委会配合。',
    setup: { jurisdiction: '四川', date: '2010-01-01', issuer: ['四川省人民政府'] },
    expect: {
      四川省人民政府: ['issuer'],
      九寨沟风景名胜区管理委员会: ['mentioned'],
      峨眉山风景名胜区管理委员会: ['mentioned'],
    },
  },
  {
    text: '黄山市人民政府关于加强管理的通知\n由黄山风景区管委会负责。',
    setup: { jurisdiction: '安徽', date: '2010-01-01', issuer: ['黄山市人民政府'] },
    expect: { 黄山市人民政府: ['issuer'], 黄山风景区管理委员会: ['mentioned'] },
  },
);

describe('older city departments and scenic-area committees named as written', () => {
  test.each(OLDER_CITY_DEPARTMENTS.map((r) => [r.text.split('\n')[1]!, r] as const))('%s', (_, row) =>
    expect(found(row)).toEqual(row.expect),
  );
});

// A provincial commission written in full names its internal bureaus as agencies of their own; an abbreviated one does not.
const PROVINCIAL_BUREAUS: Row[] = [
  {
    text: '甘肃省卫生和计划生育委员会关于加强管理的通知\n请甘肃省卫生和计划生育委员会综合监督局配合。',
    setup: { jurisdiction: '甘肃', date: '2016-01-01', issuer: ['甘肃省卫生和计划生育委员会'] },
    expect: { 甘肃省卫生和计划生育委员会: ['issuer'], 甘肃省卫生和计划生育委员会综合监督局: ['mentioned'] },
  },
  {
    text: '四川省人民政府办公厅关于加强管理的通知\n经四川省发展和改革委员会价格监督检查局同意。',
    setup: { jurisdiction: '四川', date: '2012-01-01', issuer: ['四川省人民政府办公厅'] },
    expect: { 四川省人民政府办公厅: ['issuer'], 四川省发展和改革委员会价格监督检查局: ['mentioned'] },
  },
  {
    text: '甘肃省人民政府办公厅关于加强管理的通知\n请省卫生计生委医政医管局配合。',
    setup: { jurisdiction: '甘肃', date: '2016-01-01', issuer: ['甘肃省人民政府办公厅'] },
    expect: { 甘肃省人民政府办公厅: ['issuer'], 甘肃省卫生和计划生育委员会: ['mentioned'] },
  },
];

describe('internal bureaus of a provincial commission named in full', () => {
  test.each(PROVINCIAL_BUREAUS.map((r) => [r.text.split('\n')[1]!, r] as const))('%s', (_, row) =>
    expect(found(row)).toEqual(row.expect),
  );
});

// A zone's or special area's organs other than its committee, as written (or with the zone's own prefix where the
// roster lists the zone as a place: 重庆两江新区); a zone word alone names none, nor does 局面 end a name.
const ZONE_ORGANS: Row[] = [
  {
    text: '甘肃省卫生和计划生育委员会关于加强管理的通知\n请兰州新区卫生计生和食品药品监督管理局、甘肃矿区卫生和计划生育委员会配合。',
    setup: { jurisdiction: '甘肃', date: '2016-01-01', issuer: ['甘肃省卫生和计划生育委员会'] },
    expect: {
      甘肃省卫生和计划生育委员会: ['issuer'],
      兰州新区卫生计生和食品药品监督管理局: ['mentioned'],
      甘肃矿区卫生和计划生育委员会: ['mentioned'],
    },
  },
  {
    text: '重庆市人民政府办公厅关于加强管理的通知\n由两江新区管委会、两江新区财政局负责,新区建设局面临新任务。',
    setup: { jurisdiction: '重庆', date: '2021-01-01', issuer: ['重庆市人民政府办公厅'] },
    expect: {
      重庆市人民政府办公厅: ['issuer'],
      重庆两江新区管理委员会: ['mentioned'],
      重庆两江新区财政局: ['mentioned'],
    },
  },
  {
    text: '贵州省人民政府关于加强管理的通知\n经贵安新区社会事务管理局同意。',
    setup: { jurisdiction: '贵州', date: '2017-01-01', issuer: ['贵州省人民政府'] },
    expect: { 贵州省人民政府: ['issuer'], 贵安新区社会事务管理局: ['mentioned'] },
  },
];

describe('organs of a zone or special area as written', () => {
  test.each(ZONE_ORGANS.map((r) => [r.text.split('\n')[1]!, r] as const))('%s', (_, row) =>
    expect(found(row)).toEqual(row.expect),
  );
});
