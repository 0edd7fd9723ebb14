// test/ingest/issuer-relative.test.ts — a city's or county's page prints its issuer relative to itself
// (`市人民政府办公厅关于…`): the own number's 机关代字 names the place, even where another jurisdiction's roster
// knows the same short form (Chongqing's `市政府办公厅`).

import { extractText } from '../../ingest/extract.ts';

describe('a relative issuer named by its own number', () => {
  test.each([
    [
      'a Guizhou city office, its page field in short form',
      '文 号: 筑府办函〔2020〕78号 发布机构: 市政府办公厅\n成文时间: 2020-09-15\n\n筑府办函〔2020〕78号\n\n市人民政府办公厅关于印发某某应急预案的通知\n\n各区、市、县人民政府,市政府有关工作部门:\n《某某应急预案》已经市政府研究同意,现印发给你们。\n\n2020年9月15日',
      { issuer: '贵阳市人民政府办公厅', agencies: ['贵阳市人民政府办公厅', '贵阳市人民政府'] },
    ],
    [
      'a Guangdong city government',
      '穗府〔2021〕5号\n\n市人民政府关于某事的通知\n\n各区人民政府,市政府各部门:\n经市政府同意,现通知如下。\n\n2021年3月1日',
      { issuer: '广州市人民政府', agencies: ['广州市人民政府'] },
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    expect({ issuer: e.document.issuer, agencies: e.agencies.map((a) => a.name) }).toEqual(want);
    expect(e.agencies[0]!.roles).toContain('issuer');
  });
});
