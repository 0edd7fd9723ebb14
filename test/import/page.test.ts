// test/import/page.test.ts — what a saved portal page is and what of it is kept: the metadata table in its printings,
// list pages, chrome and footers dropped, the declared charset honoured. Tables of small pages shaped like real ones.

import { decodePage, declaredCharset } from '../../ingest/html/charset.ts';
import { labelFieldOf } from '../../ingest/html/metadata.ts';
import { analysePage } from '../../ingest/html/page.ts';
import { decodeDocument } from '../../ingest/read.ts';
import { portalPage } from '../../testkit/portal-site.ts';

const BODY =
  '<p>你们提出的《关于加强基础研究投入的建议》（第0312号）收悉。现答复如下：我市落实《国务院关于全面加强基础科学研究的若干意见》（国发〔2018〕4号），设立市自然科学基金联合基金，2021年全市基础研究经费投入增长21.5%。下一步，我们将推动设立区县联合基金，引导企业加大基础研究投入。感谢您对科技工作的关心和支持。</p>';
const page = (inner: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某的复函_重庆市科学技术局</title><script>var x = "《假》";</script></head><body>${inner}</body></html>`;
const MENU =
  '<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>';
const FOOTER =
  '<div class="bottom-wrap"><p>主办单位：重庆市科学技术局</p><p>网站标识码：5000000045 渝ICP备05003300号 渝公网安备 50011202500456号</p></div>';

describe('the metadata table, in the printings of real portals', () => {
  test.each([
    [
      'bracketed labels in cells',
      '<table><tr><td>[ 索引号 ]</td><td>11500000MB15895317/2022-00109</td><td>[ 发文字号 ]</td><td>渝科局函〔2022〕188号</td></tr><tr><td>[ 成文日期 ]</td><td>2022-07-08</td></tr></table>',
      '渝科局函〔2022〕188号',
    ],
    [
      'colon labels in spans of a list',
      '<ul class="xxgk-info"><li><span>索引号：</span>11500000MB15895317/2022-00109</li><li><span>发文字号：</span>渝科局函〔2022〕188号</li><li><span>发布机构：</span>市科技局</li></ul>',
      '渝科局函〔2022〕188号',
    ],
    [
      'spaced labels with the value in the same cell',
      '<table><tr><td>索 引 号：11500000MB15895317/2022-00109</td></tr><tr><td>文　　号：渝科局函［2022］188号</td></tr><tr><td>成文日期：2022年07月08日</td></tr></table>',
      '渝科局函〔2022〕188号',
    ],
    [
      'a table whose number is 无',
      '<table><tr><th>索引号</th><td>11500000MB15895317/2022-00109</td></tr><tr><th>发文字号</th><td>无</td></tr><tr><th>发布日期</th><td>2022-07-08</td></tr></table>',
      null,
    ],
  ])('%s', (_name, table, number) => {
    const a = analysePage(
      page(
        `${MENU}${table}<h1>重庆市科学技术局关于第0312号建议的答复函</h1><div class="article">${BODY}</div>${FOOTER}`,
      ),
    );
    expect(a.kind).toBe('document');
    expect(a.metadataFields.length).toBeGreaterThanOrEqual(2);
    expect(a.docNumber).toBe(number);
    // The table stays in the text (the header stage reads it), the body is apart from it.
    expect(a.text).toContain('11500000MB15895317/2022-00109');
    expect(a.body).not.toContain('11500000MB15895317/2022-00109');
    expect(a.body).toContain('国发〔2018〕4号');
  });

  test.each([
    ['[ 索引号 ]', 'indexNumber'],
    ['【发文字号】渝府发〔2021〕23号', 'docNumber'],
    ['发布机构：', 'issuer'],
    ['成文日期：2023-07-27', 'writtenDate'],
    ['经研究，现答复如下：', null],
    ['联系人：王明', null],
  ])('label run %s → %s', (text, field) => {
    expect(labelFieldOf(text)?.field ?? null).toBe(field);
  });

  test("a toolbar's 字号：大 中 小 after the title does not pull the body into the table", () => {
    const a = analysePage(
      page(`<table><tr><td>[ 索引号 ]</td><td>11500000MB15895317/2023-00121</td><td>[ 发文字号 ]</td><td>渝科局发〔2023〕58号</td></tr></table>
      <div class="content"><h1>标题</h1><div class="bar">日期：2023-06-15 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>${BODY}</div>`),
    );
    expect(a.docNumber).toBe('渝科局发〔2023〕58号');
    expect(a.stats.bodyChars).toBeGreaterThan(100);
  });
});

describe('what is dropped', () => {
  test('scripts, menus, breadcrumbs, related-article lists and the footer', () => {
    const related =
      '<div class="xgwz"><ul>' +
      [
        '关于开展2023年度科技型企业申报工作的通知',
        '关于公布2023年第一批重庆市科技型企业名单的通知',
        '关于印发重庆市科技企业孵化器认定和管理办法的通知',
      ]
        .map((t) => `<li><a href="/a.html">${t}</a></li>`)
        .join('') +
      '</ul></div>';
    const a = analysePage(
      page(
        `${MENU}<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/x/">建议提案办理</a></div><h1>标题</h1>${BODY}${related}${FOOTER}`,
      ),
    );
    expect(a.kind).toBe('document');
    for (const gone of ['《假》', '互动交流', '您当前的位置', '孵化器认定', '网站标识码', 'ICP备'])
      expect(a.text).not.toContain(gone);
    expect(a.text).toContain('国发〔2018〕4号');
  });

  // The caption under a page's QR code, in the markups of gov.cn (test/fixtures/import-real), TRS and Hanweb templates.
  test.each([
    ['gov.cn', '<div id="div_div"><div id="qr_container" style="margin:auto;">\n扫一扫在手机打开当前页\n</div></div>'],
    [
      'a paragraph in a share box',
      '<div class="wzewm"><p class="txt-color">扫一扫在手机打开当前页</p><div class="j-qrcode"></div></div>',
    ],
    ['a span beside the toolbar', '<div class="fx"><span>扫一扫在手机打开当前页</span><img src="/qr.png"></div>'],
  ])('the QR caption under the document (%s)', (_name, caption) => {
    const a = analysePage(page(`<h1>关于第0312号建议的答复函</h1><div class="article">${BODY}</div>${caption}`));
    expect(a.kind).toBe('document');
    expect(a.text).not.toContain('扫一扫');
    expect(a.text).toContain('国发〔2018〕4号');
  });

  test('a footer marker inside a long paragraph is text', () => {
    const long = `<p>网站标识码是政府网站的唯一身份代码。${'各区县要按照国家标准做好政府网站集约化建设工作，'.repeat(20)}</p>`;
    expect(analysePage(page(`<h1>关于做好政府网站集约化工作的通知</h1>${long}`)).text).toContain(
      '网站标识码是政府网站',
    );
  });
});

