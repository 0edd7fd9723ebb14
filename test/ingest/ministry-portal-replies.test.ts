// A ministry portal's reply pages and a city's normative documents in other page shapes: labels with a cell's bar and
// their values on the next line, run-in bulleted labels under slogan banners, a reply that only its opening names,
// order numbers cited without 第 or without parentheses.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';
import { docNumberKey } from '../../ingest/normalize.ts';

describe("a bulleted table whose labels close with the cell's bar, their values below", () => {
  const text =
    '2022年01月05日 加入收藏网站无障碍\n  • 索  引  号|\n    717823004/2023-00109\n  • 分       类|\n    建议提案办理;提案答复;其他公文\n  • 发布单位|\n    就业促进司\n  • 发文日期|\n    2023年08月07日\n  • 标       题|\n    人力资源社会保障部对政协第十四届全国委员会第一次会议第00412号(社会管理类025号)提案的答复\n  • 发文字号|\n    人社提字〔2023〕67号\n人力资源社会保障部对政协第十四届全国委员会第一次会议第00412号(社会管理类025号)提案的答复\n\n您提出的关于促进灵活就业高质量发展的提案收悉,经商财政部、商务部,现答复如下:\n\n灵活就业是劳动者就业增收的重要渠道。\n';
  test('title, number, date read; the filing columns of a bare 分类 are no subjects', () => {
    const d = extractText(text).document;
    expect({ title: d.title, docNumber: d.docNumber, writtenDate: d.writtenDate, topics: d.topics }).toEqual({
      title: '人力资源社会保障部对政协第十四届全国委员会第一次会议第00412号(社会管理类025号)提案的答复',
      docNumber: '人社提字〔2023〕67号',
      writtenDate: '2023-08-07',
      topics: [],
    });
  });
  test('under 主题分类 the same kind of value stays a subject', () => {
    const d = extractText('  • 主题分类 :建议答复\n  • 发文字号 :新广建议〔2017〕12号\n标题\n\n正文。\n').document;
    expect(d.topics).toEqual(['建议答复']);
  });
});

describe("a ministry's reply series names the ministry", () => {
  test.each([
    ['人社建字〔2024〕82号', '人力资源和社会保障部'],
    ['人社提字〔2023〕67号', '人力资源和社会保障部'],
  ])('%s', (number, issuer) => {
    const d = extractText(
      `${number}\n您提出的关于加快推进新就业形态劳动者权益保障立法的建议收悉,现答复如下:\n一、我部高度重视。\n`,
    ).document;
    expect(d.issuer).toBe(issuer);
  });
});

describe('a reply with no title line: its opening addresses the proposer', () => {
  test.each([
    [
      '您提出的关于加快推进新就业形态劳动者权益保障立法的建议收悉',
      '建议',
      '关于加快推进新就业形态劳动者权益保障立法的建议',
    ],
    ['你们在县十七届人大三次会议上提出的关于改善农村饮水条件的建议收悉', '建议', '关于改善农村饮水条件的建议'],
    ['您提出的关于促进灵活就业高质量发展的提案收悉', '提案', '关于促进灵活就业高质量发展的提案'],
  ])('%s', (opening, kind, title) => {
    const x = extractText(`人社建字〔2024〕82号\n${opening},经商国家发展改革委,现答复如下:\n一、关于制度建设\n`);
    expect(x.respondsTo).toMatchObject({ kind, title });
  });
  test('a sentence about a suggestion received from someone else is no reply', () => {
    const x = extractText(
      '关于做好年度工作的通知\n各单位:\n群众提出的关于改善农村饮水条件的建议收悉后,各单位要认真研究。\n',
    );
    expect(x.respondsTo).toBeNull();
  });
});

