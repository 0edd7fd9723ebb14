// test/ingest/reply.test.ts — the proposal a reply answers: kind, number, session, quoted title, proposer.
import { extractText } from '../../ingest/extract.ts';

type Want = { kind: string; number: string | null; session: string | null; title: string | null; proposer: string | null } | null;

function respondsTo(text: string): Want {
  const r = extractText(text).respondsTo;
  return r && { kind: r.kind, number: r.number, session: r.session, title: r.title, proposer: r.proposer };
}

describe('respondsTo', () => {
  test.each<[string, string, Want]>([
    ['CPPCC proposal reply',
      '重庆市科学技术局 关于市政协六届一次会议第0035号提案的复函\n市政协民建界别:\n你们提出的《关于破解科技成果转化难题助推成渝地区科创中心建设的建议》(第0035号提案)收悉。经与市教委等协办单位共同研究办理,现答复如下:',
      { kind: '提案', number: '0035', session: '市政协六届一次会议', title: '关于破解科技成果转化难题助推成渝地区科创中心建设的建议', proposer: '市政协民建界别' }],
    ['people\'s congress suggestion reply, number only in parentheses',
      '重庆市科学技术局 关于市六届人大一次会议第0226号 建议办理情况的答复函\n周杭代表:\n你提出的《关于支持重庆国际生物城单独“立户”纳入国家开发区审核公告目录的建议》(第0226号)收悉。',
      { kind: '建议', number: '0226', session: '市六届人大一次会议', title: '关于支持重庆国际生物城单独“立户”纳入国家开发区审核公告目录的建议', proposer: '周杭代表' }],
    ['session in the parenthetical too',
      '重庆市教育委员会关于市政协五届五次会议第0328号提案的复函\n段红光委员:\n您提出的《增强成渝双城经济圈科技成果影响力的建议》(市政协五届五次会议第0328号提案)收悉。',
      { kind: '提案', number: '0328', session: '市政协五届五次会议', title: '增强成渝双城经济圈科技成果影响力的建议', proposer: '段红光委员' }],
    ['第N次 session form',
      '重庆市科学技术局 关于市五届人大第五次会议第0197号建议办理情况的答复函\n胡大章代表:\n《关于支持万盛经开区创建市级高新技术产业开发区的建议》(第0197号)收悉,经我局与市规划和自然资源局共同研究办理,现答复如下:',
      { kind: '建议', number: '0197', session: '市五届人大第五次会议', title: '关于支持万盛经开区创建市级高新技术产业开发区的建议', proposer: '胡大章代表' }],
    ['no salutation, no 收悉 sentence',
      '重庆市人力资源和社会保障局\n\n关于市六届人大一次会议第1157号建议\n\n办理情况的答复函\n\n近年来,我市深入贯彻党的二十大精神。',
      { kind: '建议', number: '1157', session: '市六届人大一次会议', title: null, proposer: null }],
    ['page metadata instead of a title (建议标题)',
      '建议标题: | 关于积极支持宜宾市申报“国家创新型试点城市”的建议 | ||||\n编号: | 12050094 | 建议类型: | 大会期间建议 |\n建议答复:\n温政敏代表:\n您好!您提出的《关于积极支持宜宾市申报“国家创新型试点城市》(第94号建议)收悉,感谢您的关心。',
      { kind: '建议', number: '94', session: null, title: '关于积极支持宜宾市申报“国家创新型试点城市', proposer: '温政敏代表' }],
    ['full-width punctuation',
      '重庆市农业农村委员会关于市五届人大四次会议第1020号建议办理情况的答复函\n胥力代表：\n您提出的《关于支持城口乡村产业振兴的建议》（第1020号建议）收悉。经与市科技局共同研究办理，现将办理情况答复如下。',
      { kind: '建议', number: '1020', session: '市五届人大四次会议', title: '关于支持城口乡村产业振兴的建议', proposer: '胥力代表' }],
    ['an unquoted proposal title',
      '重庆市教育委员会关于对市政协五届四次会议第0123号提案的答复\n九三学社市委:\n你单位提出的关于加强职业教育产教融合的提案(第0123号)已收悉。现答复如下:',
      { kind: '提案', number: '0123', session: '市政协五届四次会议', title: '关于加强职业教育产教融合的提案', proposer: '九三学社市委' }],
    ['a quoted law inside an unquoted proposal title is not the proposal',
      '重庆市科学技术局关于市六届人大二次会议第0456号建议办理情况的答复函\n李四代表:\n您提出的关于贯彻《科学技术进步法》加快创新的建议(第0456号)收悉。',
      { kind: '建议', number: '0456', session: '市六届人大二次会议', title: '关于贯彻《科学技术进步法》加快创新的建议', proposer: '李四代表' }],
    ['a proposal numbered by year and serial (8 digits)',
      '湖北省科学技术厅关于省政协十二届五次会议第20220156号提案的答复\n民盟湖北省委员会:\n你们提出的《关于加快科技成果就地转化的提案》(第20220156号提案)收悉。现答复如下:',
      { kind: '提案', number: '20220156', session: '省政协十二届五次会议', title: '关于加快科技成果就地转化的提案', proposer: '民盟湖北省委员会' }],
    ['a notice is not a reply',
      '重庆市科学技术局关于编报《2021年农业科技园区年度报告》的通知\n各有关区县科技主管部门:\n根据要求,现将有关事项通知如下。', null],
  ])('%s', (_name, text, want) => expect(respondsTo(text)).toEqual(want));

  test('the proposal answered is not a citation and its session label names no agency', () => {
    const x = extractText('重庆市科学技术局关于市政协六届一次会议第0012号提案的复函\n市社科联:\n你们提出的《关于推进我市创新链与产业链融合发展的建议》(第0012号)收悉。');
    expect(x.citations).toEqual([]);
    expect(x.respondsTo?.evidence?.text).toBe('《关于推进我市创新链与产业链融合发展的建议》');
  });
});
