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
} from '../../contracts/api.ts';
import { api, errorMessage } from './api.ts';
import { LEGAL_LEVEL_LABELS } from './legal-levels.ts';
import { RELATION_COLORS, STATUS_COLORS, TYPE_COLORS } from './appearance.ts';
import { h, type LoadState } from './dom.ts';
import { t } from './i18n.ts';
import { nodeName } from './labels.ts';
import { citedByTable, countTable, relationTable } from '../../contracts/lists.ts';
import { compareButton } from './compare.ts';
import { listToolbar, portfolioToolbar, type ListExport } from './list-tools.ts';
import { viaList } from './via-list.ts';
import { citationTimelineSection, documentsPerYearSection } from './year-sections.ts';

export interface PanelActions {
  select: (id: string) => void;
  expand: (id: string) => void;
  read: (id: string) => void;
  /** Make the node one end of the path tool (path.ts). */
  pathEnd?: (node: NodeSummary, which: 'from' | 'to') => void;
}

/** How many quotes a row shows before "more"; a policy cited 8 times in one reply would flood the panel. */
const QUOTES_PER_ROW = 2;

function typeBadge(node: NodeSummary): HTMLElement {
  const badge = h('span', { class: 'type-badge' }, t().types[node.label] ?? node.label);
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

export function quotes(list: EvidenceQuote[], about: NodeSummary | null): HTMLElement {
  const box = h('div', { class: 'quotes' });
  list.slice(0, QUOTES_PER_ROW).forEach((q) => {
    box.append(quoteBlock(q, about));
  });
  if (list.length > QUOTES_PER_ROW) {
    const more = h('button', { class: 'item-link' }, t().moreQuotes(list.length - QUOTES_PER_ROW));
    more.addEventListener('click', () => {
      more.remove();
      list.slice(QUOTES_PER_ROW).forEach((q) => {
        box.append(quoteBlock(q, about));
      });
    });
    box.append(more);
  }
  return box;
}

export function nodeLink(node: NodeSummary, actions: PanelActions): HTMLElement {
  return h(
    'button',
    {
      class: 'item-link',
      dataset: { nodeId: node.id },
      title: node.title ?? nodeName(node),
      onClick: () => actions.select(node.id),
    },
    nodeName(node),
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

/** A titled section holding a list of rows, with the count in its heading. */
function listSection<T>(
  key: string,
  title: string,
  rows: T[],
  render: (row: T) => HTMLElement,
  empty: string,
): HTMLElement {
  return section(key, title, rows.length, listOf(rows, render, empty));
}

function listOf<T>(rows: T[], render: (row: T) => HTMLElement, empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  const ol = h('ol');
  for (const r of rows) ol.append(h('li', {}, render(r)));
  return ol;
}

/** The list, under its year filter and CSV button (list-tools.ts) when given: the count and the list follow the filter. */
function withTools<T>(
  rows: T[],
  render: (row: T) => HTMLElement,
  empty: string,
  tools: ListExport<T> | undefined,
  count: Element,
): HTMLElement[] {
  const list = listOf(rows, render, empty);
  if (!tools || rows.length === 0) return [list];
  let shown = list;
  const show = (kept: T[]) => {
    count.textContent = kept.length === rows.length ? String(rows.length) : `${kept.length}/${rows.length}`;
    const next = listOf(kept, render, empty);
    shown.replaceWith(next);
    shown = next;
  };
  return [listToolbar(rows, tools, show), list];
}

/** A section whose rows load on their own; its loading and error states show in place. */
function asyncSection<T>(
  key: string,
  title: string,
  load: () => Promise<T[]>,
  render: (row: T) => HTMLElement,
  empty: string,
  tools?: ListExport<T>,
): HTMLElement {
  const body = h('div', {}, h('p', { class: 'section-status' }, t().loading('')));
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
      body.replaceChildren(...withTools(rows, render, empty, tools, count));
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
export function relationTag(relation: CitationRelation): HTMLElement {
  const tag = h(
    'span',
    { class: 'relation-tag', dataset: { relation }, title: t().relations[relation] },
    t().relations[relation],
  );
  tag.style.borderColor = RELATION_COLORS[relation];
  tag.style.color = relation === 'mentions' ? '#6b7280' : RELATION_COLORS[relation];
  return tag;
}

/** A small status tag beside a listed document (only when it is not simply in force). */
function statusTag(s: DocumentStatus): HTMLElement | null {
  if (s.status === 'in-force') return null;
  const tag = h('span', { class: 'status-tag', dataset: { status: s.status }, title: s.basis }, t().statuses[s.status]);
  tag.style.background = STATUS_COLORS[s.status];
  return tag;
}

/** The mark on a citation of a policy that is repealed (today): analysts must not rely on it. */
function repealedMark(s: DocumentStatus): HTMLElement {
  return h('p', { class: 'cites-repealed', attrs: { role: 'note' } }, t().citesRepealed(s.since ?? null));
}

function relationRow(r: RelationRow, self: NodeSummary, actions: PanelActions, direction: 'out' | 'in'): HTMLElement {
  const about = direction === 'out' ? r.node : self;
  return h(
    'div',
    {
      dataset: {
        relType: r.type,
        ...(r.relation ? { relation: r.relation } : {}),
        ...(r.status ? { status: r.status.status } : {}),
      },
    },
    r.relation ? relationTag(r.relation) : null,
    nodeLink(r.node, actions),
    r.status ? statusTag(r.status) : null,
    meta(
      r.node.date ?? null,
      r.roles.length ? r.roles.map((x) => t().roles[x] ?? x).join('/') : null,
      r.evidence.length > 1 ? t().times(r.evidence.length) : null,
    ),
    r.status?.status === 'repealed' && r.relation !== 'repeals' ? repealedMark(r.status) : null,
    r.evidence.length ? quotes(r.evidence, about) : null,
  );
}

function citedByRow(
  r: CitedByRow,
  self: NodeSummary,
  selfStatus: DocumentStatus | undefined,
  actions: PanelActions,
): HTMLElement {
  return h(
    'div',
    { dataset: { relation: r.relation } },
    relationTag(r.relation),
    nodeLink(r.document, actions),
    meta(r.document.date ?? t().noDate, r.document.issuer ?? null, t().times(r.count)),
    // A document that still cites (rather than repeals) a policy the corpus shows repealed.
    selfStatus?.status === 'repealed' && r.relation !== 'repeals' ? repealedMark(selfStatus) : null,
    quotes(
      r.relationEvidence && r.relation !== 'mentions'
        ? [r.relationEvidence, ...r.quotes.filter((q) => q.start !== r.relationEvidence!.start)]
        : r.quotes,
      self,
    ),
  );
}

/**
 * The validity badge (现行有效 / 已修改 / 已废止 / 已失效 / 尚未施行); a click shows what establishes it: the document
 * and its quote.
 */
function statusBadge(s: DocumentStatus, actions: PanelActions): HTMLElement {
  const detail = h('div', { class: 'status-evidence', attrs: { hidden: '' } });
  const w = t().statusWords;
  const words: Record<DocumentStatus['status'], string> = {
    'in-force': s.since ? w.inForceSince(s.since) : w.inForceUnknown,
    amended: w.amended,
    repealed: w.repealed,
    expired: w.expired(s.since ?? '?'),
    'not-yet-in-force': w.notYet(s.since ?? '?'),
  };
  detail.append(
    h(
      'p',
      { class: 'status-basis' },
      words[s.status],
      s.by ? ' ' : '',
      s.by ? nodeLink(s.by, actions) : null,
      s.by && s.since ? ` (${s.since})` : '',
      h('span', { class: 'item-meta' }, w.asOf(s.at)),
    ),
  );
  if (s.evidence) {
    detail.append(
      h('p', { class: 'status-source' }, w.source, nodeLink(s.evidence.document, actions)),
      quoteBlock(
        { documentId: s.evidence.document.id, quote: s.evidence.quote, start: s.evidence.start, end: s.evidence.end },
        s.document,
      ),
    );
  }
  const badge = h(
    'button',
    {
      class: 'status-badge',
      dataset: { status: s.status },
      attrs: { type: 'button', 'aria-expanded': 'false' },
      title: s.basis,
    },
    t().statuses[s.status],
  );
  badge.style.background = STATUS_COLORS[s.status];
  badge.addEventListener('click', () => {
    detail.hidden = !detail.hidden;
    badge.setAttribute('aria-expanded', String(!detail.hidden));
  });
  return h('div', { class: 'status' }, badge, detail);
}

function countRow(r: CountRow, actions: PanelActions, unit: (n: number) => string, viaLabel?: string): HTMLElement {
  return h(
    'div',
    {},
    nodeLink(r.node, actions),
    meta(r.node.date ?? null, unit(r.count)),
    viaLabel ? viaList(r, viaLabel, actions.select) : null,
  );
}

function summaryRow(n: NodeSummary, actions: PanelActions): HTMLElement {
  return h(
    'div',
    {},
    nodeLink(n, actions),
    meta(n.docNumber && n.docNumber !== n.name ? n.docNumber : null, n.date ?? null),
  );
}

function facts(node: NodeSummary): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  const add = (k: string, v: string | number | null | undefined) => {
    if (v === null || v === undefined || v === '') return;
    dl.append(h('dt', {}, k), h('dd', {}, String(v)));
  };
  const f = t().facts;
  add(f.number, node.docNumber);
  add(f.title, node.title && node.title !== nodeName(node) ? node.title : null);
  add(f.date, node.date);
  add(f.issuer, node.issuer);
  add(f.kind, node.kind);
  // A document is cited; an agency or a program is mentioned (citedBy counts the documents naming it).
  add(node.label === 'Document' ? f.citedBy : f.mentionedBy, node.citedBy);
  add(
    f.legalLevel,
    node.legalLevel
      ? `${LEGAL_LEVEL_LABELS[node.legalLevel] ?? node.legalLevel} (${node.legalLevelRule ?? '?'})`
      : null,
  );
  add(f.effective, node.effectiveDate);
  add(f.validUntil, node.expiryDate);
  if (node.trial) add(f.trial, f.trialValue);
  if (node.label === 'Document') add(f.text, node.ingested ? f.ingested : f.citedOnly);
  return dl;
}

function portfolioSections(p: AgencyPortfolio, actions: PanelActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  const a = p.agency;
  if (a.aliases.length || a.formerNames.length) {
    const names = [
      ...a.aliases,
      ...a.formerNames.map((f) => (f.until ? `${f.name}${t().sections.until(String(f.until))}` : f.name)),
    ];
    out.push(section('aliases', t().sections.aliases, names.length, h('p', {}, names.join('、'))));
  }
  const summary = (n: NodeSummary) => summaryRow(n, actions);
  out.push(
    listSection('issued', t().sections.issued, p.issued, summary, t().empty.noneInGraph),
    listSection('numbered', t().sections.numbered, p.numberedPolicies, summary, t().empty.none),
    listSection(
      'programs',
      t().sections.programs,
      p.programs,
      (n) => h('div', {}, nodeLink(n, actions), meta(n.inferredBy)),
      t().empty.none,
    ),
    listSection('co-handled', t().sections.coHandled, p.coHandled, summary, t().empty.none),
  );
  return out;
}

/** Render a loaded node into the panel body. Sections that need more queries load themselves. */
export function renderNode(body: HTMLElement, answer: NodeAnswer, actions: PanelActions): void {
  const node = answer.node;
  const head = h(
    'div',
    { class: 'node-head', dataset: { nodeId: node.id } },
    typeBadge(node),
    h('h2', { attrs: { id: 'panel-title' } }, node.title ?? nodeName(node)),
    answer.status ? statusBadge(answer.status, actions) : null,
    facts(node),
  );
  const buttons = h('div', { class: 'actions' });
  if (node.label === 'Document' && node.ingested) {
    buttons.append(
      h('button', { attrs: { id: 'open-reader', type: 'button' }, onClick: () => actions.read(node.id) }, t().readText),
    );
  }
  if (node.label === 'Document') buttons.append(compareButton(node, actions.select));
  buttons.append(
    h(
      'button',
      { attrs: { id: 'expand-neighbours', type: 'button' }, onClick: () => actions.expand(node.id) },
      t().expand,
    ),
  );
  const pathEnd = actions.pathEnd;
  if (pathEnd) {
    buttons.append(
      h(
        'button',
        { attrs: { id: 'path-set-from', type: 'button' }, onClick: () => pathEnd(node, 'from') },
        t().path.setFrom,
      ),
      h('button', { attrs: { id: 'path-set-to', type: 'button' }, onClick: () => pathEnd(node, 'to') }, t().path.setTo),
    );
  }
  const sections: HTMLElement[] = [];
  const out = (type: string) => answer.outgoing.filter((r) => r.type === type);
  const inc = (type: string) => answer.incoming.filter((r) => r.type === type);
  const rel = (key: string, title: string, rows: RelationRow[], dir: 'out' | 'in', empty: string) => {
    const body = h('div');
    const sec = section(key, title, rows.length, body);
    const tools: ListExport<RelationRow> = {
      kind: 'relations',
      fileName: `${key}-${node.docNumber ?? nodeName(node)}`,
      table: relationTable,
      node: (r) => r.node,
    };
    body.append(
      ...withTools(rows, (r) => relationRow(r, node, actions, dir), empty, tools, sec.querySelector('.count')!),
    );
    return sec;
  };

  switch (node.label) {
    case 'Document': {
      sections.push(rel('cites', t().sections.cites, out('CITES'), 'out', t().empty.citesNone));
      const file = (list: string) => `${list}-${node.docNumber ?? nodeName(node)}`;
      if ((node.citedBy ?? 0) > 0) sections.push(citationTimelineSection(node, body));
      sections.push(
        asyncSection<CitedByRow>(
          'cited-by',
          t().sections.citedBy,
          async () => (await api.citedBy(node.id, 'date')).rows,
          (r) => citedByRow(r, node, answer.status, actions),
          t().empty.notCited,
          { kind: 'cited-by', fileName: file('cited-by'), table: citedByTable, node: (r) => r.document },
        ),
      );
      // Two lists of documents counted against this one: cited together with it, or citing what it cites.
      const countSection = (kind: 'co-cited' | 'same-citations') => {
        const tr = t();
        const [title, unit, via, empty, load] =
          kind === 'co-cited'
            ? [tr.sections.coCited, tr.together, tr.tools.citingBoth, tr.empty.neverCoCited, api.coCited]
            : [tr.sections.sameCitations, tr.shared, tr.tools.sharedPolicies, tr.empty.noSame, api.sameCitations];
        const tools: ListExport<CountRow> = {
          kind,
          fileName: file(kind),
          table: (rows) => countTable(kind, rows),
          node: (r) => r.node,
        };
        const rows = async () => (await load(node.id)).rows;
        return asyncSection<CountRow>(kind, title, rows, (r) => countRow(r, actions, unit, via), empty, tools);
      };
      sections.push(countSection('co-cited'));
      if (out('CITES').length > 0) sections.push(countSection('same-citations'));
      const agencies = [...out('ISSUED_BY'), ...out('MENTIONS')];
      sections.push(rel('mentions', t().sections.agencies, agencies, 'out', t().empty.namesNone));
      if (out('RESPONDS_TO').length)
        sections.push(rel('responds-to', t().sections.respondsTo, out('RESPONDS_TO'), 'out', ''));
      break;
    }
    case 'Agency': {
      const holder = h(
        'div',
        { dataset: { section: 'portfolio' } },
        h('p', { class: 'section-status' }, t().loading(t().what.portfolio)),
      );
      api.agency(node.name).then(
        (p) => {
          const lists = h('div', {}, ...portfolioSections(p, actions));
          holder.replaceChildren(
            portfolioToolbar(p, (kept) => lists.replaceChildren(...portfolioSections(kept, actions))),
            lists,
          );
        },
        (err: unknown) => holder.replaceChildren(h('p', { class: 'section-status error' }, errorMessage(err))),
      );
      sections.push(holder);
      sections.push(rel('mentioned-in', t().sections.mentionedIn, inc('MENTIONS'), 'in', t().empty.noMentions));
      break;
    }
    case 'Program':
      sections.push(rel('run-by', t().sections.runBy, inc('RUNS'), 'in', t().empty.noRunner));
      sections.push(rel('mentioned-in', t().sections.mentionedIn, inc('MENTIONS'), 'in', t().empty.noMentions));
      break;
    case 'Proposal':
      sections.push(rel('answered-by', t().sections.answeredBy, inc('RESPONDS_TO'), 'in', t().empty.noReply));
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
    h('p', { class: 'hint' }, t().hint),
    documentsPerYearSection(),
    asyncSection<CountRow>(
      'top-cited',
      t().sections.topCited,
      async () => (await api.topCited(15)).rows,
      (r) => countRow(r, actions, t().citing),
      t().empty.nothingCited,
    ),
    asyncSection<TimelineRow>(
      'timeline',
      t().sections.perYear,
      async () => (await api.timeline()).rows.slice().reverse(),
      (r) =>
        h(
          'div',
          {},
          h('strong', {}, String(r.year)),
          meta(t().documentsCount(r.documents), t().citationsMade(r.citations)),
        ),
      t().empty.noDated,
    ),
  );
}

/** Show a load state in the panel (loading or error); `ready` is drawn by renderNode. */
export function renderPanelState(body: HTMLElement, state: LoadState<unknown>): void {
  if (state.status === 'loading') body.replaceChildren(h('p', { class: 'section-status' }, t().loading(state.what)));
  else if (state.status === 'error')
    body.replaceChildren(h('p', { class: 'section-status error', attrs: { role: 'alert' } }, state.message));
  else if (state.status === 'idle') {
    body.replaceChildren(h('p', { class: 'hint' }, t().hint));
  }
}

/** The evidence of one clicked edge in the graph: the asserting documents (clickable) and every quote. */
export function renderEdge(
  body: HTMLElement,
  type: string,
  source: NodeSummary,
  target: NodeSummary,
  edge: {
    evidence: EvidenceQuote[];
    documents: NodeSummary[];
    relation: CitationRelation | null;
    relationEvidence: EvidenceQuote | null;
  } | null,
  actions: PanelActions,
  error: string | null = null,
): void {
  const head = [
    h(
      'div',
      { class: 'node-head', dataset: { edgeType: type, edgeSource: source.id, edgeTarget: target.id } },
      h(
        'h2',
        {},
        t().edgeTypes[type] ?? type,
        edge?.relation ? ' ' : '',
        edge?.relation ? relationTag(edge.relation) : null,
      ),
    ),
    h('p', {}, nodeLink(source, actions), ' → ', nodeLink(target, actions)),
  ];
  if (error !== null) {
    body.replaceChildren(...head, h('p', { class: 'section-status error', attrs: { role: 'alert' } }, error));
    return;
  }
  if (edge === null) {
    body.replaceChildren(...head, h('p', { class: 'section-status' }, t().loadingEvidence));
    return;
  }
  const ev =
    edge.relationEvidence && edge.relation !== 'mentions'
      ? [edge.relationEvidence, ...edge.evidence.filter((q) => q.start !== edge.relationEvidence!.start)]
      : edge.evidence;
  const about = type === 'CITES' || type === 'MENTIONS' || type === 'ISSUED_BY' ? target : source;
  body.replaceChildren(
    ...head,
    listSection(
      'asserted-by',
      t().sections.assertedBy,
      edge.documents,
      (d) => summaryRow(d, actions),
      t().empty.noDocument,
    ),
    section(
      'evidence',
      t().sections.evidence,
      ev.length,
      ev.length ? quotes(ev, about) : h('p', { class: 'empty' }, t().empty.noQuote),
    ),
  );
}
