// test/ingest/agencies-organ-types.test.ts — organ types of local governments, Party committees and congresses that
// most provinces, prefectures and counties have (水务局, 民宗局, 疾控局, 县委农办, 人大人事委, 代选工委 …): named
// relatively (`县水务局`) in the place's own documents, or with the place written in full.

import { describe, expect, test } from 'vitest';
import { found, type Row } from './agencies-fixture.ts';

const ROWS: Row[] = [
  // The patriotic health campaign committee of every level and its office, by their short forms; a zone's committee.
  {
    text: '重庆市爱国卫生运动委员会\n各区县(自治县)爱卫会、两江新区爱卫会,万盛经开区爱卫会:\n经区县爱卫会评审,市爱卫办抽查,市爱卫会决定命名。',
    setup: { jurisdiction: '重庆', date: '2023-12-01', issuer: ['重庆市爱国卫生运动委员会'] },
    expect: {
      重庆市爱国卫生运动委员会: ['issuer', 'mentioned'],
      重庆两江新区爱国卫生运动委员会: ['mentioned'],
      重庆市万盛经济技术开发区爱国卫生运动委员会: ['mentioned'],
      重庆市爱国卫生运动委员会办公室: ['mentioned'],
    },
  },
  // Land administration bureaus before the 1998 reform, named 省土地局 in their province's documents.
  {
    text: '吉林省人民政府办公厅\n省土地局、省财政厅、省物价局《关于农村宅基地实行有偿使用的意见》已经省政府同意。',
    setup: { jurisdiction: '吉林', date: '1990-05-01', issuer: ['吉林省人民政府办公厅'] },
    expect: {
      吉林省人民政府办公厅: ['issuer'],
      吉林省土地管理局: ['mentioned'],
      吉林省财政厅: ['mentioned'],
      吉林省物价局: ['mentioned'],
      吉林省人民政府: ['mentioned'],
    },
  },
  // The culture, broadcasting and press bureaus of the 2013–2018 local reforms (区文广新局) and the transport bureaus'
  // short form (区交运局).
  {
    text: '重庆市万州区人民政府\n由区文广新局牵头,区交运局配合。',
    setup: { date: '2010-05-01', issuer: ['重庆市万州区人民政府'] },
    expect: {
      重庆市万州区人民政府: ['issuer'],
      重庆市万州区文化广电新闻出版局: ['mentioned'],
      重庆市万州区交通运输局: ['mentioned'],
    },
  },
  // A city that names its housing bureau 住房和建设局; a zone word followed by a word ending in 局 is no zone's bureau.
  {
    text: '深圳市龙华区住房和建设局\n根据市住房和建设局印发的方案,形成国家级、省级、市级现代农业产业园梯次发展格局。',
    setup: { jurisdiction: '广东', issuer: ['深圳市龙华区住房和建设局'] },
    expect: { 深圳市龙华区住房和建设局: ['issuer'], 深圳市住房和建设局: ['mentioned'] },
  },
  // An autonomous county's and a banner's documents name their organs after 自治县 / 旗.
  {
    text: '融水苗族自治县人民政府办公室\n经自治县人民政府研究,由自治县林业局牵头。',
    setup: { jurisdiction: '广西', issuer: ['融水苗族自治县人民政府办公室'] },
    expect: {
      融水苗族自治县人民政府办公室: ['issuer'],
      融水苗族自治县人民政府: ['mentioned'],
      融水苗族自治县林业局: ['mentioned'],
    },
  },
  {
    text: '鄂温克族自治旗司法局\n经旗人民政府同意,请旗教育局配合。',
    setup: { jurisdiction: '内蒙古', issuer: ['鄂温克族自治旗司法局'] },
    expect: {
      鄂温克族自治旗司法局: ['issuer'],
      鄂温克族自治旗人民政府: ['mentioned'],
      鄂温克族自治旗教育局: ['mentioned'],
    },
  },
  // An office's 办公室 written 办; an earthquake bureau named by its place, 市 left out. A closing 办 that is a verb
  // (`人民政府办理`) is no office.
  {
    text: '重庆市应急管理局\n由市农业农村委、市国防动员办、重庆地震局等协办。\n交各级人民政府办理的建议。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市应急管理局'] },
    expect: {
      重庆市应急管理局: ['issuer'],
      重庆市农业农村委员会: ['co-handler'],
      重庆市国防动员办公室: ['co-handler'],
      重庆市地震局: ['co-handler'],
    },
  },
  {
    text: '哈尔滨市人民政府办公厅\n建议交哈尔滨市人民政府办理,市国防动员办理顺程序。',
    setup: { jurisdiction: '黑龙江', issuer: ['哈尔滨市人民政府办公厅'] },
    expect: { 哈尔滨市人民政府办公厅: ['issuer'], 哈尔滨市人民政府: ['mentioned'] },
  },
  // A congress's special committees by their short forms, a standing committee's working committees, a municipality's
  // numbered intermediate courts and procuratorate branches.
  {
    text: '重庆市人大常委会办公厅\n审议市人大财经委、市人大监察司法委、市人大环资委、市人大教科文卫委、市人大社会委的报告,市人大常委会备案审查工委的报告,市四中法院、市检察院四分院的报告。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市人大常委会办公厅'] },
    expect: {
      重庆市人民代表大会常务委员会办公厅: ['issuer'],
      重庆市人民代表大会财政经济委员会: ['mentioned'],
      重庆市人民代表大会监察和司法委员会: ['mentioned'],
      重庆市人民代表大会环境与资源保护委员会: ['mentioned'],
      重庆市人民代表大会教育科学文化卫生委员会: ['mentioned'],
      重庆市人民代表大会社会建设委员会: ['mentioned'],
      重庆市人民代表大会常务委员会备案审查工作委员会: ['mentioned'],
      重庆市第四中级人民法院: ['mentioned'],
      重庆市人民检察院第四分院: ['mentioned'],
    },
  },
  {
    text: '厦门市人大常委会办公厅\n书面寄至厦门市人大法制委。由县政府督查室寄送市人大常委会人代选工委。上传市人大建议办理系统。',
    setup: { jurisdiction: '福建', issuer: ['厦门市人大常委会办公厅'] },
    expect: {
      厦门市人民代表大会常务委员会办公厅: ['issuer'],
      厦门市人民代表大会法制委员会: ['mentioned'],
      厦门市人民代表大会常务委员会人事代表选举工作委员会: ['mentioned'],
    },
  },
  // A commission's short form before 会同 / 会商 acts with others; 委会 alone is a democratic party's committee.
  {
    text: '重庆市铜梁区人民政府\n区住房城乡建委会同有关部门负责征收工作。民盟区委会提出意见。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市铜梁区人民政府'] },
    expect: { 重庆市铜梁区人民政府: ['issuer'], 重庆市铜梁区住房和城乡建设委员会: ['mentioned'] },
  },
  // An autonomous prefecture's documents name its organs after 州 alone.
  {
    text: '甘南藏族自治州人民政府办公室\n经州政府同意,请州人大常委会配合。',
    setup: { jurisdiction: '甘肃', issuer: ['甘南藏族自治州人民政府办公室'] },
    expect: {
      甘南藏族自治州人民政府办公室: ['issuer'],
      甘南藏族自治州人民政府: ['mentioned'],
      甘南藏族自治州人民代表大会常务委员会: ['mentioned'],
    },
  },
  // 州 names only an autonomous prefecture: the one the text names, not a municipality it only mentions.
  {
    text: '关于对州十六届人大四次会议第120号建议的答复\n发文机关:州政府办公室\n争取天津对口支援资金,甘南州财政局配合。',
    setup: { jurisdiction: '天津', issuer: ['州政府办公室'] },
    expect: { 甘南藏族自治州人民政府办公室: ['issuer'], 甘南藏族自治州财政局: ['mentioned'] },
  },
  // 代表 before a town's organ is the verb (on behalf of), not part of its name.
  {
    text: '重庆市巴南区木洞镇人民政府\n现在,我代表木洞镇人民政府向大会作工作报告。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市巴南区木洞镇人民政府'] },
    expect: { 重庆市巴南区木洞镇人民政府: ['issuer'] },
  },
  // A verb handing the task to a town's organ (责成, 建议) opens no name: the name follows it, or there is none.
  {
    text: '广德市教育体育局\n下一步,我市将责成邱村镇政府做好沟通解释工作。目前建议镇人民政府和水厂共同管理维护。',
    setup: { jurisdiction: '安徽', issuer: ['广德市教育体育局'] },
    expect: { 广德市教育体育局: ['issuer'], 广德市邱村镇人民政府: ['mentioned'] },
  },
  // Inner Mongolia's townships (苏木) are towns: named after their banner.
  {
    text: '鄂托克旗人民政府办公室\n请鄂托克旗阿尔巴斯苏木人民政府、木凯淖尔镇人民政府配合。',
    setup: { jurisdiction: '内蒙古', issuer: ['鄂托克旗人民政府办公室'] },
    expect: {
      鄂托克旗人民政府办公室: ['issuer'],
      鄂托克旗阿尔巴斯苏木人民政府: ['mentioned'],
      鄂托克旗木凯淖尔镇人民政府: ['mentioned'],
    },
  },
  // Town names may hold 城 (东城街道, 城关镇); a kind of place (城市街道办事处) and a former town (原…镇) are no names.
  {
    text: '重庆市南川区人民政府办公室\n由东城街道办事处、城关镇人民政府负责,城市街道办事处配合,撤销原大观镇人民政府。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市南川区人民政府办公室'] },
    expect: {
      重庆市南川区人民政府办公室: ['issuer'],
      重庆市南川区人民政府东城街道办事处: ['mentioned'],
      重庆市南川区城关镇人民政府: ['mentioned'],
    },
  },
  // Autonomous places written without their peoples, wherever the document comes from.
  {
    text: '天水市交通运输局\n督促张家川县交通运输局开展前期工作,商请黔东南州人民政府、龙胜县教育局、鄂温克旗司法局配合。',
    setup: { jurisdiction: '甘肃', issuer: ['天水市交通运输局'] },
    expect: {
      天水市交通运输局: ['issuer'],
      张家川回族自治县交通运输局: ['mentioned'],
      黔东南苗族侗族自治州人民政府: ['mentioned'],
      龙胜各族自治县教育局: ['mentioned'],
      鄂温克族自治旗司法局: ['mentioned'],
    },
  },
  // A standing committee's working committee is the organ named, whatever its words.
  {
    text: '沙河市交通运输局\n抄送:市人大常委会选举任免代表工作委员会,市政府办公室。',
    setup: { jurisdiction: '河北', issuer: ['沙河市交通运输局'] },
    expect: {
      沙河市交通运输局: ['issuer'],
      沙河市人民代表大会常务委员会选举任免代表工作委员会: ['mentioned'],
      沙河市人民政府办公室: ['mentioned'],
    },
  },
  {
    text: '沈阳市人民政府\n经沈阳市人大常委会法制工作委员会审核,市人大常委会与市政府联合调研。',
    setup: { jurisdiction: '辽宁', issuer: ['沈阳市人民政府'] },
    expect: {
      沈阳市人民政府: ['issuer', 'mentioned'],
      沈阳市人民代表大会常务委员会法制工作委员会: ['mentioned'],
      沈阳市人民代表大会常务委员会: ['mentioned'],
    },
  },
  // An organ type a reform renamed, written the old way after the reform, is the organ in force on the date.
  {
    text: '沙河市交通运输局\n该路段已列入省交通厅动态管理系统,省国土资源厅、省环境保护厅配合。',
    setup: { jurisdiction: '河北', date: '2023-07-18', issuer: ['沙河市交通运输局'] },
    expect: {
      沙河市交通运输局: ['issuer'],
      河北省交通运输厅: ['mentioned'],
      河北省自然资源厅: ['mentioned'],
      河北省生态环境厅: ['mentioned'],
    },
  },
  {
    text: '河北省人民政府\n由省交通厅、省国土资源厅负责。',
    setup: { jurisdiction: '河北', date: '2006-05-01', issuer: ['河北省人民政府'] },
    expect: { 河北省人民政府: ['issuer'], 河北省交通厅: ['mentioned'], 河北省国土资源厅: ['mentioned'] },
  },
  // A league's or prefecture's government is its 行政公署; its general office issues.
  {
    text: '阿拉善盟行政公署办公室关于印发某某办法的通知\n各旗人民政府:\n本办法由阿拉善盟行政公署办公室负责解释。',
    setup: { jurisdiction: '内蒙古', issuer: ['阿拉善盟行政公署办公室'] },
    expect: { 阿拉善盟行政公署办公室: ['issuer', 'mentioned'] },
  },
  // Any commission may be written with 委 for 委员会, and a 和 joining two words may be dropped, roster or not.
  {
    text: '武汉市人民政府\n责任单位:市城乡建设委、市卫生计生委、市国土规划局、市人力资源社会保障局、市金融工作局。',
    setup: { jurisdiction: '湖北', issuer: ['武汉市人民政府'] },
    expect: {
      武汉市人民政府: ['issuer'],
      武汉市城乡建设委员会: ['mentioned'],
      武汉市卫生和计划生育委员会: ['mentioned'],
      武汉市国土资源和规划局: ['mentioned'],
      武汉市人力资源和社会保障局: ['mentioned'],
      武汉市金融工作局: ['mentioned'],
    },
  },
  {
    text: '姚安县交通运输局\n该项目已列入县水务局规划,县民宗局、县信访局配合。',
    setup: { jurisdiction: '云南', issuer: ['姚安县交通运输局'] },
    expect: {
      姚安县交通运输局: ['issuer'],
      姚安县水务局: ['mentioned'],
      姚安县民族宗教事务局: ['mentioned'],
      姚安县信访局: ['mentioned'],
    },
  },
  {
    text: '北京市人民政府\n市水务局、市文物局、市中医药局按职责分工负责。',
    setup: { jurisdiction: '北京', issuer: ['北京市人民政府'] },
    expect: {
      北京市人民政府: ['issuer'],
      北京市水务局: ['mentioned'],
      北京市文物局: ['mentioned'],
      北京市中医药管理局: ['mentioned'],
    },
  },
  {
    text: '湖北省人民政府\n省疾控局、省通信管理局、省邮政管理局和省投促局。',
    setup: { jurisdiction: '湖北', issuer: ['湖北省人民政府'] },
    expect: {
      湖北省人民政府: ['issuer'],
      湖北省疾病预防控制局: ['mentioned'],
      湖北省通信管理局: ['mentioned'],
      湖北省邮政管理局: ['mentioned'],
      湖北省投资促进局: ['mentioned'],
    },
  },
  {
    text: '平江县人民政府\n抄送:县委农办,县人大人事委,县畜牧局,县文体广旅局。',
    setup: { jurisdiction: '湖南', issuer: ['平江县人民政府'] },
    expect: {
      平江县人民政府: ['issuer'],
      中共平江县委农村工作领导小组办公室: ['mentioned'],
      平江县人民代表大会常务委员会人事代表工作委员会: ['mentioned'],
      平江县畜牧兽医局: ['mentioned'],
      平江县文化体育广电和旅游局: ['mentioned'],
    },
  },
  {
    text: '银川市交通运输局\n抄送:市人大代选工委,市营商局,市外侨办。',
    setup: { jurisdiction: '宁夏', issuer: ['银川市交通运输局'] },
    expect: {
      银川市交通运输局: ['issuer'],
      银川市人民代表大会常务委员会代表选举任免工作委员会: ['mentioned'],
      银川市营商环境建设局: ['mentioned'],
      银川市外事侨务办公室: ['mentioned'],
    },
  },
  {
    text: '广元市商务局\n商市发展改革委、市经济合作局形成意见,区政府督查办督办。',
    setup: { jurisdiction: '四川', issuer: ['广元市商务局'] },
    expect: {
      广元市商务局: ['issuer'],
      广元市发展和改革委员会: ['mentioned'],
      广元市经济合作局: ['mentioned'],
    },
  },
  {
    text: '重庆市梁平区人民政府办公室\n由区政府督查办负责督查。',
    setup: { issuer: ['重庆市梁平区人民政府办公室'] },
    expect: { 重庆市梁平区人民政府办公室: ['issuer'], 重庆市梁平区人民政府督查办公室: ['mentioned'] },
  },
  {
    text: '广元市朝天区人民政府\n由区文旅体局、区教科局办理,区委目标绩效办督办;攀枝花市目标绩效办考核。',
    setup: { jurisdiction: '四川', issuer: ['广元市朝天区人民政府'] },
    expect: {
      广元市朝天区人民政府: ['issuer'],
      广元市朝天区文化旅游和体育局: ['mentioned'],
      广元市朝天区教育和科学技术局: ['mentioned'],
      中共广元市朝天区委目标绩效管理办公室: ['mentioned'],
      攀枝花市目标绩效管理办公室: ['mentioned'],
    },
  },
  // A run of level words before 乡人民政府 lists levels; it names no town.
  {
    text: '新疆维吾尔自治区人民政府办公厅\n发送到自治区各地州市县乡人民政府。',
    setup: { jurisdiction: '新疆', issuer: ['新疆维吾尔自治区人民政府办公厅'] },
    expect: { 新疆维吾尔自治区人民政府办公厅: ['issuer'] },
  },
  {
    text: '内蒙古自治区农牧厅\n各苏木镇人民政府、旗直各部门:\n请苏木镇人民政府按要求落实。',
    setup: { jurisdiction: '内蒙古', issuer: ['内蒙古自治区农牧厅'] },
    expect: { 内蒙古自治区农牧厅: ['issuer'] },
  },
  // A local bureau's branch in a zone written in full is the branch.
  {
    text: '金华市生态环境局金华经济技术开发区分局负责监测。',
    setup: { jurisdiction: '浙江' },
    expect: { 金华市生态环境局金华经济技术开发区分局: ['mentioned'] },
  },
  // A word that ends in 局 after a central body is no bureau of it.
  {
    text: '坚持党中央统揽全局、协调各方,服务国家发展大局。',
    setup: { jurisdiction: null },
    expect: { 中共中央: ['mentioned'] },
  },
  // Chongqing's districts name their big data bureau 大数据应用发展管理局 (written 区大数据发展局); other places as written.
  {
    text: '重庆市渝中区人民政府办公室\n由区大数据发展局负责,成都市大数据发展局配合。',
    setup: { jurisdiction: '重庆', issuer: ['重庆市渝中区人民政府办公室'] },
    expect: {
      重庆市渝中区人民政府办公室: ['issuer'],
      重庆市渝中区大数据应用发展管理局: ['mentioned'],
      成都市大数据发展局: ['mentioned'],
    },
  },
  // A government's information office; an organ inside an order's number written serial first (`市政府第263号令`).
  {
    text: '北京市西城区人民政府办公室\n根据《北京市人民政府办理政协委员提案办法》(市政府第263号令),宁夏回族自治区人民政府新闻办公室举行发布会。',
    setup: {
      jurisdiction: '北京',
      issuer: ['北京市西城区人民政府办公室'],
      excluded: ['《北京市人民政府办理政协委员提案办法》'],
    },
    expect: { 北京市西城区人民政府办公室: ['issuer'], 宁夏回族自治区人民政府新闻办公室: ['mentioned'] },
  },
  // A Party committee's education working committee (教育工委), written with the place or relative to it.
  {
    text: '安徽省教育厅\n中共安徽省委教育工委、省委教育工委和市委教育工委分别负责。',
    setup: { jurisdiction: '安徽', date: '2021-02-28', issuer: ['安徽省教育厅'] },
    expect: { 安徽省教育厅: ['issuer'], 中共安徽省委教育工作委员会: ['mentioned'] },
  },
  // A list opened by 各 groups bodies until its predicate begins; a relative name after that is an organ of its own.
  {
    text: '四川省人民政府\n各地、各部门要认真贯彻落实党中央、国务院和省委、省政府决策部署。',
    setup: { jurisdiction: '四川', date: '2014-08-20', issuer: ['四川省人民政府'] },
    expect: {
      四川省人民政府: ['issuer', 'mentioned'],
      中共中央: ['mentioned'],
      国务院: ['mentioned'],
      中共四川省委员会: ['mentioned'],
    },
  },
  {
    text: '四川省人民政府\n各市(州)人民政府,省政府各部门:',
    setup: { jurisdiction: '四川', issuer: ['四川省人民政府'] },
    expect: { 四川省人民政府: ['issuer'] },
  },
  // A body whose regulations are meant (`省政府有关规定`) is named; a group of its departments (`市政府有关部门`) is not.
  {
    text: '许昌市人民政府\n根据国务院和省政府有关规定,由市政府有关部门执行。',
    setup: { jurisdiction: '河南', date: '2009-06-01', issuer: ['许昌市人民政府'] },
    expect: { 许昌市人民政府: ['issuer'], 国务院: ['mentioned'], 河南省人民政府: ['mentioned'] },
  },
  // A zone type a prefecture-level city has one of, alone in the city's document, is the city's zone; 开发区 alone may
  // be any of several.
  {
    text: '淄博市人民政府办公厅\n各区县人民政府、高新区管委会,各开发区管委会:\n请认真贯彻执行。',
    setup: { jurisdiction: '山东', date: '2008-06-01', issuer: ['淄博市人民政府办公厅'] },
    expect: { 淄博市人民政府办公厅: ['issuer'], 淄博高新技术产业开发区管理委员会: ['mentioned'] },
  },
  // County units of the 2010s: a merged health and food-and-drug bureau, the traffic police brigade, the local
  // maritime office; `公安部 门` (部门 split by a PDF line break) names no ministry.
  {
    text: '兴义市人民政府\n组织市卫生食药监局、市海事处、市交警大队等部门组成检查组;由公安部 门依法处罚。',
    setup: { jurisdiction: '贵州', date: '2012-06-01', issuer: ['兴义市人民政府'] },
    expect: {
      兴义市人民政府: ['issuer'],
      兴义市卫生和食品药品监督管理局: ['mentioned'],
      兴义市地方海事处: ['mentioned'],
      兴义市公安局交通警察大队: ['mentioned'],
    },
  },
  // A bare organ word with no place and no relative prefix is no agency.
  { text: '由水务局和数据局研究。', setup: { jurisdiction: '湖北' }, expect: {} },
];

describe('organ types most places have', () => {
  test.each(ROWS.map((r) => [r.text.slice(0, 36), r] as const))('%s', (_, row) => {
    expect(found(row)).toEqual(row.expect);
  });
});
