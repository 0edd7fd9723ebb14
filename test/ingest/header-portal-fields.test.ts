// test/ingest/header-portal-fields.test.ts — how a portal's labelled fields are read. Bullets that keep their labels, each
// label set off from its value by a blank (`• 发文字号 青政办字〔2022〕47号`): a labelled table, read field by field, so
// no value keeps its label (`发文字号青政办字…`, `主题分类应急管理`) and an index number of digits only is still one; a
// classification that names a kind of official document (`…;通知`) gives the genre.

import { describe, expect, test } from 'vitest';
import { clean } from '../../ingest/clean.ts';
import { parseHeader } from '../../ingest/header/index.ts';
import { extractText } from '../../ingest/extract.ts';

const header = (text: string) => parseHeader(text, clean(text).folded);

describe('bulleted labels with their values after a blank', () => {
  test("a city portal's table", () => {
    const h = header(
      '青岛市人民政府办公厅关于印发青岛市人防工程突发事件应急预案的通知\n字体大小: 打印\n' +
        '  • 索引号 2454669763925771519\n  • 主题分类 应急管理\n  • 成文日期 2022-08-26\n  • 发布日期 2022-08-26\n' +
        '  • 发文字号 青政办字〔2022〕47号\n  • 发文单位 青岛市人民政府办公厅\n  • 有效性 有效\n  • 1 总则\n\n1.1编制目的\n',
    );
    expect([h.indexNumber, h.docNumber, h.topics, h.writtenDate, h.publishedDate, h.issuerField?.text]).toEqual([
      '2454669763925771519',
      '青政办字〔2022〕47号',
      ['应急管理'],
      '2022-08-26',
      '2022-08-26',
      '青岛市人民政府办公厅',
    ]);
  });

  test('unlabelled bullets are still read by their forms', () => {
    const h = header(
      '  • 11500224745325555K/2024-00106\n  • 铜农委函〔2024〕85号\n  • 农业、畜牧业、渔业\n  • 2024-06-26\n  • 2024-06-27\n\n' +
        '重庆市铜梁区农业农村委员会关于区十九届人大三次会议第0047号建议办理情况的答复函\n',
    );
    expect([h.indexNumber, h.docNumber, h.writtenDate, h.publishedDate]).toEqual([
      '11500224745325555K/2024-00106',
      '铜农委函〔2024〕85号',
      '2024-06-26',
      '2024-06-27',
    ]);
  });
});

describe("a portal's classification that files the page under a kind of official document", () => {
  test.each([
    ['分  类: 农业、林业、水利;林业;通知', ['农业', '林业', '水利'], '通知'],
    // A plan is a subject as well as a kind of document: it stays among the topics.
    ['分  类: 国民经济发展规划、计划', ['国民经济发展规划', '计划'], null],
    ['分  类: 科技、教育', ['科技', '教育'], null],
  ])('%s', (line, topics, genre) => {
    const h = header(
      `索  引 号: 11220000013544357T/2021-01510\n${line}\n发文机关: 吉林省人民政府办公厅\n\n各市(州)人民政府:\n`,
    );
    expect([h.topics, h.genre]).toEqual([topics, genre]);
  });
});

describe('labels of a district portal: 备注/文号, 公文生成日期', () => {
  test('the number and the written date', () => {
    const h = header(
      '• 索 引 号:QZ02101-9000-2026-00012\n    • 备注/文号:泉丰政综〔2026〕19号\n    • 发布机构:区人民政府办公室\n    • 公文生成日期:2026-02-02\n' +
        '    泉州市丰泽区人民政府2025年政府信息公开工作年度报告\n\n一、总体情况\n',
    );
    expect([h.docNumber, h.writtenDate]).toEqual(['泉丰政综〔2026〕19号', '2026-02-02']);
  });
});

describe('a table flattened to rows of bars whose labels are spaced out', () => {
  test('the first row opens with its bar', () => {
    const h = header(
      '| 索 引 号 | 14258248/2025-00018 | 分 类 | 综合政务 | \n| 发布机构 | 连云区人民政府办公室 | 发文日期 | 2025-01-24 | \n' +
        '| 标 题 | 连云区人民政府办公室2024年政府信息公开工作年度报告 | ||\n连云区人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n',
    );
    expect([h.indexNumber, h.title, h.topics]).toEqual([
      '14258248/2025-00018',
      '连云区人民政府办公室2024年政府信息公开工作年度报告',
      ['综合政务'],
    ]);
  });
});

describe("a portal's search or tool label with a colon is no salutation", () => {
  test.each([
    ['信息检索:', '包头市人民政府关于印发城市群发展规划包头市行动计划的通知'],
    ['站内搜索:', '铜川市人民政府关于开展规范性文件清理工作的通知'],
  ])('%s above the title', (label, title) => {
    const text = `[] [English]\n首 页>>公开信息内容\n${label}\n${title}\n名  称: ${title}\n索 引 号: 011536003/2020-00158 文  号: 包府发〔2020〕54号\n发布日期: 2020年09月18日 成文日期: 2020年09月13日\n\n各旗、县、区人民政府:\n\n现将有关事项通知如下。\n`;
    const d = extractText(text).document;
    expect({ title: d.title, docNumber: d.docNumber, publishedDate: d.publishedDate }).toEqual({
      title,
      docNumber: '包府发〔2020〕54号',
      publishedDate: '2020-09-18',
    });
  });
});

describe("a portal's bulleted list: the title after a bullet, a zone named alone as the publisher", () => {
  const text =
    '• 信息索引号:\n\n    11330700MB10327095/2013-02249\n\n  • 文件名称:\n\n    金华开发区突发公共事件总体应急预案\n\n  • 发布机构:\n\n    金华经济技术开发区\n\n  • 成文日期:\n\n    2013-10-12\n\n  • 金华开发区突发公共事件总体应急预案\n\n    日期:2013-10-12 00:00:00 来源:金华市人民政府办公室 浏览量:\n\n    一、总则\n\n    (一)编制目的\n\n    建立预防为主、平战结合的突发事件应急工作体系。\n';
  test('the title without its bullet; the zone’s committee is the issuer, not the portal’s source office', () => {
    const d = extractText(text).document;
    expect({ title: d.title, issuer: d.issuer }).toEqual({
      title: '金华开发区突发公共事件总体应急预案',
      issuer: '金华经济技术开发区管理委员会',
    });
  });
});

describe("a place's regulation named in few words is a title", () => {
  test.each([
    [
      '张掖市立法条例\n索引号 | 6207250033/2025-00049 | 发文字号 | |\n张掖市立法条例\n(2016年11月13日张掖市第四届人民代表大会第一次会议通过)\n目 录\n第一章 总 则\n',
      '张掖市立法条例',
    ],
    // A menu entry of the same length is none.
    ['通知公告\n法规文件\n根据工作安排,现将有关事项通知如下。\n', null],
  ])('%s', (text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });
});

describe("a portal's column in 【】 before the title", () => {
  test.each([
    [
      '【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知',
      '滁州市人民政府关于2020年市政府重点工作及责任分解的通知',
    ],
    // A bracketed heading that no title with its subject follows stays as it is.
    ['【中华人民共和国国家标准化指导性技术文件】', null],
  ])('%s', (line, title) => {
    const d = extractText(
      `${line}\n\n    发布时间:2020-02-03 17:29\n\n    各县、市、区人民政府,市政府各部门:\n\n    现将有关事项通知如下。\n`,
    ).document;
    expect(d.title).toBe(title);
  });
});
