// test/api/corpus-ids.ts — graph ids of sample-corpus nodes the explorer round 2 tests (API, CLI, browser) assert on.
// Read from the documents in samples/corpus, not from the code: a title-only document's id is the hash of its title.

/** 重庆市科学技术局关于市政协六届一次会议第0035号提案的复函 (渝科局函〔2023〕349号, 2023-07-27). */
export const REPLY_0035 = 'doc:渝科局函〔2023〕349号';
/** The 0222 reply (渝科局函〔2022〕308号). */
export const REPLY_0222 = 'doc:渝科局函〔2022〕308号';
/** 重庆市科学技术局关于市六届人大一次会议第1160号建议办理情况的答复函 (no number, no date). */
export const REPLY_1160 = 'doc:t:92c240c234e63dd9';
/** 重庆市高质量孵化载体建设实施方案(2021—2025年), cited by 0035 (with its number) and 1160 (by title). */
export const INCUBATOR_PLAN = 'doc:渝府办发〔2021〕142号';
/** 重庆市进一步促进科技成果转化的实施细则, cited by 0035 and 1160. */
export const TRANSFER_RULES = 'doc:渝科局发〔2021〕43号';
/** 重庆市促进科技成果转化条例 (cited by title by both 0035 and 0222). */
export const TRANSFER_REGULATION = 'doc:t:17fec2fe8df1f4d2';
/** 重庆市科技创新促进条例 (cited by 0222, not by 0035). */
export const INNOVATION_REGULATION = 'doc:t:484944eea781a297';
/** The proposal the 0035 reply answers: title 《关于破解科技成果转化难题助推成渝地区科创中心建设的建议》, proposer 市政协民建界别. */
export const PROPOSAL_0035 = 'proposal:市政协六届一次会议#0035';
