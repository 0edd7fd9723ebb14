// test/ingest/agencies-autonomous.test.ts — an autonomous place's short written name: the place name without the
// peoples it is named for, kept whole where the people is the place's only name.

import { describe, expect, test } from 'vitest';
import { autonomousShortName } from '../../ingest/agencies/autonomous.ts';
import { loadRoster } from '../../ingest/agencies/roster.ts';
import { extractText } from '../../ingest/extract.ts';

const PEOPLES = [...(loadRoster().places.peoples ?? [])].sort((a, b) => b.length - a.length);

const ROWS: Array<[string, string | null]> = [
  ['张家川回族自治县', '张家川县'],
  ['秀山土家族苗族自治县', '秀山县'],
  ['黔东南苗族侗族自治州', '黔东南州'],
  ['积石山保安族东乡族撒拉族自治县', '积石山县'],
  ['伊犁哈萨克自治州', '伊犁州'],
  ['博尔塔拉蒙古自治州', '博尔塔拉州'],
  ['龙胜各族自治县', '龙胜县'],
  ['三都水族自治县', '三都县'],
  ['互助土族自治县', '互助县'],
  ['鄂温克族自治旗', '鄂温克旗'],
  ['鄂伦春自治旗', '鄂伦春旗'],
  ['东乡族自治县', '东乡县'],
  ['莫力达瓦达斡尔族自治旗', '莫力达瓦旗'],
  ['广西壮族自治区', null],
  ['乌拉特后旗', null],
  ['忠县', null],
];

describe('autonomous places written short', () => {
  test.each(ROWS)('%s → %s', (name, short) => {
    expect(autonomousShortName(name, PEOPLES)).toBe(short);
  });
});

describe("a county's 州 is the autonomous prefecture it lies in", () => {
  test('a notice to 恩施市, 建始县 and 巴东县 names the prefecture bodies by 州', () => {
    const names = extractText(
      '恩施市、建始县、巴东县人民政府,州政府有关部门:\n现将《议案办理方案》印发给你们。\n州交通运输局为牵头责任单位。州发改委、州财政局、巴东县政府配合。\n',
    ).agencies.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '恩施土家族苗族自治州交通运输局',
        '恩施土家族苗族自治州发展和改革委员会',
        '恩施土家族苗族自治州财政局',
      ]),
    );
  });
});
