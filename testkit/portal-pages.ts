// testkit/portal-pages.ts — the HTML templates of the fixture government portal (shaped like kjj.cq.gov.cn, a TRS
// WCM site): the chrome every page shares, a column's list page with its pager, and a document page with its
// metadata table. Text from the site spec is inserted as written: the spec holds HTML-safe text (and the one link
// of an attachment line), as a portal's CMS stores it.

/** A document page, as the spec describes it after copies are resolved. */
export interface PortalDocument {
  path: string;
  /** The column named in the page head and the breadcrumb. */
  column: string;
  title: string;
  /** The charset the page declares and is written in (utf-8, GBK, gb2312). */
  charset?: string;
  /** `trs`: the CMS's usual article page; `plain`: an older template with no metadata block. */
  template?: 'trs' | 'plain';
  /** `table`: the four-row 索引号/发文字号 table; `list`: the 政务公开 key–value list. */
  metadata?: 'table' | 'list';
  index?: string;
  number?: string;
  subject?: string;
  genre?: string;
  publisher?: string;
  written?: string;
  published: string;
  body: {
    /** The addressee line (主送). */
    to: string;
    paragraphs: string[];
    /** The signing organ and the date, right-aligned. */
    signature?: string[];
    /** Lines after the signature (联系人 …). */
    after?: string[];
    /** The attached PDF, linked under the document's own title. */
    attachment?: string;
  };
}

/** One line of a list page or of a 相关文章 box. */
export interface ListedLink {
  href: string;
  title: string;
  date: string;
}

/** How a column pages its list: the CMS's script (`createPageHTML`) or plain links (首页/上一页/下一页). */
export type Pager = 'script' | 'links';

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

function head(site: string, charset: string, column: string, title: string): string[] {
  return [
    DOCTYPE,
    '<html xmlns="http://www.w3.org/1999/xhtml">',
    '<head>',
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />`,
    `<meta name="SiteName" content="${site}" />`,
    `<meta name="ColumnName" content="${column}" />`,
    `<meta name="ArticleTitle" content="${title}" />`,
    `<title>${title}_${site}</title>`,
    '<link rel="stylesheet" type="text/css" href="/images/common.css" />',
    '<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>',
    '</head>',
    '<body>',
    `<div class="top-bar"><div class="wrap"><span>欢迎访问${site}网站</span> <a href="/">首页</a> <a href="javascript:void(0);" id="wza">无障碍</a> <a href="/yjx/">意见箱</a></div></div>`,
    `<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/logo.png" alt="${site}" /></a>`,
    '<form class="search" action="/search/" method="get"><input type="text" name="searchWord" value="" /><button type="submit">搜索</button></form></div></div>',
    '<div class="menu"><ul>',
    '<li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li><li><a href="/zwgk_176/">政务公开</a></li>',
    '<li><a href="/zwgk_176/fdzdgknr/jytabl/">建议提案办理</a></li><li><a href="/zwgk_176/fdzdgknr/qtgw/">其他公文</a></li><li><a href="/hdjl/">互动交流</a></li>',
    '</ul></div>',
  ];
}

function footer(site: string): string[] {
  return [
    '<div class="footer"><div class="wrap">',
    '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sy/">使用帮助</a></p>',
    `<p>主办单位：${site}&nbsp;&nbsp;地址：重庆市渝北区新溉大道2号生产力大厦&nbsp;&nbsp;邮编：401147</p>`,
    '<p>网站标识码：5000000045&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">渝ICP备05003300号</a>&nbsp;&nbsp;<img src="/images/ga.png" />渝公网安备 50011202500456号</p>',
    '</div></div>',
    '<script type="text/javascript">var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0000"; })();</script>',
    '</body>',
    '</html>',
  ];
}

function page(site: string, charset: string, column: string, title: string, main: string[]): string {
  return [...head(site, charset, column, title), ...main, ...footer(site)].join('\n') + '\n';
}

/** The home page: the 最新公开 box. */
export function homePage(site: string, latest: { href: string; text: string }[]): string {
  return page(site, 'utf-8', '首页', site, [
    '<div class="wrap"><div class="zxgk"><div class="tit">最新公开</div><ul>',
    ...latest.map((l) => `<li><a href="${l.href}">${l.text}</a></li>`),
    '</ul></div></div>',
  ]);
}

