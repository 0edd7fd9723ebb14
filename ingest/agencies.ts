// ingest/agencies.ts — the agency stage's entry point for the pipeline (ingest/extract.ts); the stage lives in ingest/agencies/.
export * from './agencies/index.ts';
