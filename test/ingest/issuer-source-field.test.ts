// test/ingest/issuer-source-field.test.ts — a page that prints no title organ, no publisher field and no signature:
// the organ it names as its source (`来源:县民政局`) published the document and is its issuer. The source never
// outranks the text's own issuer, a website's name (`来源:重庆人大`) is no organ, and an empty `来源:` never takes the
// line below it as its value. A portal's own department named as the page's author (`作者:云县应急局`) is a source too.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

const reply = (sourceLine: string, title = '关于县十五届人大二次会议第0134号建议的答复', signature = '') =>
  `${title}\n\n${sourceLine}\n\n张伟代表:\n您提出的《关于加强养老服务的建议》收悉。现答复如下:\n` +
  `近年来,我局按照《昌黎县养老服务体系建设规划》要求,推进居家养老服务。\n\n感谢您对民政工作的关心和支持。\n${signature}`;

describe("the page's source as the issuer of a page that names none", () => {
  test.each([
    ['发布日期:2021年10月29日  来源:昌黎县民政局', '昌黎县民政局'],
    ['编稿时间: 2019-06-25 14:50 来源: 秦皇岛市民政局 浏览次数:', '秦皇岛市民政局'],
    ['[ 信息来源 ]昌黎县民政局', '昌黎县民政局'],
    // The portal's own department as the page's author (a reposting site's author is no organ).
    ['来源: 作者:昌黎县民政局  时间:2021-10-29 点击率:', '昌黎县民政局'],
    ['作者:法律资料网 时间:2024-07-12 11:58:51  浏览:8012', null],
    // A website's name, an account, a reposting site: no organ.
    ['日期:2023年09月27日 来源:重庆人大', null],
    ['发布日期:2021年10月29日  来源:本网', null],
    ['来源:m.055110.com 日期:2025-01-08', null],
  ])('%s', (line, issuer) => {
    expect(extractText(reply(line)).document.issuer).toBe(issuer);
  });

  test('the issuer read from the source is among the agencies, with the field as its evidence', () => {
    const e = extractText(reply('发布日期:2021年10月29日  来源:昌黎县民政局'));
    const a = e.agencies.find((x) => x.roles.includes('issuer'));
    expect([a?.name, a?.mentions]).toEqual(['昌黎县民政局', ['昌黎县民政局']]);
  });

  test('a relative source no place completes names no issuer', () => {
    expect(extractText(reply('来源:州政府办公室')).document.issuer).toBe(null);
  });

  test("the title's organ and the signature outrank the page's source", () => {
    const titled = reply('来源:昌黎县人民政府办公室', '昌黎县民政局关于县十五届人大二次会议第0134号建议的答复');
    expect(extractText(titled).document.issuer).toBe('昌黎县民政局');
    const signed = reply('来源:昌黎县人民政府办公室', undefined, '\n昌黎县民政局\n2021年10月20日\n');
    expect(extractText(signed).document.issuer).toBe('昌黎县民政局');
  });

  test('an empty source field does not take the next line for its value', () => {
    const text =
      '关于省十三届人大五次会议第1267号建议的答复\n\n发布时间:2021-09-14 来源:\n\n辽农建〔2021〕73号\n\n' +
      '杨道林代表:\n您提出的关于推进乡村振兴的建议收悉。现答复如下:\n一、加快农业现代化。\n';
    expect(extractText(text).document.docNumber).toBe('辽农建〔2021〕73号');
  });
});

describe('a source written relative to the district whose portal the page is on', () => {
  test.each([
    ['广元市利州区人民政府\n发布时间: 2021-12-16   来源: 区文化旅游和体育局', '广元市利州区文化旅游和体育局'],
    // 区 is a district's: a county's page names no district for it.
    ['昌黎县人民政府\n发布时间: 2021-12-16   来源: 区文化旅游和体育局', null],
  ])('%s', (head, issuer) => {
    const text = `${head}\n关于区九届人大一次会议第56号建议办理情况的复函\n\n王定金代表:\n您提出的建议收悉,现将办理情况函复如下:\n一、关于成立专班的建议\n`;
    expect(extractText(text).document.issuer).toBe(issuer);
  });
});