describe('an order number cited without 第, or without parentheses', () => {
  test.each([
    [
      '根据《政府投资条例》(国务院令712号)、《四川省政府投资管理办法》(川府发〔2014〕56号),制定本办法。',
      '政府投资条例',
    ],
    [
      '根据《政府投资条例》国务院令第712号、《国务院关于投资体制改革的决定》(国发〔2004〕20号)精神,制定本办法。',
      '政府投资条例',
    ],
  ])('%s', (sentence, title) => {
    const c = extractText(`第一条 为加强政府投资项目管理,${sentence}\n`).citations.find((x) => x.title === title);
    expect({ docNumber: c?.docNumber, issuer: c?.issuer }).toEqual({ docNumber: '国务院令第712号', issuer: '国务院' });
  });
  test('the same order with and without 第 is one number', () => {
    expect(docNumberKey('国务院令712号')).toBe(docNumberKey('国务院令第712号'));
  });
  test("an order without 第 heading a mirror's page is no number", () => {
    const x = extractText(
      '贵州省人民政府令116号\n【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06\n广西壮族自治区土地整治办法\n第一条 为了规范土地整治活动,制定本办法。\n',
    );
    expect(x.document.docNumber).toBe('广西壮族自治区人民政府令2016年第116号');
  });
  test('an old number written before its title still pairs with it', () => {
    const c = extractText(
      '海关总署:(88)署货字第403号文《中华人民共和国海关对进料加工进出口货物管理办法》发布后,各关理解不同。\n',
    ).citations;
    expect(c.map((x) => [x.title, x.docNumber])).toEqual([
      ['中华人民共和国海关对进料加工进出口货物管理办法', '〔88〕署货字403号'],
    ]);
  });
});

describe("a former Chongqing bureau's code names it in its years", () => {
  test('渝国土房管发', () => {
    const c = extractText('根据《重庆市公共租赁住房管理暂行办法》(渝国土房管发〔2011〕9号),制定本细则。\n')
      .citations[0];
    expect(c?.issuer).toBe('重庆市国土资源和房屋管理局');
  });
});

describe('slogan banners above a run-in bulleted table', () => {
  const text =
    '踔厉奋发、勇毅前行,以实际行动迎接党的二十大胜利召开! 高举习近平新时代中国特色社会主义思想伟大旗帜,团结奋进全面建设社会主义现代化四川新征程! 唱好“双城记”,共建“经济圈”\n共建公平竞争环境,共谋高质量发展 强化公平竞争,优化营商环境\n  • 您当前所在位置:\n  • 索引号76138620/2025-030766\n  • 主题分类国民经济管理、国有资产监管\n  • 公文种类\n  • 发布机构广安市前锋区人民政府办公室\n  • 成文日期2025-02-10\n  • 发布日期2025-02-10\n  • 文号前府办发〔2025〕2号\n  • 有效性有效\n\n各镇人民政府、街道办事处,区级各部门:\n\n《广安市前锋区行政事业性国有资产管理办法》已经区政府同意,现印发给你们。\n';
  test('the fields are read, the subjects too; the slogan is no program', () => {
    const x = extractText(text);
    const d = x.document;
    expect({
      indexNumber: d.indexNumber,
      docNumber: d.docNumber,
      writtenDate: d.writtenDate,
      topics: d.topics,
      issuer: d.issuer,
    }).toEqual({
      indexNumber: '76138620/2025-030766',
      docNumber: '前府办发〔2025〕2号',
      writtenDate: '2025-02-10',
      topics: ['国民经济管理', '国有资产监管'],
      issuer: '广安市前锋区人民政府办公室',
    });
    expect(x.programs.map((p) => p.name)).not.toContain('双城记');
  });
});

describe("a county's own measures named by the county and 本县", () => {
  test('政府投资 is a term, not the county government issuing; its organs are named the county’s way', () => {
    const x = extractText(
      '巫山县政府投资管理办法\n(征求意见稿)\n第一章 总则\n第一条 为了规范政府投资行为,根据《政府投资条例》(国务院令第712号),结合本县实际,制定本办法。\n第五条 县政府应当加强对政府投资工作的领导。\n',
    );
    expect(x.document.issuer).toBeNull();
    expect(x.agencies.map((a) => a.name)).toContain('巫山县人民政府');
  });
  test('the place fitted to with its short name in parentheses', () => {
    const x = extractText(
      '第一条 为了加强殡葬管理,结合彭水苗族土家族自治县(以下简称自治县)实际,制定本条例。\n第四条 自治县人民政府应当加强对殡葬工作的领导。\n',
    );
    expect(x.agencies.map((a) => a.name)).toContain('彭水苗族土家族自治县人民政府');
  });
});

describe('a works head before the words of its cost or quality is no program', () => {
  test('控制工程造价', () => {
    const x = extractText('第一条 为加强政府投资项目管理,保证工程质量,控制工程造价,提高投资效益,制定本办法。\n');
    expect(x.programs.map((p) => p.name)).toEqual([]);
  });
});
