// test/ingest/programs-abbreviations.test.ts — a contracted short form of a name the document spells in full is the
// same program (the full name kept, both mentions); a form that only leaves words out names another program.

import { abbreviates } from '../../ingest/programs/abbreviations.ts';
import { runRows } from './programs-rows.ts';

describe('abbreviates', () => {
  test.each([
    ['转型综改试验区', '资源型经济转型综合配套改革试验区', true],
    ['转型综改试验区', '山西省资源型经济转型综合配套改革试验区', true],
    ['四川自贸试验区', '中国(四川)自由贸易试验区', true],
    ['成渝综改试验区', '成渝全国统筹城乡综合配套改革试验区', true],
    // Words left out, not contracted: another program (another group, another level's fund).
    ['生态环境共建专项工作组', '生态环境共建共享专项工作组', false],
    ['农村环境连片整治示范资金', '中央财政农村环境连片整治示范补助资金', false],
    ['农村改革试点', '农村综合改革试点', false],
    // A plain part of the name is merged elsewhere; a one-character common end is no shared head.
    ['两江新区', '重庆两江新区', false],
    ['重庆高新区', '重庆高新技术产业开发区', false],
  ])('%s ⊂ %s', (short, full, expected) => {
    expect(abbreviates(short, full)).toBe(expected);
  });
});

describe('one program, full name and abbreviation', () => {
  runRows([
    [
      '山西省资源型经济转型综合配套改革试验区建设取得成效。下一步,继续推进转型综改试验区建设。',
      {
        山西省资源型经济转型综合配套改革试验区: 'zone',
      },
    ],
    [
      '加快建设中国(四川)自由贸易试验区,四川自贸试验区累计形成改革创新成果。',
      {
        '中国(四川)自由贸易试验区': 'zone',
      },
    ],
    // A short form the text defines (以下简称) is that program even when it only leaves words out.
    [
      '建设侗乡大健康产业示范区(以下简称大健康示范区),大健康示范区重点发展康养产业。',
      {
        侗乡大健康产业示范区: 'zone',
      },
    ],
  ]);
});
