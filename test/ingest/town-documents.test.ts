// Towns' and sub-districts' own documents without a title line or an organ line: the town the text speaks as, the
// receiving body a disclosure report names, a publisher field beside a label the table does not read.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { issuerOfDocNumber } from '../../ingest/citations.ts';

describe('a text with no title that speaks as a town: the town it names, placed by the county it names', () => {
  test.each([
    [
      '根据晋安区人民政府防汛抗旱指挥部文件通知精神,为做好台风的防范与处置工作,结合我镇实际,制定了《鼓山镇防汛防台风应急预案》,经镇政府研究同意,现印发给你们,请认真贯彻执行。\n鼓山镇防汛防台风应急预案\n一、总则\n',
      '福州市晋安区鼓山镇人民政府',
    ],
    [
      '本年度报告根据《中华人民共和国政府信息公开条例》的有关规定编制。本报告所列统计数据期限自2022年1月1日起至12月31日止。受理机构为长春市南关区桃源街道办事处。办公地址位于桃源路。\n一、总体情况\n',
      '长春市南关区人民政府桃源街道办事处',
    ],
  ])('%s', (text, issuer) => {
    expect(extractText(text).document.issuer).toBe(issuer);
  });
  test('a text that does not speak as the town names no issuer by it', () => {
    const text = '为做好台风的防范与处置工作,晋安区组织鼓山镇、宦溪镇开展演练,现将有关情况通报如下。\n一、总体情况\n';
    expect(extractText(text).document.issuer).toBeNull();
  });
});

describe("a metadata row's 关键词 cell ends the publisher's value", () => {
  test('发文机关 马兰屯镇 关键词', () => {
    const d = extractText(
      '索引号 370405/2022-17286 主题分类 其他\n成文日期 2020-12-23 发布日期 2020-12-23\n发文机关 马兰屯镇 关键词\n发文字号 马政发〔2020〕32号 有效性 有效\n\n关于印发马兰屯镇全面实行“田长制”管理实施方案的通知\n\n各管区、镇直各部门、行政村:\n\n根据枣庄市台儿庄区自然资源局制定《台儿庄区全面实行“田长制”管理实施方案》,现决定在全镇范围内实行。\n',
    ).document;
    expect(d.issuer).toBe('枣庄市台儿庄区马兰屯镇人民政府');
  });
});

describe('a count before 街道办事处 is no part of a name', () => {
  test('东风、锦程两个街道办事处', () => {
    const x = extractText(
      '长春市绿园区人民政府关于调整街道行政区划的议案\n区人大常委会:\n请绿园区政府代其申请调整东风、锦程两个街道办事处区划。\n',
    );
    expect(x.agencies.map((a) => a.name).filter((n) => n.includes('两个'))).toEqual([]);
  });
});

describe("the Inner Mongolia Party committee's establishment office code", () => {
  test('内机编办发', () => {
    expect(issuerOfDocNumber('内机编办发〔2019〕105号')).toBe('中共内蒙古自治区委员会机构编制委员会办公室');
  });
});
