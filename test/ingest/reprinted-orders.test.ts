// Orders and rules reprinted by forums, law firms and congress sites: the order's heading in 《》, a forum's tag and
// counters above it, a law firm's blurb above the record, a publication note run together, a title that names the
// congress's deputies.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

describe("an order's heading in 《》 over its serial is the own number, never a citation", () => {
  const text =
    '查看: 1366|回复: 0\n\n[资料] 震后地震趋势判定公告规定\n\n[复制链接]\n\n1809\n\n主题\n\n1万\n\n铜板\n\n发表于 2012-8-11 18:29 | 显示全部楼层 |阅读模式\n《中国地震局令》\n第 2 号\n 《震后地震趋势判定公告规定》,已于 1998 年 12 月 29 日 经中国地震局局务会议通过,现予发布,自发布之日起施行。\n 局长 陈章立\n震后地震趋势判定公告规定\n第一条 为了加强管理,根据《中华人民共和国防震减灾法》和《地震预报管理条例》,制定本规定。\n';
  test('number, issuer and title; the forum tag is no part of the title, its coin count no section heading', () => {
    const x = extractText(text);
    expect({ title: x.document.title, docNumber: x.document.docNumber, issuer: x.document.issuer }).toEqual({
      title: '震后地震趋势判定公告规定',
      docNumber: '中国地震局令第2号',
      issuer: '中国地震局',
    });
    expect(x.citations.map((c) => c.title)).toEqual(['中华人民共和国防震减灾法', '地震预报管理条例']);
  });
  test('a place in square brackets stays in the title', () => {
    expect(
      extractText('[重庆]市农业委员会办公室转发农业部关于做好春耕工作的通知\n\n各区县农委:\n现转发给你们。\n').document
        .title,
    ).toBe('[重庆]市农业委员会办公室转发农业部关于做好春耕工作的通知');
  });
});

describe('a publication note run together with its adoption', () => {
  test('审议通过2021年12月25日…令第160号公布', () => {
    const d = extractText(
      '(2021年12月20日十三届省政府第157次常务会议审议通过2021年12月25日甘肃省人民政府令第160号公布自2022年3月1日起施行)\n第一章总则\n第一条为了健全和落实消防安全责任制,根据《中华人民共和国消防法》,制定本办法。\n',
    ).document;
    expect({ docNumber: d.docNumber, issuer: d.issuer, effectiveDate: d.effectiveDate }).toEqual({
      docNumber: '甘肃省人民政府令第160号',
      issuer: '甘肃省人民政府',
      effectiveDate: '2022-03-01',
    });
  });
});

describe("a law database record copied onto a site, the document's text on the record's line", () => {
  test("the record's date over the site's stamp; the text after the last field is the document's", () => {
    const x = extractText(
      '古人类化石和古脊椎动物化石保护管理办法\n\n发布日期:2006-08-26 10:56:04 阅读次数:711\n【发布单位】文化部 【发布文号】文化部令第38号 【发布日期】2006-08-07 【生效日期】2006-08-07 【所属类别】国家法律法规 【文件来源】国家文物局 古人类化石和古脊椎动物化石保护管理办法 (文化部令第38号) 《古人类化石和古脊椎动物化石保护管理办法》已经2006年7月3日文化部部务会议审议通过,现予公布,自公布之日起施行。 第一条 为加强对古人类化石的保护和管理,根据《中华人民共和国文物保护法》制定本办法。\n第二条 本办法所称古人类化石,指古猿化石。\n',
    );
    expect({ publishedDate: x.document.publishedDate, docNumber: x.document.docNumber }).toEqual({
      publishedDate: '2006-08-07',
      docNumber: '文化部令第38号',
    });
    expect(x.citations.map((c) => c.title)).toEqual(['中华人民共和国文物保护法']);
  });
});

