// test/ingest/header.test.ts — metadata table layouts, title lines, salutation, signature and the last date.
import { clean } from '../../ingest/clean.ts';
import { extractText } from '../../ingest/extract.ts';
import { parseHeader } from '../../ingest/header/index.ts';

function header(text: string) {
  const { folded } = clean(text);
  return parseHeader(text, folded);
}

const TABLE = `[ 索引号 ] | 11500000MB15895317/2023-00159 | [ 发文字号 ] | 渝科局函〔2023〕349号 |
[ 主题分类 ] | 科技、教育 | [ 体裁分类 ] | 政协提案办理 |
[ 发布机构 ] | 市科技局 | ||
[ 成文日期 ] | 2023-07-27 | [ 发布日期 ] | 2023-07-28 |`;
const ONE_PER_LINE = `[ 索引号 ]
11500000009276281J/2023-00684
[ 发文字号 ]
渝经信复函〔2023〕373号
[ 主题分类 ]
工业
[ 体裁分类 ]
人大建议办理
[ 发布机构 ]
市经济信息委
[ 成文日期 ]
[ 发布日期 ]
2023-04-04`;
const INLINE = `[ 索引号 ] 11500000MB15895317/2022-00039 [ 发文字号 ] 渝科局函〔2022〕242号
[ 主题分类 ] 科技、教育 [ 体裁分类 ] 人大建议办理
[ 发布机构 ] 市科技局
[ 成文日期 ] 2022-07-12 [ 发布日期 ] 2022-07-12`;
const COLON = `标 题: | 科技部关于印发《国家高新技术产业开发区综合评价指标体系》的通知 | ||
索 引 号: | 306-18-2021-537 | 发文机构: | 科技部 |
成文日期: | 2021年04月22日 | 发布日期: | 2021年04月26日 |
发文字号: | 国科发火〔2021〕106号 | 有 效 性: | 有效 |`;
const BULLETS = `  • 索 引 号 : 008282882/2025-00273
  • 公文种类:
  • 发布机构:四川省人民政府
  • 成文日期:2025-09-28
  • 发布日期:2025-09-30
  • 文  号:川府发〔2025〕18号
  • 有 效 性 :有效
  • 废止日期:

四川省人民政府

关于印发《四川省人民政府工作规则》的通知`;
const FULL_WIDTH = `索　引　号：000014349/2021-00046　　主题分类：科技、教育
发文机关：国务院办公厅　　成文日期：２０２１年０７月１６日
标　　题：国务院办公厅关于完善科技成果评价机制的指导意见
发文字号：国办发〔２０２１〕２６号　　发布日期：２０２１年０７月１７日`;

