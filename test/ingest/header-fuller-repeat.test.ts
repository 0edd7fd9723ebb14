// test/ingest/header-fuller-repeat.test.ts — a page heading that names the issuer short or only by its place
// (`[重庆]重庆市关于…`, a law database's re-titled heading), then the document's own title block with the organ in full,
// wrapped over several lines: the block is the title line (ANNOTATION.md), its organ the issuer. A heading that names
// no issuer at all keeps its own reading (the law database's heading is then the title).

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

describe("a database's heading over the document's own wrapped title block", () => {
  test('a region tag and a place-only heading', () => {
    const e = extractText(
      '[重庆]重庆市关于贯彻落实“十三五”促进民族地区和人口较少民族发展规划重点任务分工的通知\n2017-05-12 18:02:51\n\n' +
        '文件名称:[重庆]重庆市关于贯彻落实“十三五”促进民族地区和人口较少民族发展规划重点任务分工的通知\n\n' +
        '文件编号:渝府办发〔2017〕54号\n\n渝府办发〔2017〕54号\n\n重庆市人民政府办公厅关于\n\n贯彻落实“十三五”促进民族地区和\n\n' +
        '人口较少民族发展规划重点任务分工的通知\n\n各区县(自治县)人民政府,市政府各部门,有关单位:\n\n' +
        '为贯彻落实国务院《“十三五”促进民族地区和人口较少民族发展规划》(国发〔2016〕79号),现就重点任务分工通知如下。\n',
    );
    expect([e.document.title, e.document.issuer]).toEqual([
      '重庆市人民政府办公厅关于贯彻落实“十三五”促进民族地区和人口较少民族发展规划重点任务分工的通知',
      '重庆市人民政府办公厅',
    ]);
  });

  test('a heading without an issuer keeps its reading', () => {
    const e = extractText(
      '关于中央国家机关住宅专项维修资金交存有关问题的补充通知\n\n国管房改〔2011〕398号\n\n国务院机关事务管理局关于\n' +
        '中央国家机关住宅专项维修资金交存\n有关问题的补充通知\n\n中央国家机关各部门:\n现就有关问题补充通知如下。\n',
    );
    expect(e.document.title).toBe('关于中央国家机关住宅专项维修资金交存有关问题的补充通知');
  });
});
