// test/ingest/agencies-source-field.test.ts — page chrome is part of the text (ANNOTATION.md): the organ a portal names
// as the page's source (`来源 :天津市东丽区人民政府办公室`) is a mention, though the header line is otherwise set apart;
// a website's name in the same field (`来源:重庆人大`, `来源:重庆市人民政府网`) is none.

import { describe, expect, test } from 'vitest';
import { extractText } from '../../ingest/extract.ts';

const notice = (sourceLine: string) =>
  `东丽区人民政府关于印发东丽区人民政府工作规则的通知\n\n${sourceLine}\n\n各街道办事处:\n现将《东丽区人民政府工作规则》印发给你们,请认真贯彻执行。\n\n东丽区人民政府\n\n2018年5月10日\n`;

describe("the organ named as a page's source is a mention", () => {
  test.each([
    ['来源 :天津市东丽区人民政府办公室 访问次数 : 发布时间 :2020-06-29', true],
    ['[ 信息来源 ]天津市东丽区人民政府办公室', true],
    ['日期:2021年07月07日 来源:天津人大', false],
    ['来源:天津市东丽区人民政府办公室网站 发布时间:2020-06-29', false],
  ])('%s', (line, named) => {
    const names = extractText(notice(line)).agencies.map((a) => a.name);
    expect(names.includes('天津市东丽区人民政府办公室')).toBe(named);
  });
});
