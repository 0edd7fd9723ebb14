// ingest/regexes.ts — every pattern of the extraction rules, built from named fragments (eyecite's regexes.py habit).
// Patterns run on the folded text (ingest/clean.ts): full-width ASCII already half-width, so （ is ( and ３ is 3.

import headerLabels from './data/header-labels.json' with { type: 'json' };

/** Build a RegExp from commented fragments: each fragment is one piece of the language, joined in order. */
function re(parts: string[], flags = ''): RegExp {
  return new RegExp(parts.join(''), flags);
}

// ---------------------------------------------------------------------------------------------------------------
// Document numbers (GB/T 9704-2012 §7.2.4: 发文字号 = 机关代字 + 年份 + 发文顺序号, e.g. 渝府办发〔2021〕142号)

/** A CJK character (the unified block plus extension A; 机关代字 never use the rarer planes). */
export const CJK = '\\u3400-\\u9fff';

/** Opening bracket around the year: 〔 prescribed; [ ［ ( （ 【 ﹝ 〖 seen in practice (（ and ［ are folded). */
export const YEAR_OPEN = '[〔\\[【(﹝〖„]'; // „‟: Word-conversion damage (国办发„2009‟3号)
/** Closing bracket around the year. */
export const YEAR_CLOSE = '[〕\\]】)﹞〗‟]';
/** Year of issue: four digits. */
export const YEAR = '((?:19|20)\\d\\d)';
/** Blanks between the parts of a number, a line break or two among them: text taken from a PDF breaks lines inside a
 *  number (`国发〔` / `2018 〕 22` / `号`). */
const LINE_GAP = '[ \\n]{0,3}';
/** Serial number: digits as written, a stray 第 before them tolerated (渝府发〔2020〕第5号). */
export const SERIAL = `(第?)${LINE_GAP}(\\d{1,5})${LINE_GAP}号`;

/** The year-and-serial tail of a document number; the 机关代字 before it is found by walking back (findCodeStart),
 *  because a regex cannot know where a sentence ends and a code begins (出台渝府发… vs 渝府发…). */
export const DOC_NUMBER_TAIL = re([YEAR_OPEN, LINE_GAP, YEAR, LINE_GAP, YEAR_CLOSE, LINE_GAP, SERIAL], 'g');
/** The same tail with its closing bracket lost in a page conversion (`南川府办﹝201954号` = 〔2019〕54号): a square
 *  bracket (never a parenthesis, which opens ordinary asides), four digits of year run into the serial, then 号. The
 *  year is always the first four digits, so the reading is unambiguous. */
export const DAMAGED_NUMBER_TAIL = re(['[〔\\[【﹝〖]', YEAR, '(\\d{1,4})号'], 'g');
/** The same with 〕 and 号 both lost, inside the parentheses that follow a title (`《…》(渝府办发〔201981)`): the
 *  closing parenthesis ends the serial. */
export const PAREN_DAMAGED_NUMBER_TAIL = re(['[〔\\[【﹝〖]', YEAR, '(\\d{1,4})(?=[)）])'], 'g');
/** Both brackets lost, inside the parentheses after a cited title (`《…》(中发202133号)`): read only under a code the
 *  data knows (the caller checks), the year the first four digits as above. */
export const BRACKETLESS_NUMBER_TAIL = re(['(?<=[\\u3400-\\u9fff])', YEAR, '(\\d{1,4})号(?=[)）])'], 'g');
/** The same tail with its opening bracket lost (`国发2019〕13号`): the year right after the code's last character, then
 *  the closing bracket and the serial. */
export const OPEN_LOST_NUMBER_TAIL = re(['(?<=[\\u3400-\\u9fff])', YEAR, '[〕\\]】﹞〗](\\d{1,5})号'], 'g');

/** Characters that never occur inside a 机关代字: function words, verbs and punctuation that end the word before it,
 *  and the resultative 好 of a verb before a code (落实好融办发〔2009〕4号).
 *  (发 函 办 字 规 复 经 台 are code characters: 渝府办发, 渝经信复函, 国台发, 粤发改投资规.) */
export const NOT_CODE_CHARS = new Set([
  ...'的了和与及或等在为对将把被由从向以于即见如是有并据照依参印件知精神求落彻执同意批号第年月日各其此该本已请根按但又也还就都所之而且好',
]);

/** Words that end a sentence part right before a code: verbs that take a document as object (落实, 执行, 根据 …) and
 *  nouns that precede one. Made of code-capable characters (出台 转发 …) or half so (落实 = 落 + 实, 执行 = 执 + 行): the
 *  walk back stops at 落 or 执, and the word's tail must still be cut off the code (落实财税〔2019〕13号 → 财税…). */
