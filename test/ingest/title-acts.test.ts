// test/ingest/title-acts.test.ts — an amending or repealing decision cites the documents its own title acts on.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

type Want = Array<[title: string, relation: string]>;

function acts(text: string): Want {
  return extractText(text).citations.map((c) => [c.title ?? '', c.relation]);
}

describe("the titles an amending or repealing decision's own title names", () => {
  test.each<[string, string, Want]>([
    [
      'an amending decision whose body lists the rules without 《》',
      '海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定\n(2004年2月26日海南省人民政府令第171号公布 自公布之日起施行)\n省人民政府决定修改下列30件规章:\n一、将第十条修改为:\n',
      [['海南省城市市容和环境卫生管理办法', 'amends']],
    ],
    [
      'a repealing decision naming two rules',
      '某市人民政府关于废止《某市城市市容管理办法》和《某市生活垃圾分类管理办法》的决定\n市政府决定废止上述规章。\n',
      [
        ['某市城市市容管理办法', 'repeals'],
        ['某市生活垃圾分类管理办法', 'repeals'],
      ],
    ],
    [
      'a notice that issues a document does not cite it',
      '某市人民政府关于印发《某市营商环境优化提升工作方案》的通知\n各区县人民政府:\n现将方案印发给你们。\n',
      [],
    ],
  ])('%s', (_name, text, want) => {
    expect(acts(text)).toEqual(want);
  });

  test('a title the body cites too is one citation, with the evidence of the title line', () => {
    const x = extractText(
      '内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区人民代表大会常务委员会工作条例》等2件地方性法规的决定\n决定对《内蒙古自治区人民代表大会常务委员会工作条例》作如下修改:\n',
    );
    const c = x.citations.filter((c) => c.title === '内蒙古自治区人民代表大会常务委员会工作条例');
    expect(c).toHaveLength(1);
    expect(c[0]!.relation).toBe('amends');
  });
});

describe('a publication note whose opening parenthesis was lost, and 自公布之日起施行 dated by it', () => {
  test('the order is the own number; the day of its 公布 is the day of effect', () => {
    const d = extractText(
      '中华人民共和国司法部\n\n海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定\n\n来源:中国政府法制信息网 发布时间:2004-11-12 14:01\n\n2004年2月16日海南省人民政府第30次常务会议审议通过  2004年2月26日海南省人民政府令第171号公布  自公布之日起施行)\n\n    为了贯彻实施行政许可法,省人民政府决定修改下列30件规章。\n',
    ).document;
    expect([d.docNumber, d.effectiveDate]).toEqual(['海南省人民政府令第171号', '2004-02-26']);
  });
});

describe('a title printed over two lines, the act on the first and the quoted title on the second', () => {
  test('国家税务总局关于修改 / 《…申请表》的公告', () => {
    const x = extractText(
      '国家税务总局关于修改\n《服务贸易等项目对外支付出具〈税务证明〉申请表》的公告\n国家税务总局公告2012年第54号\n现就申请表的修改问题公告如下:\n',
    );
    expect(x.citations.map((c) => [c.title, c.relation])).toEqual([
      ['服务贸易等项目对外支付出具〈税务证明〉申请表', 'amends'],
    ]);
  });
});