describe('metadata table layouts', () => {
  test.each([
    [
      'four-line table',
      TABLE,
      {
        indexNumber: '11500000MB15895317/2023-00159',
        docNumber: '渝科局函〔2023〕349号',
        genre: '政协提案办理',
        topics: ['科技', '教育'],
        writtenDate: '2023-07-27',
        publishedDate: '2023-07-28',
        issuer: '市科技局',
      },
    ],
    [
      'one field per line, value on the next',
      ONE_PER_LINE,
      {
        indexNumber: '11500000009276281J/2023-00684',
        docNumber: '渝经信复函〔2023〕373号',
        genre: '人大建议办理',
        topics: ['工业'],
        writtenDate: null,
        publishedDate: '2023-04-04',
        issuer: '市经济信息委',
      },
    ],
    [
      'labels and values inline',
      INLINE,
      {
        indexNumber: '11500000MB15895317/2022-00039',
        docNumber: '渝科局函〔2022〕242号',
        genre: '人大建议办理',
        topics: ['科技', '教育'],
        writtenDate: '2022-07-12',
        publishedDate: '2022-07-12',
        issuer: '市科技局',
      },
    ],
    [
      'colon labels with spaced characters',
      COLON,
      {
        indexNumber: '306-18-2021-537',
        docNumber: '国科发火〔2021〕106号',
        genre: null,
        topics: [],
        writtenDate: '2021-04-22',
        publishedDate: '2021-04-26',
        issuer: '科技部',
      },
    ],
    [
      'bullet list',
      BULLETS,
      {
        indexNumber: '008282882/2025-00273',
        docNumber: '川府发〔2025〕18号',
        genre: null,
        topics: [],
        writtenDate: '2025-09-28',
        publishedDate: '2025-09-30',
        issuer: '四川省人民政府',
      },
    ],
    [
      'full-width colons, ideographic spaces and digits',
      FULL_WIDTH,
      {
        indexNumber: '000014349/2021-00046',
        docNumber: '国办发〔2021〕26号',
        genre: null,
        topics: ['科技', '教育'],
        writtenDate: '2021-07-16',
        publishedDate: '2021-07-17',
        issuer: '国务院办公厅',
      },
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect({
      indexNumber: h.indexNumber,
      docNumber: h.docNumber,
      genre: h.genre,
      topics: h.topics,
      writtenDate: h.writtenDate,
      publishedDate: h.publishedDate,
      issuer: h.issuerField?.text ?? null,
    }).toEqual(want);
    if (h.issuerField) expect(text.slice(h.issuerField.start, h.issuerField.end)).toBe(h.issuerField.text);
  });

  test('a metadata table printed under the text', () => {
    const h = header(
      `重庆市科学技术局关于开展工作的通知\n各有关单位:\n请按要求执行。\n重庆市科学技术局\n2023年4月28日\n${TABLE}`,
    );
    expect([h.indexNumber, h.docNumber, h.writtenDate, h.signedDate, h.issuerField?.text]).toEqual([
      '11500000MB15895317/2023-00159',
      '渝科局函〔2023〕349号',
      '2023-07-27',
      '2023-04-28',
      '市科技局',
    ]);
  });

  test('one-line page metadata: 颁布时间 and 发文单位', () => {
    const h = header('颁布时间:2022-03-28 18:00 发文单位:重庆市财政局\n各区县(自治县)财政局:\n为贯彻落实……');
    expect([h.publishedDate, h.issuerField?.text, h.title, h.salutationText]).toEqual([
      '2022-03-28',
      '重庆市财政局',
      null,
      '各区县(自治县)财政局',
    ]);
  });
});

describe('title lines', () => {
  test.each([
    [
      'one line with a space',
      '重庆市科学技术局 关于市政协六届一次会议第0035号提案的复函\n市政协民建界别:\n你们提出的……',
      '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函',
    ],
    [
      'three lines',
      '重庆市科学技术局\n关于市六届人大一次会议第1160号建议\n办理情况的答复函\n一、促进科技成果转移转化情况\n近年来,市科技局持续加强协作。',
      '重庆市科学技术局关于市六届人大一次会议第1160号建议办理情况的答复函',
    ],
    [
      'blank lines between',
      '重庆市教育委员会\n\n关于市六届人大一次会议\n\n第0776号建议办理情况的答复函\n\n一、前期工作推进情况',
      '重庆市教育委员会关于市六届人大一次会议第0776号建议办理情况的答复函',
    ],
    [
      'joint issuers and a masthead',
      '丰都县科学技术局行政规范性文件\n丰都县科学技术局\n丰都县财政局\n关于印发《丰都县科研项目管理办法(试行)》的通知\n丰科技发〔2024〕46号\n各乡镇人民政府、街道办事处:\n',
      '丰都县科学技术局丰都县财政局关于印发《丰都县科研项目管理办法(试行)》的通知',
    ],
    [
      'split before the quoted title',
      '2025-09-09 21:35:18来源:四川省人民政府网点击:684 次\n四川省人民政府关于印发\n《体系化推进科技创新和科技成果转化实施方案(2025—2027年)》的通知\n川府发〔2025〕17号\n各市(州)人民政府:\n',
      '四川省人民政府关于印发《体系化推进科技创新和科技成果转化实施方案(2025—2027年)》的通知',
    ],
    [
      'a column name glued before it',
      '重庆市科学技术局通知公告 关于开展2021年度全市科普统计调查工作的通知\n发布时间:2022-03-30 16:59:10\n关于开展2021年度全市科普统计调查工作的通知\n渝科普联办〔2022〕3号\n各有关市级部门:\n',
      '关于开展2021年度全市科普统计调查工作的通知',
    ],
    [
      'breadcrumbs and toolbars first',
      '首页>政务公开>建议提案办理 > 建议公开\n\n重庆市发展和改革委员会关于市六届人大一次会议第0367号建议办理情况的答复函\n\n日期: 2023-05-08\n字体:\n\n易先勇代表:\n\n您提出的……',
      '重庆市发展和改革委员会关于市六届人大一次会议第0367号建议办理情况的答复函',
    ],
    [
      'a plan without 关于',
      '重庆市大渡口区“十四五”科技创新规划\n重庆市大渡口区“十四五”科技创新规划\n重庆市大渡口区科学技术局\n2021年8月\n目 录\n“十四五”时期,是大渡口区抢抓新发展机遇的关键时期。',
      '重庆市大渡口区“十四五”科技创新规划',
    ],
    // A saved page prints the issuer in its menu above the metadata table and again above 关于: the title is built
    // from the lines after the table only, and an organ line repeated right below is one issuer.
    [
      'issuer in the menu and again after the table',
      '首页 > 政务公开 > 通知公告\n重庆市市场监督管理局\n' +
        INLINE +
        '\n重庆市市场监督管理局\n关于组织开展2024年度重庆市标准化试点示范项目申报工作的通知\n各区县(自治县)市场监管局:\n',
      '重庆市市场监督管理局关于组织开展2024年度重庆市标准化试点示范项目申报工作的通知',
    ],
    [
      'an organ line repeated by the title line',
      '重庆市市场监督管理局\n重庆市市场监督管理局关于开展2024年度计量器具专项监督检查的通知\n各区县(自治县)市场监管局:\n',
      '重庆市市场监督管理局关于开展2024年度计量器具专项监督检查的通知',
    ],
    ['no title before a salutation', '各区县(自治县)财政局:\n为贯彻落实党中央决策部署。', null],
    [
      'a sentence is never a title',
      '根据《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》(国发〔2020〕7号)',
      null,
    ],
  ])('%s', (_name, text, want) => expect(header(text).title).toBe(want));

  // 转发 notices: the agencies after 转发 wrote the forwarded document; only the forwarding body issued this one.
  test.each([
    [
      'issuer on the line above',
      '重庆市人民政府办公厅\n转发市科技局 市财政局关于进一步改革完善市级财政科研经费管理若干措施的通知\n渝府办发〔2021〕103号\n各区县(自治县)人民政府:\n',
      '重庆市人民政府办公厅转发市科技局市财政局关于进一步改革完善市级财政科研经费管理若干措施的通知',
      ['重庆市人民政府办公厅'],
    ],
    [
      'issuer on the title line',
      '四川省人民政府办公厅转发省发展改革委 省能源局关于加快推进充电基础设施建设意见的通知\n川办发〔2022〕5号\n各市(州)人民政府:\n',
      '四川省人民政府办公厅转发省发展改革委省能源局关于加快推进充电基础设施建设意见的通知',
      ['四川省人民政府办公厅'],
    ],
    [
      'one forwarded agency, no space',
      '重庆市人民政府办公厅\n转发市商务委关于进一步促进消费若干措施的通知\n各区县(自治县)人民政府:\n',
      '重庆市人民政府办公厅转发市商务委关于进一步促进消费若干措施的通知',
      ['重庆市人民政府办公厅'],
    ],
  ])('转发: %s', (_name, text, title, issuers) => {
    const h = header(text);
    expect([h.title, h.titleIssuers.map((m) => m.text)]).toEqual([title, issuers]);
  });

  test('the number line under the title and what a notice issues', () => {
    const h = header(
      '四川省人民政府\n\n关于印发《四川省人民政府工作规则》的通知\n\n川府发〔2025〕18号\n\n各市(州)人民政府:\n',
    );
    expect([h.numberLine, h.issued, h.titleIssuers.map((m) => m.text)]).toEqual([
      '川府发〔2025〕18号',
      ['四川省人民政府工作规则'],
      ['四川省人民政府'],
    ]);
  });
});

describe('salutation', () => {
  test.each([
    ['市政协民建界别:', '市政协民建界别'],
    ['周杭代表:', '周杭代表'],
    ['侯东德代表', '侯东德代表'],
    [
      '各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局,各国家高新区管委会:',
      '各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局,各国家高新区管委会',
    ],
    ['段红光委员：', '段红光委员'],
  ])('%s', (line, want) => {
    const text = `重庆市科学技术局关于市政协六届一次会议第0035号提案的复函\n${line}\n你们提出的《关于推进创新的建议》(第0035号提案)收悉。`;
    const h = header(text);
    expect(h.salutationText).toBe(want);
    expect(text.slice(h.salutation!.start, h.salutation!.end)).toBe(want);
  });
});

describe('signature block and the last date', () => {
  test.each([
    ['Arabic numerals', '正文内容。\n重庆市科学技术局\n2023年4月28日', '2023-04-28', ['重庆市科学技术局']],
    ['Chinese numerals', '正文内容。\n重庆市科学技术局\n二〇二三年四月二十八日', '2023-04-28', ['重庆市科学技术局']],
    [
      'letter-spaced issuer',
      '现印发给你们。\n科 技 部\n2021年4月22日\n[放大字体] | [关闭窗口] |',
      '2021-04-22',
      ['科 技 部'],
    ],
    [
      'joint issuers, a note after the date',
      '请遵照执行。\n丰都县科学技术局 丰都县财政局\n2024年12月16日\n(此件公开发布)\n丰都县科研项目管理办法(试行)\n第一章 总则',
      '2024-12-16',
      ['丰都县科学技术局', '丰都县财政局'],
    ],
    ['a damaged date', '特此函复。\n重庆市教育委员会\n2025427', '2025-04-27', ['重庆市教育委员会']],
    [
      'the date line itself carries a note',
      '特此通知。\n重庆市财政局\n2022年3月28日(此件主动公开)',
      '2022-03-28',
      ['重庆市财政局'],
    ],
    [
      'a seal note after the name',
      '特此函复。\n重庆市科学技术局（盖章）\n2023年4月28日',
      '2023-04-28',
      ['重庆市科学技术局'],
    ],
    // A signature dated to the month names its organ, though it gives no date.
    ['no day, no date', '规划正文。\n重庆市大渡口区科学技术局\n2021年8月', null, ['重庆市大渡口区科学技术局']],
  ])('%s', (_name, body, want, issuers) => {
    const text = `关于开展工作的通知\n各有关单位:\n${body}`;
    const h = header(text);
    expect(h.signedDate).toBe(want);
    expect(h.signatureIssuers.map((m) => m.text)).toEqual(issuers);
    for (const m of h.signatureIssuers) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('attachments', () => {
  test.each([
    [
      'a forwarded notice attached with its number first',
      '现将农业部办公厅《关于开展评估工作的通知》转发给你们。\n附件:农办计[2017]26号农业部办公厅关于开展评估工作的通知\n',
      '农办计[2017]26号',
    ],
    [
      'numbered items with the number after the name',
      '请遵照执行。\n附件:1.关于印发管理办法的通知(川办发〔2021〕3号)\n2.申报表\n',
      '川办发〔2021〕3号',
    ],
  ])('the number printed with an attachment is the document itself: %s', (_name, body, number) => {
    const text = `关于转发有关文件的通知\n各有关单位:\n${body}`;
    const at = text.indexOf(number);
    expect(header(text).excluded.some((s) => s.start <= at && at < s.end)).toBe(true);
  });

  test('附件 lists are documents of this text', () => {
    const h = header(
      '关于开展统计调查工作的通知\n各单位:\n请按要求填报。\n附件:1.2021年度重庆科普统计调查方案\n2.2021年度科普统计调查表.xlsx\n重庆市科普工作联席会议办公室\n2022年3月21日',
    );
    expect(h.attachments).toEqual(['2021年度重庆科普统计调查方案', '2021年度科普统计调查表']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Layouts of unseen pages (issue 7): one table per layout class, with variants from several provinces and levels.

function fields(text: string) {
  const h = header(text);
  return {
    title: h.title,
    docNumber: h.docNumber ?? h.numberLine,
    publishedDate: h.publishedDate,
    writtenDate: h.writtenDate,
    effectiveDate: h.effectiveDate,
    issuer: h.issuerField?.text ?? null,
    topics: h.topics,
  };
}

describe('a law database record run into its heading, labels with colons and blanks between their characters', () => {
  test('heading, organ, number and dates', () => {
    const d = extractText(
      `惠州市户外广告和招牌设置管理办法制定机关: 惠州市人民政府 效力级别: 地方政府规章 时 效 性: 现行有效 发布文号: 政府令第96号 公布日期: 2020.11.26 施行日期: 2021.01.01 题 注 : 2020年11月26日惠州市人民政府令第96号公布 第一条为加强户外广告和招牌设置管理,根据《中华人民共和国广告法》等有关法律、法规的规定,结合本市实际,制定本办法。${' 第二条本办法适用于本市行政区域。'.repeat(12)}\n`,
    ).document;
    expect([d.title, d.issuer, d.docNumber, d.publishedDate, d.effectiveDate]).toEqual([
      '惠州市户外广告和招牌设置管理办法',
      '惠州市人民政府',
      '政府令第96号',
      '2020-11-26',
      '2021-01-01',
    ]);
  });
});

describe("a database's heading, then the document's own title block under its organ's line", () => {
  test('the block is the title; the search prompt above is no salutation; a comma before the date on the number line', () => {
    const d = extractText(
      '返回主页\n本站域名(PC):www.example.com\n请输入法规标题中或罪名中连续关键字:\n(最高检)关于办理涉互联网金融犯罪案件有关问题座谈会纪要\n发布部门:最高人民检察院办公厅\n施行日期:2017/6/2\n\n                          最高人民检察院\n        关于办理涉互联网金融犯罪案件有关问题座谈会纪要\n\n            高检诉【2017】14号,2017年6月1日\n\n  互联网金融是金融与互联网相互融合形成的新型金融业务模式。\n',
    ).document;
    expect([d.title, d.docNumber, d.issuer]).toEqual([
      '最高人民检察院关于办理涉互联网金融犯罪案件有关问题座谈会纪要',
      '高检诉〔2017〕14号',
      '最高人民检察院',
    ]);
  });
  test("a report named after its organ keeps the page's heading", () => {
    const d = extractText(
      '重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告\n日期:2026-01-23\n\n重庆市武隆区双河镇人民政府办公室\n\n2025年政府信息公开工作年度报告\n\n一、总体情况\n',
    ).document;
    expect(d.title).toBe('重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告');
  });
});

describe("a portal's table whose rows open with a bare label before colon labels, the title given only in its 标题 field", () => {
  test('index number and publisher read; the organ opening the title is the issuer', () => {
    const d = extractText(
      '您现在的位置:首页 / 政务公开 / 公告公示\n信息索引号 115003820093257252/2020-03008 主题分类: 农业、畜牧业、渔业\n发布机构 合川区政府办公室 体裁分类: 公告公示\n有效性: 发布日期: 2020-11-20\n标题: 重庆市合川区农业农村委员会关于申报蚕桑首席专家项目的公示\n\n根据有关实施方案,现将申报情况公示如下。\n',
    ).document;
    expect([d.indexNumber, d.issuer, d.publishedDate]).toEqual([
      '115003820093257252/2020-03008',
      '重庆市合川区农业农村委员会',
      '2020-11-20',
    ]);
  });
});

describe('law-database pages', () => {
  // The whole record on one line in lenticular labels; the 字号 is the document's number, 施行日期 its date of effect.
  test.each([
    [
      'Chongqing commerce, one line',
      '重庆市商务委员会关于做好2022年外经贸发展专项资金申报工作的通知\n文章属性 •【制定机关】重庆市商务委员会 •【公布日期】2022.05.12 •【字号】渝商务函〔2022〕211号 •【施行日期】2022.05.12 •【效力等级】地方规范性文件 •【时效性】现行有效 •【主题分类】对外贸易\n各区县(自治县)商务主管部门:\n',
      {
        docNumber: '渝商务函〔2022〕211号',
        publishedDate: '2022-05-12',
        effectiveDate: '2022-05-12',
        issuer: '重庆市商务委员会',
      },
    ],
    [
      'Guangxi order, 发布文号 and 生效日期',
      '【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规\n广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号\n《广西壮族自治区土地整治办法》已经2016年11月18日自治区十二届人民政府第84次常务会议审议通过,现予发布,自2017年3月1日起施行。\n',
      // the document's own order number wins over the database's reading (which adds the year)
      {
        docNumber: '广西壮族自治区人民政府令第116号',
        publishedDate: '2016-12-06',
        effectiveDate: '2017-03-01',
        issuer: null,
      },
    ],
    [
      'no separators, the text running on after the record',
      `重庆市商务委员会关于做好2022年外经贸发展专项资金申报工作的通知\n文章属性【制定机关】重庆市商务委员会【公布日期】2022.05.12【字号】渝商务函〔2022〕211号【施行日期】2022.06.01【效力等级】地方规范性文件【时效性】现行有效【主题分类】对外贸易正文${'各区县(自治县)商务主管部门:为做好申报工作,现将有关事项通知如下。'.repeat(40)}`,
      {
        docNumber: '渝商务函〔2022〕211号',
        publishedDate: '2022-05-12',
        effectiveDate: '2022-06-01',
        issuer: '重庆市商务委员会',
      },
    ],
    [
      'Sichuan, 【公布日期】 with spaces in the label',
      '四川省科学技术厅关于印发《四川省科技计划项目管理办法》的通知\n【 制定机关 】四川省科学技术厅 【 公布日期 】2021.09.30 【 字号 】川科规〔2021〕6号 【 时效性 】现行有效\n各市(州)科技局:\n',
      { docNumber: '川科规〔2021〕6号', publishedDate: '2021-09-30', effectiveDate: null, issuer: '四川省科学技术厅' },
    ],
    [
      "a sharing site's collection heading above the record: another document's number; the record's subject before 正文",
      '渝人社发[2010]284号\n\n合集下载\n\n重庆市人力资源和社会保障局关于印发《某某工作程序》的通知文章属性•【制定机关】重庆市人力资源和社会保障局•【公布日期】2014.07.07•【字号】渝人社发〔2014〕141号•【施行日期】2014.07.07•【效力等级】地方规范性文件•【时效性】失效•【主题分类】军官转业安置正文重庆市人力资源和社会保障局关于印发《某某工作程序》的通知渝人社发〔2014〕141号各区县人力资源和社会保障局:现印发你们,请遵照执行。\n',
      { docNumber: '渝人社发〔2014〕141号', publishedDate: '2014-07-07', topics: ['军官转业安置'] },
    ],
  ])('%s', (_name, text, want) => expect(fields(text)).toMatchObject(want));

  // Labels followed by a blank or a line break instead of a colon (a database table flattened to text).
  test.each([
    [
      'foodmate: label, then value below or after blanks',
      '重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知 (渝市监发〔2023〕45号)\n发布单位\n重庆市市场监督管理局\n发布文号 渝市监发〔2023〕45号\n发布日期 2023-06-09 生效日期 2023-06-10\n有效性状态 废止日期 暂无\n各区县(自治县)市场监管局:\n',
      {
        title: '重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知',
        docNumber: '渝市监发〔2023〕45号',
        publishedDate: '2023-06-09',
        effectiveDate: '2023-06-10',
        issuer: '重庆市市场监督管理局',
      },
    ],
    [
      'a law portal: 状态 / 发布日期 / 生效日期 with colons, 发布部门, 发布文号',
      '湖北省人民政府办公厅关于分解落实《政府工作报告》的通知\n状态:有效 发布日期:2011-02-27 生效日期: 2011-02-27\n发布部门: 湖北省政府\n发布文号: 鄂政办发[2011]18号\n 各市、州、县人民政府,省政府各部门:\n',
      {
        docNumber: '鄂政办发〔2011〕18号',
        publishedDate: '2011-02-27',
        effectiveDate: '2011-02-27',
        issuer: '湖北省政府',
      },
    ],
    [
      'Shanxi: 发文机关 / 发布日期 with the 日 lost / 文号',
      '发文机关:山西省人民政府\n发布日期:2018年03月27\n生效日期:2018年03月27\n时效性 :现行有效\n文号 :晋政发〔2018〕13号\n各市、县人民政府:\n',
      {
        docNumber: '晋政发〔2018〕13号',
        publishedDate: '2018-03-27',
        effectiveDate: '2018-03-27',
        issuer: '山西省人民政府',
      },
    ],
    [
      'a portal table flattened without colons',
      '索引号 11500000009275780L/2024-00159 主题分类 其他\n发布机构 市政府办公厅 成文日期 2024-09-21\n标题 重庆市人民政府办公厅关于印发《重庆市促进低空经济发展行动方案》的通知\n发文字号 渝府办发〔2024〕74号 发布日期 2024-09-26\n\n重庆市人民政府办公厅\n\n关于印发《重庆市促进低空经济发展行动方案》的通知\n\n各区县(自治县)人民政府:\n',
      {
        title: '重庆市人民政府办公厅关于印发《重庆市促进低空经济发展行动方案》的通知',
        docNumber: '渝府办发〔2024〕74号',
        publishedDate: '2024-09-26',
        writtenDate: '2024-09-21',
        issuer: '市政府办公厅',
      },
    ],
  ])('%s', (_name, text, want) => expect(fields(text)).toMatchObject(want));

  test('a word that is a label inside a sentence is not a table', () => {
    const h = header('关于开展调查的通知\n各单位:\n日期 方面请按时报送,标题 应当准确。\n');
    expect([h.publishedDate, h.headerTitle]).toEqual([null, null]);
  });
});

describe('unlabelled bullet metadata', () => {
  test.each([
    [
      'Chongqing district, seven values',
      '您当前的位置:首页 >法定主动公开内容\n  • 11500224745325555K/2024-00106\n  • 铜农委函〔2024〕85号\n  • 农业、畜牧业、渔业\n  • 人大建议办理\n  • 铜梁区农业农村委\n  • 2024-06-26\n  • 2024-06-27\n重庆市铜梁区农业农村委员会关于区第十八届人民代表大会第四次会议第323号建议的复函\n曾德熙代表:\n',
      {
        indexNumber: '11500224745325555K/2024-00106',
        docNumber: '铜农委函〔2024〕85号',
        topics: ['农业', '畜牧业', '渔业'],
        genre: '人大建议办理',
        issuer: '铜梁区农业农村委',
        writtenDate: '2024-06-26',
        publishedDate: '2024-06-27',
      },
    ],
    [
      'Henan county, five values and a plan title',
      '• 005299478/2022-00137\n  • 新郑市卫生健康委员会\n  • 应急\n  • 2022-08-10\n新郑市突发公共事件医疗卫生救援应急预案\n\n1 总则\n\n1.1 编制目的\n',
      {
        indexNumber: '005299478/2022-00137',
        docNumber: null,
        topics: ['应急'],
        genre: null,
        issuer: '新郑市卫生健康委员会',
        writtenDate: null,
        publishedDate: '2022-08-10',
      },
    ],
    [
      'Ningxia district: a dashed publisher code, the organ twice, a validity value',
      '当前位置:首页 > 政府信息公开 > 建议提案办理情况\n\n  • 640104-107/2019-00169\n  • 兴庆区住房和城乡建设局\n  • 兴庆区住房和城乡建设局\n  • 有效\n  • 2019年07月26日\n关于兴庆区人大四届三次会议第16号建议的答复\n尊敬袁大金代表:\n',
      {
        indexNumber: '640104-107/2019-00169',
        docNumber: null,
        topics: [],
        genre: null,
        issuer: '兴庆区住房和城乡建设局',
        writtenDate: null,
        publishedDate: '2019-07-26',
      },
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect({
      indexNumber: h.indexNumber,
      docNumber: h.docNumber,
      topics: h.topics,
      genre: h.genre,
      issuer: h.issuerField?.text ?? null,
      writtenDate: h.writtenDate,
      publishedDate: h.publishedDate,
    }).toEqual(want);
  });

  test('the plan title under bullets stops at the first section heading', () => {
    expect(
      header(
        '• 005299478/2022-00137\n• 新郑市卫生健康委员会\n• 应急\n新郑市突发公共事件医疗卫生救援应急预案\n1 总则\n1.1 编制目的\n',
      ).title,
    ).toBe('新郑市突发公共事件医疗卫生救援应急预案');
  });

  test('labels and values on bullets of their own are a labelled table', () => {
    const h = header(
      '您当前的位置:首页/政务公开/建议提案办理\n  • 索引号\n  • 115000000092759914/2025-00565\n  • 主题分类\n  • 民政(社会管理)\n  • 体裁分类\n  • 政协提案办理\n  • 发布机构\n  • 市民政局\n  • 成文日期\n  • 2025-07-02\n  • 发布日期\n  • 2025-07-11\n  • 发文字号\n  • 渝民函〔2025〕237号\n重庆市民政局关于市政协六届三次会议第0222号提案答复的函\n民进市委会:\n',
    );
    expect([
      h.indexNumber,
      h.topics,
      h.genre,
      h.issuerField?.text,
      h.writtenDate,
      h.publishedDate,
      h.docNumber,
    ]).toEqual([
      '115000000092759914/2025-00565',
      ['民政(社会管理)'],
      '政协提案办理',
      '市民政局',
      '2025-07-02',
      '2025-07-11',
      '渝民函〔2025〕237号',
    ]);
  });

  test('a list of bullets in the text is not metadata', () => {
    const h = header('关于开展工作的通知\n• 加强组织领导\n• 强化资金保障\n• 做好宣传引导\n');
    expect([h.issuerField, h.topics, h.genre]).toEqual([null, [], null]);
  });
});

describe('page chrome is never the title, an issuer or the salutation', () => {
  test.each([
    [
      'county site name and back-to-top',
      '返回顶部\n子洲县人民政府网站\n县政府网站\n关于对政协子洲县第十届委员会第二次会议第14号提案的复函\n崔银雷委员:\n',
      '关于对政协子洲县第十届委员会第二次会议第14号提案的复函',
      '崔银雷委员',
    ],
    [
      'a breadcrumb ending with a colon',
      '您当前所在位置:\n\n广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知\n  • 来源:广安区人民政府\n  • 分享到:\n各街道办事处,区级各部门:\n',
      '广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知',
      '各街道办事处,区级各部门',
    ],
    [
      'toolbar words before the salutation',
      '重庆市南川区住房和城乡建设委员会关于区十八届人大四次会议第194号建议的答复函\n分享:\n打印:\n字号:\n尊敬的王永红代表\n首先,衷心感谢您。\n',
      '重庆市南川区住房和城乡建设委员会关于区十八届人大四次会议第194号建议的答复函',
      '尊敬的王永红代表',
    ],
    [
      'a site blurb with a quoted title and a masthead',
      '湖南省人民政府办公厅文件\n简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助。\n湘政办发〔2009〕24号\n湖南省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n各市州、县市区人民政府:\n',
      '湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知',
      '各市州、县市区人民政府',
    ],
    [
      '视力保护色 and 字号 in the page header',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n各县市区委、人民政府:\n',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
      '各县市区委、人民政府',
    ],
    [
      "labels of the page's links (部门解读:, 文件下载:) and the link to the document's interpretation",
      '部门解读:\n\n关于《重庆市武隆区人民政府办公室关于做好2024年度民生实事工作的通知》 政策解读\n\n一图读懂:\n\n文件下载:\n\n[ 发文字号 ] 武隆府办发〔2024〕6号\n\n重庆市武隆区人民政府办公室关于做好2024年全区民生实事工作的通知\n\n各街道办事处,各乡镇人民政府:\n为办好惠民实事,现就有关事项通知如下。\n',
      '重庆市武隆区人民政府办公室关于做好2024年全区民生实事工作的通知',
      '各街道办事处,各乡镇人民政府',
    ],
    [
      "a portal's welcome banner with its clock's label",
      '欢迎访问广西柳州融安县人民政府门户网站! 今日是:\n\n关于政协融安县第十三届委员会第三次会议第19号提案的答复\n\n来源: 融安县政法委管理组  |   发布日期: 2023-06-18 11:10\n\n覃玉琴等5位委员:\n\n    你们提出的提案收悉,现答复如下:\n',
      '关于政协融安县第十三届委员会第三次会议第19号提案的答复',
      '覃玉琴等5位委员',
    ],
  ])('%s', (_name, text, title, salutation) => {
    const h = header(text);
    expect([h.title, h.salutationText]).toEqual([title, salutation]);
  });
});

describe('the own number in the header', () => {
  test.each([
    [
      'number line with blanks and square brackets',
      '重庆市人民政府关于市政府规章解释权限和程序问题的通知\n渝办发 [1999] 54号\n各区县(自治县、市)人民政府:\n',
      '渝办发〔1999〕54号',
    ],
    [
      'closing bracket and 号 lost (district)',
      '日期:2023-05-17\n渝北商函〔202342\n重庆市渝北区商务委员会\n关于区政协十六届二次会议第148号提案的复函\n汤卫星委员:\n',
      '渝北商函〔2023〕42号',
    ],
    [
      'closing bracket and 号 lost (Sichuan district)',
      '广安区府办发〔202026\n广安市广安区人民政府办公室\n关于印发广安市广安区城市精细化管理实施细则的通知\n各街道办事处:\n',
      '广安区府办发〔2020〕26号',
    ],
    [
      'appended by the site to the title line',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n各县市区委:\n',
      '岳办发〔2017〕2号',
    ],
    [
      'appended with a blank',
      '重庆市市场监督管理局关于修订印发《重庆市食品经营许可管理实施办法》的通知 (渝市监发〔2023〕45号)\n各区县(自治县)市场监管局:\n',
      '渝市监发〔2023〕45号',
    ],
    [
      'an announcement numbered in its title',
      '沈阳市人民代表大会常务委员会办公室公告(第7号)\n时间:2022年12月06日\n  市十七届人大常委会第六次会议于2022年12月1日进行了初次审议。\n',
      '沈阳市人民代表大会常务委员会办公室公告第7号',
    ],
    [
      "a report's number line with its signer",
      '四川省人民政府关于2022年工作情况的报告\n川府〔2023〕5号        签发人:黄强\n国务院:\n',
      '川府〔2023〕5号',
    ],
    [
      'a number line with the date',
      '成都市科学技术局关于开展申报工作的通知\n成科字〔2023〕12号 2023年2月3日\n各区(市)县科技主管部门:\n',
      '成科字〔2023〕12号',
    ],
    [
      'no bracket at all stays unread',
      '城口县交通运输委员会关于县十八届人大五次会议第20250036号建议办理情况的答复函\n城交通函202517\n庞雪飞代表:\n',
      null,
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect(h.docNumber ?? h.numberLine).toBe(want);
  });
});

describe('titles of other layouts', () => {
  test.each([
    [
      'issuing verb without 关于 (joint Party and government offices)',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n各县市区委:\n',
      '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
      ['中共岳阳市委办公室岳阳市人民政府办公室'],
    ],
    [
      'joint issuers separated by a blank',
      '中共深圳市委 深圳市人民政府关于印发《深圳市建设中国特色社会主义先行示范区的行动方案》的通知\n各区委、区政府:\n',
      '中共深圳市委深圳市人民政府关于印发《深圳市建设中国特色社会主义先行示范区的行动方案》的通知',
      ['中共深圳市委', '深圳市人民政府'],
    ],
    [
      "a title of carrying out another body's document",
      '市政府贯彻国务院关于推进上海加快发展现代服务业的实施意见\n   沪府发〔2009〕25号\n各区、县人民政府:\n',
      '市政府贯彻国务院关于推进上海加快发展现代服务业的实施意见',
      ['市政府'],
    ],
    [
      'a region tag before the title',
      '[重庆]市农业委员会办公室转发农业部办公厅关于开展第一批国家农业可持续发展试验示范区评估确定工作的通知\n渝农办发〔2017〕78号\n涪陵区农委:\n',
      '[重庆]市农业委员会办公室转发农业部办公厅关于开展第一批国家农业可持续发展试验示范区评估确定工作的通知',
      ['市农业委员会办公室'],
    ],
    [
      'a page titled with the issued rules, the notice below',
      '信息系统工程监理暂行规定\n作者:法律资料网 时间:2024-07-09 10:10:29\n信息系统工程监理暂行规定\n信息产业部\n\n\n关于发布《信息系统工程监理暂行规定》的通知\n信部信(2002)570号\n各省、自治区、直辖市信息产业主管部门:\n',
      '关于发布《信息系统工程监理暂行规定》的通知',
      ['信息产业部'],
    ],
    [
      'the issuer printed above a repeat of the title',
      '关于中央国家机关住宅专项维修资金交存有关问题的补充通知\n作者:法律资料网 时间:2024-07-12 11:58:51\n关于中央国家机关住宅专项维修资金交存有关问题的补充通知\n国务院机关事务管理局\n\n\n关于中央国家机关住宅专项维修资金交存有关问题的补充通知\n国机房改〔2011〕236号\n中央国家机关各部门、各单位:\n',
      '关于中央国家机关住宅专项维修资金交存有关问题的补充通知',
      ['国务院机关事务管理局'],
    ],
    [
      'a draft title broken before its kind word, its qualifier below',
      '铜梁区促进农民工就近就业三年行动\n实施方案(2025-2027)\n(征求意见稿)\n为深入贯彻落实党中央决策部署,制定本方案。\n',
      '铜梁区促进农民工就近就业三年行动实施方案(2025-2027)(征求意见稿)',
      [],
    ],
    [
      'a database row with empty cells after the title',
      '政策法规详细信息\n黑龙江省人民政府办公厅关于做好省第十届劳动模范评选工作的通知 | |\n通知;规范性文件 | |\n实施日期:2007-01-29,发布日期:2007-01-29 | |\n大兴安岭地区行政公署,各市人民政府:\n',
      '黑龙江省人民政府办公厅关于做好省第十届劳动模范评选工作的通知',
      ['黑龙江省人民政府办公厅'],
    ],
  ])('%s', (_name, text, title, issuers) => {
    const h = header(text);
    expect([h.title, h.titleIssuers.map((m) => m.text)]).toEqual([title, issuers]);
  });

  test('a database row: its dates are read past the punctuation of the rows above', () => {
    const h = header(
      '黑龙江省人民政府办公厅关于做好评选工作的通知 | |\n通知;规范性文件 | |\n实施日期:2007-01-29,发布日期:2007-01-30 | |\n各市人民政府:\n',
    );
    expect([h.effectiveDate, h.publishedDate]).toEqual(['2007-01-29', '2007-01-30']);
  });

  test.each([
    [
      'a provincial portal',
      '江苏省人民政府办公厅发布进一步加大基础设施领域补短板力度的实施意见\n\n2019-03-25\n\n为认真贯彻党中央、国务院部署要求,制定本意见。\n',
      '2019-03-25',
    ],
    [
      'a bullet with the time of day',
      '广安市广安区人民政府办公室关于印发城市精细化管理实施细则的通知\n  • 2020-11-13 14:42\n  • 来源:广安区人民政府\n各街道办事处:\n',
      '2020-11-13',
    ],
  ])('a bare date under the title is the publication date: %s', (_name, text, want) =>
    expect(header(text).publishedDate).toBe(want),
  );

  test('a 转发 notice: the forwarded notice is the document itself', () => {
    const h = header('重庆市农业委员会办公室转发农业部办公厅关于开展示范区评估确定工作的通知\n各区县农委:\n');
    expect(h.issued).toEqual(
      expect.arrayContaining(['农业部办公厅关于开展示范区评估确定工作的通知', '关于开展示范区评估确定工作的通知']),
    );
  });
});

describe('a title issuing a document by any verb of issuing', () => {
  test.each([
    [
      '颁发',
      '关于颁发《公路工程标准设计管理办法》(试行)的通知\n各省交通局:\n现制订出《公路工程标准设计管理办法》,定于一九七八年四月一日起试行.\n',
    ],
    [
      '印发',
      '关于印发《公路工程标准设计管理办法》的通知\n各省交通局:\n现制订出《公路工程标准设计管理办法》,请遵照执行。\n',
    ],
  ])('%s: the issued document is no citation', (_verb, text) => {
    expect(header(text).issued).toContain('公路工程标准设计管理办法');
    expect(extractText(text).citations).toEqual([]);
  });
});

describe('run-in layouts (pages that lost their line breaks)', () => {
  const body =
    '为贯彻《国务院关于进一步推进长江三角洲地区改革开放和经济社会发展的指导意见》(国发[2008]30号),现提出如下实施意见。'.repeat(
      4,
    );
  test.each([
    [
      'title, number and date at the head of the only line',
      `浙江省人民政府贯彻国务院关于推进长江三角洲地区改革开放的实施意见 浙政发[2009]69号 2009-11-03 ${body}`,
      {
        title: '浙江省人民政府贯彻国务院关于推进长江三角洲地区改革开放的实施意见',
        docNumber: '浙政发〔2009〕69号',
        publishedDate: '2009-11-03',
      },
    ],
    [
      'the title repeated with the number glued on',
      `广东省人民政府门户网站\n广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知\n广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知粤府办〔2024〕9号各地级以上市人民政府,省政府各部门:${body}`,
      {
        title: '广东省人民政府办公厅关于印发《广东省知识产权领域改革方案》的通知',
        docNumber: '粤府办〔2024〕9号',
        publishedDate: null,
      },
    ],
    [
      'title and order number on one line',
      '【生效日期】2017-03-01\n广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号\n《广西壮族自治区土地整治办法》已经自治区人民政府常务会议审议通过,现予发布。\n',
      { title: '广西壮族自治区土地整治办法', docNumber: '广西壮族自治区人民政府令第116号', publishedDate: null },
    ],
  ])('%s', (_name, text, want) => expect(fields(text)).toMatchObject(want));

  test.each([
    [
      'organ and date after a sentence end',
      `各地级以上市人民政府:${'现印发给你们,请结合实际认真贯彻落实。'.repeat(3)}广东省人民政府办公厅2024年8月19日广东省知识产权领域改革方案为贯彻落实……`,
      '2024-08-19',
      ['广东省人民政府办公厅'],
    ],
    [
      'HTML paragraphs kept as text',
      '<p>各市、县人民政府:</p><p> 现将《实施方案》印发给你们,请认真组织实施。</p><p style="text-align: right;"> 山西省人民政府</p><p style="text-align: right;"> 2018年3月27日</p>',
      '2018-03-27',
      ['山西省人民政府'],
    ],
    [
      'an order signed by the head of government',
      '《广西壮族自治区土地整治办法》已经审议通过,现予发布,自2017年3月1日起施行。\n\n自治区主席 陈 武 2016年12月6日\n\n广西壮族自治区土地整治办法\n',
      '2016-12-06',
      [],
    ],
    [
      'a date line that lost its 年',
      '关于公开征求意见的公告\n请于2月18日前反馈。\n重庆市发展和改革委员会\n 20252月11日\n',
      '2025-02-11',
      ['重庆市发展和改革委员会'],
    ],
    [
      'organ and date after an attachment title, marked by the note under the date',
      '各项目实施单位:根据有关文件精神,现通知如下,请认真落实。附件:1.建设任务表2.绩效评价自查报告(提纲格式)重庆市涪陵区农业农村委员会2022年10月9日(此件公开发布)',
      '2022-10-09',
      ['重庆市涪陵区农业农村委员会'],
    ],
  ])('run-in signature: %s', (_name, text, date, issuers) => {
    const h = header(text);
    expect([h.signedDate, h.signatureIssuers.map((m) => m.text)]).toEqual([date, issuers]);
    for (const m of h.signatureIssuers) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('the order layout', () => {
  test.each([
    [
      'a ministry decision under its promulgating paragraph',
      '《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定\n\n《住房城乡建设部关于修改<房屋建筑和市政基础设施工程施工招标投标管理办法>的决定》已经2018年9月19日第4次部常务会议审议通过,现予发布,自发布之日起施行。\n\n住房城乡建设部部长 王蒙徽\n\n2018年9月28日\n\n住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定\n\n为贯彻落实国务院深化“放管服”改革的要求,决定作如下修改:\n',
      '住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定',
      ['住房城乡建设部'],
    ],
    [
      'a provincial government order',
      '《福建省河道保护管理条例实施办法》已经2021年5月20日省人民政府第80次常务会议通过,现予公布,自2021年7月1日起施行。\n省长 王宁\n2021年6月1日\n福建省河道保护管理条例实施办法\n第一条 为了加强河道保护,制定本办法。\n',
      '福建省河道保护管理条例实施办法',
      [],
    ],
  ])('%s', (_name, text, title, issuers) => {
    const h = header(text);
    expect([h.title, h.titleIssuers.map((m) => m.text)]).toEqual([title, issuers]);
    // the promulgated title in 《》 is the document itself: excluded, so never a citation
    const open = text.lastIndexOf('《', text.indexOf('已经'));
    expect(h.excluded.some((s) => s.start <= open && open < s.end)).toBe(true);
  });
});

describe('an order as the document itself (监察部令 / 第2号)', () => {
  // The order's head names the organ and the serial (same line or the next): the document's own number, never a
  // citation; the issuer is the organ without the state's name; `现予发布施行` puts it in force on the order's day.
  test.each([
    [
      'a ministry, head and serial on two lines',
      '中华人民共和国监察部令\n第2号\n《监察机关举报工作办法》已经1991年11月4日监察部部务会议通过,现予发布施行。\n部长 尉健行\n1991年12月24日\n监察机关举报工作办法\n第一条 为了保障公民依法行使举报权利,制定本办法。\n',
      '中华人民共和国监察部令第2号',
      '监察部',
      '1991-12-24',
    ],
    [
      'a provincial government, blanks around the serial',
      '山东省人民政府令\n第 96 号\n《山东省信访规定》已经1998年12月10日省政府第32次常务会议通过,现予公布,自公布之日起施行。\n省长 李春亭\n1998年12月20日\n山东省信访规定\n第一条 为了规范信访工作,制定本规定。\n',
      '山东省人民政府令第96号',
      '山东省人民政府',
      '1998-12-20',
    ],
    [
      'a commission with 和 in its name, one line',
      '国家发展和改革委员会令 第 12 号\n《粮食流通监督检查暂行办法》已经国家发展和改革委员会主任办公会议讨论通过,现予公布施行。\n主任 马凯\n2004年11月22日\n粮食流通监督检查暂行办法\n第一条 为了加强粮食流通监督检查,制定本办法。\n',
      '国家发展和改革委员会令第12号',
      '国家发展和改革委员会',
      '2004-11-22',
    ],
    [
      'a ministry of housing, serial with a year',
      '中华人民共和国住房和城乡建设部令\n第 47 号\n《建设工程消防设计审查验收管理暂行规定》已经2020年1月19日第15次部务会议审议通过,现予发布,自2020年6月1日起施行。\n部长 王蒙徽\n2020年4月1日\n建设工程消防设计审查验收管理暂行规定\n第一条 为了加强建设工程消防设计审查验收管理,制定本规定。\n',
      '中华人民共和国住房和城乡建设部令第47号',
      '住房和城乡建设部',
      '2020-06-01',
    ],
    [
      'the President, serial in Chinese numerals',
      '中华人民共和国主席令\n第三十一号\n《中华人民共和国森林法》已由中华人民共和国第十三届全国人民代表大会常务委员会第十五次会议于2019年12月28日修订通过,现予公布,自2020年7月1日起施行。\n中华人民共和国主席 习近平\n2019年12月28日\n中华人民共和国森林法\n第一章 总则\n',
      '中华人民共和国主席令第三十一号',
      '中华人民共和国主席',
      '2020-07-01',
    ],
    [
      'the State Council, published the day it is signed',
      '中华人民共和国国务院令\n第709号\n《国务院关于修改部分行政法规的决定》已经2018年12月29日国务院第33次常务会议通过,现予公布,自公布之日起施行。\n总理 李克强\n2019年3月2日\n国务院关于修改部分行政法规的决定\n为了依法推进简政放权,决定:\n',
      '中华人民共和国国务院令第709号',
      '国务院',
      '2019-03-02',
    ],
  ])('%s', (_name, text, docNumber, issuer, effective) => {
    const x = extractText(text);
    expect([x.document.docNumber, x.document.effectiveDate]).toEqual([docNumber, effective]);
    expect(x.document.issuer).toContain(issuer.replace(/^中华人民共和国/, ''));
    expect(x.citations.filter((c) => c.docNumber?.includes('令'))).toEqual([]);
  });
});

describe('the own number run onto the title line', () => {
  test.each([
    [
      'a reply, the code read late',
      '关于加快林业产业发展建议的回复神林函〔2022〕31号\n张三代表:\n',
      '关于加快林业产业发展建议的回复',
      '神林函〔2022〕31号',
    ],
    [
      'a notice',
      '重庆市财政局关于做好2023年预算编制工作的通知渝财预〔2023〕12号\n各区县财政局:\n',
      '重庆市财政局关于做好2023年预算编制工作的通知',
      '渝财预〔2023〕12号',
    ],
    [
      'a reply letter, blank before the number',
      '关于市十六届人大二次会议第0123号建议办理情况的答复函 川建函〔2024〕88号\n李四代表:\n',
      '关于市十六届人大二次会议第0123号建议办理情况的答复函',
      '川建函〔2024〕88号',
    ],
    [
      'a reply, a code the scanner does not know',
      '关于加强农村公路养护建议的答复巫农〔2022〕31号\n王五代表:\n',
      '关于加强农村公路养护建议的答复',
      '巫农〔2022〕31号',
    ],
    [
      'a reply letter whose code ends with 函',
      '关于县十八届人大五次会议第20号建议的答复函城交通函〔2025〕17号\n庞雪飞代表:\n',
      '关于县十八届人大五次会议第20号建议的答复函',
      '城交通函〔2025〕17号',
    ],
    [
      'an opinion of a province',
      '湖北省人民政府关于加快发展现代服务业的意见鄂政发〔2021〕7号\n各市、州、县人民政府:\n',
      '湖北省人民政府关于加快发展现代服务业的意见',
      '鄂政发〔2021〕7号',
    ],
  ])('%s', (_name, text, title, number) => {
    const h = header(text);
    expect([h.title, h.docNumber ?? h.numberLine]).toEqual([title, number]);
    const x = extractText(text);
    expect(x.citations.some((c) => c.docNumber === number)).toBe(false);
  });
});

describe('a title line ending with no run-on number', () => {
  test.each([
    ['a bracketed year with no code', '关于印发《巫溪县资金管理办法》的通知〔2023〕5号\n各乡镇:\n'],
    ['a number cited inside the title', '关于转发渝府办发〔2021〕142号\n各乡镇:\n'],
  ])('%s', (_name, text) => {
    expect(header(text).numberLine).toBeNull();
  });
});

describe('a document without a title line that names itself in its opening sentence', () => {
  test.each([
    [
      'a municipal plan',
      '为深入贯彻落实《国务院关于促进乡村产业振兴的指导意见》,加快推进全市乡村产业高质量发展,特制定《重庆市推进乡村产业高质量发展实施方案》。\n一、总体要求\n',
      '重庆市推进乡村产业高质量发展实施方案',
    ],
    [
      'a provincial action plan with a period',
      '为加快建设数字政府,结合我省实际,制定《四川省数字政府建设行动计划(2023—2025年)》。\n一、工作目标\n',
      '四川省数字政府建设行动计划(2023—2025年)',
    ],
    [
      'a county measure, 如下',
      '为规范财政专项资金管理,提高资金使用效益,特制定《巫溪县财政专项资金管理办法》如下:\n第一条 本办法适用于…\n',
      '巫溪县财政专项资金管理办法',
    ],
    [
      "a ministry's rules, 研究制定",
      '为做好全国科技活动周组织工作,经研究,制定《全国科技活动周组织工作细则》。\n一、组织机构\n',
      '全国科技活动周组织工作细则',
    ],
  ])('%s', (_name, text, title) => {
    expect(header(text).title).toBe(title);
    const x = extractText(text);
    expect(x.citations.some((c) => c.title === title)).toBe(false);
  });

  test.each([
    [
      'a plan printed under 现将…印发给你们',
      '各区县人民政府,市政府各部门:\n现将《重庆市数字经济发展三年行动计划(2023—2025年)》印发给你们,请认真贯彻执行。\n一、总体要求\n',
      '重庆市数字经济发展三年行动计划(2023—2025年)',
    ],
    [
      'a county plan, 特将…下发给你们',
      '各乡镇人民政府:\n现将《巫山县农村人居环境整治实施方案》印发给你们,请遵照执行。\n一、目标任务\n',
      '巫山县农村人居环境整治实施方案',
    ],
    [
      'a municipal rule with its number line',
      '京政发〔2023〕10号\n各区人民政府:\n现将《北京市人民政府工作规则》印发给你们,请遵照执行。\n北京市人民政府\n2023年2月5日\n',
      '北京市人民政府工作规则',
    ],
  ])("a notice issuing X at the top: X is no citation, and not the notice's title: %s", (_name, text, issued) => {
    const x = extractText(text);
    expect(x.citations.some((c) => c.title === issued)).toBe(false);
    expect(x.document.title).toBeNull();
  });

  test.each([
    // A title line above: the 《》 of the opening is that document's subject, read as today.
    [
      'a notice with its title',
      '关于做好2023年乡村振兴工作的通知\n各区县:\n为推进乡村振兴,我委制定了《重庆市乡村振兴规划》。\n',
    ],
    // An opening sentence that is not a purpose clause naming the document it makes.
    ['a reply reporting a plan', '张三代表:\n您提出的建议收悉。为推进乡村振兴,我委制定了《重庆市乡村振兴规划》。\n'],
  ])('no self-naming: %s', (_name, text) => {
    const x = extractText(text);
    expect(x.citations.some((c) => c.title === '重庆市乡村振兴规划')).toBe(true);
  });
});

describe('a news article quoting the document (全文如下)', () => {
  test.each([
    [
      'Tianjin, related link and summary above',
      '国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的\n天津深入打好污染防治攻坚战 实施“1+3+8”行动计划\n环保网获悉,5月10日,天津市人民政府发布了《关于落实国务院<政府工作报告>重点工作任务分工的通知》,提出加强生态环境综合治理。\n全文如下:\n天津市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n各区人民政府,市政府各委、办、局:\n',
      '天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知',
      '各区人民政府,市政府各委、办、局',
    ],
    [
      'a provincial news page, 以下为全文',
      '我省出台措施支持民营经济发展\n记者从省发展改革委获悉,省政府办公厅近日印发《关于支持民营经济发展的若干措施》。\n以下为全文:\n河南省人民政府办公厅关于支持民营经济发展的若干措施\n豫政办〔2023〕12号\n各市、县人民政府:\n',
      '河南省人民政府办公厅关于支持民营经济发展的若干措施',
      '各市、县人民政府',
    ],
  ])('%s', (_name, text, title, salutation) => {
    const h = header(text);
    expect([h.title, h.salutationText]).toEqual([title, salutation]);
    // the titles the article quotes are excluded (self-references or other articles, never citations)
    const quoted = text.indexOf('《');
    expect(h.excluded.some((s) => s.start <= quoted && quoted < s.end)).toBe(true);
  });
});

describe('a news article that names the document it quotes (《X》全文如下): the organs its lead says issued X', () => {
  test.each([
    [
      'two offices, 印发了',
      '近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进城镇化建设实施方案》,并发出通知。\n《重庆市推进城镇化建设实施方案》全文如下。\n为深入贯彻落实中央部署,制定本方案。\n',
      ['中共重庆市委办公厅', '重庆市人民政府办公厅'],
      '中共重庆市委办公厅',
    ],
    [
      'a list closed by 等10部门, a news agency before the date',
      '中商情报网讯:7月20日,重庆市商务委员会、重庆市文化和旅游发展委员会等10部门联合发布《关于加快夜间经济发展的意见》。\n《关于加快夜间经济发展的意见》全文如下:\n各区县人民政府:\n',
      ['重庆市商务委员会', '重庆市文化和旅游发展委员会'],
      '重庆市商务委员会',
    ],
    [
      'a province, 日前出台',
      '记者获悉,四川省人民政府办公厅日前出台《四川省促进民营经济发展的若干措施》。\n《四川省促进民营经济发展的若干措施》全文如下\n一、优化营商环境。\n',
      ['四川省人民政府办公厅'],
      '四川省人民政府办公厅',
    ],
  ])('%s', (_name, text, leads, issuer) => {
    const h = header(text);
    expect(h.leadIssuers.map((m) => m.text)).toEqual(leads);
    const x = extractText(text);
    expect(x.document.issuer).toBe(issuer);
    // the document the article quotes is no citation of itself
    expect(x.citations).toEqual([]);
  });

  test('an article that names another document than the one it quotes gives no issuer', () => {
    const h = header(
      '近日,市政府办公厅印发了《关于加强管理的通知》。\n《重庆市推进城镇化建设实施方案》全文如下。\n为深入贯彻落实中央部署。\n',
    );
    expect(h.leadIssuers).toEqual([]);
  });
});

describe('a number line in parentheses that carries the date (a gazette or law database under the title)', () => {
  test.each([
    [
      '国家教委办公厅关于教材审定工作的通知\n (教基厅[1993]6号 1993年3月15日)\n  根据有关原则,决定如下。\n',
      '教基厅〔1993〕6号',
      '1993-03-15',
    ],
    [
      '四川省人民政府关于加强管理的通知\n(川府发〔2020〕5号 2020-03-01)\n各市(州)人民政府:\n',
      '川府发〔2020〕5号',
      '2020-03-01',
    ],
    // The note may say what happened on that day.
    [
      '河北省人民政府工作规则\n(冀政发〔2018〕11号 2018年5月18日印发)\n\n发布时间:2018年05月29日\n  第一章 总则\n',
      '冀政发〔2018〕11号',
      '2018-05-18',
    ],
  ])('%s', (text, number, date) => {
    const h = header(text);
    expect([h.numberLine, h.writtenDate]).toEqual([number, date]);
  });
});

describe('a metadata row of run-in cells set apart by blanks, and a run-in title label', () => {
  test('索引号… 发文字号… / 发文机关… 发文时间… / 标题关于…', () => {
    const h = header(
      '当前位置:首页>信息公开>县政府办文件\n\n索引号142322llws-003-2018-0019 发文字号文政办发〔2018〕26号\n发文机关文水县人民政府办公室 发文时间2018-07-17\n标题关于印发文水县防汛应急预案的通知\n\n各乡镇人民政府:\n正文。\n',
    );
    expect([h.docNumber, h.publishedDate, h.title]).toEqual([
      '文政办发〔2018〕26号',
      '2018-07-17',
      '关于印发文水县防汛应急预案的通知',
    ]);
  });
});

describe('a metadata row that lost the separators between its cells', () => {
  test('文号:X号成文日期:Y发布日期:Z', () => {
    const h = header(
      '某某开发区管委会关于修订应急预案的通知\n\n索 引 号:005254528/2018-00057主题分类:安全生产\n文    号:郑开管〔2018〕4号成文日期:2018-02-02发布日期:2018-02-03\n某某开发区管委会关于修订应急预案的通知\n\n各局:\n正文。\n',
    );
    expect([h.docNumber, h.writtenDate, h.publishedDate]).toEqual(['郑开管〔2018〕4号', '2018-02-02', '2018-02-03']);
  });
  test("a repost's byline keeps its time to itself (来源:X发布时间:Y)", () => {
    const h = header(
      '重庆市地方立法条例\n来源:法大大发布时间:2022-05-26 13:42:37\n公布日期:2017-01-19\n第一条 为了规范地方立法活动。\n',
    );
    expect(h.publishedDate).toBe('2017-01-19');
  });
});

describe('publication dates under other labels', () => {
  test('a law database labelled 发文标题 / 发文文号 / 发文部门 / 发文时间', () => {
    const h = header(
      '发文标题: 黑龙江省人民政府办公厅关于印发《五十条措施》的通知\n发文文号: 黑政办规[2023]6号\n发文部门: 黑龙江省人民政府办公厅\n发文时间: 2023-11-17\n发文内容:\n\n各市(地)人民政府:\n现将《五十条措施》印发给你们。\n',
    );
    expect([h.title, h.docNumber, h.publishedDate]).toEqual([
      '黑龙江省人民政府办公厅关于印发《五十条措施》的通知',
      '黑政办规〔2023〕6号',
      '2023-11-17',
    ]);
  });
  test('a title cell with its 添加日期 on the same line', () => {
    const h = header(
      '发布机构: 政府办公室 索 引 号:\n标     题: 古县人民政府办公室 关于印发《古县自然灾害救助应急预案》的 通 知 添加日期: 2018-05-28\n文     号: 古政办发〔2018〕26号 生成日期: 2018-05-28\n各乡镇人民政府:\n',
    );
    expect([h.title, h.publishedDate]).toEqual([
      '古县人民政府办公室关于印发《古县自然灾害救助应急预案》的通知',
      '2018-05-28',
    ]);
  });
  test.each([
    [
      '- 发文字号:岑政办发〔2024〕21号\n- 公布年份:2024.03.29\n\n岑溪市人民政府办公室关于印发防御台风应急预案的通知\n各镇人民政府:\n',
      '2024-03-29',
    ],
    [
      '发表日期:2018-11-15 阅读次数:来源:区政府办公室\n仑政办〔2018〕96号\n宁波市北仑区人民政府办公室关于印发应急预案的通知\n各街道办事处:\n',
      '2018-11-15',
    ],
  ])('%s', (text, date) => expect(header(text).publishedDate).toBe(date));
});

describe("a law database's order serial after a decision's title", () => {
  test.each([
    [
      '甘肃省人民政府关于修改《甘肃省流动人口计划生育工作办法》 等11件政府规章的决定 (第154号)\n发布单位\n甘肃省人民政府\n第一条 略。\n',
      '甘肃省人民政府关于修改《甘肃省流动人口计划生育工作办法》等11件政府规章的决定',
    ],
    // An announcement's own serial stays in its title.
    [
      '四川省人民代表大会常务委员会办公室公告(第7号)\n现将草案公布。\n',
      '四川省人民代表大会常务委员会办公室公告(第7号)',
    ],
  ])('%s', (text, title) => expect(header(text).title).toBe(title));
});

describe('an old number opening with its year, in parentheses under the title', () => {
  test.each([
    ['关于颁发《公路工程标准设计管理办法》(试行)的通知\n ((78)交公路字412号)\n各省交通局:\n', '〔78〕交公路字412号'],
    ['关于确认无效经济合同的批复\n((1988)法经字第6号)\n各高级人民法院:\n', '法经字〔1988〕6号'],
  ])('%s', (text, number) => expect(header(text).numberLine).toBe(number));
});

describe("a page heading without a subject above the document's own title block", () => {
  test.each([
    [
      'a column heading, the issuer line, a forwarding title wrapped over its 关于, printed twice',
      '山东省财政厅大学生创业引领计划\n山东省人民政府办公厅\n转发省人力资源社会保障厅等部门\n关于做好2010年普通高校毕业生\n就业工作的意见的通知\n转发省人力资源社会保障厅等部门\n关于做好2010年普通高校毕业生\n就业工作的意见的通知\n鲁政办发〔2010〕21号\n各市人民政府:\n',
      '山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知',
    ],
    [
      'a heading naming a plan, then 关于 on the next line',
      '乡村振兴专项计划\n关于做好2021年乡村振兴工作的通知\n川农发〔2021〕3号\n各市(州)农业农村局:\n',
      '关于做好2021年乡村振兴工作的通知',
    ],
    [
      "an issuing title wrapped after the issued document's kind word goes on to its own",
      '梁平府办发〔2021〕12号\n重庆市梁平区人民政府办公室\n关于印发2021年区政府工作报告\n目标任务分解方案的通知\n各乡镇人民政府、街道办事处:\n',
      '重庆市梁平区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知',
    ],
    [
      "a newsletter's table of contents above the first document it reprints; the date before its number",
      '税收信息\n2012年第12期 目 录 总134期\n一、国家税务总局关于修改某申请表的公告\n二、财政部关于印发《小企业会计准则》的通知\n国家税务总局关于修改\n某申请表的公告\n2012-12-06 国家税务总局公告2012年第54号\n为适应试点工作的需要,现公告如下:\n',
      '国家税务总局关于修改某申请表的公告',
    ],
    [
      "an enterprise's name above a government document it reposts is no issuer line",
      '山西蒲县蛤蟆沟煤业有限公司\n山西省人民政府关于印发山西省打赢蓝天保卫战三年行动计划的通知\n晋政发〔2018〕30号\n各市、县人民政府:\n',
      '山西省人民政府关于印发山西省打赢蓝天保卫战三年行动计划的通知',
    ],
    [
      "a mirror's file name above the document is no title",
      '重庆市某区人民政府办公室关于印发规划的通知.doc\n重庆市某区人民政府办公室\n关于印发《某区教育事业发展规划》的通知\n各部门:\n',
      '重庆市某区人民政府办公室关于印发《某区教育事业发展规划》的通知',
    ],
    [
      'a title without a subject stays when no subject line follows',
      '铜梁区促进农民工就近就业三年行动\n实施方案(2025—2027年)\n为促进就业,制定本方案。\n',
      '铜梁区促进农民工就近就业三年行动实施方案(2025—2027年)',
    ],
  ])('%s', (_name, text, title) => {
    expect(header(text).title).toBe(title);
  });

  test('the date a bulletin prints before the own number is the written date', () => {
    const h = header(
      '国家税务总局关于修改某申请表的公告\n2012-12-06 国家税务总局公告2012年第54号\n为适应试点工作的需要,现公告如下:\n',
    );
    expect([h.numberLine, h.writtenDate]).toEqual(['国家税务总局公告2012年第54号', '2012-12-06']);
  });
});

describe('a page printing its metadata without labels: the index number alone, the publishing organ and date below the title', () => {
  test.each([
    [
      'index number, title, organ, date',
      '11330700MB10327095/2024-00144\n关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知\n金华市生态环境局金华经济技术开发区分局\n2024-03-01\n主动公开\n\n各乡镇人民政府、街道办事处:\n',
      [
        '11330700MB10327095/2024-00144',
        '关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知',
        '2024-03-01',
      ],
    ],
    [
      "a disclosure listing's row under the title: the index number and the page's date on one line",
      '苏尼特左旗关于2024年进入春季森林草原防火期的通告\n\n11152523011672048D/2024-00004  2024-03-08\n\n为切实做好防火工作,现通告如下:\n',
      ['11152523011672048D/2024-00004', '苏尼特左旗关于2024年进入春季森林草原防火期的通告', '2024-03-08'],
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect([h.indexNumber, h.title, h.publishedDate]).toEqual(want);
  });
});

test("a proposal system's record: the reply's title under its own label (复文标题), not the proposal's (建议提案标题)", () => {
  const h = header(
    '代表提案者: 王素兰\n会议届次: 省十三届人大四次会议\n建议提案标题: 关于加大推进县乡村公路提质改造的建议\n建议提案编号: 第290号\n主办单位: 省交通运输厅\n复文标题: 省交通运输厅关于省十三届人大四次会议第290号建议的答复\n答复内容:\n王素兰代表:\n您提出的建议收悉。\n',
  );
  expect(h.title).toBe('省交通运输厅关于省十三届人大四次会议第290号建议的答复');
});

describe('index numbers of other provinces', () => {
  test.each([
    [
      '9-digit organization code, year and month, spaced label without colon, several pairs on a line (Ningxia)',
      '索 引 号 003129766/201901-00336 分 类 综合政务\n发布机构 盐池县人民政府 发文日期 2019-01-15\n关于印发盐池县2019年工作要点的通知\n各乡镇人民政府:\n',
      '003129766/201901-00336',
    ],
    [
      'credit code ending in a letter and a dash, 7-digit serial (Yunnan)',
      '索引号:11532323015172622Y-/2018-1220012 发文机关:牟定县人民政府\n关于加强管理的通知\n各乡镇:\n',
      '11532323015172622Y-/2018-1220012',
    ],
    [
      '9-digit code, a label the table does not know after it on the line',
      '索引号: 640323004/2022-00062  组配分类: 政策文件\n关于做好春耕工作的通知\n各村:\n',
      '640323004/2022-00062',
    ],
    [
      'spaced label with colon, the value on the next line (Shaanxi)',
      '索 引 号:\n016000373/2020-00125\n关于印发实施方案的通知\n各设区市人民政府:\n',
      '016000373/2020-00125',
    ],
    [
      'a flattened row with cell separators (Gansu)',
      '索引号 | 620100001/202103-00045 | 分类 | 综合政务\n发文日期 | 2021-03-15 | 文号 | 兰政发〔2021〕3号\n关于印发要点的通知\n各县区人民政府:\n',
      '620100001/202103-00045',
    ],
    [
      'the next label glued to the value (Ningxia)',
      '索引号:003129766/201901-00336发布机构:盐池县人民政府\n关于印发要点的通知\n各乡镇:\n',
      '003129766/201901-00336',
    ],
    [
      'full-width colon, value on the next line (Ningxia county)',
      '索引号：\n11640323MB1551234X/2021-00088\n发文日期：\n2021年05月06日\n关于印发要点的通知\n各乡镇:\n',
      '11640323MB1551234X/2021-00088',
    ],
    [
      'a later value of the row that fits no field (Shaanxi county)',
      '索 引 号 016000373/202005-00218 发布日期 2020年5月\n关于印发实施方案的通知\n各镇人民政府:\n',
      '016000373/202005-00218',
    ],
    [
      'blanks around the slash (Hubei county)',
      '索引号: 011282752 / 2017-00101 主题分类:\n发布机构: 浠水县人民政府 发文日期: 2017-01-28\n关于印发工作规则的通知\n各乡镇人民政府:\n',
      '011282752/2017-00101',
    ],
    [
      'unlabelled bullets with year and month',
      '• 11610000016000373F/202006-00012\n• 陕政办发〔2020〕12号\n• 2020-06-03\n关于印发实施方案的通知\n各设区市人民政府:\n',
      '11610000016000373F/202006-00012',
    ],
  ])('%s', (_name, text, want) => {
    expect(header(text).indexNumber).toBe(want);
  });
});

describe('date labels of county and provincial portals', () => {
  test.each([
    [
      '发文日期 is the publication date, 生成日期 the written date',
      '索引号: 640323004/2022-00062\n生成日期: 2022-03-01\n发文日期: 2022-03-05\n关于做好春耕工作的通知\n各村:\n',
      { writtenDate: '2022-03-01', publishedDate: '2022-03-05', effectiveDate: null, expiryDate: null },
    ],
    [
      '发文时间 and 成文日期, with spaced labels',
      '成 文 日 期:2021年6月1日 发 文 时 间:2021年6月3日\n关于印发办法的通知\n各县(区)人民政府:\n',
      { writtenDate: '2021-06-01', publishedDate: '2021-06-03', effectiveDate: null, expiryDate: null },
    ],
    [
      '生效时间 and 废止时间 (Yunnan county)',
      '索引号:11532323015172622Y-/2018-1220012\n生成日期:2018-12-20 生效时间:2019-01-01 废止时间:2023-12-31\n关于加强管理的通知\n各乡镇:\n',
      { writtenDate: '2018-12-20', publishedDate: null, effectiveDate: '2019-01-01', expiryDate: '2023-12-31' },
    ],
    [
      '施行日期 and 失效日期 in a table one cell per line',
      '施行日期\n2020-01-01\n失效日期\n2024-12-31\n关于印发管理办法的通知\n各区县:\n',
      { writtenDate: null, publishedDate: null, effectiveDate: '2020-01-01', expiryDate: '2024-12-31' },
    ],
    [
      'a time of day after the date, an expiry given as none (Hunan county)',
      '发文时间:2019-01-15 10:30:00\n生效时间:2019-02-01\n废止时间:暂无\n关于印发要点的通知\n各乡镇:\n',
      { writtenDate: null, publishedDate: '2019-01-15', effectiveDate: '2019-02-01', expiryDate: null },
    ],
    [
      'empty labels give nothing',
      '文号:\n有效性 有效\n废止日期:\n发文时间: 2022年3月5日\n关于做好春耕工作的通知\n各村:\n',
      { writtenDate: null, publishedDate: '2022-03-05', effectiveDate: null, expiryDate: null },
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect({
      writtenDate: h.writtenDate,
      publishedDate: h.publishedDate,
      effectiveDate: h.effectiveDate,
      expiryDate: h.expiryDate,
    }).toEqual(want);
    expect(h.docNumber).toBeNull();
    expect(h.title).not.toMatch(/有效|日期|时间/);
  });
});

describe('a table flattened one cell per line, a label glued to the value above', () => {
  test.each([
    [
      'title, then the issuer label glued (Yunnan)',
      '标题\n牟定县人民政府关于加强管理的通知发文机关\n牟定县人民政府\n发文字号\n牟政发〔2018〕12号\n各乡镇:\n为了加强管理。',
      { title: '牟定县人民政府关于加强管理的通知', issuer: '牟定县人民政府', docNumber: '牟政发〔2018〕12号' },
    ],
    [
      'title, then the number label glued (Guizhou)',
      '标题\n关于印发黔西县农村人居环境整治方案的通知发文字号\n黔西府办发〔2019〕33号\n发布机构\n黔西县人民政府办公室\n各乡(镇)人民政府:\n',
      {
        title: '关于印发黔西县农村人居环境整治方案的通知',
        issuer: '黔西县人民政府办公室',
        docNumber: '黔西府办发〔2019〕33号',
      },
    ],
    [
      'label and value on one line, the next label glued to the value (Yunnan)',
      '标题 牟定县人民政府关于加强管理的通知发文机关\n牟定县人民政府\n各乡镇:\n为了加强管理。',
      { title: '牟定县人民政府关于加强管理的通知', issuer: '牟定县人民政府', docNumber: null },
    ],
    [
      'the 标题 cell lost, the issuer label glued to the title line (Yunnan)',
      '牟定县人民政府关于加强管理的通知发文机关\n牟定县人民政府\n发文字号\n牟政发〔2018〕12号\n各乡镇:\n为了加强管理。',
      { title: '牟定县人民政府关于加强管理的通知', issuer: '牟定县人民政府', docNumber: '牟政发〔2018〕12号' },
    ],
    [
      'the 标题 cell lost, a date label glued to the title line (Guizhou)',
      '关于印发黔西县农村人居环境整治方案的通知成文日期\n2019-05-06\n发布机构\n黔西县人民政府办公室\n各乡(镇)人民政府:\n现印发给你们。',
      { title: '关于印发黔西县农村人居环境整治方案的通知', issuer: '黔西县人民政府办公室', docNumber: null },
    ],
    [
      'issuer, then the number label glued (Gansu)',
      '发布机构\n甘肃省财政厅文号\n甘财社〔2021〕15号\n名称\n关于下达资金的通知\n各市(州)财政局:\n',
      { title: '关于下达资金的通知', issuer: '甘肃省财政厅', docNumber: '甘财社〔2021〕15号' },
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect({ title: h.title, issuer: h.issuerField?.text ?? null, docNumber: h.docNumber }).toEqual(want);
  });
});

describe('the own number in parentheses under the title', () => {
  test.each([
    [
      'Shaanxi',
      '陕西省人民政府办公厅关于进一步加强管理的通知\n(陕政办发〔2011〕12号)\n各设区市人民政府:\n为了加强管理,参照《陕西省实施办法》执行。',
      '陕政办发〔2011〕12号',
    ],
    [
      'Shandong, full-width parentheses',
      '山东省人民政府关于加快发展的意见\n（鲁政发〔2014〕5号）\n各市人民政府:\n现提出如下意见。',
      '鲁政发〔2014〕5号',
    ],
    [
      'Guangdong, the date inside the parentheses',
      '广东省人民政府关于印发实施方案的通知\n(粤府〔2019〕12号 2019年2月3日)\n各地级以上市人民政府:\n现印发给你们。',
      '粤府〔2019〕12号',
    ],
    [
      'Hubei, a blank inside',
      '湖北省人民政府关于印发实施方案的通知\n( 鄂政发〔2018〕21号 )\n各市、州、县人民政府:\n现印发给你们。',
      '鄂政发〔2018〕21号',
    ],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect(h.numberLine).toBe(want);
    const e = extractText(text);
    expect(e.document.docNumber).toBe(want);
    expect(e.citations.map((c) => c.docNumber)).not.toContain(want);
  });
});

describe('a title line that opens with the issuer keeps it', () => {
  test.each([
    [
      'a page heading without the issuer above the title line (Chongqing district)',
      '发布机构: 渝北区政府\n关于印发渝北区工作方案的通知\n重庆市渝北区人民政府关于印发渝北区工作方案的通知\n渝北府发〔2021〕5号\n各镇人民政府:\n现将方案印发给你们。',
      '重庆市渝北区人民政府关于印发渝北区工作方案的通知',
      '重庆市渝北区人民政府',
    ],
    [
      'a heading with the short name, the issuer on its own line in the body (Chongqing district)',
      '[ 发布机构 ] 渝北区政府\n渝北区政府 关于印发渝北区工作方案的通知\n重庆市渝北区人民政府\n关于印发渝北区工作方案的通知\n各镇人民政府:\n现将方案印发给你们。',
      '重庆市渝北区人民政府关于印发渝北区工作方案的通知',
      '重庆市渝北区人民政府',
    ],
    [
      'the short name on a line above the full title line (Guangxi county)',
      '来宾市兴宾区政府\n来宾市兴宾区人民政府关于印发兴宾区防汛应急预案的通知\n各镇人民政府:\n现将预案印发给你们。',
      '来宾市兴宾区人民政府关于印发兴宾区防汛应急预案的通知',
      null,
    ],
    [
      'a 名称 field gives the title',
      '名称: 黔西县人民政府关于做好春耕生产工作的通知\n发布机构: 黔西县政府\n各乡(镇)人民政府:\n现将有关事项通知如下。',
      '黔西县人民政府关于做好春耕生产工作的通知',
      null,
    ],
    [
      'a spaced 标 题 field gives the title',
      '标 题: 盐池县人民政府关于加强森林防火工作的通知\n发布机构: 盐池县政府\n各乡镇人民政府:\n现将有关事项通知如下。',
      '盐池县人民政府关于加强森林防火工作的通知',
      null,
    ],
  ])('%s', (_name, text, title, issuer) => {
    const e = extractText(text);
    expect(e.document.title).toBe(title);
    if (issuer) expect(e.document.issuer).toBe(issuer);
  });
});

describe('whole metadata tables of provincial and county portals', () => {
  test.each([
    [
      'Shaanxi province: tab-separated colon labels, the number in parentheses under the title',
      '索 引 号：016000373/2011-00012\t发文机关：陕西省人民政府办公厅\n主题分类：综合政务\t成文日期：2011年03月01日\n标　　题：陕西省人民政府办公厅关于进一步加强管理的通知\n发文字号：陕政办发〔2011〕12号\t发布日期：2011年03月05日\n陕西省人民政府办公厅关于进一步加强管理的通知\n（陕政办发〔2011〕12号）\n各设区市人民政府：\n为了加强管理，现通知如下。',
      {
        title: '陕西省人民政府办公厅关于进一步加强管理的通知',
        docNumber: '陕政办发〔2011〕12号',
        indexNumber: '016000373/2011-00012',
        writtenDate: '2011-03-01',
        publishedDate: '2011-03-05',
      },
    ],
    [
      'Hubei province: labels the table does not know end the value before them',
      '文号:鄂政发〔2018〕21号 效力状态:有效\n发布日期:2018-05-02 信息类别:政策文件\n湖北省人民政府关于印发实施方案的通知\n各市、州、县人民政府:\n现印发给你们。',
      {
        title: '湖北省人民政府关于印发实施方案的通知',
        docNumber: '鄂政发〔2018〕21号',
        indexNumber: null,
        writtenDate: null,
        publishedDate: '2018-05-02',
      },
    ],
    [
      'Ningxia county: 公开方式 and 有效性 cells, a spaced 名 称 label',
      '索 引 号：640323004/2022-00062\t发布机构：盐池县人民政府办公室\n公开方式：主动公开\t发文日期：2022-03-05\n公开时限：常年公开\t有效性：有效\n文号：盐政办发〔2022〕12号\n名 称：盐池县人民政府办公室关于印发春耕工作方案的通知\n盐池县人民政府办公室关于印发春耕工作方案的通知\n各乡镇人民政府:\n现印发给你们。',
      {
        title: '盐池县人民政府办公室关于印发春耕工作方案的通知',
        docNumber: '盐政办发〔2022〕12号',
        indexNumber: '640323004/2022-00062',
        writtenDate: '2022-03-05',
        publishedDate: null,
      },
    ],
    [
      'a flattened row mixing bare labels and colon labels (`文号 | … | 成文日期: | … |`)',
      '某县人民政府办公室关于印发资金管理办法的通知\n索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |\n公开责任部门 | 某县人民政府办公室 | 公开形式: | 主动公开 |\n文号 | 某政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |\n有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n各镇人民政府:\n现印发给你们。',
      {
        title: '某县人民政府办公室关于印发资金管理办法的通知',
        docNumber: '某政办发〔2021〕88号',
        indexNumber: 'xzfgzbmzfb/2021-3740',
        writtenDate: '2021-09-28',
        publishedDate: '2021-09-30',
      },
    ],
    [
      'a bare row whose later cells carry colons (`发文字号 | … | 发布日期: | … |`)',
      '发文字号 | 赣府字〔2020〕7号 | 发布日期: | 2020-03-02 |\n江西省人民政府关于加强管理的通知\n各设区市人民政府:\n现通知如下。',
      {
        title: '江西省人民政府关于加强管理的通知',
        docNumber: '赣府字〔2020〕7号',
        indexNumber: null,
        writtenDate: null,
        publishedDate: '2020-03-02',
      },
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    const d = e.document;
    expect({
      title: d.title,
      docNumber: d.docNumber,
      indexNumber: d.indexNumber,
      writtenDate: d.writtenDate,
      publishedDate: d.publishedDate,
    }).toEqual(want);
    expect(e.citations).toEqual([]);
  });
});

describe("headings of other portals: the number before the title, a dated heading, a number line with a county's head", () => {
  test.each([
    [
      'the number opens the heading',
      '晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省促进中部地区崛起工作方案的通知\n各市、县人民政府:\n',
      '山西省人民政府办公厅关于印发山西省促进中部地区崛起工作方案的通知',
      '晋政办发〔2017〕55号',
    ],
    [
      'the number glued to a title that opens with 关于',
      '发布机构 梁山县人民政府办公室 组配分类 梁政发\n梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知\n\n各乡镇人民政府:\n',
      '关于印发梁山县突发事件总体应急预案的通知',
      '梁政发〔2023〕7号',
    ],
    [
      "the number and its handling class in parentheses before a reply's title, in the heading and the 名称 field",
      '(湘水提〔2017〕046号A类)对省十二届人大七次会议 第1746号建议的答复\n- 索引号:430S00019/2017-88861\n- 题裁分类:\n- 发布机构: 省水利厅\n' +
        '- 名称: (湘水提〔2017〕046号A类)对省十二届人大七次会议 第1746号建议的答复\n湘水提〔2017〕046号\n对省十二届人大七次会议\n第1746号建议的答复\n陈建教代表:\n',
      '对省十二届人大七次会议第1746号建议的答复',
      '湘水提〔2017〕046号',
    ],
    [
      'a county code whose head is one character (神木 + 林函)',
      '关于整治东山环境的建议的回复\n\n来源:神木市林业局 发布时间:2022-07-29 11:22\n神林函〔2022〕31号\n\n李敏代表:\n',
      '关于整治东山环境的建议的回复',
      '神林函〔2022〕31号',
    ],
    [
      'a heading dated in parentheses',
      '关于全省公立医疗机构先看病后付费监测情况的通报(7月2日)\n各市州卫生计生委:\n',
      '关于全省公立医疗机构先看病后付费监测情况的通报',
      null,
    ],
    [
      'a full date in parentheses',
      '关于2018年上半年安全生产情况的通报(2018年7月20日)\n各县区:\n',
      '关于2018年上半年安全生产情况的通报',
      null,
    ],
  ])('%s', (_name, text, title, number) => {
    const h = header(text);
    expect([h.title, h.docNumber ?? h.numberLine]).toEqual([title, number]);
    if (number) expect(extractText(text).citations.some((c) => c.docNumber === number)).toBe(false);
  });
  test('a period in parentheses stays in the title', () => {
    expect(header('重庆市高质量孵化载体建设实施方案(2021—2025年)\n各区县:\n').title).toBe(
      '重庆市高质量孵化载体建设实施方案(2021—2025年)',
    );
  });
});

describe('own numbers in other printed forms', () => {
  test.each([
    [
      'a number line without 号',
      '重庆市铜梁区城市管理局关于第0123号建议办理情况的答复函\n\n铜城管函﹝2025﹞456\n\n杨光娟代表:\n',
      '铜城管函〔2025〕456号',
    ],
    [
      "an order under a government's short code",
      '重庆市人民政府关于控制主城区尘污染的通告\n渝府令第 121 号\n为控制污染,特通告如下:\n',
      '渝府令第121号',
    ],
    [
      "a standing committee's announcement over two lines",
      '四川省村务公开条例\n\n(2009年7月22日四川省第十一届人民代表大会常务委员会第十次会议通过)\n\n四川省第十一届人民代表大会常务委员会公告\n\n  第28号\n\n  《四川省村务公开条例》已由常务委员会通过,现予公布。\n',
      '四川省第十一届人民代表大会常务委员会公告第28号',
    ],
    [
      "an order's head and serial with the portal's upload line between",
      '齐齐哈尔市人民政府令\n上载日期: 2017-12-29 信息员: xxzx-zlx 上载部门: 市信息中心\n\n第3号\n\n  《齐齐哈尔市人民政府关于修改部分政府规章的决定》业经市政府常务会议通过,现予公布。\n',
      '齐齐哈尔市人民政府令第3号',
    ],
    [
      "a portal's bracketed validity tag after the number",
      '陕西省人民政府办公厅关于 贯彻落实国务院决定的通知\n\n陕政办发 〔2014〕17号 [有效]\n\n来源: 省政府办公厅 发布时间: 2014-04-02 09:42\n\n各设区市人民政府:\n',
      '陕政办发〔2014〕17号',
    ],
    [
      "a court's code with its department's mark in parentheses, dated before it",
      '最高人民法院\n\n关于学习宣传贯彻《中华人民共和国未成年人保护法》的通知\n\n1991年12月24日 法(研)发〔1991〕44号\n\n各省、自治区、直辖市高级人民法院:\n',
      '法(研)发〔1991〕44号',
    ],
  ])('%s', (_name, text, number) => {
    const h = header(text);
    expect(h.docNumber ?? h.numberLine).toBe(number);
    expect(extractText(text).citations.some((c) => c.docNumber === number)).toBe(false);
  });
  test("a government's short-code order cited in the text is a citation of that government", () => {
    const c = extractText('根据渝府令第121号规定执行。').citations;
    expect(c.map((x) => [x.docNumber, x.issuer])).toEqual([['渝府令第121号', '重庆市人民政府']]);
  });
});

describe('a reply titled with 对 after its issuer; a forwarded title with its writers between', () => {
  test('the organ before 对 is the issuer', () => {
    const x = extractText(
      '攀枝花市自然资源和规划局对市政协九届五次会议第52号提案答复的函\n\nXXX委员:\n您提出的《关于优化国土空间规划的建议》(第52号提案)收悉,现答复如下:\n',
    );
    expect(x.document.issuer).toBe('攀枝花市自然资源和规划局');
    expect(x.respondsTo?.number).toBe('52');
  });
  test('转发 X等部门《A》的通知: A is the document itself, not a citation', () => {
    const text =
      '沧州市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知\n沧政办字〔2009〕120号\n各县(市、区)人民政府:\n市发改委等部门制定的《支持农村邮政物流发展实施办法》已经市政府同意,现转发给你们。\n';
    expect(extractText(text).citations.map((c) => c.title)).not.toContain('支持农村邮政物流发展实施办法');
  });
});

test('印发 a plan that implements a cited title: the cited title is not the document', () => {
  const text =
    '山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案的通知\n晋政办发〔2017〕55号\n各市人民政府:\n';
  expect(extractText(text).citations.map((c) => c.title)).toContain('促进中部地区崛起“十三五”规划');
});

test('印发关于落实国务院《A》…的通知: A is cited, not issued', () => {
  const text =
    '天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知\n津政发〔2022〕8号\n各区人民政府:\n认真落实《政府工作报告》确定的各项任务。\n';
  expect(extractText(text).citations.map((c) => c.title)).toContain('政府工作报告');
});

describe("a rule's publication note: the order it was published under is its own number", () => {
  test.each([
    [
      'published, then amended',
      '山东省实施《食盐加碘消除碘缺乏危害管理条例》办法\n\n(1998年11月17日山东省人民政府令第96号发布 根据2004年7月15日山东省人民政府令第172号修订)\n\n第一条 为了消除碘缺乏危害,制定本办法。\n',
      '山东省人民政府令第96号',
      ['山东省人民政府令第172号'],
    ],
    [
      'published only',
      '重庆市道路运输管理办法\n(2010年3月1日重庆市人民政府令第236号公布)\n第一条 为了规范道路运输,制定本办法。\n',
      '重庆市人民政府令第236号',
      [],
    ],
  ])('%s', (_name, text, own, cited) => {
    const x = extractText(text);
    expect(x.document.docNumber).toBe(own);
    expect(x.citations.map((c) => c.docNumber).filter((n) => n !== null)).toEqual(cited);
  });
});

test("a county portal's index number with letters and an underscore", () => {
  const h = header(
    '索引号\nzkx_nyncj/2025-00019\n发布机构\n县农业农村局\n\n镇康县农业农村局关于第0038号建议的答复函\n杨文强代表:\n',
  );
  expect(h.indexNumber).toBe('zkx_nyncj/2025-00019');
});

describe('portal chrome and columns around the title; a bulleted table with values under their labels', () => {
  test.each([
    [
      'a back-to-top link above the title',
      '当前位置:首页 > 信息公开\n无障碍浏览\n手机版\n回到顶部\n\n广州市公安局关于市十六届人大一次会议第20222114号建议答复的函\n\n陈伯凛代表:\n',
      '广州市公安局关于市十六届人大一次会议第20222114号建议答复的函',
    ],
    [
      'a column name before the title with a bar',
      '政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见\n- 发布日期:2021-07-19\n济政字〔2021〕30号\n各县(市、区)人民政府:\n',
      '济宁市人民政府关于持续深化“市县同权”改革的实施意见',
    ],
    [
      'a search box label is no salutation',
      '搜索热词:\n    当前位置:网站首页 > 信息公开\n\n    舒城县交通运输局关于对县政协十一届四次会议第53号提案的答复函\n\n    发布时间:2025-06-10 16:18 信息来源:舒城县交通局\n\n    陈保存委员:\n',
      '舒城县交通运输局关于对县政协十一届四次会议第53号提案的答复函',
    ],
    [
      'bullets with their values on the lines below; the field holds the title the lines break',
      '• 公文名称:\n\n    对十四届全国人大一次会议第6826号建议的答复\n\n  • 文  号:\n\n    建建复字〔2023〕94号\n\n对十四届全国人大一次会议\n第6826号建议的答复\n\n王一君代表:\n',
      '对十四届全国人大一次会议第6826号建议的答复',
    ],
  ])('%s', (_name, text, title) => expect(header(text).title).toBe(title));
});

describe('bulleted labels with their values on the line below; 颁布日期', () => {
  test("a county portal's bullets", () => {
    const h = header(
      '登录 | 注册\n  • 索引号\n    yyxjtysj/2025-00007\n  • 发布机构\n    元阳县交通运输局\n  • 文号\n    元交函〔2025〕98号\n  • 发布日期\n    2025-10-21\n\n元阳县交通运输局对县十六届人大五次会议第76号建议答复的函\n\n普学昌代表:\n',
    );
    expect([h.indexNumber, h.docNumber ?? h.numberLine, h.publishedDate]).toEqual([
      'yyxjtysj/2025-00007',
      '元交函〔2025〕98号',
      '2025-10-21',
    ]);
  });
  test("a regulation's 颁布日期 is its publication date", () => {
    expect(
      header(
        '包头市制定地方性法规条例\n\n颁布日期:2001-6-3\n实施日期:2001-8-1\n颁布单位:包头市人民代表大会常务委员会\n\n第一条 为了规范立法。\n',
      ).publishedDate,
    ).toBe('2001-06-03');
  });
});

describe("a number line with handling tags; an office's announcement head", () => {
  test.each([
    [
      'tags after the number',
      '关于对平江县政协十届四次会议第115号提案的答复\n\n 平教字〔2020〕25号  A类  同意公开\n\n曾辉良委员:\n',
      '平教字〔2020〕25号',
    ],
    [
      'an office announcement over two lines',
      '德宏州州级储备菜籽油管理办法(试行)\n\n德宏州人民政府办公室公告\n\n第8号\n\n现公布《德宏州州级储备菜籽油管理办法(试行)》,自公布之日起施行。\n',
      '德宏州人民政府办公室公告第8号',
    ],
    [
      "a standing committee's announcement with its serial in Chinese numerals",
      '深圳市人民代表大会常务委员会听证条例\n\n深圳市人民代表大会常务委员会公告\n\n第三十七号\n\n  《深圳市人民代表大会常务委员会听证条例》现予公布,自2002年1月1日起施行。\n',
      '深圳市人民代表大会常务委员会公告第三十七号',
    ],
  ])('%s', (_name, text, number) => {
    const h = header(text);
    expect(h.docNumber ?? h.numberLine).toBe(number);
    expect(extractText(text).citations.some((c) => c.docNumber === number)).toBe(false);
  });
});

describe("a portal's date by its source line; a reposting site's copy time is none", () => {
  test.each([
    [
      '时间 before the source',
      '广州市公安局关于市十六届人大一次会议第20222114号建议答复的函\n时间:2022-05-17 16:54 来源:本网 访问量:-\n陈代表:\n您提出的建议收悉。',
      '2022-05-17',
    ],
    [
      '来自 a portal, then 时间',
      '市人民政府关于进一步优化营商环境的实施方案\n来自:襄阳市政府门户网站 时间:2018-11-22\n各县(市、区)人民政府:\n现印发给你们。',
      '2018-11-22',
    ],
    [
      'the date right after the source',
      '关于对某县政协十届四次会议第115号提案的答复\n来源:县政府办 2021-04-20 10:08\n曾委员:\n您提出的提案收悉。',
      '2021-04-20',
    ],
    [
      '时间 glued to the source label',
      '关于征求意见的公告\n时间:2022年12月06日来源:辽宁省卫生健康委员会\n各有关单位:\n现公告如下。',
      '2022-12-06',
    ],
    [
      'the date and time glued to the source label',
      '关于政协第十四届全国委员会第一次会议第03339号提案答复的函\n2024-01-30 19:12来源:\n\n应急提函〔2023〕33号\n\n周国平委员:\n您提出的提案收悉。',
      '2024-01-30',
    ],
    [
      "the date glued to a website named as the source: that site's copy",
      '2025-09-09 21:35:18来源:四川省人民政府网点击:684 次\n四川省人民政府关于印发实施方案的通知\n各市(州)人民政府:\n现印发给你们。',
      null,
    ],
    [
      'a law database mirror',
      '某省预算管理办法\n作者:法律资料网 时间:2024-07-12 11:58:51  浏览:8012   来源:法律资料网\n第一条 为了加强管理,制定本办法。',
      null,
    ],
    [
      'a mirror naming itself as the source',
      '某市窨井管理办法\n时间:2024-07-02 08:50:40 来源: 法律资料网 作者:法律资料网 阅读:8411\n第一条 为了加强管理,制定本办法。',
      null,
    ],
    [
      "a portal template's empty source and author fields",
      '对县政协十届第二次会议第025号提案的答复\n    时间:2023-11-07 08:53来源:作者:点击:\n尊敬的于广海委员:\n您提出的建议已收悉。',
      '2023-11-07',
    ],
    [
      'a time with no source (a policy mirror)',
      '某省人民政府关于深化改革的实施意见\n浏览量:          时间:2016-01-17 23:45:19\n各市人民政府:\n现提出如下意见。',
      null,
    ],
  ])('%s', (_name, text, want) => {
    expect(extractText(text).document.publishedDate).toBe(want);
  });

  test("发文日期 is the written date; the publication date comes from the page's own fields", () => {
    const both = extractText(
      '  • 公文名称:\n    对某会议第6826号建议的答复\n  • 发文日期:\n    2023-07-14\n对某会议第6826号建议的答复\n选择字体:[--] 发布时间:2023-12-29 14:43:43\n王代表:\n您提出的建议收悉。',
    ).document;
    expect([both.writtenDate, both.publishedDate]).toEqual(['2023-07-14', '2023-12-29']);
    const alone = extractText(
      '索引号:11532323015172622Y-/2018-1220012 发文日期:2017年06月28日\n某县人民政府办公室关于印发预案的通知\n各乡镇人民政府:\n现印发给你们。',
    ).document;
    expect([alone.writtenDate, alone.publishedDate]).toEqual(['2017-06-28', null]);
  });

  test.each([
    [
      '分类 in a bulleted table',
      '  • 分  类:\n    村镇建设\n  • 发文日期:\n    2023-07-14\n关于加强村落保护的通知\n各省住房和城乡建设厅:\n现通知如下。',
      ['村镇建设'],
    ],
    [
      '公文目录 of a county portal',
      '索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日\n某县人民政府办公室关于印发预案的通知\n各乡镇人民政府:\n现印发给你们。',
      ['应急管理'],
    ],
    [
      'an unlabelled bullet with a sub-class in parentheses',
      '  • 115002244506312644/2025-00050\n  • 城乡建设(城乡管理)\n  • 人大建议办理\n  • 2025-07-07\n\n关于某建议办理情况的答复函\n王代表:\n您提出的建议收悉。',
      ['城乡建设(城乡管理)'],
    ],
  ])('%s', (_name, text, want) => {
    expect(extractText(text).document.topics).toEqual(want);
  });

  test('a classification that is one document kind is the genre; an empty label after it is no value', () => {
    const d = extractText(
      '索 引 号: 00817989-3/2022-45943 分类: 报告    机构分类\n发布机构: 市发展和改革委员会 发文日期: 2020年08月10日\n关于报送应急预案的报告\n海口市抗震救灾指挥部办公室:\n现将预案报送。',
    ).document;
    expect([d.genre, d.topics]).toEqual(['报告', []]);
  });
});

describe('law-database pages: the heading printed twice, the organ under the repeat, an order serial in parentheses', () => {
  test.each([
    [
      'a law and the President’s order with the congress term',
      '您的位置: 首页 » 法律资料网 » 法律法规 »\n\n中华人民共和国某某法\n\n时间:2024-04-29 19:28:23 来源: 法律资料网 作者:法律资料网 阅读:9237\n下载地址: 点击此处下载\n\n中华人民共和国某某法\n\n全国人民代表大会常务委员会\n\n\n中华人民共和国主席令(九届第37号)\n\n《中华人民共和国某某法》已由第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过,现予公布,自2001年1月1日起施行。',
      { title: '中华人民共和国某某法', docNumber: '中华人民共和国主席令第37号', issuer: '全国人民代表大会常务委员会' },
    ],
    [
      "a provincial standing committee's announcement with its serial in parentheses",
      '广东省安全生产条例\n\n作者:法律资料网 时间:2024-05-25 04:07:13   浏览:8635   来源:法律资料网\n下载地址: 点击此处下载\n\n广东省安全生产条例\n\n广东省人大常委会\n\n\n广东省第九届人民代表大会常务委员会公告(第147号)\n\n  《广东省安全生产条例》已由广东省第九届人民代表大会常务委员会第三十七次会议于2002年10月13日通过,现予公布,自2003年1月1日起施行。',
      {
        title: '广东省安全生产条例',
        docNumber: '广东省第九届人民代表大会常务委员会公告第147号',
        issuer: '广东省人民代表大会常务委员会',
      },
    ],
    [
      "a prefecture office's measures under its announcement",
      '收藏本站| 设为首页| 首页\n\n某州储备粮管理办法(试行)\n\n作者:法律资料网 时间:2024-07-07 00:08:29  浏览:8435   来源:法律资料网\n下载地址: 点击此处下载\n\n某州储备粮管理办法(试行)\n\n云南省红河哈尼族彝族自治州人民政府办公室\n\n\n红河州人民政府办公室公告\n\n第8号\n\n现公布《某州储备粮管理办法(试行)》,自2008年10月1日起施行。',
      {
        title: '某州储备粮管理办法(试行)',
        docNumber: '红河州人民政府办公室公告第8号',
        issuer: '红河哈尼族彝族自治州人民政府办公室',
      },
    ],
  ])('%s', (_name, text, want) => {
    const d = extractText(text).document;
    expect({ title: d.title, docNumber: d.docNumber, issuer: d.issuer }).toEqual(want);
  });
});

describe('reposted pages: an approved rule, a version tag, a news subtitle, a date before its source', () => {
  test('a rule the government approved and a body issued: the body is the issuer', () => {
    const text =
      '某市节约用水基金管理办法\n\n作者:法律资料网 时间:2024-07-13 01:51:43\n\n某市节约用水基金管理办法\n\n北京市人民政府批准北京市水务局\n\n\n第一条 为加强管理,制定本办法。';
    expect(extractText(text).document.issuer).toBe('北京市水务局');
  });
  test("a database's version tag after the heading, the document's own title line without it", () => {
    const text =
      '厦门市墙体材料管理规定(2002年)\n\n作者:法律资料网 时间:2024-06-25 14:15:56\n\n厦门市墙体材料管理规定(2002年)\n\n福建省厦门市人民政府\n\n\n厦门市墙体材料管理规定\n\n  第一条 为推进墙体材料革新,制定本规定。';
    expect(extractText(text).document.title).toBe('厦门市墙体材料管理规定');
  });
  test('a period in parentheses stays when no line prints the title without it', () => {
    expect(extractText('某市科技创新规划(2021年)\n各区县人民政府:\n现印发给你们。').document.title).toBe(
      '某市科技创新规划(2021年)',
    );
  });
  test("a news page's subtitle dash and the date before the source", () => {
    const d = extractText(
      '今日要闻\n\n农业农村部答复:促进粮食安全\n\n———关于政协第十四届全国委员会第一次会议第01025号提案答复的函\n2023-09-08 11:06:27 来源:农业农村部 阅读量:12204 评论\n\n孟委员:\n您提出的提案收悉。',
    ).document;
    expect([d.title, d.publishedDate]).toEqual([
      '关于政协第十四届全国委员会第一次会议第01025号提案答复的函',
      '2023-09-08',
    ]);
  });
  test("a reply's title broken after its object is no issuer line; a page counter is no salutation", () => {
    const e = extractText(
      '名称:对政协某县第十届委员会第一次会议第25号提案的答复\n发布机构: 魏县农业农村局\n\n对政协魏县届委员会\n\n次会议第25号提案的答复\n\n访问量:\n\n李中宇委员:\n您提出的提案收悉,现答复如下。',
    );
    expect(e.document.issuer).toBe('魏县农业农村局');
    expect(e.respondsTo?.proposer).toBe('李中宇委员');
  });
  test('转发A办法和B办法的通知: both forwarded documents are this text, not citations', () => {
    const e = extractText(
      '某市人民政府办公室关于转发某市城乡建设投资(集团)有限公司管理办法和某市国有资产经营有限责任公司管理办法的通知\n各县(区)人民政府:\n现将《某市城乡建设投资(集团)有限公司管理办法》和《某市国有资产经营有限责任公司管理办法》转发给你们,请遵照执行。',
    );
    expect(e.citations).toEqual([]);
  });
});

test("a rule's note: adopted at a meeting, then published under an order — the order is its own number", () => {
  const e = extractText(
    '江西省外商投资企业用地管理办法\n\n(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布\n\n  第一条 为加强本省外商投资企业用地管理,制定本办法。',
  );
  expect(e.document.docNumber).toBe('省人民政府令第18号');
  expect(e.citations).toEqual([]);
});

describe("a reply's title broken after its session; a signer on one labelled line; a class tag that lost its letter", () => {
  test('the session line joins the number line; a year-and-series proposal number', () => {
    const e = extractText(
      '长房议字〔2025〕11号 签发人:赵洪利\n对市政协第十四届第四次会议\n第2025D048号集体提案的答复\n民建长春市委员会:\n贵会在市政协会议上提出的《关于做好城市体检工作的建议》(第2025D048号)收悉,现答复如下:',
    );
    expect([e.document.title, e.respondsTo?.number, e.respondsTo?.session]).toEqual([
      '对市政协第十四届第四次会议第2025D048号集体提案的答复',
      '2025D048',
      '市政协第十四届第四次会议',
    ]);
  });
  test('a national session line over a number line written without 第', () => {
    const e = extractText(
      '对十三届全国人大三次会议\n\n3385号建议的答复\n\n应急建函〔2020〕102号\n\n田春艳代表:\n\n您提出的关于健全城市交通基础设施突发灾害应急管理体系的建议收悉,现答复如下:',
    );
    expect([e.document.title, e.respondsTo?.number, e.respondsTo?.session]).toEqual([
      '对十三届全国人大三次会议3385号建议的答复',
      '3385',
      '十三届全国人大三次会议',
    ]);
  });
  test("承办单位 with its head's blank field and the date on one line sign the reply", () => {
    const d = extractText(
      '对县八届政协一次会议第134号提案的答复\n张阳委员:\n您提出的《关于加强公厕建设的建议》收悉,现答复如下:已列入今年项目。\n承办单位:清原满族自治县住房和城乡建设局 单位负责人: 二〇二二年八月三十日\n抄送:县政府办公室',
    ).document;
    expect([d.issuer, d.signedDate]).toEqual(['清原满族自治县住房和城乡建设局', '2022-08-30']);
  });
  test('a numbered class tag (B1类) after the own number', () => {
    const e = extractText(
      '对临湘市十八届人大二次会议第88号建议的答复\n 临自然资字〔2023〕5号 B1类 同意公开\n曾楚雄等代表:\n你们提出的《关于危房改建问题的建议》收悉。现答复如下:',
    );
    expect([e.document.docNumber, e.citations]).toEqual(['临自然资字〔2023〕5号', []]);
  });
  test('a class letter in parentheses before 类 (`(A)类`)', () => {
    const e = extractText(
      '关于桃江县十八届人民代表大会第四次会议第149号建议的答复\n桃建函〔2025〕60号 (A)类\n徐国纯代表:\n您提出的《关于近桃社区希望路硬化的建议》已收悉。',
    );
    expect([e.document.docNumber, e.citations]).toEqual(['桃建函〔2025〕60号', []]);
  });
  test('a number line whose class tag lost its letter is the own number', () => {
    const e = extractText(
      '平教字〔2021〕19号 类 同意公开\n关于对平江县政协十届五次会议第57号提案的答复\n李娟娟委员:\n您提出的提案收悉,现答复如下:',
    );
    expect([e.document.docNumber, e.citations]).toEqual(['平教字〔2021〕19号', []]);
  });
});

describe("a standing committee's announcement: its serial in parentheses on the next line, or after the term", () => {
  test.each([
    [
      'the serial in parentheses on the line under the head',
      '重庆市人民代表大会常务委员会公告\n(第三十一号)\n《重庆市实施办法》1998年3月28日经重庆市第一届人民代表大会常务委员会第八次会议通过,现予公布。',
      '重庆市人民代表大会常务委员会公告(第三十一号)',
      '重庆市人民代表大会常务委员会公告第三十一号',
    ],
    [
      "the term's bracket before the serial, under a site's menu of towns",
      '高笋塘街道 太白街道 牌楼街道 双河口街道 龙都街道 周家坝街道 沙河街道 龙沙镇 响水镇 武陵镇\n当前位置:首页 > 万州资讯 > 正文\n\n重庆市人民代表大会常务委员会公告〔六届〕第74号\n\n发布日期:2025-03-28 09:24\n《重庆市决定》已于2025年3月26日经重庆市第六届人民代表大会常务委员会第十五次会议通过,现予公布。',
      '重庆市人民代表大会常务委员会公告〔六届〕第74号',
      '重庆市人民代表大会常务委员会公告〔六届〕74号',
    ],
  ])('%s', (_name, text, title, number) => {
    const d = extractText(text).document;
    expect([d.title, d.docNumber]).toEqual([title, number]);
  });

  test('an item marker or a body speaking of itself before a date is no signature', () => {
    const d = extractText(
      '最高人民法院关于确认无效经济合同问题的批复\n\n1990年1月20日,最高人民法院\n\n内蒙古自治区高级人民法院:\n你院请示收悉。经研究,答复如下:另行制作决定书。\n(四)我院1984年9月17日《关于贯彻执行〈经济合同法〉若干问题的意见》中的意见,自本批复发布之日起作废。',
    ).document;
    expect(d.signedDate).toBe('1990-01-20');
  });
});

describe("a sub-district office's report; a law database's validity tag on the number line", () => {
  test.each([
    [
      '重庆市沙坪坝区西永街道办事处2021年政府信息公开工作年度报告\n来源:西永街道 发布时间:2022-01-29\n本年度报告根据条例编制。',
    ],
    ['重庆市沙坪坝区人民政府西永街道办事处2021年政府信息公开工作年度报告\n本年度报告根据条例编制。'],
  ])('%s', (text) => {
    const e = extractText(text);
    expect([e.document.issuer, e.agencies.find((a) => a.roles.includes('issuer'))?.name]).toEqual([
      '重庆市沙坪坝区人民政府西永街道办事处',
      '重庆市沙坪坝区人民政府西永街道办事处',
    ]);
  });
  test('the number with its date and 全文有效', () => {
    const d = extractText(
      '海关总署关于发布海关行业标准的公告\n海关总署公告2010年第83号  2010-12-24  全文有效\n\n根据《中华人民共和国海关行业标准管理办法(试行)》,现予以公布。',
    ).document;
    expect([d.docNumber, d.writtenDate]).toEqual(['海关总署公告2010年第83号', '2010-12-24']);
  });
});

describe("a plan's numbered sections end its header; a date with a table's separator signs", () => {
  test('the titles and numbers listed under 1.2编制依据 are citations, not the own number', () => {
    const e = extractText(
      '湘西高新技术产业开发区突发性地质灾害应急预案\n\n来源:湘西高新区应急管理局 发布时间:2022-02-24 16:22:44\n\n1.总则\n\n1.1编制目的\n\n1.2编制依据\n\n《国家突发事件总体应急预案》(国发〔2015〕11号)\n\n《湖南省人民政府关于进一步加强地质灾害防治工作的意见》(湘政发〔2018〕12号)\n',
    );
    expect([e.document.docNumber, e.citations.map((c) => c.docNumber)]).toEqual([
      null,
      ['国发〔2015〕11号', '湘政发〔2018〕12号'],
    ]);
  });
  test('a date line closed by a separator', () => {
    const d = extractText(
      '南宫市交通运输局关于第46号建议的答复\n秦振兴代表:\n您提出的关于“乡间路维护的建议”收悉,现答复如下:做好维护。\n2018年6月28日 |',
    ).document;
    expect(d.signedDate).toBe('2018-06-28');
  });
});

describe("a proposal system's handling form above the letter", () => {
  test("the proposal's text under 内容 is part of the form; the letter's title follows", () => {
    const e = extractText(
      '建议号:201号\n提案人:伏正洪\n内 容:\n都龙镇集镇中心小学因生源增加,需另寻地点新建搬迁,为此,建议县委、县人民政府重视,给以立项解决,确保学生有足够的学习活动空间。\n承办单位:教育局\n责任领导:杨立海\n交办日期:2015年2月9日\n反馈时间:\n办理情况\n马关县教育局关于马关县第十六届人大三次会议第201号建议的答复函\n伏正洪代表:\n你们提出的“关于都龙小学校搬迁的建议”,已交我们研究办理,现答复如下:',
    );
    expect([e.document.title, e.respondsTo?.number, e.respondsTo?.proposer]).toEqual([
      '马关县教育局关于马关县第十六届人大三次会议第201号建议的答复函',
      '201',
      '伏正洪代表',
    ]);
  });
  test('a handling form (建议办理单) is a reply; a banner names its session', () => {
    const e = extractText(
      '索引号: 11152921011765463Y/2023-01986 发布机构: 阿拉善左旗交通运输局\n公文时效:\n\n阿左旗第十六届人民代表大会第二次会议第23号建议办理单\n\n主办单位:阿拉善左旗交通运输局\n\n事    由:关于加强乡村道路建设的建议\n\n色尔道等代表:\n\n您在阿左旗第十六届人民代表大会第二次会议提出的《关于加强乡村道路建设的建议》收悉。经研究现答复如下:',
    );
    expect([e.document.title, e.respondsTo?.number, e.respondsTo?.session, e.citations]).toEqual([
      '阿左旗第十六届人民代表大会第二次会议第23号建议办理单',
      '23',
      '阿左旗第十六届人民代表大会第二次会议',
      [],
    ]);
  });
});

describe("a page's clock widget is no salutation", () => {
  test('今天是:00:00:00 农历: above a bulleted table', () => {
    const e = extractText(
      '• 今天是:00:00:00 农历:\n  • 中国政府网\n当前位置:首页 / 政务公开 / 建议提案\n  • 索 引 号:\n  • 000014349/2023-763849\n  • 名  称:\n  • 省卫生健康委关于省政协十二届四次会议第4143号提案的答复\n省卫生健康委关于省政协十二届四次会议第4143号提案的答复\n\n冉霞委员:\n\n您提出的《关于完善疾病预防控制体系的建议》收悉。现答复如下:',
    );
    expect([e.document.title, e.respondsTo?.number, e.respondsTo?.proposer]).toEqual([
      '省卫生健康委关于省政协十二届四次会议第4143号提案的答复',
      '4143',
      '冉霞委员',
    ]);
  });
});

describe("a rule's publication note without 第", () => {
  test('(1991年3月26日济南市人民政府令19号发布) is the own number as printed', () => {
    const d = extractText(
      '济南市文化娱乐市场管理规定\n\n山东省济南市人民政府\n\n\n济南市文化娱乐市场管理规定\n\n (1991年3月26日济南市人民政府令19号发布)\n\n 第一条 为加强本市文化娱乐市场管理,制定本规定。',
    ).document;
    expect(d.docNumber).toBe('济南市人民政府令19号');
  });
});

describe("a reposted order named for what it forbids, under the organ's line", () => {
  test("the related links' headline is chrome; the organ's line and the order's name make the title", () => {
    const d = extractText(
      '巫山发布森林防火封山令!涉及这些区域→ 巴南区森林防火封山令 重庆綦江区发布森林防火封山令\n创始人\n2025-06-15 05:53:28\n0\n\n巫山县人民政府\n\n森林防火封山令\n\n当前,重庆市已发布森林草原火险红色预警,根据《中华人民共和国森林法》等有关规定,决定封山。',
    ).document;
    expect([d.title, d.issuer]).toEqual(['巫山县人民政府森林防火封山令', '巫山县人民政府']);
  });
});

describe("an old record's date in parentheses after its title", () => {
  test.each([
    [
      'doubled parentheses, the body run on after the salutation',
      '哈尔滨市人民政府办公厅关于转发编纂方案的通知 ((1990年11月16日))\n各区人民政府: 经市政府同意,现将方案转发给你们。',
      '1990-11-16',
    ],
    [
      'single parentheses',
      '关于转发编纂方案的通知 (1990年11月16日)\n各区人民政府:\n现将方案转发给你们。',
      '1990-11-16',
    ],
    [
      'a signature date wins',
      '关于转发编纂方案的通知 (1990年11月16日)\n各区人民政府:\n现将方案转发给你们。\n哈尔滨市人民政府办公厅\n1990年11月20日',
      '1990-11-20',
    ],
  ])('%s', (_name, text, signed) => {
    const d = extractText(text).document;
    expect([d.title?.endsWith('的通知'), d.signedDate]).toEqual([true, signed]);
  });
});

describe("a reply's own title block under the page heading; a collection's heading; a letterhead", () => {
  test.each([
    [
      "a platform's item name, then the letter's heading that numbers the proposal",
      '  • 2024-06-14\n关于张某事项建议的答复\n关于区四届人大四次会议第41号建议的回复\n\n张某代表:\n\n您提出的关于“打通北段道路”的建议收悉。现答复如下:',
      '关于区四届人大四次会议第41号建议的回复',
    ],
    [
      'two headings that both number the proposal: the first stays the title',
      '关于区四届人大四次会议第41号建议的答复\n关于区四届人大四次会议第41号建议的回复\n张某代表:\n您提出的建议收悉。',
      '关于区四届人大四次会议第41号建议的答复',
    ],
    [
      'joint issuers with their verb on the first line of the title',
      '鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院:\n现印发给你们,请认真贯彻执行。',
      '鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知',
    ],
    [
      'joint issuers and their verb on the title line',
      '鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院:\n现印发给你们。',
      '鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知',
    ],
    [
      'the issuer line above the repeated title',
      '您当前的位置: 首页>政务公开\n\n关于市六届人大二次会议第0756号建议办理情况答复的函\n\n重庆市应急管理局\n\n关于市六届人大二次会议第0756号建议办理情况答复的函\n\n谭代表:\n你提出的建议收悉。',
      '重庆市应急管理局关于市六届人大二次会议第0756号建议办理情况答复的函',
    ],
    [
      'the repeat wrapped over two lines',
      '[ 发布机构 ] | 市应急局 | ||\n关于市六届人大三次会议第0931号代表建议办理情况的答复函\n重庆市应急管理局\n关于市六届人大三次会议第0931号代表建议\n办理情况的答复函\n杨代表:\n您提出的建议收悉。',
      '重庆市应急管理局关于市六届人大三次会议第0931号代表建议办理情况的答复函',
    ],
    [
      "a law database's issuer field set apart by blank lines stays out",
      '关于住宅专项维修资金交存有关问题的补充通知\n\n关于住宅专项维修资金交存有关问题的补充通知\n\n国务院机关事务管理局\n\n\n关于住宅专项维修资金交存有关问题的补充通知\n\n各部门:\n现通知如下。',
      '关于住宅专项维修资金交存有关问题的补充通知',
    ],
  ])('%s', (_name, text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });

  test("a collection's numbered heading is chrome; the letterhead names the issuer", () => {
    const d = extractText(
      '第一篇:贵州省关于推进探矿权延续登记有关问题的通知\n贵州省国土资源厅文件\n黔国土资发[2006]83号\n------------------\n关于推进探矿权延续登记有关问题的通知\n为认真贯彻落实有关规定,现通知如下。',
    ).document;
    expect([d.title, d.issuer, d.docNumber]).toEqual([
      '关于推进探矿权延续登记有关问题的通知',
      '贵州省国土资源厅',
      '黔国土资发〔2006〕83号',
    ]);
  });
});

test.each([
  ['渝大数据复函〔2019〕122号', '渝大数据复函〔2019〕122号'],
  ['神林函〔2022〕18号', '神林函〔2022〕18号'],
])("a number line whose code opens with the body's own short name (%s) is the own number", (line, number) => {
  const e = extractText(`关于市政协五届二次会议第0877号提案办理情况的复函\n${line}\n市社科联:\n你们提出的提案收悉。`);
  expect(e.document.docNumber).toBe(number);
  expect(e.citations).toEqual([]);
});

test("a consultation page's form labels (主题: / 时限:) are no salutation; the title under 主题 is read", () => {
  const d = extractText(
    '某市水利局\n征集调查\n\n主题:\n\n某市人民政府防汛抗旱指挥部办公室关于征求《某市防汛应急预案(征求意见稿)》修改意见的函\n\n时限:\n\n截止:2019-06-18\n\n市直有关部门: 为切实做好防汛减灾工作,现征求意见。',
  ).document;
  expect(d.title).toBe('某市人民政府防汛抗旱指挥部办公室关于征求《某市防汛应急预案(征求意见稿)》修改意见的函');
});

test("a law database's one-line record: its heading before 文章属性 is the title; the CPPCC by its committee's name in the session", () => {
  const e = extractText(
    '重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函文章属性•【制定机关】重庆市商务委员会•【公布日期】2022.05.12•【字号】渝商务函〔2022〕211号•【施行日期】2022.05.12•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】机关工作正文重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函王频委员:您提出的《关于支持在武隆布局区域性绿色农产品交易集散中心的建议》(第0779号)收悉。现答复如下:一、加快推进市场建设。',
  );
  expect(e.document.title).toBe('重庆市商务委员会关于政协重庆市委员会五届五次会议第0779号提案办理情况的答复函');
  expect(e.document.docNumber).toBe('渝商务函〔2022〕211号');
  expect(e.respondsTo).toMatchObject({ kind: '提案', number: '0779', session: '政协重庆市委员会五届五次会议' });
});

test.each([
  ['重庆市巴南区东温泉镇人民政府2025年政府信息公开工作年度报告', '重庆市巴南区东温泉镇人民政府'],
  ['重庆市大渡口区科学技术局2020年政府信息公开工作年度报告', '重庆市大渡口区科学技术局'],
])("a yearly report's title opens with its issuer, then the year: %s", (title, issuer) => {
  const d = extractText(`${title}\n\n本报告根据《中华人民共和国政府信息公开条例》编制。`).document;
  expect([d.title, d.issuer]).toEqual([title, issuer]);
});

test('a letter-spaced letterhead names the issuer too', () => {
  const d = extractText(
    '贵 州 省 国 土 资 源 厅 文 件\n黔国土资发[2006]83号\n------------------\n关于推进探矿权延续登记有关问题的通知\n为认真贯彻落实有关规定,现通知如下。',
  ).document;
  expect(d.issuer).toBe('贵州省国土资源厅');
});

test.each([
  ['桂林市住房和城乡建设局\n市住建函〔2025〕31号\n办理结果分类:A\n', '桂林市住房和城乡建设局'],
  ['某县交通运输局\n\n某交函〔2024〕12号\n', '某县交通运输局'],
])("a letter's organ alone over its number is its letterhead (信函格式): %s", (head, issuer) => {
  const d = extractText(`${head}关于市政协六届五次会议第156号提案答复的函\n姚委员:\n您提出的提案收悉。`).document;
  expect(d.issuer).toBe(issuer);
});

test('an organ line over a title, with no number line between, is no letterhead of a later number', () => {
  const d = extractText(
    '某市人民政府\n首页 > 政务公开\n关于做好防汛工作的通知\n某政发〔2024〕3号\n各区县人民政府:\n现将有关事项通知如下。',
  ).document;
  expect(d.issuer).not.toBe('某市人民政府');
});

describe("an order's signer and date run into its promulgating sentence", () => {
  test('部 长 李盛霖 二○○六年七月五日', () => {
    const d = extractText(
      '中华人民共和国交通部令\n2006 年第 8 号\n《老旧运输船舶管理规定》已于2006年6月7日经第7次部务会议通过,现予公布,自2006年8月1日起施行。 部 长 李盛霖 二○○六年七月五日\n附件:老旧运输船舶管理规定\n',
    ).document;
    expect([d.signedDate, d.effectiveDate]).toEqual(['2006-07-05', '2006-08-01']);
  });
});

describe('the date a rule was signed: a law database’s date-and-organs line, a typed year in the signature', () => {
  test.each([
    [
      '防止某某污染环境的规定\n\n国家环保局 能源部\n\n防止某某污染环境的规定\n\n1991年1月23日,国家环保局、能源部\n\n第一条 为加强管理,特制定本规定。\n',
      '1991-01-23',
    ],
    [
      '哈尔滨市人民政府关于印发《某某细则》的通知\n\n哈政发法字[2006]42号\n\n各区、县(市)人民政府:\n  现将《某某细则》印发给你们。\n\n                         哈尔滨市人民政府\n                        二00六年十一月二十二日\n',
      '2006-11-22',
    ],
    // A date followed by words that are not organs opens a sentence, not a promulgation.
    ['某某规定\n\n1991年1月23日,各地开展检查工作\n\n第一条 为加强管理。\n', null],
  ])('%s', (text, want) => expect(header(text).signedDate).toBe(want));
});

describe('title lines of county reply pages and law-database notices', () => {
  test.each([
    [
      "a reply's title with the answering bureau in parentheses",
      '您当前所在的位置:首页 > 议案建议 > 县十六届人大一次会议\n\n对县十六届人大一次会议第3号建议的答复(水利局)\n\n发布日期:2012-06-18 0:0    作者:xksh     来源:人大办公室\n王孝友代表:\n      你提出的建议收悉。\n',
      '对县十六届人大一次会议第3号建议的答复(水利局)',
    ],
    [
      "a database's heading over a notice that issues it without 关于 or 《》",
      '您的位置: 首页 » 法律资料网 » 法律法规 »\n\n梅州市社会养老保险市级统筹实施办法\n\n作者:法律资料网 时间:2024-07-23 03:38:05\n\n梅州市社会养老保险市级统筹实施办法\n\n广东省梅州市人民政府\n\n\n印发梅州市社会养老保险市级统筹实施办法的通知\n\n\n梅市府〔2004〕18号\n\n各县(市、区)人民政府,市府直属各单位:\n现将《梅州市社会养老保险市级统筹实施办法》印发给你们。\n',
      '印发梅州市社会养老保险市级统筹实施办法的通知',
    ],
  ])('%s', (_name, text, want) => expect(header(text).title).toBe(want));
});

describe('a database page whose labels run into their values; a reposting site dates its copy', () => {
  test('发文机关X, 施行日期Y with no separator, under a mirror line', () => {
    const h = header(
      '地区\n\n(2024年)关于政协第十四届全国委员会第二次会议第03434号提案答复的函\n\n来源:m.055110.com   日期:2025-01-08 阅读次数:\n\n发文机关国家卫生健康委员会\n\n发文日期2024年07月18日\n\n时效性现行有效\n\n施行日期2024年07月18日\n\n委员您好:\n\n您提出的提案收悉。\n',
    );
    // The mirror's 日期 (its copy, 2025-01-08) is no publication date; 发文日期 is the written date.
    expect([h.issuerField?.text, h.effectiveDate, h.issuedDate, h.writtenDate, h.publishedDate]).toEqual([
      '国家卫生健康委员会',
      '2024-07-18',
      '2024-07-18',
      '2024-07-18',
      null,
    ]);
  });
  test('a dashed list of fields whose labels run into their values', () => {
    const h = header(
      '- 索引号000014348/2020-02432\n- 发布机构弥勒市政府办公室\n- 文号弥民函〔2017〕14号\n- 发布日期2018-08-19\n- 有效性有效\n弥勒市民政局关于市人大代表建议第200号答复的函\n李文章代表:\n',
    );
    expect([h.indexNumber, h.docNumber, h.publishedDate, h.issuerField?.text]).toEqual([
      '000014348/2020-02432',
      '弥民函〔2017〕14号',
      '2018-08-19',
      '弥勒市政府办公室',
    ]);
  });
  test('文件名称 labels the title', () => {
    expect(header('文件名称:对十二届全国人大四次会议5185号建议的答复\n王代表:\n你提出的建议收悉。\n').title).toBe(
      '对十二届全国人大四次会议5185号建议的答复',
    );
  });
  test('a sentence that opens with a label word is no field', () => {
    const h = header('关于开展调查的通知\n各单位:\n施行日期前请完成报送。\n');
    expect(h.effectiveDate).toBeNull();
  });
});

describe("a bilingual law database's heading tags", () => {
  test.each([
    [
      'Decision of the State Council (2016) [Partially Invalid]\n国务院关于修改部分行政法规的决定(2016) [部分失效]\n\nOrder of the State Council\n\n\n(No. 666) (第666号)\n\n国务院关于修改部分行政法规的决定》已经国务院常务会议通过,现予公布。\n',
      '国务院关于修改部分行政法规的决定',
    ],
    // An announcement's own serial alone stays in its title.
    [
      '沈阳市人民代表大会常务委员会办公室公告(第7号)\n现将条例草案全文公布。\n',
      '沈阳市人民代表大会常务委员会办公室公告(第7号)',
    ],
  ])('%s', (text, want) => expect(header(text).title).toBe(want));
});

describe("a reply's title wrapped before its letter-spaced kind word", () => {
  test.each([
    [
      '汨交提字〔2017〕3号\n对汨罗市政协十届一次会议第26号提案的\n答 复\n任湘成委员:\n你提出的提案收悉。\n',
      '对汨罗市政协十届一次会议第26号提案的答复',
    ],
    [
      '关于县十届人大二次会议第12号建议的\n复  函\n王代表:\n你提出的建议收悉。\n',
      '关于县十届人大二次会议第12号建议的复函',
    ],
  ])('%s', (text, want) => expect(header(text).title).toBe(want));
});

describe("a portal's own number in square brackets after the title; its date line with 信息来源", () => {
  test('关于…的答复[X〔2018〕101号] / 2018-07-11 09:01 信息来源:…', () => {
    const doc = extractText(
      '关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]\n\n2018-07-11 09:01    信息来源:浙江省交通运输厅   字号:[ 大 中 小 ]\n\n\n李明代表:\n\n您提出的《关于修建旅游公路的建议》收悉。经研究,现答复如下:',
    );
    expect(doc.document.title).toBe('关于省十三届人大一次会议温36号建议的答复');
    expect(doc.document.docNumber).toBe('浙交建〔2018〕101号');
    expect(doc.document.publishedDate).toBe('2018-07-11');
    expect(doc.citations).toEqual([]);
  });
  test('【…号】 after the title', () => {
    const doc = extractText(
      '关于印发某县防汛应急预案的通知【某政办发〔2021〕12号】\n\n各乡镇人民政府:\n现印发给你们。',
    );
    expect(doc.document.docNumber).toBe('某政办发〔2021〕12号');
    expect(doc.document.title).toBe('关于印发某县防汛应急预案的通知');
  });
});

describe("a site's search box is no salutation; central bodies' short forms as joint issuers", () => {
  test('全文检索: above the page, 中共中央 全国人大常委会 国务院 全国政协 中央军委关于…', () => {
    const e = extractText(
      '全文检索:\n \n当前位置:首页\n>> 年鉴 >> 特载\n日期: 2017-08-28 浏览次数: 来源: 研究室 字号:[ ]\n\n中共中央 全国人大常委会 国务院 全国政协 中央军委关于庆祝某自治区成立50周年的贺电\n\n中共某自治区委员会、某自治区人民政府:\n\n值此某自治区成立50周年之际,中共中央、国务院表示热烈祝贺。',
    );
    expect(e.document.title).toBe('中共中央全国人大常委会国务院全国政协中央军委关于庆祝某自治区成立50周年的贺电');
    expect(e.document.issuer).toBe('中共中央');
    expect(e.document.publishedDate).toBe('2017-08-28');
    expect(e.agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining(['中共中央', '国务院', '中国人民政治协商会议全国委员会', '中央军事委员会']),
    );
  });
  test.each(['站内搜索:', '关键词:'])('%s is no salutation', (label) => {
    expect(
      header(`${label}\n\n某县人民政府关于做好某项工作的通知\n\n各乡镇人民政府:\n现通知如下。`).salutationText,
    ).toBe('各乡镇人民政府');
  });
});

describe("a slogan banner above the title; a forum's post count; a 公示; the organ before the page's time", () => {
  test('社会主义核心价值观: … above the title is chrome', () => {
    const e = extractText(
      '社会主义核心价值观:  富强、  民主、  文明、  和谐。\n\n某市人民政府办公厅关于印发《某市行政执法公示制度》等两项制度的通知\n\n信息来源:某市人民政府办公厅 发布时间:2015-12-22 12:07\n\n各县、区人民政府:\n  《某市行政执法公示制度》、《某市行政执法监督员制度》已经市政府审议通过,现印发给你们。',
    );
    expect(e.document.title).toBe('某市人民政府办公厅关于印发《某市行政执法公示制度》等两项制度的通知');
    expect(e.citations).toEqual([]);
  });
  test("a forum's post count (1,755) is no section number", () => {
    const e = extractText(
      '新闻 某省民政厅回应某提案 (1人在浏览)\n\nOK100\n注册\n2019-11-22\n帖子\n1,755\n反馈评分\n147\n\n某省民政厅关于省政协十二届二次会议第20190880号提案答复的函\n\n王五等委员:\n\n你们提出的《关于深化合作区融合的建议》(第20190880号)提案收悉。现答复如下:',
    );
    expect(e.document.title).toBe('某省民政厅关于省政协十二届二次会议第20190880号提案答复的函');
    expect(e.respondsTo?.number).toBe('20190880');
  });
  test('…名单的公示 under its organ and time', () => {
    const e = extractText(
      '拟推荐创建全省第三批乡村治理示范村镇名单的公示\n\n湖南省农业农村厅  时间: 2023-12-13 09:44  【字体:\n\n根据有关要求,经评选,拟推荐浏阳市永安镇等10个乡镇为示范乡镇。',
    );
    expect(e.document.title).toBe('拟推荐创建全省第三批乡村治理示范村镇名单的公示');
    expect(e.document.publishedDate).toBe('2023-12-13');
  });
});

describe('the own number opening the body, run into the addressees', () => {
  test('湘政办发[2018]27号各市州、县市区人民政府,…', () => {
    const e = extractText(
      '论文部分内容阅读\n湘政办发[2018]27号各市州、县市区人民政府,省政府各厅委、各直属机构:为切实解决学生失学辍学问题,根据《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》(国办发[2017]72号)精神,经省人民政府同意,现提出如下实施意见。\n',
    );
    expect(e.document.docNumber).toBe('湘政办发〔2018〕27号');
    expect(e.citations.map((c) => c.docNumber)).toEqual(['国办发〔2017〕72号']);
  });
  test('a number inside a sentence is no own number', () => {
    const e = extractText('某县人民政府关于某事的通知\n各乡镇人民政府:\n根据某政办发〔2018〕27号文件精神,现通知如下。');
    expect(e.document.docNumber).toBeNull();
  });
});

describe("a site's tags after a title; a credit line; 下发; a quoted title's own 及", () => {
  test.each<[string, string]>([
    [
      '国务院办公厅关于开展行政法规规章清理工作的通知(2007年12号)\n\n各省、自治区、直辖市人民政府:\n现通知如下。',
      '国务院办公厅关于开展行政法规规章清理工作的通知',
    ],
    [
      '|\n最高人民法院关于审理某类案件若干问题的规定(一) (附:理解与适用)\n|\n发布部门:最高人民法院\n整理者:张三 阅读:2341 |\n|\n为正确审理案件,制定本规定。',
      '最高人民法院关于审理某类案件若干问题的规定(一)',
    ],
  ])('%s', (text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });
  test('关于下发《X》的通知: X, whose title holds 征管法及其实施细则, is this document, and 《征管法》 still stands for the law', () => {
    const e = extractText(
      '国家税务总局关于下发《国家税务总局关于贯彻实施税收征管法及其实施细则若干问题的规定》的通知\n\n各省、自治区、直辖市税务局:\n现将《国家税务总局关于贯彻实施税收征管法及其实施细则若干问题的规定》印发给你们,请认真贯彻执行。\n\n为了保证《中华人民共和国税收征收管理法》(以下简称《征管法》)的贯彻实施,现就有关问题规定如下:\n一、纳税人应当按照《征管法》规定的程序向税务机关申报。\n',
    );
    expect(e.citations.map((c) => [c.title, c.relation])).toEqual([['中华人民共和国税收征收管理法', 'basis']]);
  });
});