export const NOT_CODE_PREFIXES = [
  '出台',
  '转发',
  '制定',
  '发布',
  '颁布',
  '下发',
  '联合',
  '通过',
  '印发',
  '文件',
  '关于',
  '规定',
  '要求',
  '实施',
  '贯彻',
  '落实',
  '推动',
  '执行',
  '根据',
  '按照',
  '依据',
  '依照',
  '遵照',
  '参照',
  '对照',
  '结合',
  '适用',
  '废止',
  '修订',
  '详见',
  '参见',
  '严格',
  '认真',
  '继续',
  '全面',
];

/** Longest plausible 机关代字 (九龙坡府办发, 粤发改投资规, 渝科普联办 are 4–6). */
export const MAX_CODE_LENGTH = 10;

/** Order and announcement numbers (always written back with 第): 国务院令第709号, 重庆市人民政府令第328号, 商务部令2019年第1号, 国家税务总局公告2012年第54号
 *  (a central body numbers its announcements per year). The issuer is found by walking back. */
export const ORDER_NUMBER = re(
  [
    '(令|公告(?=\\s?(?:19|20)\\d\\d年))', //  the word "order" after the issuing organ, or "announcement" with a year
    '\\s?((?:19|20)\\d\\d年)?', //          an optional year (ministries number orders per year)
    '\\s?第?\\s?(\\d{1,5})\\s?号', //       the serial, with 第 (a citation may drop it: 国务院令712号)
  ],
  'g',
);

// ---------------------------------------------------------------------------------------------------------------
// Proposals answered (提案 / 建议)

const CN_NUMERAL = '[一二三四五六七八九十]';
/** A session label: 市政协六届一次会议, 市六届人大一次会议, 市五届人大第五次会议, 省十二届人大五次会议, 十三届全国人大一次会议. */
export const SESSION = re([
  // the place, when written out (重庆市第六届人民代表大会…); never a function word (关于市政协… is not a place) nor the
  // tail of a reply's verb (答复县十七届人大三次会议, 反馈市人大八届五次会议, 报送/转…, 办理县十八届人大五次会议: the place is the
  // level word alone)
  // (an autonomous county or prefecture too: 清原满族自治县, 秀山土家族苗族自治县; a district with its city: 重庆市渝中区; a township: 三州乡;
  // a banner: 阿左旗)
  '((?:(?![\u4e00-\u9fff]{0,2}[于的在对和及与是为年向将经由复馈送转办])(?:[\u4e00-\u9fff]{2,3}[市省县区乡镇旗](?:[\u4e00-\u9fff]{2,3}[市县区乡镇旗])?|[\u4e00-\u9fff]{2,8}族自治[县州旗]))?',
  '(?:[市省区县州旗]|全国)?', //                         level (市, 省, 区, 旗 …)
  // CPPCC or congress before the term (市政协六届…, 区人大十八届…), the CPPCC by its committee's name too
  // (政协重庆市委员会五届五次会议), or by its place (政协广元市朝天区六届六次会议, 政协甘肃省十一届四次会议, 政协广西壮族自治区…)
  '(?:政协(?:[\u4e00-\u9fff]{2,8}?委员会|[\u4e00-\u9fff]{2,8}?自治区|[\u4e00-\u9fff]{2,3}[省市县区](?:[\u4e00-\u9fff]{2,3}[市县区])?)?|人大)?',
  // a template's numerals filled in parentheses too (第(十九)届…第(三)次会议)
  '(?:第?\\(?',
  CN_NUMERAL,
  '{1,3}\\)?届)', //                   the term: 六届, 第十三届
  '(?:全国)?(?:人大|人民代表大会|政协)?', //             people's congress after the term (市六届人大…)
  '(?:常委会)?', //
  // the meeting: 一次会议, 第五次会议; a page's clipped `三次会` (…三次会第56号建议) is still the label as written
  '第?\\(?',
  CN_NUMERAL,
  '{1,3}\\)?次(?:全体)?会议?',
  // 政协重庆市第五届委员会第四次会议, 政协重庆市梁平区第十五届委员会第一次会议, 政协四川省成都市双流区第…
  '|政协[\u4e00-\u9fff]{0,10}?第?',
  CN_NUMERAL,
  '{1,3}届(?:全国)?委员会第?',
  CN_NUMERAL,
  '{1,3}次(?:全体)?会议)', // …第十四届全国委员会…
]);
/** The serial of a proposal: `0035`, `20220156` (year + serial, as several provinces number them), `DH370` (a
 *  district's letter series before the serial), `2025D048` (the year, a series letter, the serial). */
