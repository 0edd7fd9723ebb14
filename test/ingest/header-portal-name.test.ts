// test/ingest/header-portal-name.test.ts — a portal prints its own name over its menu or breadcrumb, then the
// document: the portal's name is page chrome, never the document's issuer (the title's or the signature's organ is).

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

describe("a portal's name over its breadcrumb is not the issuer", () => {
  test.each([
    [
      'a county portal, a department reply',
      '无障碍浏览 长者模式\n大姚县人民政府\n首页 >> 新闻信息 >> 部门动态 >> 正文\n\n大姚县交通运输局关于对县十七届人大六次会议第53号建议办理情况的答复\n\n日期:2021/11/18\n\n李正英等代表:\n\n你们的建议很好。\n\n大姚县交通运输局\n\n2021年6月28日\n',
      '大姚县交通运输局',
    ],
    [
      'a city portal with a menu line',
      '某某说明\n宜宾市人民政府\n首页 | 政务公开 | 通知公告\n\n宜宾市教育局关于做好2020年招生工作的通知\n\n各区县教育局:\n现将有关事项通知如下。\n',
      '宜宾市教育局',
    ],
    // An organ line right over the title, with nothing between, still names the issuer.
    [
      'an issuer line over a title without its organ',
      '巫山县人民政府\n森林防火封山令\n\n为切实做好森林防火工作,特发布本令。\n',
      '巫山县人民政府',
    ],
  ])('%s', (_name, text, issuer) => {
    expect(extractText(text).document.issuer).toBe(issuer);
  });
});

describe("a portal's name over a title that names its own organ is the site's banner", () => {
  test('set apart by a blank line, it joins no title and issues nothing; its agency is still a mention', () => {
    const text =
      '文山市人民政府\n\n文山市财政局对文山市第三届政协第三次会议第122号提案的答复\n\n信息来源:文山市财政局     发布日期:2019年06月28日\n\n民盟文山市基层委员会:\n\n你们提出的提案已交我们研究办理,现答复如下:\n';
    const e = extractText(text);
    expect({ title: e.document.title, issuer: e.document.issuer }).toEqual({
      title: '文山市财政局对文山市第三届政协第三次会议第122号提案的答复',
      issuer: '文山市财政局',
    });
    expect(e.agencies.find((a) => a.name === '文山市人民政府')?.roles).toEqual(['mentioned']);
  });

  test('joint issuers on consecutive lines stay one title', () => {
    const text =
      '中共重庆市委办公厅\n重庆市人民政府办公厅关于印发《重庆市乡村振兴责任制实施细则》的通知\n各区县(自治县)党委和人民政府:\n现将《细则》印发给你们。\n';
    expect(extractText(text).document.title).toBe(
      '中共重庆市委办公厅重庆市人民政府办公厅关于印发《重庆市乡村振兴责任制实施细则》的通知',
    );
  });
});
