// test/ingest/header-reply-foot.test.ts — the foot of a reply: its contact block (`联系单位:X`, `联系人:…`,
// `联系电话:…`) between the organ and the date, and a signature dated to the month only (`2021年4月`). The organ is the
// issuer either way; a month gives no signedDate.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

const reply = (foot: string) =>
  `关于县政协十一届三次会议第2024087号提案的答复\n鲁兵委员:\n您提出的《关于加强我县传统村落保护利用的建议》收悉。现将办理情况答复如下:\n` +
  `下一步,我局将结合第四次全国文物普查,摸清农村传统建筑底数。\n${foot}`;

describe("a reply's foot", () => {
  test.each([
    ['联系单位:灵璧县文化和旅游局\n联系电话:0557-6022140\n2024年7月30日\n', '灵璧县文化和旅游局', '2024-07-30'],
    ['灵璧县文化和旅游局\n2021年4月\n', '灵璧县文化和旅游局', null],
    [
      '领导署名:黄华安\n联 系 人:王颂捷\n联系电话:0591-87093776\n灵璧县文化和旅游局\n2021年4月\n',
      '灵璧县文化和旅游局',
      null,
    ],
    ['灵璧县文化和旅游局\n联系人:王颂捷\n联系电话:0591-87093776\n2024年7月30日\n', '灵璧县文化和旅游局', '2024-07-30'],
  ])('%s', (foot, issuer, signed) => {
    const d = extractText(reply(foot)).document;
    expect([d.issuer, d.signedDate]).toEqual([issuer, signed]);
  });

  test('a contact line alone names no organ', () => {
    expect(extractText(reply('联系人:王颂捷\n联系电话:0591-87093776\n2024年7月30日\n')).document.issuer).toBe(null);
  });
});
