// ingest/programs.ts — the program stage's entry (named funds, pilots, platforms, zones, initiatives, events,
// institutions, work groups); the rules live in ingest/programs/, one idea per file.

export { findPrograms } from './programs/find.ts';
