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
