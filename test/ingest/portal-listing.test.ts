// test/ingest/portal-listing.test.ts — what a portal leaves above the document: a listing entry (a bullet, the title,
// the publication date on one line), a numbered menu, the date labels of older portals (添加时间, 上网时间).

import { extractText } from '../../ingest/extract.ts';

describe("a listing entry's bullet and date around the title", () => {
  test.each([
    [
      '当前位置: 首页 > 政务公开 > 政策文件 > 委内文件\n委内文件\n  • 市发展改革委 市商务局关于印发天津市某某实施方案的通知 2022-10-18\n\n      各有关单位:\n      现印发你们,请认真组织实施。\n      市发展改革委   市商务局\n      2022年9月20日',
      { title: '市发展改革委市商务局关于印发天津市某某实施方案的通知', publishedDate: '2022-10-18' },
    ],
    [
      '· 某县人民政府办公室关于做好防汛工作的通知 2021-6-3\n各乡镇人民政府:\n现就有关事项通知如下。',
      { title: '某县人民政府办公室关于做好防汛工作的通知', publishedDate: '2021-06-03' },
    ],
    // A bullet before a line that ends with no kind of document is no listing entry.
    [
      '• 工作动态 2022-10-18\n某市人民政府关于某事的通知\n各区县:\n现通知如下。',
      { title: '某市人民政府关于某事的通知', publishedDate: null },
    ],
  ])('%s', (text, want) => {
    const d = extractText(text).document;
    expect({ title: d.title, publishedDate: d.publishedDate }).toEqual(want);
  });
});

describe('date labels of older portals', () => {
  test.each([
    [
      '名 称: | 对某提案的答复 | ||\n添加时间: | 2016-08-25 | 信息分类: | 政协提案办理 |\n你们提出的提案收悉。',
      '2016-08-25',
    ],
    ['标题:关于某事的通知\n上网时间:2012年3月5日\n各单位:\n现通知如下。', '2012-03-05'],
  ])('%s', (text, date) => {
    expect(extractText(text).document.publishedDate).toBe(date);
  });
});

describe("a site's numbered menu above the document is no title", () => {
  test('menu items ending like documents (规划) are passed over', () => {
    const e = extractText(
      '政府信息公开\n    1. 目录\n    2. 旗人民政府\n    3. 旗人民政府办公室\n    1. 国民经济和社会发展规划\n    2. 专项规划\n    3. 区域规划\n\n内蒙古自治区农牧厅关于印发《某某项目实施细则》《某某补助项目实施细则》的通知\n发布日期:2025-10-27 09:45\n各盟市农牧局,相关单位:\n  自治区农牧厅修订了《某某项目实施细则》《某某补助项目实施细则》,现印发给你们,请遵照执行。\n  内蒙古自治区农牧厅\n  2025年7月24日',
    );
    expect(e.document.title).toBe('内蒙古自治区农牧厅关于印发《某某项目实施细则》《某某补助项目实施细则》的通知');
    // Both documents the title issues are the text itself, not citations.
    expect(e.citations).toEqual([]);
  });
});