describe("a law firm's blurb closed by its more-link above the law database record", () => {
  test('the record is read', () => {
    const d = extractText(
      '律师介绍\n\n杨周律师,江苏连众律师事务所主任,全国法律援助工作先进个人,连云港市优秀律师,毕业于南京大学法律系,具有法律本科、会计专科学历,熟悉经济,精通法律,擅长公司法律事务。从业以来,能够严格遵守律师职业道德,恪尽职守,坚持诚信为本、专业取胜的执业理念,先后为数十…[详细介绍]\n\n与我联系\n\n古人类化石和古脊椎动物化石保护管理办法\n\n【发布单位】文化部 【发布文号】文化部令第38号 【发布日期】2006-08-07 【生效日期】2006-08-07 【所属类别】部门规章\n\n第一条 为了加强对古人类化石的保护,制定本办法。\n',
    ).document;
    expect({ title: d.title, docNumber: d.docNumber, issuer: d.issuer }).toEqual({
      title: '古人类化石和古脊椎动物化石保护管理办法',
      docNumber: '文化部令第38号',
      issuer: '文化部',
    });
  });
});

describe("a title's head naming the congress's deputies names no issuer", () => {
  test('…人民代表大会代表建议、批评和意见办理办法', () => {
    const d = extractText(
      '彭水苗族土家族自治县人民代表大会代表建议、批评和意见办理办法\n\n(2013年4月 县第十六届人大常委会第八次会议通过)\n\n第一章 总 则\n\n第一条 为了做好代表建议办理工作,制定本办法。\n',
    ).document;
    expect(d.issuer).toBeNull();
  });
});

describe("a joint letterhead: the zone's Party working committee leads", () => {
  test('中共河北雄安新区工作委员会 / 河北雄安新区管理委员会', () => {
    const d = extractText(
      '雄安发〔2021〕5号\n中共河北雄安新区工作委员会\n河北雄安新区管理委员会\n关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n新区各部门:\n现将方案印发给你们。\n',
    ).document;
    expect(d.issuer).toBe('中共河北雄安新区工作委员会');
  });
});

describe("an association site's sidebar of cut links above an order", () => {
  test('the links are no title; the order promulgated 现予以发布 names it', () => {
    const x = extractText(
      '政策法规\n互联网宗教信息服务管理办法\n宗教活动场所财务管理办法\n石家庄市道教协会章程\n石家庄市道教协会道教教职人员认…\n石家庄市道教教职人员日常行为规…\n政策法规 网站首页 ->> 政策法规\n《宗教教职人员备案办法》\n时间:2016/1/3 23:27:25 浏览:2031次\n\n国家宗教事务局令\n\n第3号\n\n    《宗教教职人员备案办法》已于2006年12月25日经国家宗教事务局局务会议通过,现予以发布,自2007年3月1日起施行。\n\n宗教教职人员备案办法\n\n  第一条  为了规范宗教教职人员备案,根据《宗教事务条例》,制定本办法。\n',
    );
    expect({ title: x.document.title, docNumber: x.document.docNumber }).toEqual({
      title: '宗教教职人员备案办法',
      docNumber: '国家宗教事务局令第3号',
    });
    expect(x.citations.map((c) => c.title)).toEqual(['宗教事务条例']);
  });
});

