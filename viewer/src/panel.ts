// viewer/src/panel.ts — the side panel: a node's details and its lists (cites, cited by, co-cited, same citations,
// agency portfolio), each item clickable and each relationship with the quote that created it.
import type {
  AgencyPortfolio,
  CitationRelation,
  CitedByRow,
  CountRow,
  DocumentStatus,
  EvidenceQuote,
  NodeAnswer,
  NodeSummary,
  RelationRow,
  TimelineRow,
} from '../../server/api-types.ts';
import { api, errorMessage } from './api.ts';
import { LEGAL_LEVEL_LABELS } from './legal-levels.ts';
import { RELATION_COLORS, STATUS_COLORS, TYPE_COLORS, TYPE_NAMES } from './appearance.ts';
import { RELATION_LABELS, STATUS_LABELS } from '../../graph/status-rules.ts';
import { h, type LoadState } from './dom.ts';

export interface PanelActions {
  select: (id: string) => void;
  expand: (id: string) => void;
  read: (id: string) => void;
}

/** How many quotes a row shows before "more"; a policy cited 8 times in one reply would flood the panel. */
const QUOTES_PER_ROW = 2;

function typeBadge(node: NodeSummary): HTMLElement {
  const badge = h('span', { class: 'type-badge' }, TYPE_NAMES[node.label] ?? node.label);
  badge.style.background = TYPE_COLORS[node.label] ?? '#888';
  return badge;
}

/** The quote, with the mention of `about` (its number or title) marked when it occurs in it. */
function quoteBlock(q: EvidenceQuote, about: NodeSummary | null): HTMLElement {
  const block = h('blockquote', { class: 'quote', dataset: { documentId: q.documentId } });
  const needles = [about?.docNumber, about?.title, about?.name].filter((s): s is string => !!s && s.length > 1);
  const needle = needles.find((n) => q.quote.includes(n));
  if (needle) {
    const at = q.quote.indexOf(needle);
    block.append(q.quote.slice(0, at), h('mark', {}, needle), q.quote.slice(at + needle.length));
  } else {
    block.append(q.quote);
  }
  return block;
}

function quotes(list: EvidenceQuote[], about: NodeSummary | null): HTMLElement {
  const box = h('div', { class: 'quotes' });
  list.slice(0, QUOTES_PER_ROW).forEach((q) => box.append(quoteBlock(q, about)));
  if (list.length > QUOTES_PER_ROW) {
    const more = h('button', { class: 'item-link' }, `+ ${list.length - QUOTES_PER_ROW} more quotes`);
    more.addEventListener('click', () => {
      more.remove();
      list.slice(QUOTES_PER_ROW).forEach((q) => box.append(quoteBlock(q, about)));
    });
    box.append(more);
  }
  return box;
}

function nodeLink(node: NodeSummary, actions: PanelActions): HTMLElement {
  return h(
    'button',
    { class: 'item-link', dataset: { nodeId: node.id }, title: node.title ?? node.name, onClick: () => actions.select(node.id) },
    node.name,
  );
}

function meta(...parts: (string | null | undefined | false)[]): HTMLElement | null {
  const text = parts.filter((p): p is string => !!p).join(' · ');
  return text ? h('span', { class: 'item-meta' }, text) : null;
}

function section(key: string, title: string, count: number | null, body: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'list-section', dataset: { section: key } },
    h('h3', {}, title, h('span', { class: 'count' }, count === null ? '' : String(count))),
    body,
  );
}

function listOf<T>(rows: T[], render: (row: T) => HTMLElement, empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  const ol = h('ol');
  for (const r of rows) ol.append(h('li', {}, render(r)));
  return ol;
}

/** A section whose rows load on their own; its loading and error states show in place. */
function asyncSection<T>(key: string, title: string, load: () => Promise<T[]>, render: (row: T) => HTMLElement, empty: string): HTMLElement {
  const body = h('div', {}, h('p', { class: 'section-status' }, 'Loading…'));
  const sec = section(key, title, null, body);
  const count = sec.querySelector('.count')!;
  const show = (state: LoadState<T[]>) => {
    sec.dataset.state = state.status;
  };
  show({ status: 'loading', what: title });
  load().then(
    (rows) => {
      show({ status: 'ready', value: rows });
      count.textContent = String(rows.length);
      body.replaceChildren(listOf(rows, render, empty));
    },
    (err: unknown) => {
      const message = errorMessage(err);
      show({ status: 'error', message });
      body.replaceChildren(h('p', { class: 'section-status error' }, message));
    },
  );
  return sec;
}

