// test/ingest/agencies-party-groups.test.ts — a state organ's Party group (党组) that issues a document under the
// organ's code (`中共安徽省交通运输厅党组` over `皖交发〔2021〕63号`) is the issuer, an organ of its own; named in the body
// (`省农业农村厅党组审议`, `区科技局党组书记`) it is the organ acting or a person's title, as the annotated sets have it.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

const issued = (organLine: string) =>
  `发文机关${organLine}\n发文字号皖交发〔2021〕63号\n厅直各单位,厅机关各处室:\n` +
  `经厅党组会议审议同意,现将《关于深化交通运输法治政府部门建设的实施意见》印发给你们,请认真抓好落实。\n${organLine}\n2021年12月21日\n`;

describe("a Party group as the document's issuer", () => {
  test.each(['中共安徽省交通运输厅党组', '安徽省交通运输厅党组'])('%s', (organ) => {
    const e = extractText(issued(organ));
    expect(e.document.issuer).toBe('中共安徽省交通运输厅党组');
    expect(e.agencies.find((a) => a.roles.includes('issuer'))?.name).toBe('中共安徽省交通运输厅党组');
  });

  test('the organ itself under its code stays the issuer', () => {
    expect(extractText(issued('安徽省交通运输厅')).document.issuer).toBe('安徽省交通运输厅');
  });

  test('a Party group named in the body is the organ acting', () => {
    const e = extractText('经县级推荐、省级相关部门评选,省农业农村厅党组审议,拟推荐下列村镇为示范村镇。\n');
    expect(e.agencies.map((a) => a.name)).not.toContain('中共湖南省农业农村厅党组');
  });
});
