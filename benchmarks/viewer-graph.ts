// benchmarks/viewer-graph.ts — a generated graph of exactly 20,000 nodes and 50,000 edges for bench:viewer.
// Written through graph/store (the same batched writes as ingest), shaped like the real graph: hubs, replies, agencies.
import { agencyId, documentId, programId, proposalId } from '../graph/model.ts';
import type {
  AgencyNodeRow,
  DocumentNodeRow,
  DocumentWrite,
  OwnedEdgeRow,
  ProgramNodeRow,
  ProposalNodeRow,
} from '../graph/model.ts';
import { rng as prng } from './rng.mjs';

/**
 * The mix (nodes 20,000 · edges 50,000), close to the sample corpus's proportions scaled up:
 * 6,000 ingested documents cite 11,000 cited-only ones (and each other): 28,000 CITES, most landing on a few hubs;
 * every ingested document has an issuer (6,000 ISSUED_BY) and names agencies (9,000 MENTIONS) and programs
 * (4,000 MENTIONS); 1,000 are replies to proposals (RESPONDS_TO); agencies run programs (2,000 RUNS).
 */
export const SHAPE = {
  agencies: 300,
  programs: 1_700,
  proposals: 1_000,
  ingested: 6_000,
  citedOnly: 11_000,
  citesTotal: 28_000,
  agencyMentionsExtra: 3_000,
  programMentions: 4_000,
  runs: 2_000,
} as const;

export const EXPECTED_NODES = SHAPE.agencies + SHAPE.programs + SHAPE.proposals + SHAPE.ingested + SHAPE.citedOnly;
export const EXPECTED_EDGES =
  SHAPE.citesTotal +
  SHAPE.ingested /* ISSUED_BY */ +
  SHAPE.ingested +
  SHAPE.agencyMentionsExtra +
  SHAPE.programMentions +
  SHAPE.proposals +
  SHAPE.runs;

// Name parts in the language of the documents (Chongqing districts, departments, 机关代字, policy genres).
const DISTRICTS = [
  '万州区',
  '涪陵区',
  '渝中区',
  '大渡口区',
  '江北区',
  '沙坪坝区',
  '九龙坡区',
  '南岸区',
  '北碚区',
  '綦江区',
  '大足区',
  '渝北区',
  '巴南区',
  '黔江区',
  '长寿区',
  '江津区',
  '合川区',
  '永川区',
  '南川区',
  '璧山区',
  '铜梁区',
  '潼南区',
  '荣昌区',
  '开州区',
  '梁平区',
  '武隆区',
  '城口县',
  '丰都县',
  '垫江县',
  '忠县',
];
const DEPARTMENTS = [
  '科学技术局',
  '财政局',
  '教育委员会',
  '发展和改革委员会',
  '经济和信息化委员会',
  '人力资源和社会保障局',
  '农业农村委员会',
  '商务委员会',
  '生态环境局',
  '卫生健康委员会',
];
const CODES = [
  '渝府发',
  '渝府办发',
  '渝科局发',
  '渝财教',
  '渝教科发',
  '渝经信发',
  '渝发改高技',
  '渝人社发',
  '渝农发',
  '渝金',
  '渝商务发',
  '渝环发',
];
const TOPICS = [
  '科技成果转化',
  '高新技术企业培育',
  '孵化载体建设',
  '知识产权保护',
  '人才引进',
  '数字经济发展',
  '普惠金融',
  '乡村振兴',
  '创新平台建设',
  '科普工作',
  '中小企业融资',
  '产学研合作',
  '科研项目管理',
  '绿色低碳发展',
  '智能制造',
];
const GENRES = ['实施意见', '管理办法', '实施方案', '若干措施', '行动计划', '工作方案', '实施细则', '通知'];
const PROGRAM_KINDS = ['专项资金', '试点', '示范区', '创新平台', '行动', '工程', '基金', '计划'];

function evidence(quote: string): Pick<OwnedEdgeRow, 'starts' | 'ends' | 'quotes' | 'quoteStarts' | 'quoteEnds'> {
  return {
    starts: [0],
    ends: [Math.min(quote.length, 12)],
    quotes: [quote],
    quoteStarts: [0],
    quoteEnds: [quote.length],
  };
}