/** What a citing document does with the cited one: 依据 / 贯彻落实 / 修改 / 废止 / 提及, in the relation's colour. */
function relationTag(relation: CitationRelation): HTMLElement {
  const tag = h('span', { class: 'relation-tag', dataset: { relation }, title: relation }, RELATION_LABELS[relation]);
  tag.style.borderColor = RELATION_COLORS[relation];
  tag.style.color = relation === 'mentions' ? '#6b7280' : RELATION_COLORS[relation];
  return tag;
}

/** A small status tag beside a listed document (only when it is not simply in force). */
function statusTag(s: DocumentStatus): HTMLElement | null {
  if (s.status === 'in-force') return null;
  const tag = h('span', { class: 'status-tag', dataset: { status: s.status }, title: s.basis }, STATUS_LABELS[s.status]);
  tag.style.background = STATUS_COLORS[s.status];
  return tag;
}

/** The mark on a citation of a policy that is repealed (today): analysts must not rely on it. */
function repealedMark(s: DocumentStatus): HTMLElement {
  return h('p', { class: 'cites-repealed', attrs: { role: 'note' } }, `⚠ 引用已废止的政策 cites a repealed policy${s.since ? ` (废止于 ${s.since})` : ''}`);
}

function relationRow(r: RelationRow, self: NodeSummary, actions: PanelActions, direction: 'out' | 'in'): HTMLElement {
  const about = direction === 'out' ? r.node : self;
  return h(
    'div',
    { dataset: { relType: r.type, ...(r.relation ? { relation: r.relation } : {}), ...(r.status ? { status: r.status.status } : {}) } },
    r.relation ? relationTag(r.relation) : null,
    nodeLink(r.node, actions),
    r.status ? statusTag(r.status) : null,
    meta(r.node.date ?? null, r.roles.length ? r.roles.join('/') : null, r.evidence.length > 1 ? `×${r.evidence.length}` : null),
    r.status?.status === 'repealed' && r.relation !== 'repeals' ? repealedMark(r.status) : null,
    r.evidence.length ? quotes(r.evidence, about) : null,
  );
}

function citedByRow(r: CitedByRow, self: NodeSummary, selfStatus: DocumentStatus | undefined, actions: PanelActions): HTMLElement {
  return h(
    'div',
    { dataset: { relation: r.relation } },
    relationTag(r.relation),
    nodeLink(r.document, actions),
    meta(r.document.date ?? '(no date)', r.document.issuer ?? null, `${r.count}×`),
    // A document that still cites (rather than repeals) a policy the corpus shows repealed.
    selfStatus?.status === 'repealed' && r.relation !== 'repeals' ? repealedMark(selfStatus) : null,
    quotes(r.relationEvidence && r.relation !== 'mentions' ? [r.relationEvidence, ...r.quotes.filter((q) => q.start !== r.relationEvidence!.start)] : r.quotes, self),
  );
}

/**
 * The validity badge (现行有效 / 已修改 / 已废止 / 已失效 / 尚未施行); a click shows what establishes it: the document
 * and its quote.
 */
function statusBadge(s: DocumentStatus, actions: PanelActions): HTMLElement {
  const detail = h('div', { class: 'status-evidence', attrs: { hidden: '' } });
  const words: Record<DocumentStatus['status'], string> = {
    'in-force': s.since ? `自 ${s.since} 起施行 in force` : '语料中未见废止、修改或失效的记载 no repeal, amendment or expiry known',
    amended: '已被修改 amended by',
    repealed: '已被废止 repealed by',
    expired: `有效期至 ${s.since ?? '?'} expired`,
    'not-yet-in-force': `自 ${s.since ?? '?'} 起施行 not yet in force`,
  };
  detail.append(
    h('p', { class: 'status-basis' }, words[s.status], s.by ? ' ' : '', s.by ? nodeLink(s.by, actions) : null, s.by && s.since ? ` (${s.since})` : '', h('span', { class: 'item-meta' }, `as of ${s.at}`)),
  );
  if (s.evidence) {
    detail.append(
      h('p', { class: 'status-source' }, '依据 source: ', nodeLink(s.evidence.document, actions)),
      quoteBlock({ documentId: s.evidence.document.id, quote: s.evidence.quote, start: s.evidence.start, end: s.evidence.end }, s.document),
    );
  }
  const badge = h('button', { class: 'status-badge', dataset: { status: s.status }, attrs: { type: 'button', 'aria-expanded': 'false' }, title: s.basis }, STATUS_LABELS[s.status]);
  badge.style.background = STATUS_COLORS[s.status];
  badge.addEventListener('click', () => {
    detail.hidden = !detail.hidden;
    badge.setAttribute('aria-expanded', String(!detail.hidden));
  });
  return h('div', { class: 'status' }, badge, detail);
}

function countRow(r: CountRow, actions: PanelActions, unit: string): HTMLElement {
  return h('div', {}, nodeLink(r.node, actions), meta(r.node.date ?? null, `${r.count} ${unit}`));
}