describe('a page laid out in one table (an older county portal)', () => {
  test('the menu cell and the footer cell are dropped, the document cell kept', () => {
    const a =
      analysePage(`<html><head><meta charset="gb2312"><title>关于印发城口县科技创新专项资金管理办法的通知--城口县人民政府</title></head>
<body><table width="1000"><tr><td colspan="2"><img src="/images/banner.jpg"></td></tr>
<tr><td width="200"><table><tr><td><a href="/">网站首页</a></td></tr><tr><td><a href="/zwgk/">政务公开</a></td></tr><tr><td><a href="/zfwj/">政府文件</a></td></tr><tr><td><a href="/tzgg/">通知公告</a></td></tr></table></td>
<td><table><tr><td align="center"><b>关于印发城口县科技创新专项资金管理办法的通知</b></td></tr><tr><td align="center">城口府办发〔2016〕88号</td></tr>
<tr><td>各乡镇人民政府、街道办事处，县政府各部门，有关单位：<br>为加强和规范县科技创新专项资金管理，提高资金使用效益，根据《重庆市科技计划项目管理办法》（渝府办发〔2015〕56号）和有关规定，结合我县实际，制定本办法。<br>城口县人民政府办公室<br>2016年7月20日</td></tr></table></td></tr>
<tr><td colspan="2" align="center">版权所有：城口县人民政府办公室 渝ICP备05001234号</td></tr></table></body></html>`);
    expect(a.kind).toBe('document');
    expect(a.title).toBe('关于印发城口县科技创新专项资金管理办法的通知');
    expect(a.text).toContain('（渝府办发〔2015〕56号）');
    expect(a.text).not.toMatch(/网站首页|版权所有|ICP备|^\|$/m);
  });
});

