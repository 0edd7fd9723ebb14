// test/ingest/issuer-by-code.test.ts — the own number's 机关代字 settles the document's issuer: it names the place of
// an issuer printed relative to itself (`市人民政府办公厅关于…`, even where another jurisdiction's roster knows the
// same short form), and with a signature that agrees it outweighs a page's label for the document.

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

describe("the code and the signature agree against a database's organ line", () => {
  test('a city office notice labelled with the government', () => {
    const d = extractText(
      '您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发某某实施细则的通知\n\n时间:2024-07-09 21:02:23 来源: 法律资料网\n\n关于印发某某实施细则的通知\n\n广东省东莞市人民政府\n\n\n东府办[2005]42号\n\n\n关于印发某某实施细则的通知\n\n\n各镇人民政府(区办事处),市府直属各单位:\n  《某某实施细则》业经市人民政府同意,现印发给你们。\n\n东莞市人民政府办公室\n二○○五年六月二十八日\n',
    ).document;
    expect([d.docNumber, d.issuer]).toEqual(['东府办〔2005〕42号', '东莞市人民政府办公室']);
  });
});

describe('a joint title names its lead issuer first, whatever organ a code read by its prefix names', () => {
  test('a Party working committee and a department', () => {
    const d = extractText(
      '中共安徽省委教育工委  安徽省教育厅\n关于印发《安徽省中小学教材管理实施细则》的通知(皖教工委〔2021〕25号)\n\n各市教育局:\n现将《安徽省中小学教材管理实施细则》印发给你们。\n中共安徽省委教育工委       安徽省教育厅\n2021年2月28日\n',
    ).document;
    expect(d.issuer).toBe('中共安徽省委教育工作委员会');
  });
});

describe('the issuer as written when no roster places it', () => {
  test("a page field's short form with no place names no agency of its own", () => {
    const e = extractText(
      '发布机构:政府办, 发文日期:2020年05月07日\n名    称:蔚县人民政府办公室关于印发《某某预案》的通知\n\n蔚县人民政府办公室关于印发《某某预案》的通知\n各乡镇人民政府:\n现将《某某预案》印发给你们。\n',
    );
    expect(e.agencies.map((a) => a.name)).not.toContain('政府办');
  });
  test("a zone's committee office issues in its own name", () => {
    const e = extractText(
      '重庆市万盛经开区管委会办公室关于印发2025年管委会工作报告目标任务分解方案的通知\n各镇人民政府,各街道办事处:\n现印发给你们。\n',
    );
    expect(e.document.issuer).toBe('重庆万盛经济技术开发区管理委员会办公室');
  });
});

describe("a code no list holds, composed of the header's place and the government's word", () => {
  test.each<[string, string, string | null]>([
    [
      "a district office's notice: 营西政办发 (营口市 西市区 + 政办)",
      '当前位置:首页 > 政务公开\n\n营西政办发〔2023〕2号 关于做好2023年西市区政府系统建议提案办理工作的通知\n\n发布时间:2023-02-07\n\n区政府各部门:\n现将有关事项通知如下。',
      '营口市西市区人民政府办公室',
    ],
    [
      "a county government's notice: the county's own name and 政发",
      '盐池政发〔2017〕40号\n\n关于印发盐池县某某工作规则的通知\n\n各乡镇人民政府:\n现印发给你们。',
      '盐池县人民政府',
    ],
    [
      'a code whose abbreviation is not the place the title names',
      '渝府发〔2019〕9号\n\n关于支持万州区高质量发展的意见\n\n各区县人民政府:\n现提出如下意见。',
      '重庆市人民政府',
    ],
  ])('%s', (_, text, issuer) => {
    expect(extractText(text).document.issuer).toBe(issuer);
  });
});