function summaryRow(n: NodeSummary, actions: PanelActions): HTMLElement {
  return h('div', {}, nodeLink(n, actions), meta(n.docNumber && n.docNumber !== n.name ? n.docNumber : null, n.date ?? null));
}

function facts(node: NodeSummary): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  const add = (k: string, v: string | number | null | undefined) => {
    if (v === null || v === undefined || v === '') return;
    dl.append(h('dt', {}, k), h('dd', {}, String(v)));
  };
  add('文号 Number', node.docNumber);
  add('标题 Title', node.title && node.title !== node.name ? node.title : null);
  add('日期 Date', node.date);
  add('发文机关 Issuer', node.issuer);
  add('类别 Kind', node.kind);
  add('被引 Cited by', node.citedBy);
  add('效力级别 Legal level', node.legalLevel ? `${LEGAL_LEVEL_LABELS[node.legalLevel] ?? node.legalLevel} (${node.legalLevelRule ?? '?'})` : null);
  add('施行日期 Effective', node.effectiveDate);
  add('有效期至 Valid until', node.expiryDate);
  if (node.trial) add('试行 Trial', '试行/暂行 trial version');
  if (node.label === 'Document') add('全文 Text', node.ingested ? 'ingested 已入库' : 'cited only 仅被引用');
  return dl;
}

function portfolioSections(p: AgencyPortfolio, actions: PanelActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  const a = p.agency;
  if (a.aliases.length || a.formerNames.length) {
    const names = [...a.aliases, ...a.formerNames.map((f) => (f.until ? `${f.name} (until ${f.until})` : f.name))];
    out.push(section('aliases', '别名 Aliases & former names', names.length, h('p', {}, names.join('、'))));
  }
  out.push(section('issued', '发文 Issued', p.issued.length, listOf(p.issued, (n) => summaryRow(n, actions), 'None in the graph.')));
  out.push(
    section('numbered', '代字文号 Numbered with its code', p.numberedPolicies.length, listOf(p.numberedPolicies, (n) => summaryRow(n, actions), 'None.')),
  );
  out.push(
    section(
      'programs',
      '项目 Programs it runs',
      p.programs.length,
      listOf(p.programs, (n) => h('div', {}, nodeLink(n, actions), meta(n.inferredBy)), 'None.'),
    ),
  );
  out.push(section('co-handled', '协办 Replies co-handled', p.coHandled.length, listOf(p.coHandled, (n) => summaryRow(n, actions), 'None.')));
  return out;
}

/** Render a loaded node into the panel body. Sections that need more queries load themselves. */
export function renderNode(body: HTMLElement, answer: NodeAnswer, actions: PanelActions): void {
  const node = answer.node;
  const head = h(
    'div',
    { class: 'node-head', dataset: { nodeId: node.id } },
    typeBadge(node),
    h('h2', { attrs: { id: 'panel-title' } }, node.title ?? node.name),
    answer.status ? statusBadge(answer.status, actions) : null,
    facts(node),
  );
  const buttons = h('div', { class: 'actions' });
  if (node.label === 'Document' && node.ingested) {
    buttons.append(h('button', { attrs: { id: 'open-reader', type: 'button' }, onClick: () => actions.read(node.id) }, '阅读全文 Read text'));
  }
  buttons.append(h('button', { attrs: { id: 'expand-neighbours', type: 'button' }, onClick: () => actions.expand(node.id) }, '展开邻居 Expand neighbours'));
  const sections: HTMLElement[] = [];
  const out = (type: string) => answer.outgoing.filter((r) => r.type === type);
  const inc = (type: string) => answer.incoming.filter((r) => r.type === type);
  const rel = (key: string, title: string, rows: RelationRow[], dir: 'out' | 'in', empty: string) =>
    section(key, title, rows.length, listOf(rows, (r) => relationRow(r, node, actions, dir), empty));

  switch (node.label) {
    case 'Document': {
      sections.push(rel('cites', '引用 Cites', out('CITES'), 'out', 'Cites no document.'));
      sections.push(
        asyncSection<CitedByRow>('cited-by', '被引 Cited by', async () => (await api.citedBy(node.id, 'date')).rows, (r) => citedByRow(r, node, answer.status, actions), 'No document in the graph cites it.'),
      );
      sections.push(
        asyncSection<CountRow>('co-cited', '共被引 Co-cited with', async () => (await api.coCited(node.id)).rows, (r) => countRow(r, actions, 'together'), 'Never cited together with another document.'),
      );
      if (out('CITES').length > 0) {
        sections.push(
          asyncSection<CountRow>('same-citations', '同引 Same citations', async () => (await api.sameCitations(node.id)).rows, (r) => countRow(r, actions, 'shared'), 'No other document cites what it cites.'),
        );
      }
      const agencies = [...out('ISSUED_BY'), ...out('MENTIONS')];
      sections.push(rel('mentions', '机关与项目 Agencies & programs', agencies, 'out', 'Names no agency or program.'));
      if (out('RESPONDS_TO').length) sections.push(rel('responds-to', '答复 Responds to', out('RESPONDS_TO'), 'out', ''));
      break;
    }
    case 'Agency': {
      const holder = h('div', { dataset: { section: 'portfolio' } }, h('p', { class: 'section-status' }, 'Loading portfolio…'));
      api.agency(node.name).then(
        (p) => holder.replaceChildren(...portfolioSections(p, actions)),
        (err: unknown) => holder.replaceChildren(h('p', { class: 'section-status error' }, errorMessage(err))),
      );
      sections.push(holder);
      sections.push(rel('mentioned-in', '提及 Mentioned in', inc('MENTIONS'), 'in', 'No document mentions it.'));
      break;
    }
    case 'Program':
      sections.push(rel('run-by', '主管 Run by', inc('RUNS'), 'in', 'No agency is known to run it.'));
      sections.push(rel('mentioned-in', '提及 Mentioned in', inc('MENTIONS'), 'in', 'No document mentions it.'));
      break;
    case 'Proposal':
      sections.push(rel('answered-by', '答复 Answered by', inc('RESPONDS_TO'), 'in', 'No reply in the graph.'));
      break;
  }
  body.replaceChildren(head, buttons, ...sections);
}