export const PROPOSAL_SERIAL = '(?:(?:19|20)\\d\\d[A-Z]{1,3})?[A-Z]{0,3}\\d{1,10}';
/** `第0035号提案`, `第0226号建议`, `第94号`, `第72提案` (号 left out), `DH370号建议`, `2025156号(城建类38号)提案` (a series' own count in
 *  parentheses before the kind) — the number of a proposal; after its quoted title in parentheses, `(72号)` or the bare
 *  serial `(1411353)` (not a year: `(2023)`). */
export const PROPOSAL_NUMBER = new RegExp(
  `第\\s?(${PROPOSAL_SERIAL})\\s?(?:号\\s?(提案|建议)?|(提案|建议))|(?<![\\d〕\\])A-Za-z])(${PROPOSAL_SERIAL})\\s?号\\s?(?:\\([\\u4e00-\\u9fa5]{1,6}\\d{1,4}号\\))?\\s?(提案|建议)|(?<=》\\s?\\()(?!(?:19|20)\\d\\d\\))(${PROPOSAL_SERIAL})\\s?号?(?=\\))`,
);

// ---------------------------------------------------------------------------------------------------------------
// Header fields

/** The labels of the metadata table of a government page, mapped to the field they fill. The label may be written
 *  with spaces between characters (`索 引 号`) or inside brackets (`[ 索引号 ]`). The list is data (ingest/data/header-labels.json). */
export const HEADER_LABELS: Record<string, string> = (headerLabels as { labels: Record<string, string> }).labels;

/** Whether a label's value may stand on the line below it (`[ 索引号 ]` / `1150…`): a field the header fills. The page's
 *  source (`来源:`) is read only on its own line: an empty one is a template's, and the line below is the text. */
export function valueMayFollow(label: string): boolean {
  const field = HEADER_LABELS[label] ?? 'ignore';
  return field !== 'ignore' && field !== 'source';
}

function spaced(label: string): string {
  return [...label].map((c) => (c === '(' || c === ')' ? `\\${c}` : c)).join('\\s*');
}

const LABEL_ALTERNATION = Object.keys(HEADER_LABELS)
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');

/** The labels of four characters or more (`成文日期`, `发布日期`, `主题分类`), spaced or not. */
const LONG_LABEL_ALTERNATION = Object.keys(HEADER_LABELS)
  .filter((w) => w.length >= 4)
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
/** `文号:郑开管〔2018〕4号成文日期:2018-02-02`: a long colon label glued to the value before it (a table row that lost its
 *  cell separators). Read only on a row that another label opens. */
export const GLUED_COLON_LABEL = re(['(?<=[\\u3400-\\u9fff\\d)〕\\]])(', LONG_LABEL_ALTERNATION, ')\\s*:'], 'g');
/** `[ 索引号 ]` — a bracketed label (value follows, on the same line or the next). */
export const BRACKET_LABEL = re(['\\[\\s*(', LABEL_ALTERNATION, ')\\s*\\]'], 'g');
/** `索 引 号:` / `发文单位:` — a colon label (value follows). Must start the line or follow a separator. */
export const COLON_LABEL = re(['(?:^|(?<=[\\s|•·\\-,]))(', LABEL_ALTERNATION, ')\\s*:'], 'g');
/** `【公布日期】` — a law database's label in lenticular brackets (the whole record often on one line). */
export const LENTICULAR_LABEL = re(['【\\s*(', LABEL_ALTERNATION, ')\\s*】'], 'g');
/** `发布文号 渝市监发〔2023〕45号` — a label followed by blanks, no colon (tables flattened to text). Must start the line
 *  or follow blanks, and be followed by blanks or the line end. */
export const SPACED_LABEL = re(['(?:^|(?<=[\\s•·]))(', LABEL_ALTERNATION, ')(?=[\\s|]|$)'], 'g');

// ---------------------------------------------------------------------------------------------------------------
// Titles and document kinds

/** The words a document title ends with (its 文种, GB/T 9704 §7.3.1 plus the kinds of policy documents). */
export const DOC_KIND_ENDING = re([
  '(?:通知|通报|通告|公告|复函|答复函|答复的函|函|意见|实施意见|决定|决议|规定|办法|方案|规划|纲要|报告|请示|批复|',
  '命令|令|细则|规则|条例|计划|指引|指南|清单|目录|标准|措施|公报|纪要|议案|提案|建议|办理情况|办理单|意见书|章程|制度|',
  '体系|规范|说明|解释|答复|回复|法|预案|公示)',
  '(?:\\([^()]{1,20}\\))?$', //  a trailing qualifier: (试行), (2021—2025年), (征求意见稿)
]);

/** An organ name: the issuing-agency part of a title or a signature line. */
export const ORGAN_ENDING =
  /(?:人民政府|政府|办公厅|办公室|委员会|委|局|厅|部|署|院|办|会|室|中心|司|处|行|总局|分局|支行|组)$/;
