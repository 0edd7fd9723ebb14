// test/ingest/header.test.ts — metadata table layouts, title lines, salutation, signature and the last date.
import { clean } from '../../ingest/clean.ts';
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
    ['four-line table', TABLE, { indexNumber: '11500000MB15895317/2023-00159', docNumber: '渝科局函〔2023〕349号', genre: '政协提案办理', topics: ['科技', '教育'], writtenDate: '2023-07-27', publishedDate: '2023-07-28', issuer: '市科技局' }],
    ['one field per line, value on the next', ONE_PER_LINE, { indexNumber: '11500000009276281J/2023-00684', docNumber: '渝经信复函〔2023〕373号', genre: '人大建议办理', topics: ['工业'], writtenDate: null, publishedDate: '2023-04-04', issuer: '市经济信息委' }],
    ['labels and values inline', INLINE, { indexNumber: '11500000MB15895317/2022-00039', docNumber: '渝科局函〔2022〕242号', genre: '人大建议办理', topics: ['科技', '教育'], writtenDate: '2022-07-12', publishedDate: '2022-07-12', issuer: '市科技局' }],
    ['colon labels with spaced characters', COLON, { indexNumber: '306-18-2021-537', docNumber: '国科发火〔2021〕106号', genre: null, topics: [], writtenDate: '2021-04-22', publishedDate: '2021-04-26', issuer: '科技部' }],
    ['bullet list', BULLETS, { indexNumber: '008282882/2025-00273', docNumber: '川府发〔2025〕18号', genre: null, topics: [], writtenDate: '2025-09-28', publishedDate: '2025-09-30', issuer: '四川省人民政府' }],
    ['full-width colons, ideographic spaces and digits', FULL_WIDTH, { indexNumber: '000014349/2021-00046', docNumber: '国办发〔2021〕26号', genre: null, topics: ['科技', '教育'], writtenDate: '2021-07-16', publishedDate: '2021-07-17', issuer: '国务院办公厅' }],
  ])('%s', (_name, text, want) => {
    const h = header(text);
    expect({ indexNumber: h.indexNumber, docNumber: h.docNumber, genre: h.genre, topics: h.topics, writtenDate: h.writtenDate, publishedDate: h.publishedDate, issuer: h.issuerField?.text ?? null }).toEqual(want);
    if (h.issuerField) expect(text.slice(h.issuerField.start, h.issuerField.end)).toBe(h.issuerField.text);
  });

  test('a metadata table printed under the text', () => {
    const h = header(`重庆市科学技术局关于开展工作的通知\n各有关单位:\n请按要求执行。\n重庆市科学技术局\n2023年4月28日\n${TABLE}`);
    expect([h.indexNumber, h.docNumber, h.writtenDate, h.signedDate, h.issuerField?.text]).toEqual(['11500000MB15895317/2023-00159', '渝科局函〔2023〕349号', '2023-07-27', '2023-04-28', '市科技局']);
  });

  test('one-line page metadata: 颁布时间 and 发文单位', () => {
    const h = header('颁布时间:2022-03-28 18:00 发文单位:重庆市财政局\n各区县(自治县)财政局:\n为贯彻落实……');
    expect([h.publishedDate, h.issuerField?.text, h.title, h.salutationText]).toEqual(['2022-03-28', '重庆市财政局', null, '各区县(自治县)财政局']);
  });
});