/**
 * The panel before anything is selected: the most cited documents and the documents per year — lists an
 * analyst can start from without knowing what to search for.
 */
export function renderStartLists(body: HTMLElement, actions: PanelActions): void {
  body.replaceChildren(
    h('p', { class: 'hint' }, 'Click a node or search to see its details, citations and evidence. 点击节点或搜索以查看详情、引用与原文。'),
    asyncSection<CountRow>('top-cited', '最常被引 Most cited', async () => (await api.topCited(15)).rows, (r) => countRow(r, actions, 'citing'), 'Nothing is cited yet.'),
    asyncSection<TimelineRow>(
      'timeline',
      '年度 Documents per year',
      async () => (await api.timeline()).rows.slice().reverse(),
      (r) => h('div', {}, h('strong', {}, String(r.year)), meta(`${r.documents} documents`, `${r.citations} citations made`)),
      'No dated documents.',
    ),
  );
}

/** Show a load state in the panel (loading or error); `ready` is drawn by renderNode. */
export function renderPanelState(body: HTMLElement, state: LoadState<unknown>): void {
  if (state.status === 'loading') body.replaceChildren(h('p', { class: 'section-status' }, `Loading ${state.what}…`));
  else if (state.status === 'error') body.replaceChildren(h('p', { class: 'section-status error', attrs: { role: 'alert' } }, state.message));
  else if (state.status === 'idle') {
    body.replaceChildren(h('p', { class: 'hint' }, 'Click a node or search to see its details, citations and evidence. 点击节点或搜索以查看详情、引用与原文。'));
  }
}

/** The evidence of one clicked edge in the graph: the asserting documents (clickable) and every quote. */
export function renderEdge(
  body: HTMLElement,
  type: string,
  source: NodeSummary,
  target: NodeSummary,
  edge: { evidence: EvidenceQuote[]; documents: NodeSummary[]; relation: CitationRelation | null; relationEvidence: EvidenceQuote | null } | null,
  actions: PanelActions,
  error: string | null = null,
): void {
  const head = [
    h('div', { class: 'node-head' }, h('h2', {}, `${type}`, edge?.relation ? ' ' : '', edge?.relation ? relationTag(edge.relation) : null)),
    h('p', {}, nodeLink(source, actions), ' → ', nodeLink(target, actions)),
  ];
  if (error !== null) {
    body.replaceChildren(...head, h('p', { class: 'section-status error', attrs: { role: 'alert' } }, error));
    return;
  }
  if (edge === null) {
    body.replaceChildren(...head, h('p', { class: 'section-status' }, 'Loading evidence…'));
    return;
  }
  const ev = edge.relationEvidence && edge.relation !== 'mentions' ? [edge.relationEvidence, ...edge.evidence.filter((q) => q.start !== edge.relationEvidence!.start)] : edge.evidence;
  const about = type === 'CITES' || type === 'MENTIONS' || type === 'ISSUED_BY' ? target : source;
  body.replaceChildren(
    ...head,
    section('asserted-by', 'Asserted by', edge.documents.length, listOf(edge.documents, (d) => summaryRow(d, actions), 'No document.')),
    section('evidence', '证据 Evidence', ev.length, ev.length ? quotes(ev, about) : h('p', { class: 'empty' }, 'No quote recorded.')),
  );
}
