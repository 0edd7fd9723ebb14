// viewer/src/export.ts — export the current view as PNG and the current (filtered) graph as GEXF.
// PNG: sigma draws on several stacked canvases (WebGL edges/nodes, 2D labels); they are composed into one.
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { TYPE_COLORS } from './appearance.ts';
import type { DataGraph, EdgeAttrs, NodeAttrs } from './data-graph.ts';
import { loadAllEdgeEvidence } from './edge-evidence.ts';
import { nodeName } from './labels.ts';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name that says what and when: policy-graph-2026-11-27T18-05-00. */
export function stamp(prefix: string): string {
  return `${prefix}-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}`;
}

/**
 * Compose sigma's layers into one PNG. The WebGL canvases do not keep their drawing buffer, so the picture is
 * re-rendered synchronously (refresh) and copied in the same task, before the browser clears the buffers.
 */
export async function exportPng(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  filename = `${stamp('policy-graph')}.png`,
): Promise<Blob> {
  const container = renderer.getContainer();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('viewer/export: this browser cannot create a 2D canvas for the PNG.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh();
  // DOM order is sigma's stacking order (edges, nodes, labels, hovers …).
  container.querySelectorAll('canvas').forEach((layer) => {
    if (layer.width > 0 && layer.height > 0) ctx.drawImage(layer, 0, 0, out.width, out.height);
  });
  const blob = await new Promise<Blob>((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('viewer/export: the canvas could not be encoded as PNG.'))),
      'image/png',
    ),
  );
  download(blob, filename);
  return blob;
}

/** Edges whose evidence an export reads (the sample corpus's whole overview is a few hundred). */
const EXPORT_EVIDENCE_MAX = 3000;

/**
 * The visible part of the graph as GEXF 1.3, with colours, sizes and positions for Gephi, and each edge's evidence
 * (fetched first for the edges the overview sent bare): quote count, first quote, asserting documents.
 */
export async function exportGexf(
  graph: DataGraph,
  isVisible: (node: string) => boolean,
  progress?: (done: number, total: number) => void,
  filename = `${stamp('policy-graph')}.gexf`,
): Promise<string> {
  const exported = graph.filterEdges((_id, _a, source, target) => isVisible(source) && isVisible(target));
  // One request per bare edge: a view of the 50,000-edge bench graph would take minutes, so past a cap the edges
  // left unread say so (evidenceLoaded=false, no count) rather than claim zero quotes.
  await loadAllEdgeEvidence(graph, exported.slice(0, EXPORT_EVIDENCE_MAX), progress);
  const out = new Graph({ type: 'directed', multi: true });
  graph.forEachNode((id, a) => {
    if (!isVisible(id)) return;
    const s = a.summary;
    out.addNode(id, {
      label: nodeName(s),
      type: a.nodeType,
      docNumber: s.docNumber ?? '',
      title: s.title ?? '',
      date: s.date ?? '',
      issuer: s.issuer ?? '',
      citedBy: s.citedBy ?? 0,
      x: a.x,
      y: a.y,
      size: a.size,
      color: TYPE_COLORS[a.nodeType],
    });
  });
  graph.forEachEdge((id, a, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    out.addDirectedEdgeWithKey(id, source, target, {
      relType: a.relType,
      relation: a.relation ?? '',
      roles: a.roles.join(','),
      quote: (a.relationEvidence ?? a.evidence[0])?.quote ?? '',
      ...(a.evidenceLoaded ? { evidenceCount: a.evidence.length } : {}),
      evidenceLoaded: a.evidenceLoaded,
      documents: a.documents.map((d) => d.id).join(','),
    });
  });
  const xml = writeGexf(out, { pretty: true });
  download(new Blob([xml], { type: 'application/gexf+xml' }), filename);
  return xml;
}
