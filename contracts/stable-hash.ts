// contracts/stable-hash.ts — FNV-1a of a string: a stable pseudo-random number per node id, so the same data starts (and
// so ends) a layout in the same place, on the server (server/layout.ts) and in the viewer (viewer/src/data-graph.ts).

export function stableHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
