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
