// test/viewer/labels.test.ts — what a document is called on screen (viewer/src/labels.ts): a reply by its issuer and
// proposal number, a document without title by its number or first line, never an id or a file name.
import type { NodeSummary } from '../../contracts/api.ts';
import { nodeName, replyLabel } from '../../viewer/src/labels.ts';

function doc(over: Partial<NodeSummary>): NodeSummary {
  return {
    id: 'doc:x',
    label: 'Document',
    name: 'x',
    docNumber: null,
    title: null,
    date: null,
    issuer: null,
    ingested: true,
    kind: null,
    citedBy: 0,
    ...over,
  };
}

test.each([
  ['重庆市科学技术局关于市政协六届一次会议第0035号提案的复函', null, '重庆市科学技术局 · 0035号提案复函'],
  ['重庆市科学技术局关于市政协六届一次会议第0035号提案的复函', '市科技局', '市科技局 · 0035号提案复函'],
  ['北京市生态环境局关于市十六届人大二次会议第1234号建议的答复', null, '北京市生态环境局 · 1234号建议答复'],
  ['广东省教育厅关于省政协十三届一次会议第20180123号提案答复的函', null, '广东省教育厅 · 20180123号提案答复'],
  ['上海市民政局关于市政协十四届一次会议0456号提案的复函', null, '上海市民政局 · 0456号提案复函'],
  ['四川省财政厅关于省十四届人大一次会议第56号建议的答复函', null, '四川省财政厅 · 56号建议答复函'],
  ['重庆市人民政府办公厅关于印发重庆市高质量孵化载体建设实施方案的通知', null, null],
])('replyLabel(%s, %s) = %s', (title, issuer, expected) => {
  expect(replyLabel(title, issuer)).toBe(expected);
});

test('a titled document keeps its title; a reply gets its short label', () => {
  expect(nodeName(doc({ name: '重庆市促进科技成果转化条例', title: '重庆市促进科技成果转化条例' }))).toBe(
    '重庆市促进科技成果转化条例',
  );
  const reply = '重庆市科学技术局关于市政协六届一次会议第0035号提案的复函';
  expect(nodeName(doc({ name: reply, title: reply }))).toBe('重庆市科学技术局 · 0035号提案复函');
});

test('no title: the number, else the first line of the text, else a placeholder — never the file name', () => {
  expect(
    nodeName(doc({ id: 'doc:渝府发〔2020〕1号', name: '渝府发〔2020〕1号', docNumber: '渝府发〔2020〕1号' })),
  ).toBe('渝府发〔2020〕1号');
  const file = doc({
    id: 'doc:f:reply-0035.txt',
    name: 'doc:f:reply-0035.txt',
    firstLine: '\n  关于加快科技创新的意见\n第一条 …',
  });
  expect(nodeName(file)).toBe('关于加快科技创新的意见');
  const bare = nodeName(doc({ id: 'doc:f:a.txt', name: 'doc:f:a.txt' }));
  expect(bare).not.toContain('a.txt');
  expect(bare).not.toMatch(/^doc:/);
});

test('agencies, programs and proposals keep their names', () => {
  expect(nodeName({ ...doc({}), id: 'agency:重庆市科学技术局', label: 'Agency', name: '重庆市科学技术局' })).toBe(
    '重庆市科学技术局',
  );
});
