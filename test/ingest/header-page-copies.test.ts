// test/ingest/header-page-copies.test.ts — what a portal's or news site's copy of a document does to its header, and
// how it is read: a date line that lost its 年月日 (`202347`), the file offered for download named by the own number
// and the title, a news column's tag before the headline (`权威发布:`, `【重要通告】`), widgets and page links.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

describe('a signature date line that lost its 年, 月 and 日', () => {
  test.each([
    ['month and day of one digit each', '重庆市开州区人民政府\n\n   202347\n', '2023-04-07'],
    ['a two-digit month', '重庆市綦江区农业农村委员会\n\n   2023625\n', '2023-06-25'],
    ['its 日 kept', '临湘市水利局\n\n202373日    \n', '2023-07-03'],
  ])('%s', (_name, tail, date) => {
    const text = `关于印发某某规划的通知\n\n各镇人民政府:\n现将规划印发给你们,请认真贯彻执行。\n\n${tail}`;
    expect(extractText(text).document.signedDate).toBe(date);
  });
});

describe("the page's file of the document, named by the own number and the title", () => {
  const body =
    '重庆市綦江区农业农村委员会关于印发进一步加强农业农村项目管理的通知\n\n各镇人民政府:\n现将有关事项通知如下。\n\n重庆市綦江区农业农村委员会\n\n2023年6月25日\n\n';
  test('gives the own number, never a citation', () => {
    const e = extractText(`${body}綦农委〔2023〕91号关于印发进一步加强农业农村项目管理的通知.docx\n`);
    expect(e.document.docNumber).toBe('綦农委〔2023〕91号');
    expect(e.citations.map((c) => c.docNumber)).not.toContain('綦农委〔2023〕91号');
  });
  test("another document's file is not the own number", () => {
    const e = extractText(`${body}渝农发〔2022〕81号关于印发项目资金管理办法的通知.pdf\n`);
    expect(e.document.docNumber).toBeNull();
  });
});

describe("a news column's tag before the headline is not part of the title", () => {
  test.each([
    [
      '权威发布:国家林业局关于公布增补全国森林经营样板基地名单的通知\n\n林造发〔2016〕130号\n\n各省、自治区林业厅:\n',
      '国家林业局关于公布增补全国森林经营样板基地名单的通知',
    ],
    // Without a colon the words open the title itself.
    ['转发国务院办公厅关于加强管理的通知\n\n各区县人民政府:\n', '转发国务院办公厅关于加强管理的通知'],
    // A tag in brackets opening a reposted headline (`【重要通告】`, `「通告」`).
    [
      '【重要通告】隆德县人民政府关于春节期间部分区域禁限放烟花爆竹的通告\n为保障群众安全,现通告如下:\n',
      '隆德县人民政府关于春节期间部分区域禁限放烟花爆竹的通告',
    ],
    [
      '「通告」前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告\n为保护环境,现通告如下:\n',
      '前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告',
    ],
    // A font-size switch under the title and links to the site's other pages above it are page chrome.
    [
      '巫溪县农业农村委员会关于2022年农业专项(第五批)项目的公示\n日期:2022-12-12\n大中小\n\n各相关单位:\n现将项目公示如下。\n',
      '巫溪县农业农村委员会关于2022年农业专项(第五批)项目的公示',
    ],
    [
      '- ·上一篇文章:南县农村公路养护和管理实施方案\n- ·下一篇文章:中共南县纪委、南县监察局关于改进机关工作作风的实施办法\n南县县城规划区户外广告管理办法\n第一章 总 则\n第一条 为了加强管理,制定本办法。\n',
      '南县县城规划区户外广告管理办法',
    ],
  ])('%s', (text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });
});

describe("a listing's doublings and labels on the title", () => {
  test.each([
    // A title printed twice run together is one title.
    [
      '重庆市退役军人事务局等5部门关于军人退役“一件事”迭代升级的通知重庆市退役军人事务局等5部门关于军人退役“一件事”迭代升级的通知\n各区县退役军人事务局:\n现通知如下。\n',
      '重庆市退役军人事务局等5部门关于军人退役“一件事”迭代升级的通知',
    ],
    // A forum thread: the board's tag and the poster's headline, the thread's toolbar, then the document's title.
    [
      '石柱生活网-美好石柱·生活服务\n\n查看: 7779|回复: 7\n\n[石柱新鲜事] 禁火令|石柱土家族自治县人民政府发布森林防火禁火令\n\n  [复制链接]\n发表于 2020-8-31 14:40:54 | 显示全部楼层 |阅读模式 | 来自重庆 来自 中国重庆\n石柱土家族自治县人民政府森林防火禁火令\n  为切实做好当前森林防火工作,现发布禁火令。\n',
      '石柱土家族自治县人民政府森林防火禁火令',
    ],
    // A law database's two-character place tag opens the title itself.
    [
      '[重庆]市农业委员会办公室转发农业部办公厅关于开展评估工作的通知\n各区县农委:\n现转发给你们。\n',
      '[重庆]市农业委员会办公室转发农业部办公厅关于开展评估工作的通知',
    ],
    // A listing's year after a reply's or a letter's kind word; a list's own year stays.
    [
      '国务院关于同意重庆市江北区人民政府驻地迁移的批复(2007年)\n重庆市人民政府:\n你市请示收悉。\n',
      '国务院关于同意重庆市江北区人民政府驻地迁移的批复',
    ],
    [
      '重庆市荣昌区镇(街道)综合行政执法事项清单(2025年)\n为推进改革,现公布如下。\n',
      '重庆市荣昌区镇(街道)综合行政执法事项清单(2025年)',
    ],
  ])('%s', (text, title) => {
    expect(extractText(text).document.title).toBe(title);
  });
});

describe("a reposting site's page: its headline under the site's name and widgets, its editor's account as the source", () => {
  test('the notice below is read, and the repost time is no publication date', () => {
    const d = extractText(
      '前郭尔罗斯蒙古族自治县广播电视台\n  • 客户端下载\n\n吉林省“十四五”规划纲要全文来了!\n\n时间:2021-04-24 13:49:06 来源:fish\n\n分享到:\n\n吉林省人民政府关于印发\n\n吉林省国民经济和社会发展\n\n第十四个五年规划\n\n和2035年远景目标纲要的通知\n\n各市(州)人民政府:\n\n《纲要》已经省十三届人大四次会议审查批准,现印发给你们。\n\n吉林省人民政府\n\n2021年3月17日\n',
    ).document;
    expect([d.title, d.publishedDate, d.signedDate]).toEqual([
      '吉林省人民政府关于印发吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知',
      null,
      '2021-03-17',
    ]);
  });
  test("a portal's own source line still dates the page", () => {
    const d = extractText(
      '重庆市科学技术局关于开展申报工作的通知\n时间:2022-05-17 16:54 来源:市科技局\n各区县科技局:\n现将有关事项通知如下。\n',
    ).document;
    expect(d.publishedDate).toBe('2022-05-17');
  });
});

describe('a damaged own number (its 〕 and 号 lost) followed by the handling tags', () => {
  test('the tags are no part of the serial', () => {
    const e = extractText(
      '对临湘市政协十届二次会议第35号建议的答复\n\n临水字〔202313B1类 同意公开\n\n尊敬的桂志雄委员:\n您提出的建议收悉,现答复如下:\n',
    );
    expect([e.document.docNumber, e.citations]).toEqual(['临水字〔2023〕13号', []]);
  });
});