/** Build the writes. Every node ends with at least one edge; edge counts are exact (see SHAPE). */
export function generateViewerGraph(seed = 20_000): DocumentWrite[] {
  const rand = prng(seed);

  const agencies: AgencyNodeRow[] = [];
  for (let i = 0; i < SHAPE.agencies; i++) {
    const name = `重庆市${DISTRICTS[i % DISTRICTS.length]}${DEPARTMENTS[Math.floor(i / DISTRICTS.length) % DEPARTMENTS.length]}`;
    agencies.push({
      id: agencyId(name),
      name,
      aliases: [],
      level: 'district',
      jurisdiction: '重庆市',
      formerNames: [],
      formerNamesJson: '[]',
      pinyins: [],
      initials: [],
    });
  }
  const programs: ProgramNodeRow[] = [];
  for (let i = 0; i < SHAPE.programs; i++) {
    const name = `${TOPICS[i % TOPICS.length]}${PROGRAM_KINDS[Math.floor(i / TOPICS.length) % PROGRAM_KINDS.length]}第${i + 1}期`;
    programs.push({ id: programId(name), name, kind: 'other', pinyins: [], initials: [] });
  }
  const proposals: ProposalNodeRow[] = [];
  for (let i = 0; i < SHAPE.proposals; i++) {
    const session = `市政协六届${['一', '二', '三', '四', '五'][i % 5]}次会议`;
    const number = String(1000 + i).padStart(4, '0');
    proposals.push({
      id: proposalId(session, number, null),
      name: `${session}第${number}号提案`,
      kind: '提案',
      session,
      number,
      title: null,
      proposer: null,
    });
  }

  // Documents 0 … ingested-1 are ingested; the rest are only cited.
  const totalDocs = SHAPE.ingested + SHAPE.citedOnly;
  const docs: DocumentNodeRow[] = [];
  for (let i = 0; i < totalDocs; i++) {
    const code = CODES[i % CODES.length]!;
    const year = 2015 + (i % 10);
    const docNumber = `${code}〔${year}〕${Math.floor(i / CODES.length) + 1}号`;
    const title = `关于${TOPICS[i % TOPICS.length]}的${GENRES[Math.floor(i / 7) % GENRES.length]}`;
    const ingested = i < SHAPE.ingested;
    const issuer = agencies[i % SHAPE.agencies]!.name;
    docs.push({
      id: documentId({ docNumber }),
      docNumber,
      code,
      year,
      titles: [title],
      titleKeys: [`${title}#${i}`],
      pinyins: [],
      initials: [],
      title: { value: title, rank: '0' },
      issuer: { value: issuer, rank: '0' },
      own: ingested
        ? {
            ingested: true,
            file: `bench/${i}.txt`,
            source: null,
            encoding: 'utf-8',
            text: `${title}\n（生成的基准文档 ${docNumber}）`,
            indexNumber: null,
            writtenDate: `${year}-0${1 + (i % 9)}-1${i % 10}`,
            publishedDate: null,
            signedDate: null,
            date: `${year}-0${1 + (i % 9)}-1${i % 10}`,
            year,
            genre: null,
            topics: [],
            assertionHash: `bench-viewer-${seed}-${i}`,
          }
        : null,
    });
  }

  // Citations: each cited-only document once (so none is isolated), the rest skewed towards low indices (hubs).
  const cites: Set<number>[] = Array.from({ length: SHAPE.ingested }, () => new Set<number>());
  for (let c = 0; c < SHAPE.citedOnly; c++) cites[c % SHAPE.ingested]!.add(SHAPE.ingested + c);
  let remaining = SHAPE.citesTotal - SHAPE.citedOnly;
  while (remaining > 0) {
    for (let i = 0; i < SHAPE.ingested && remaining > 0; i++) {
      const target = Math.floor(totalDocs * rand() ** 3);
      if (target === i || cites[i]!.has(target)) continue;
      cites[i]!.add(target);
      remaining--;
    }
  }

  const writes: DocumentWrite[] = [];
  for (let i = 0; i < SHAPE.ingested; i++) {
    const self = docs[i]!;
    const issuerRow = agencies[i % SHAPE.agencies]!;
    const w: DocumentWrite = {
      id: self.id,
      file: self.own?.file ?? null,
      documents: [self],
      agencies: [issuerRow],
      programs: [],
      proposals: [],
      owned: [],
      shared: [],
      merges: [],
    };
    const title = self.title!.value;
    for (const t of cites[i]!) {
      const target = docs[t]!;
      w.documents.push({ ...target, own: null });
      w.owned.push({
        type: 'CITES',
        from: self.id,
        to: target.id,
        roles: null,
        mentions: null,
        ...evidence(`${title}依据《${target.title!.value}》(${target.docNumber})。`),
      });
    }
    w.shared.push({
      type: 'ISSUED_BY',
      from: self.id,
      to: issuerRow.id,
      docs: [self.id],
      sources: ['header'],
      ...evidence(`发布机构:${issuerRow.name}`),
    });
    const mentioned = [agencies[(i + 7) % SHAPE.agencies]!];
    if (i < SHAPE.agencyMentionsExtra) mentioned.push(agencies[(i + 101) % SHAPE.agencies]!);
    for (const a of mentioned) {
      w.agencies.push(a);
      w.owned.push({
        type: 'MENTIONS',
        from: self.id,
        to: a.id,
        roles: ['mentioned'],
        mentions: [a.name],
        ...evidence(`会同${a.name}共同研究办理。`),
      });
    }
    if (i < SHAPE.programMentions) {
      const p = programs[i % SHAPE.programs]!;
      w.programs.push(p);
      w.owned.push({
        type: 'MENTIONS',
        from: self.id,
        to: p.id,
        roles: null,
        mentions: [p.name],
        ...evidence(`开展${p.name}。`),
      });
      if (i < SHAPE.runs) {
        w.shared.push({
          type: 'RUNS',
          from: issuerRow.id,
          to: p.id,
          docs: [self.id],
          sources: ['issuer states 开展'],
          ...evidence(`${issuerRow.name}开展${p.name}。`),
        });
      }
    }
    if (i < SHAPE.proposals) {
      const p = proposals[i]!;
      w.proposals.push(p);
      w.owned.push({
        type: 'RESPONDS_TO',
        from: self.id,
        to: p.id,
        roles: null,
        mentions: null,
        ...evidence(`你们提出的${p.name}收悉。`),
      });
    }
    writes.push(w);
  }
  return writes;
}
