// test/ingest/mirror-pages.test.ts — what reposting and document-sharing sites put around a document: a blurb about
// the shared file, a related-links list or a "the rest is hidden" note at the foot, a template's unfilled date tag,
// an order's number on the line of the rule it promulgates, an untitled decision naming its organ in its first sentence.

import { extractText } from '../../ingest/extract.ts';

describe("a document-sharing site's blurb about the file is chrome, its 《》 no citations", () => {
  test.each([
    [
      'a league office notice under a sharing site',
      '某某办法.docx\n- 文档编号:5043956\n- 上传时间:2022-12-12\n- 格式:DOCX\n某某办法.docx\n《某某办法.docx》由会员分享,可在线阅读,更多相关《某某办法.docx(9页珍藏版)》请在冰豆网上搜索。\n某某办法\n阿拉善盟行政公署办公室关于印发某某办法的通知\n(阿署办发〔2007〕22号)\n各旗人民政府,行署各委、办、局:\n现将《某某办法》印发给你们,请遵照执行。根据《国家行政机关公文处理办法》(国发〔2000〕23号)制定。\n二○○七年六月五日',
      {
        title: '阿拉善盟行政公署办公室关于印发某某办法的通知',
        issuer: '阿拉善盟行政公署办公室',
        docNumber: '阿署办发〔2007〕22号',
        citations: ['国发〔2000〕23号'],
      },
    ],
    [
      'a county notice under another sharing site',
      '关于做好防汛工作的通知.doc\n《关于做好防汛工作的通知.doc》由会员分享,可在线阅读,更多相关《关于做好防汛工作的通知.doc》请在人人文库网上搜索。\n某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府:\n按照《防汛条例》要求,现就有关事项通知如下。',
      {
        title: '某县人民政府办公室关于做好防汛工作的通知',
        issuer: null,
        docNumber: null,
        citations: ['防汛条例'],
      },
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    expect({
      title: e.document.title,
      issuer: want.issuer === null ? null : e.document.issuer,
      docNumber: e.document.docNumber,
      citations: e.citations.map((c) => c.docNumber ?? c.title),
    }).toEqual(want);
  });
});

describe("a portal's notice about the reader's browser is chrome at any length", () => {
  test.each([
    [
      "a provincial office's report under a browser notice",
      '尊敬的用户,您好!\n\n网站不支持您所使用的浏览器版本(可能会出现网页变形等问题)。为了更好地展示页面效果,请您使用以下浏览器(点击图标会跳转到相关浏览器的官方网站下载页面)。\n\n\n四川省地方志工作办公室2021年度政府信息公开工作年度报告\n\n来源:四川省地方志工作办公室 发布时间:2022-01-27 16:45:22\n\n本年度报告由四川省地方志工作办公室根据《中华人民共和国政府信息公开条例》要求编制而成。\n',
      { title: '四川省地方志工作办公室2021年度政府信息公开工作年度报告', issuer: '四川省地方志工作办公室' },
    ],
    [
      'a municipal notice under an old-browser warning',
      '当前浏览器版本过低,可能会有安全风险且无法正常显示。建议您升级或使用其他浏览器。\n重庆市卫生健康委员会关于做好疾病预防控制工作的通知\n各区县卫生健康委:\n现就有关事项通知如下。\n',
      { title: '重庆市卫生健康委员会关于做好疾病预防控制工作的通知', issuer: '重庆市卫生健康委员会' },
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    expect({ title: e.document.title, issuer: e.document.issuer }).toEqual(want);
  });
});

describe("a portal's column name over the document's own title yields to it", () => {
  test.each([
    [
      '政府信息公开年度报告\n\n咸宁市政务服务和大数据管理局2025年政府信息公开工作年度报告\n\n发布日期:2026-01-28来源:咸宁市政务服务和大数据管理局\n\n根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n',
      '咸宁市政务服务和大数据管理局2025年政府信息公开工作年度报告',
    ],
    [
      '法治政府建设年度报告\n\n重庆市綦江区人民政府关于2024年法治政府建设情况的报告\n\n2024年,綦江区坚持依法行政。\n',
      '重庆市綦江区人民政府关于2024年法治政府建设情况的报告',
    ],
    // A title with its own year stays, whatever follows it.
    [
      '重庆市綦江区2024年法治政府建设情况报告\n\n綦江区人民政府2024年工作报告\n\n2024年,綦江区坚持依法行政。\n',
      '重庆市綦江区2024年法治政府建设情况报告',
    ],
  ])('%s', (text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });
});

describe("a page's foot: related links and a hidden-content note hold other pages' titles", () => {
  test.each([
    [
      'a related-news heading with a colon',
      '某省交通运输厅关于省政协十一届四次会议第181号提案的答复\n王委员:\n根据《某省省道网规划》,我厅已安排建设资金。\n某省交通运输厅\n2016年8月25日\n相关新闻:\n- 副厅长出席省交通工会工作会议2019-05-15\n- 国务院关于印发《某某条例》的通知2019-05-15\n- 某市交通局开展应急演练2019-05-14',
      ['某省省道网规划'],
    ],
    [
      "a mirror's hidden-content note, then a list with a quoted title",
      '关于修改《某某管理规定》的决定\n交通运输部决定对《某某管理规定》(交通运输部令2012年第2号)作如下修改:\n一、第六条修改为:……\n【之后的内容被隐藏了,请下载APP查看完整内容。】\n- 全国人民代表大会常务委员会关于批准《中华人民共和国和某国关于司法协助的条约》的决定(2001年)\n- 金融监管总局关于普惠信贷的通知(2024年)',
      ['交通运输部令2012年第2号'],
    ],
    [
      'a bracketed related-articles heading',
      '某市人民政府关于某事的通知\n各区县:\n依据《某某办法》执行。\n【相关文章】\n《另一个办法》解读',
      ['某某办法'],
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    expect(e.citations.map((c) => c.docNumber ?? c.title)).toEqual(want);
    expect(e.agencies.map((a) => a.name)).not.toContain('全国人民代表大会常务委员会');
    expect(e.programs.map((p) => p.name)).toEqual([]);
  });

  test('相关文件 stays: portals list the document’s own related documents under it', () => {
    const e = extractText(
      '某市人民政府关于某事的通知\n各区县:\n现就有关事项通知如下。\n相关文件\n《某某实施办法》(某府发〔2020〕3号)',
    );
    expect(e.citations.map((c) => c.docNumber)).toEqual(['某府发〔2020〕3号']);
  });
});

describe('a decision whose title names no organ and whose first sentence does; a template date tag', () => {
  test.each([
    [
      '关于修改《某某管理规定》的决定(YYYY年MM月)\n交通运输部决定对《某某管理规定》(交通运输部令2012年第2号)作如下修改:\n一、第六条修改为:……',
      { title: '关于修改《某某管理规定》的决定', issuer: '交通运输部' },
    ],
    [
      '关于废止部分规章的决定\n国家林业局经研究决定废止下列规章:\n一、《某某办法》',
      { title: '关于废止部分规章的决定', issuer: '国家林业局' },
    ],
    // A sentence whose subject is no organ names no issuer.
    ['关于表彰先进集体的决定\n全体干部职工决定积极参与。', { title: '关于表彰先进集体的决定', issuer: null }],
  ])('%s', (text, want) => {
    const d = extractText(text).document;
    expect({ title: d.title, issuer: d.issuer }).toEqual(want);
  });
});

describe("an order's number on the line of the rule it promulgates", () => {
  test.each([
    [
      '商业特许经营备案管理办法\n\n商务部\n\n\n商务部令2007年第15号 商业特许经营备案管理办法\n\n  《商业特许经营备案管理办法》已经商务部部务会讨论通过,现予以公布,自2007年5月1日起施行。',
      { docNumber: '商务部令2007年第15号', title: '商业特许经营备案管理办法' },
    ],
    [
      '某省人民政府令第116号 某省河道管理规定\n《某省河道管理规定》已经省政府常务会议通过,现予公布。',
      { docNumber: '某省人民政府令第116号', title: '某省河道管理规定' },
    ],
  ])('%s', (text, want) => {
    const d = extractText(text).document;
    expect({ docNumber: d.docNumber, title: d.title }).toEqual(want);
  });
});

describe('more page furniture: a date widget, a viewer’s settings, a repost’s headline, links to the next page', () => {
  test.each([
    [
      'a county portal: 今天是: above the title, 上一篇: links under the signature',
      '今天是:\n欢迎访问某县人民政府门户网\n\n马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函\n\n杨开顺代表:\n\n你提出的“关于对浪健段柏油路维修的建议”,已交我局研究办理,现答复如下:\n我局已将该路段纳入大中修项目。\n\n马关县交通运输局\n\n2022年7月22日\n\n关闭\n\n上一篇:马关县财政局关于马关县第十八届人大一次会议第101号建议的答复\n下一篇:马关县民政局关于第88号建议的答复\n',
      {
        title: '马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函',
        proposer: '杨开顺代表',
        agencies: ['马关县交通运输局'],
      },
    ],
    [
      "a database viewer's settings and its heading's revision tag",
      '广东规范性文件 > 正文阅览\n转第\n下载\n保留字段信息\n页面宽度(px):\n\n页面宽度范围为200至2000\n\n清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)\n\n清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n\n各县(市、区)人民政府,市政府各部门:\n  新修订的《清远市人民政府工作规则》现印发给你们。\n清远市人民政府\n  2019年11月29日\n',
      {
        title: '清远市人民政府关于印发《清远市人民政府工作规则》的通知',
        proposer: undefined,
        agencies: ['清远市人民政府'],
      },
    ],
    [
      "a repost's exclaiming headline",
      '名单公布!23个县(市、区)、132个乡镇(街道)入选!\n江西省人民政府政务公开办公室关于公布某某入选名单的通知\n各市、县(区)人民政府办公室:根据有关要求,现予以公布。\n',
      {
        title: '江西省人民政府政务公开办公室关于公布某某入选名单的通知',
        proposer: undefined,
        agencies: ['江西省人民政府政务公开办公室'],
      },
    ],
  ])('%s', (_name, text, want) => {
    const e = extractText(text);
    expect({
      title: e.document.title,
      proposer: e.respondsTo?.proposer,
      agencies: e.agencies.filter((a) => a.roles.includes('issuer')).map((a) => a.name),
    }).toEqual(want);
    // The pages linked at the foot name no agency of this document.
    expect(e.agencies.map((a) => a.name)).not.toContain('马关县财政局');
  });
});

test('a login link is no issuer; a 责任部门 cell ends the 发布机构 cell before it', () => {
  const d = extractText(
    '无障碍浏览 长者模式\n登录个人中心\n首页 政府信息公开 新闻中心\n\n关于2017年人大建议、政协提案办理情况的督查通报\n\n索引号 640502001/2017-62520 文号 督查通报第13期 生成日期 2017-10-17\n公开方式 主动公开 发布机构 沙坡头区人民政府办公室 责任部门 沙坡头区政府办\n\n近期,区政府督查室对各部门承办的建议进行了督查。\n',
  ).document;
  expect([d.title, d.issuer]).toEqual([
    '关于2017年人大建议、政协提案办理情况的督查通报',
    '中卫市沙坡头区人民政府办公室',
  ]);
});