/** The pager under a list: `createPageHTML(pages, current, …)`, or links where the next page is left blank on the last. */
function pager(kind: Pager, pages: number, current: number): string {
  if (kind === 'script')
    return `<div class="page"><script type="text/javascript">createPageHTML(${pages}, ${current}, "index", "html");</script></div>`;
  const name = (i: number) => (i === 0 ? 'index.html' : `index_${i}.html`);
  const parts = ['<a href="index.html">首页</a>'];
  if (current > 0) parts.push(`<a href="${name(current - 1)}">上一页</a>`);
  parts.push(current < pages - 1 ? `<a href="${name(current + 1)}">下一页</a>` : '');
  parts.push(`<span>共${pages}页</span>`);
  return `<div class="fenye">${parts.join(' ')}</div>`;
}

/** Page `current` (0-based) of a column's list: links relative to the column, as the CMS writes them. */
export function listPage(
  site: string,
  column: { path: string; name: string; pager: Pager },
  side: { path: string; name: string }[],
  links: ListedLink[],
  pages: number,
  current: number,
): string {
  const relative = (href: string) => `./${href.slice(column.path.length)}`;
  return page(site, 'utf-8', column.name, column.name, [
    '<div class="wrap">',
    `<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk_176/">政务公开</a> &gt; <span>${column.name}</span></div>`,
    `<div class="zwgk-side"><ul>${side.map((c) => `<li><a href="${c.path}">${c.name}</a></li>`).join('')}</ul></div>`,
    `<div class="zwgk-list"><div class="list-tit">${column.name}</div><ul class="tab-item-list">`,
    ...links.map(
      (l) =>
        `<li><a href="${relative(l.href)}" title="${l.title}" target="_blank">${l.title}</a><span>${l.date}</span></li>`,
    ),
    '</ul>',
    pager(column.pager, pages, current),
    '</div>',
    '</div>',
  ]);
}

function metadataBlock(d: PortalDocument): string[] {
  if (d.metadata === 'list') {
    const item = (label: string, value = '') => `<li><span>${label}：</span>${value}</li>`;
    return [
      '<ul class="xxgk-info clearfix">',
      item('索引号', d.index) + item('发布机构', d.publisher),
      item('发文字号', d.number) + item('成文日期', d.written),
      item('发布日期', d.published) + item('主题分类', d.subject),
      '</ul>',
    ];
  }
  const cells = (label: string, value = '') =>
    `<td class="t1">${label && `[ ${label} ]`}</td><td class="t2">${value}</td>`;
  return [
    '<div class="zwxl-table"><table cellspacing="0" cellpadding="0">',
    `<tr>${cells('索引号', d.index)}${cells('发文字号', d.number)}</tr>`,
    `<tr>${cells('主题分类', d.subject)}${cells('体裁分类', d.genre)}</tr>`,
    `<tr>${cells('发布机构', d.publisher)}${cells('')}</tr>`,
    `<tr>${cells('成文日期', d.written)}${cells('发布日期', d.published)}</tr>`,
    '</table></div>',
  ];
}

function relatedBox(related: ListedLink[]): string[] {
  return [
    '<div class="xgwz"><div class="xgwz-tit">相关文章</div><ul>',
    ...related.map((l) => `<li><a href="${l.href}" target="_blank">${l.title}</a><span>${l.date}</span></li>`),
    '</ul></div>',
  ];
}

/** A document page; `related` fills its 相关文章 box. */
export function documentPage(site: string, d: PortalDocument, related: ListedLink[]): string {
  const p = (text: string, style = '') => `<p${style && ` style="${style}"`}>${text}</p>`;
  const { body } = d;
  if (d.template === 'plain') {
    return page(site, d.charset ?? 'utf-8', d.column, d.title, [
      '<div class="wrap zwxl">',
      `<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="../../">${d.column}</a></div>`,
      `<h1 class="article-title">${d.title}</h1>`,
      `<div class="info">发布时间：${d.published}</div>`,
      '<div id="zoom">',
      ...[body.to, ...body.paragraphs, ...(body.signature ?? []), ...(body.after ?? [])].map((t) => p(t)),
      '</div>',
      ...relatedBox(related),
      '</div>',
    ]);
  }
  return page(site, d.charset ?? 'utf-8', d.column, d.title, [
    '<div class="wrap zwxl">',
    `<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk_176/">政务公开</a> &gt; <a href="../../">${d.column}</a></div>`,
    ...metadataBlock(d),
    `<div class="zwxl-title"><p class="tit">${d.title}</p></div>`,
    `<div class="zwxl-bar"><span>日期：${d.published}</span><span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>`,
    '<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">',
    p(body.to),
    ...body.paragraphs.map((t) => p(t, 'text-indent: 2em;')),
    ...(body.signature ?? []).map((t) => p(t, 'text-align: right;')),
    ...(body.after ?? []).map((t) => p(t)),
    ...(body.attachment ? [p(`附件：<a href="${body.attachment}">${d.title}.pdf</a>`)] : []),
    '</div></div>',
    ...relatedBox(related),
    '</div>',
  ]);
}
