// testkit/language-pieces.mjs — what generated inputs are made of, for the property test (test/ingest/property.test.ts)
// and the fuzzer (scripts/fuzz.mjs): pieces of the language of government documents, and the real sample texts.
// Plain JavaScript (types in language-pieces.d.mts): the fuzzer runs under Node without a TypeScript loader.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Pieces of the language the rules react to, so generated text reaches the rules' edges, not only noise. */
export const LANGUAGE_TOKENS = [
  '《',
  '》',
  '〈',
  '〉',
  '“',
  '”',
  '〔',
  '〕',
  '[',
  ']',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '第',
  '号',
  '令',
  '关于',
  '印发',
  '的通知',
  '渝府办发',
  '国科发区',
  '2021',
  '２０２１',
  '142',
  '\n',
  ' ',
  '　',
  ':',
  '：',
  '、',
  ',',
  '，',
  '。',
  '；',
  '[ 索引号 ]',
  '[ 发文字号 ]',
  '|',
  '附件:',
  '收悉',
  '市政协六届一次会议',
  '第0035号提案',
  '市科技局',
  '重庆市科学技术局',
  '二〇二三年四月二十八日',
  '2023年4月28日',
  '代表',
  '现印发给你们',
  '以下简称',
  '市政府办公厅',
  '协办单位:',
  '主办单位',
  '基金',
  '试点',
  '示范区',
  '自',
  '起施行',
  '有效期',
  '废止',
  '根据',
  '按照',
  '\uFFFD',
  '\u0000',
  '\uD800',
  '𠀋',
];

/** The sample sets whose texts generated inputs cut, splice and mutate. */
const SAMPLE_DIRS = ['samples/corpus', 'samples/dev2', 'samples/dev3'];

/**
 * Every `.txt` of the sample sets under `root`, in name order.
 * @param {string} root
 * @returns {string[]}
 */
export function readSamples(root) {
  return SAMPLE_DIRS.flatMap((d) =>
    readdirSync(path.join(root, d))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(root, d, f), 'utf8')),
  );
}