describe('list and index pages', () => {
  const items = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<li><a href="./202307/t2023072${i}_1218304${i}.html">重庆市科学技术局关于市政协六届一次会议第00${10 + i}号提案的复函</a><span>2023-07-2${i}</span></li>`,
    ).join('');
  test.each([
    [
      'a column page of 20 replies with a script pager',
      `${MENU}<ul class="tab-item-list">${items(20)}</ul><div class="page"><script>createPageHTML(8, 0, "index", "html");</script></div>${FOOTER}`,
    ],
    [
      'the last page of a column, two items',
      `${MENU}<ul class="list">${items(2)}</ul><div class="fenye"><a href="index.html">首页</a> <a href="index_6.html">上一页</a></div>${FOOTER}`,
    ],
    [
      'a column whose items carry a short summary',
      `<div class="list">${Array.from({ length: 8 }, (_, i) => `<div class="item"><a href="./t${i}.html">重庆市科学技术局关于第00${i}号建议的答复函</a><p>2023-07-2${i} 建议答复</p></div>`).join('')}</div>`,
    ],
  ])('%s', (_name, inner) => {
    const a = analysePage(page(inner));
    expect(a.kind).toBe('list');
    expect(a.reason).toMatch(/^list page: \d+ document links/);
  });

  test('a page with neither text nor document links', () => {
    const a = analysePage(page(`${MENU}<div class="wrap"><p>栏目建设中</p></div>${FOOTER}`));
    expect(a.kind).toBe('empty');
    expect(a.reason).toMatch(/^too little text/);
  });

  test('a reply without a metadata table that links a few related replies is a document', () => {
    const related = '<div class="xgwz"><ul>' + items(4) + '</ul></div>';
    expect(
      analysePage(
        page(`<h1>重庆市科学技术局关于第0312号建议的答复函</h1><div id="zoom">${BODY}${BODY}</div>${related}`),
      ).kind,
    ).toBe('document');
  });
});

describe('charset', () => {
  const gbkBytes = (s: string) => Buffer.from(new TextEncoder().encode(s)); // UTF-8 for the cases that need it
  test('a <meta http-equiv> charset is found within the first bytes, in any case', () => {
    expect(
      declaredCharset(Buffer.from('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB2312">')),
    ).toBe('gb2312');
    expect(declaredCharset(Buffer.from("<meta charset='big5'>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<html><head><title>x</title>'))).toBeNull();
  });

  test('valid UTF-8 wins over a stale gb2312 declaration; a server charset is used for bytes that are not UTF-8', () => {
    const utf8 = gbkBytes('<meta charset="gb2312"><p>重庆市科学技术局</p>');
    expect(decodePage(utf8, 'a.html').html).toContain('重庆市科学技术局');
    expect(decodePage(utf8, 'a.html').by).toBe('utf-8');
  });

  test('the GB18030, GBK and Big5 fixture pages decode without mojibake', async () => {
    const { readFileSync } = await import('node:fs');
    const gb = decodePage(portalPage('/zwgk_176/fdzdgknr/jytabl/202207/t20220715_10938711.html'), 'gb.html');
    expect([gb.encoding, gb.by, gb.declared]).toEqual(['gb18030', 'declared', 'gbk']);
    expect(gb.html).toContain('九三学社重庆市委员会');
    const big5 = decodePage(readFileSync('test/fixtures/portal/broken/big5-notice.html'), 'big5.html');
    expect(big5.encoding).toBe('big5');
    expect(big5.html).toContain('重慶市人民政府港澳事務辦公室');
    const wrong = decodePage(readFileSync('test/fixtures/portal/broken/wrong-charset.html'), 'wrong.html');
    expect([wrong.encoding, wrong.by, wrong.declared]).toEqual(['gb18030', 'sniffed', 'utf-8']);
    expect(wrong.html).toContain('民盟重庆市委员会');
  });

  test('ingest and extract read a saved page in its declared charset too', async () => {
    const { readFileSync } = await import('node:fs');
    const d = decodeDocument(readFileSync('test/fixtures/portal/broken/big5-notice.html'), 'big5-notice.html');
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('為貫徹落實《內地與香港關於建立更緊密經貿關係的安排》');
  });
});

describe('a saved page of the test fixtures', () => {
  test('test/fixtures/saved-page-with-scripts.html: its script text is dropped, its table and reply kept', async () => {
    const { readFileSync } = await import('node:fs');
    const a = analysePage(readFileSync('test/fixtures/saved-page-with-scripts.html', 'utf8'));
    expect(a.kind).toBe('document');
    expect(a.docNumber).toBe('渝科局函〔2023〕372号');
    expect(a.text).not.toMatch(/假的标题|渝府发〔2099〕1号|您当前的位置/);
    expect(a.body).toContain('《关于推进我市创新链与产业链融合发展的建议》');
  });
});
