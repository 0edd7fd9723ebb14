// server/overview-cache.ts — the overview answers cached by the graph's version (graph/connection.ts graphVersion).
// Every analyst opens on the same overview; it is computed once per version of the graph instead of once per request.

import { graphVersion, type Neo4jConfig } from '../graph/connection.ts';

/** Distinct overview sizes kept per database (the viewer asks for one or two; the bench view for one more). */
const MAX_ENTRIES = 4;

interface Slot<V> {
  version: string;
  entries: Map<string, Promise<V>>;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * Values keyed by (database, key), valid for one graph version. Each lookup asks the database for its version
 * first (one round trip): a write that committed before the request makes every older entry unreachable. A value
 * is kept only when the version did not move while it was computed, so it never pairs old data with a new version.
 * Concurrent misses on one key share one computation.
 */
export class VersionedCache<V> {
  private readonly slots = new Map<string, Slot<V>>();
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  async get(config: Neo4jConfig, key: string, compute: () => Promise<V>): Promise<V> {
    const version = await graphVersion(config, { connectRetries: 0 });
    if (version === '') return compute(); // a server without bookmarks: nothing to key on
    const target = `${config.uri}|${config.database ?? ''}`;
    let slot = this.slots.get(target);
    if (!slot || slot.version !== version) {
      slot = { version, entries: new Map() };
      this.slots.set(target, slot);
    }
    const cached = slot.entries.get(key);
    if (cached) {
      this.stats.hits++;
      // Least recently used goes first when the slot is full.
      slot.entries.delete(key);
      slot.entries.set(key, cached);
      return cached;
    }
    this.stats.misses++;
    const entries = slot.entries;
    const pending = compute().then(
      async (value) => {
        const after = await graphVersion(config, { connectRetries: 0 }).catch(() => '');
        if (after !== version && entries.get(key) === pending) entries.delete(key);
        return value;
      },
      (err: unknown) => {
        if (entries.get(key) === pending) entries.delete(key);
        throw err;
      },
    );
    entries.set(key, pending);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return pending;
  }

  clear(): void {
    this.slots.clear();
    this.stats.hits = 0;
    this.stats.misses = 0;
  }
}
