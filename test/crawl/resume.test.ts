// test/crawl/resume.test.ts — `policy-graph crawl` end to end as a user runs it: killed mid-crawl, run again, it
// goes on without asking again for what it saved, then imports the pages into the real test Neo4j.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_FILE } from '../../crawl/settings.ts';
import { closeDriver, runRead } from '../../graph/connection.ts';
import { emptyGraph, testConfig } from '../graph/helpers.ts';
import { DISALLOWED_PREFIX, DOCUMENT_PAGES, ERROR_PAGE, type Portal, startPortal } from './portal.ts';

/** Records of pages saved so far, from the state file. */
function savedUrls(out: string): string[] {
  const file = join(out, STATE_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"status":"saved"'))
    .map((l) => (JSON.parse(l) as { url: string }).url);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((r) => child.on('exit', (code) => r(code)));
}

describe('crawl, killed and resumed, into Neo4j', () => {
  let portal: Portal;
  let out: string;
  const args = () => [
    'bin/policy-graph.js',
    'crawl',
    `${portal.origin}/`,
    '--allow',
    '127.0.0.1',
    '--delay',
    '0.2',
    '--timeout',
    '0.5',
    '--out',
    out,
  ];

  beforeAll(async () => {
    portal = await startPortal({ slowMs: 1500 });
    out = mkdtempSync(join(tmpdir(), 'crawl-resume-'));
    await emptyGraph();
  });
  afterAll(async () => {
    await portal.close();
    await closeDriver();
    rmSync(out, { recursive: true, force: true });
  });

  test('the second run fetches nothing the killed run saved, and the documents end in Neo4j', async () => {
    // First run: killed (SIGKILL, no chance to tidy up) once it has saved six pages.
    const first = spawn(process.execPath, [...args(), '--no-import'], { stdio: 'ignore' });
    const firstExit = exited(first);
    const t0 = Date.now();
    while (savedUrls(out).length < 6 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 25));
    first.kill('SIGKILL');
    await firstExit;
    const savedFirst = savedUrls(out);
    expect(savedFirst.length).toBeGreaterThanOrEqual(6);
    const requestsFirst = portal.requests.length;

    // Second run: resumes, imports into the test Neo4j (the global setup's NEO4J_URI and password are inherited).
    const report = join(out, 'report.tsv');
    const second = spawn(process.execPath, [...args(), '--report', report], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    second.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await exited(second);
    expect(stderr).toContain('(resumed)');
    // The slow and the failing page are reported: exit code 1.
    expect(code, stderr).toBe(1);

    // The report: what the crawl could not fetch or left alone, then each saved page's import outcome.
    const rows = readFileSync(report, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t'));
    expect(rows).toContainEqual(
      expect.arrayContaining(['failed', 'crawl: HTTP 500 (3 attempts)', '', `${portal.origin}${ERROR_PAGE}`]),
    );
    expect(rows).toContainEqual(
      expect.arrayContaining([
        'skipped',
        'crawl: disallowed by robots.txt',
        '',
        `${portal.origin}${DISALLOWED_PREFIX}`,
      ]),
    );
    expect(
      rows
        .filter((r) => r[0] === 'imported')
        .map((r) => r[3])
        .sort(),
    ).toEqual(
      DOCUMENT_PAGES.filter((p) => !p.includes('/zcwj/'))
        .map((p) => portal.origin + p)
        .sort(),
    );

    const secondRun = portal.requests.slice(requestsFirst);
    for (const url of savedFirst) {
      const path = new URL(url).pathname;
      expect(
        secondRun.filter((r) => r.path === path),
        path,
      ).toEqual([]);
    }
    for (const page of DOCUMENT_PAGES)
      expect(
        portal.hits(page).filter((r) => r.status === 200),
        page,
      ).toHaveLength(1);

    const sources = await runRead(
      {
        query: 'MATCH (d:Document {ingested: true}) RETURN d.source AS source ORDER BY source',
        params: {},
        transform: (records) => records.map((r) => r.get('source') as string),
      },
      testConfig(),
    );
    // Every document page once; the reply republished under /zcwj/ is the same document (same 发文字号).
    const expected = DOCUMENT_PAGES.filter((p) => !p.includes('/zcwj/'))
      .map((p) => portal.origin + p)
      .sort();
    expect(sources).toEqual(expected);
  }, 180_000);
});