describe("a newspaper page's toolbar numbered by its page is no section heading", () => {
  test('3 上一篇 放大 缩小 默认', () => {
    const d = extractText(
      '第08版:文件 上一版3\n\n标题导航\n| 山南网首页 |\n2021年6月23日 星期\n3 上一篇 放大 缩小 默认\n山南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n“十四五”时期是我国全面建成小康社会之后的第一个五年。\n',
    ).document;
    expect(d.title).toBe('山南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
  });
});

describe("a barred metadata row's 发布机关", () => {
  test('文 号 | X | 发布机关 | Y |', () => {
    const d = extractText(
      '文 号 | 深鹏管规〔2019〕6号 | 发布机关 | 深圳市大鹏新区管理委员会 |\n签发日期 | 2019-12-17 | 实施日期 | 2019-12-30 |\n新区各单位、各办事处:\n《深圳市大鹏新区棚户区改造实施细则(试行)》已经新区管委会同意,现予印发,请遵照执行。\n',
    ).document;
    expect({ docNumber: d.docNumber, issuer: d.issuer, effectiveDate: d.effectiveDate }).toEqual({
      docNumber: '深鹏管规〔2019〕6号',
      issuer: '深圳市大鹏新区管理委员会',
      effectiveDate: '2019-12-30',
    });
  });
});

describe("a law library's page: its search form's labels above a bulleted record", () => {
  test('单位: is no salutation; 【法规标题】 and the order number under its publishing organ', () => {
    const d = extractText(
      '题目:并且:\n\n单位:\n\n登录名:密码:\n\n《法律图书馆》电子杂志每周发送目录摘要,订阅\n\n法律图书馆>>新法规速递>> 浙江省人民政府关于修改《浙江省国家安全技术保卫办法》等14件规章的决定\n\n  • 《新法规速递》推出安卓手机版,购软件送7寸平板电脑!\n  • 【法规标题】浙江省人民政府关于修改《浙江省国家安全技术保卫办法》等14件规章的决定\n  • 【颁布单位】浙江省人民政府\n  • 【发文字号】令2018年第374号\n  • 【颁布时间】2018-12-29\n\n  浙江省人民政府令\n\n  第374号\n\n  《浙江省人民政府关于修改〈浙江省国家安全技术保卫办法〉等14件规章的决定》已经省人民政府常务会议审议通过,现予公布,自公布之日起施行。\n',
    ).document;
    expect({ title: d.title, docNumber: d.docNumber, issuer: d.issuer, publishedDate: d.publishedDate }).toEqual({
      title: '浙江省人民政府关于修改《浙江省国家安全技术保卫办法》等14件规章的决定',
      docNumber: '浙江省人民政府令第374号',
      issuer: '浙江省人民政府',
      publishedDate: '2018-12-29',
    });
  });
});

describe("a district portal's 信息名称 and 发文序号", () => {
  test('• 信息名称 / • 发文序号', () => {
    const x = extractText(
      '• 索引号:11N000/ZK-2023-000021\n  • 发文单位:区政府办\n  • 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知\n  • 发文序号:京兴政办发〔2023〕1 号\n  • 成文日期:2023年3月3日\n  • 发布日期:2023年3月9日\n\n关于印发《2023年区政府工作报告重点工作分工方案》的通知\n\n  各镇人民政府,区政府各委、办、局:\n\n  现将方案印发给你们。\n',
    );
    expect({ title: x.document.title, docNumber: x.document.docNumber }).toEqual({
      title: '关于印发《2023年区政府工作报告重点工作分工方案》的通知',
      docNumber: '京兴政办发〔2023〕1号',
    });
    expect(x.citations.map((c) => c.docNumber)).not.toContain('京兴政办发〔2023〕1号');
  });
});

describe('an empty field is no value of the label above it', () => {
  test.each([
    // A search form's labels one under another.
    [
      '信息名称:\n信息类别:\n发布机构:\n  • 名        称 :对十二届全国人大五次会议第1085号建议的答复\n  • 文        号 :新广建议〔2017〕138号\n\n对十二届全国人大五次会议第1085号建议的答复\n\n姚晓英代表:\n\n您提出的建议收悉。\n',
      'title',
      '对十二届全国人大五次会议第1085号建议的答复',
    ],
    // A database's empty expiry field over its source address.
    [
      '  • 【法规标题】浙江省人民政府关于修改部分规章的决定\n  • 【颁布时间】2018-12-29\n  • 【失效时间】\n  • 【法规来源】http://www.zj.gov.cn/art/2019/1/24/art_1551336_30378874.html\n  • 【全文】\n\n第一条 本决定自公布之日起施行。\n',
      'expiryDate',
      null,
    ],
  ] as const)('%s', (text, field, value) => {
    expect(extractText(text).document[field]).toBe(value);
  });
});
