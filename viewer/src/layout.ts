// viewer/src/layout.ts — ForceAtlas2 in a web worker (start/stop), then noverlap so labels and discs do not collide.
// The worker writes positions into the data graph; sigma redraws from its graph events.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { DataGraph } from './data-graph.ts';

export type LayoutPhase = 'idle' | 'forceatlas2' | 'noverlap';

/** Above this many nodes, noverlap also runs in a worker (the synchronous one would freeze the page). */
const NOVERLAP_WORKER_NODES = 2_000;

/**
 * Up to this many nodes the workers move the data graph itself (sigma redraws each iteration: a live animation).
 * Above, every position update would cost sigma a full re-index (~1 s at 20,000 nodes), starving the page: the
 * workers move a copy, and positions are copied to the data graph every SYNC_MS (each copy is one redraw).
 */
const LIVE_LAYOUT_MAX_NODES = 2_000;
const SYNC_MS = 3_000;

type LayoutGraph = Graph<{ x: number; y: number; size: number }>;

/** Topology and positions only: what ForceAtlas2 and noverlap read. */
function layoutCopy(graph: DataGraph): LayoutGraph {
  const copy: LayoutGraph = new Graph({ type: 'directed', multi: true });
  graph.forEachNode((id, a) => copy.addNode(id, { x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((id, _a, source, target) => copy.addDirectedEdgeWithKey(id, source, target));
  return copy;
}

/**
 * How long an automatic layout runs. ForceAtlas2 with Barnes-Hut converges in roughly a fixed number of
 * iterations; iterations get slower with size, so the budget grows with the node count (capped).
 */
export function autoDuration(nodes: number): number {
  return Math.min(1_500 + nodes * 0.5, 12_000);
}

export interface LayoutEvents {
  onPhase: (phase: LayoutPhase) => void;
  /** Converts a node size (screen pixels) into graph units, so noverlap separates what is drawn. */
  sizeToGraph: () => number;
}

export class LayoutController {
  private readonly graph: DataGraph;
  private readonly events: LayoutEvents;
  private fa2: FA2LayoutSupervisor | null = null;
  private overlap: NoverlapLayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private phase: LayoutPhase = 'idle';
  private done: (() => void)[] = [];
  /** The graph the workers move: the data graph itself, or a copy for large graphs. */
  private target: DataGraph | LayoutGraph;
  private syncTimer: ReturnType<typeof setInterval> | null = null;

  constructor(graph: DataGraph, events: LayoutEvents) {
    this.graph = graph;
    this.events = events;
    this.target = graph;
  }

  private get live(): boolean {
    return this.graph.order <= LIVE_LAYOUT_MAX_NODES;
  }

  /** Copy positions from the layout copy into the data graph (one graph event → one sigma refresh). */
  private sync(): void {
    if (this.target === this.graph) return;
    const source = this.target;
    this.graph.updateEachNodeAttributes(
      (id, a) => {
        if (!source.hasNode(id)) return a;
        const p = source.getNodeAttributes(id);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private stopSync(): void {
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = null;
  }

  getPhase(): LayoutPhase {
    return this.phase;
  }

  private setPhase(phase: LayoutPhase): void {
    this.phase = phase;
    this.events.onPhase(phase);
    if (phase === 'idle') {
      const waiting = this.done;
      this.done = [];
      for (const resolve of waiting) resolve();
    }
  }

  /** Resolves when the layout (both phases) has finished or was stopped. */
  whenIdle(): Promise<void> {
    return this.phase === 'idle' ? Promise.resolve() : new Promise((resolve) => this.done.push(resolve));
  }

  /**
   * Start ForceAtlas2. With `durationMs`, stop by itself after that long and remove overlaps; without, run
   * until the user presses stop. The settings are ForceAtlas2's own inference for the graph's size (Barnes-Hut
   * above a few hundred nodes), with gravity so disconnected components stay on screen.
   */
  start(durationMs: number | null): void {
    this.stopTimers();
    this.overlap?.kill();
    this.overlap = null;
    if (this.graph.order === 0) return;
    if (!this.live) {
      // A fresh copy each run: the data graph may have grown since (expanded neighbours).
      this.fa2?.kill();
      this.fa2 = null;
      this.target = layoutCopy(this.graph);
      this.stopSync();
      this.syncTimer = setInterval(() => this.sync(), SYNC_MS);
    } else {
      this.target = this.graph;
    }
    if (!this.fa2) {
      const inferred = forceAtlas2.inferSettings(this.target);
      this.fa2 = new FA2LayoutSupervisor(this.target, {
        settings: { ...inferred, gravity: 1, scalingRatio: 10, barnesHutOptimize: this.target.order > 500 },
        // All edges pull alike: the layout shows who is connected, not how often.
        getEdgeWeight: null,
      });
    }
    this.fa2.start();
    this.setPhase('forceatlas2');
    if (durationMs !== null) this.timer = setTimeout(() => this.stop(), durationMs);
  }

  /** Stop ForceAtlas2 and run noverlap once. */
  stop(): void {
    this.stopTimers();
    if (this.fa2?.isRunning()) this.fa2.stop();
    this.removeOverlaps();
  }

  private removeOverlaps(): void {
    const scale = this.events.sizeToGraph();
    const inputReducer = (_key: string, attr: { x: number; y: number; size?: number }) => ({
      x: attr.x,
      y: attr.y,
      size: (attr.size ?? 1) * scale,
    });
    const settings = { margin: 2 * scale, ratio: 1.1, expansion: 1.1 };
    if (this.target.order < NOVERLAP_WORKER_NODES) {
      noverlap.assign(this.target, { maxIterations: 120, inputReducer, settings });
      this.finish();
      return;
    }
    this.setPhase('noverlap');
    this.overlap = new NoverlapLayoutSupervisor(this.target, {
      inputReducer,
      settings,
      onConverged: () => this.finishOverlap(),
    });
    this.overlap.start();
    // Large graphs may never fully converge; a bounded budget keeps the page interactive.
    this.timer = setTimeout(() => this.finishOverlap(), 3_000);
  }

  private finishOverlap(): void {
    this.stopTimers();
    this.overlap?.kill();
    this.overlap = null;
    if (this.phase === 'noverlap') this.finish();
  }

  /** Both phases done: final positions into the data graph, then idle. */
  private finish(): void {
    this.stopSync();
    this.sync();
    this.setPhase('idle');
  }

  private stopTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** A graph changed in structure (nodes added): the FA2 worker holds a copy of the old one, so drop it. */
  reset(): void {
    this.stopTimers();
    this.stopSync();
    this.fa2?.kill();
    this.fa2 = null;
    this.overlap?.kill();
    this.overlap = null;
    if (this.phase !== 'idle') this.setPhase('idle');
  }

  kill(): void {
    this.reset();
  }
}