describe('title lines', () => {
  test.each([
    ['one line with a space', '重庆市科学技术局 关于市政协六届一次会议第0035号提案的复函\n市政协民建界别:\n你们提出的……', '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函'],
    ['three lines', '重庆市科学技术局\n关于市六届人大一次会议第1160号建议\n办理情况的答复函\n一、促进科技成果转移转化情况\n近年来,市科技局持续加强协作。', '重庆市科学技术局关于市六届人大一次会议第1160号建议办理情况的答复函'],
    ['blank lines between', '重庆市教育委员会\n\n关于市六届人大一次会议\n\n第0776号建议办理情况的答复函\n\n一、前期工作推进情况', '重庆市教育委员会关于市六届人大一次会议第0776号建议办理情况的答复函'],
    ['joint issuers and a masthead', '丰都县科学技术局行政规范性文件\n丰都县科学技术局\n丰都县财政局\n关于印发《丰都县科研项目管理办法(试行)》的通知\n丰科技发〔2024〕46号\n各乡镇人民政府、街道办事处:\n', '丰都县科学技术局丰都县财政局关于印发《丰都县科研项目管理办法(试行)》的通知'],
    ['split before the quoted title', '2025-09-09 21:35:18来源:四川省人民政府网点击:684 次\n四川省人民政府关于印发\n《体系化推进科技创新和科技成果转化实施方案(2025—2027年)》的通知\n川府发〔2025〕17号\n各市(州)人民政府:\n', '四川省人民政府关于印发《体系化推进科技创新和科技成果转化实施方案(2025—2027年)》的通知'],
    ['a column name glued before it', '重庆市科学技术局通知公告 关于开展2021年度全市科普统计调查工作的通知\n发布时间:2022-03-30 16:59:10\n关于开展2021年度全市科普统计调查工作的通知\n渝科普联办〔2022〕3号\n各有关市级部门:\n', '关于开展2021年度全市科普统计调查工作的通知'],
    ['breadcrumbs and toolbars first', '首页>政务公开>建议提案办理 > 建议公开\n\n重庆市发展和改革委员会关于市六届人大一次会议第0367号建议办理情况的答复函\n\n日期: 2023-05-08\n字体:\n\n易先勇代表:\n\n您提出的……', '重庆市发展和改革委员会关于市六届人大一次会议第0367号建议办理情况的答复函'],
    ['a plan without 关于', '重庆市大渡口区“十四五”科技创新规划\n重庆市大渡口区“十四五”科技创新规划\n重庆市大渡口区科学技术局\n2021年8月\n目 录\n“十四五”时期,是大渡口区抢抓新发展机遇的关键时期。', '重庆市大渡口区“十四五”科技创新规划'],
    // A saved page prints the issuer in its menu above the metadata table and again above 关于: the title is built
    // from the lines after the table only, and an organ line repeated right below is one issuer.
    ['issuer in the menu and again after the table', '首页 > 政务公开 > 通知公告\n重庆市市场监督管理局\n' + INLINE + '\n重庆市市场监督管理局\n关于组织开展2024年度重庆市标准化试点示范项目申报工作的通知\n各区县(自治县)市场监管局:\n',
      '重庆市市场监督管理局关于组织开展2024年度重庆市标准化试点示范项目申报工作的通知'],
    ['an organ line repeated by the title line', '重庆市市场监督管理局\n重庆市市场监督管理局关于开展2024年度计量器具专项监督检查的通知\n各区县(自治县)市场监管局:\n',
      '重庆市市场监督管理局关于开展2024年度计量器具专项监督检查的通知'],
    ['no title before a salutation', '各区县(自治县)财政局:\n为贯彻落实党中央决策部署。', null],
    ['a sentence is never a title', '根据《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》(国发〔2020〕7号)', null],
  ])('%s', (_name, text, want) => expect(header(text).title).toBe(want));

  // 转发 notices: the agencies after 转发 wrote the forwarded document; only the forwarding body issued this one.
  test.each([
    ['issuer on the line above', '重庆市人民政府办公厅\n转发市科技局 市财政局关于进一步改革完善市级财政科研经费管理若干措施的通知\n渝府办发〔2021〕103号\n各区县(自治县)人民政府:\n',
      '重庆市人民政府办公厅转发市科技局市财政局关于进一步改革完善市级财政科研经费管理若干措施的通知', ['重庆市人民政府办公厅']],
    ['issuer on the title line', '四川省人民政府办公厅转发省发展改革委 省能源局关于加快推进充电基础设施建设意见的通知\n川办发〔2022〕5号\n各市(州)人民政府:\n',
      '四川省人民政府办公厅转发省发展改革委省能源局关于加快推进充电基础设施建设意见的通知', ['四川省人民政府办公厅']],
    ['one forwarded agency, no space', '重庆市人民政府办公厅\n转发市商务委关于进一步促进消费若干措施的通知\n各区县(自治县)人民政府:\n',
      '重庆市人民政府办公厅转发市商务委关于进一步促进消费若干措施的通知', ['重庆市人民政府办公厅']],
  ])('转发: %s', (_name, text, title, issuers) => {
    const h = header(text);
    expect([h.title, h.titleIssuers.map((m) => m.text)]).toEqual([title, issuers]);
  });

  test('the number line under the title and what a notice issues', () => {
    const h = header('四川省人民政府\n\n关于印发《四川省人民政府工作规则》的通知\n\n川府发〔2025〕18号\n\n各市(州)人民政府:\n');
    expect([h.numberLine, h.issued, h.titleIssuers.map((m) => m.text)]).toEqual(['川府发〔2025〕18号', ['四川省人民政府工作规则'], ['四川省人民政府']]);
  });
});

describe('salutation', () => {
  test.each([
    ['市政协民建界别:', '市政协民建界别'],
    ['周杭代表:', '周杭代表'],
    ['侯东德代表', '侯东德代表'],
    ['各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局,各国家高新区管委会:', '各省、自治区、直辖市及计划单列市科技厅(委、局),新疆生产建设兵团科技局,各国家高新区管委会'],
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
    ['letter-spaced issuer', '现印发给你们。\n科 技 部\n2021年4月22日\n[放大字体] | [关闭窗口] |', '2021-04-22', ['科 技 部']],
    ['joint issuers, a note after the date', '请遵照执行。\n丰都县科学技术局 丰都县财政局\n2024年12月16日\n(此件公开发布)\n丰都县科研项目管理办法(试行)\n第一章 总则', '2024-12-16', ['丰都县科学技术局', '丰都县财政局']],
    ['a damaged date', '特此函复。\n重庆市教育委员会\n2025427', '2025-04-27', ['重庆市教育委员会']],
    ['the date line itself carries a note', '特此通知。\n重庆市财政局\n2022年3月28日(此件主动公开)', '2022-03-28', ['重庆市财政局']],
    ['a seal note after the name', '特此函复。\n重庆市科学技术局（盖章）\n2023年4月28日', '2023-04-28', ['重庆市科学技术局']],
    ['no day, no date', '规划正文。\n重庆市大渡口区科学技术局\n2021年8月', null, []],
  ])('%s', (_name, body, want, issuers) => {
    const text = `关于开展工作的通知\n各有关单位:\n${body}`;
    const h = header(text);
    expect(h.signedDate).toBe(want);
    expect(h.signatureIssuers.map((m) => m.text)).toEqual(issuers);
    for (const m of h.signatureIssuers) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('attachments', () => {
  test('附件 lists are documents of this text', () => {
    const h = header('关于开展统计调查工作的通知\n各单位:\n请按要求填报。\n附件:1.2021年度重庆科普统计调查方案\n2.2021年度科普统计调查表.xlsx\n重庆市科普工作联席会议办公室\n2022年3月21日');
    expect(h.attachments).toEqual(['2021年度重庆科普统计调查方案', '2021年度科普统计调查表']);
  });
});
