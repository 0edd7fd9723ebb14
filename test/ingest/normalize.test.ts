// test/ingest/normalize.test.ts — normal forms of document numbers, titles and dates (ANNOTATION.md "Normalization").
import { docNumberKey, normalizeDocNumber, normalizeTitle, parseDate, titleKey } from '../../ingest/normalize.ts';

describe('normalizeDocNumber: 机关代字〔年份〕序号号 with any bracket', () => {
  test.each([
    ['渝府办发〔2021〕142号', '渝府办发〔2021〕142号'],
    ['渝府办发[2021]142号', '渝府办发〔2021〕142号'],
    ['渝府办发［2021］142号', '渝府办发〔2021〕142号'],
    ['渝府办发(2021)142号', '渝府办发〔2021〕142号'],
    ['渝府办发（2021）142号', '渝府办发〔2021〕142号'],
    ['渝府办发【2021】142号', '渝府办发〔2021〕142号'],
    ['渝府办发﹝2021﹞142号', '渝府办发〔2021〕142号'],
    ['渝府发〔2020〕第5号', '渝府发〔2020〕5号'],
    ['国科发区 〔2021〕 20 号', '国科发区〔2021〕20号'],
    ['渝府办发〔２０２１〕１４２号', '渝府办发〔2021〕142号'],
    ['国务院令第709号', '国务院令第709号'],
    ['商务部令2019年第1号', '商务部令2019年第1号'],
  ])('%s → %s', (raw, want) => expect(normalizeDocNumber(raw)).toBe(want));

  test('keys compare serials without leading zeros', () => {
    expect(docNumberKey('渝科局发〔2023〕042号')).toBe(docNumberKey('渝科局发〔2023〕42号'));
  });
});

describe('normalizeTitle: whitespace removed, full-width letters/digits half-width, brackets kept', () => {
  test.each([
    ['重庆市高质量孵化载体建设实施方案(2021—2025年)', '重庆市高质量孵化载体建设实施方案(2021—2025年)'],
    ['成渝地区双\n\n城经济圈建设教育协同发展框架协议', '成渝地区双城经济圈建设教育协同发展框架协议'],
    [
      '财政部 人民银行 银保监会关于实施中央财政支持普惠金融发展示范区奖补政策的通知',
      '财政部人民银行银保监会关于实施中央财政支持普惠金融发展示范区奖补政策的通知',
    ],
    ['关于印发〈重庆市科研项目管理办法〉的通知', '关于印发〈重庆市科研项目管理办法〉的通知'],
    ['重庆市“十四五”时期重点发展的３３条产业链', '重庆市“十四五”时期重点发展的33条产业链'],
    ['《重庆市科技创新促进条例》', '重庆市科技创新促进条例'],
    ['ＯＴＣ专精特新板（试行）', 'OTC专精特新板（试行）'],
  ])('%s', (raw, want) => expect(normalizeTitle(raw)).toBe(want));

  test('comparison keys ignore full-width brackets and dash variants', () => {
    expect(titleKey('实施方案（2021——2025年）')).toBe(titleKey('实施方案(2021—2025年)'));
  });
});

describe('parseDate: Arabic and Chinese numerals, damaged digit runs', () => {
  test.each([
    ['2023年4月28日', '2023-04-28'],
    ['2023 年 4 月 28 日', '2023-04-28'],
    ['二〇二三年四月二十八日', '2023-04-28'],
    ['二00六年十一月二十二日', '2006-11-22'], // a typed year mixing digits into the numeral
    ['二○二二年十二月三十日', '2022-12-30'],
    ['二〇二一年十月一日', '2021-10-01'],
    ['2021年04月22日', '2021-04-22'],
    ['2023-07-27', '2023-07-27'],
    ['2022-03-28 18:00', '2022-03-28'],
    ['2023/7/27', '2023-07-27'],
    ['２０２３年４月２８日', '2023-04-28'],
    ['2025427', '2025-04-27'],
    ['20250427', '2025-04-27'],
  ])('%s → %s', (raw, want) => expect(parseDate(raw)).toBe(want));

  test.each([['2025111'], ['2023年2月30日'], ['2023年13月1日'], ['明天'], ['']])('%s is not a date', (raw) =>
    expect(parseDate(raw)).toBeNull(),
  );
});
