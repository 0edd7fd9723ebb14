// test/db-security.test.ts — the bundled Neo4j is locked: against the REAL test instance (and one started here),
// no login without the password over Bolt or Bolt-over-WebSocket, and no query reaches the file system or network.

import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { closeDriver, DatabaseError, runRead, type Neo4jConfig } from '../graph/connection.ts';
import { PASSWORD_FILE } from '../graph/local-password.ts';
import {
  boltHandshake,
  helloMessage,
  readReply,
  runMessage,
  tcpPipe,
  webSocketPipe,
  type BytePipe,
} from './bolt-wire.ts';
import { freePort } from '../benchmarks/free-port.ts';
import { cli, config, localTestPort, ROOT, uri } from './test-database.ts';

const port = Number(localTestPort);

afterAll(async () => {
  await closeDriver();
});

/** HELLO over a fresh connection (Bolt 5.0 or 4.4: auth travels in HELLO); the server's reply and the pipe. */
async function hello(
  open: (p: number) => Promise<BytePipe>,
  auth: Record<string, string>,
  version: [number, number] = [5, 0],
) {
  const pipe = await open(port);
  const agreed = await boltHandshake(pipe, ...version);
  expect(agreed).toBe(`${version[0]}.${version[1]}`);
  pipe.send(helloMessage({ user_agent: 'attacker/1.0', ...auth }));
  return { pipe, reply: await readReply(pipe) };
}

/** A query's error code, or 'no error'. */
async function errorCode(query: string): Promise<string> {
  return runRead({ query, params: {}, transform: () => 'no error' }, config, { connectRetries: 0 }).catch(
    (e: unknown) => (e instanceof DatabaseError ? e.code : String(e)),
  );
}

describe.skipIf(!localTestPort)('the bundled Neo4j refuses clients without the password', () => {
  const transports = [
    ['Bolt over TCP', tcpPipe],
    ['Bolt over WebSocket (a web page of another origin)', webSocketPipe],
  ] as const;

  test.each(transports)(
    '%s: HELLO without credentials is refused; with the password it is accepted',
    async (_name, open) => {
      for (const version of [
        [5, 0],
        [4, 4],
      ] as [number, number][]) {
        const refused = await hello(open, { scheme: 'none' }, version);
        expect(refused.reply.kind).toBe('FAILURE');
        expect(refused.reply.text).toContain('Neo.ClientError.Security.Unauthorized');
        refused.pipe.close();
        const guessed = await hello(open, { scheme: 'basic', principal: 'neo4j', credentials: 'neo4j' }, version);
        expect(guessed.reply.kind).toBe('FAILURE');
        guessed.pipe.close();
      }
      // The same transport with the password works: the refusal above is authentication, not a dead transport.
      const accepted = await hello(open, { scheme: 'basic', principal: 'neo4j', credentials: config.password });
      expect(accepted.reply.kind).toBe('SUCCESS');
      accepted.pipe.send(runMessage('RETURN 1 AS x'));
      expect((await readReply(accepted.pipe)).kind).toBe('SUCCESS');
      accepted.pipe.close();
    },
  );

  test('neo4j-driver without auth, or with a wrong password, gets Unauthorized', async () => {
    // A user name other than neo4j: wrong passwords for neo4j would lock it for the other tests for a few seconds.
    for (const auth of [{ scheme: 'none', credentials: '' }, neo4j.auth.basic('intruder', 'wrong-password')]) {
      const driver = neo4j.driver(uri, auth, { connectionTimeout: 5_000 });
      try {
        const error = await driver.executeQuery('RETURN 1').catch((e: unknown) => e);
        expect((error as { code?: string }).code).toBe('Neo.ClientError.Security.Unauthorized');
      } finally {
        await driver.close();
      }
    }
  });

  test.skipIf(config.password !== readPasswordFile())(
    'the CLI logs in with the generated password by itself (no NEO4J_PASSWORD)',
    async () => {
      const { code, stdout } = await cli(['db', 'status', '--port', String(port)], { NEO4J_PASSWORD: undefined });
      expect(code).toBe(0);
      expect(stdout).toContain('Bolt answers');
    },
  );

  test('the password file is private to its owner and ignored by git', () => {
    expect(fs.statSync(PASSWORD_FILE).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(PASSWORD_FILE, 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.neo4j/');
  });
});

describe.skipIf(!localTestPort)('no query reaches the file system or the network, even logged in', () => {
  test("LOAD CSV FROM 'file:///etc/passwd' fails", async () => {
    expect(await errorCode("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1")).toBe(
      'Neo.ClientError.Statement.ExternalResourceFailed',
    );
    expect(await errorCode("LOAD CSV FROM 'file:///' + 'proc/self/environ' AS line RETURN line LIMIT 1")).toBe(
      'Neo.ClientError.Statement.ExternalResourceFailed',
    );
  });

  test('LOAD CSV over http fails without sending a request (every address is blocked)', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port: httpPort } = server.address() as net.AddressInfo;
    try {
      for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
        expect(await errorCode(`LOAD CSV FROM 'http://${host}:${httpPort}/x.csv' AS line RETURN line`)).toBe(
          'Neo.ClientError.Statement.ExternalResourceFailed',
        );
      }
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  test('the configuration says so, and only built-in procedures exist (no APOC, no plugins)', async () => {
    const settings = await runRead(
      {
        query: 'CALL dbms.listConfig() YIELD name, value RETURN name, value',
        params: {},
        transform: (records) => new Map(records.map((r) => [r.get('name') as string, String(r.get('value'))])),
      },
      config,
    );
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
    expect(settings.get('dbms.security.allow_csv_import_from_file_urls')).toBe('false');
    expect(settings.get('server.directories.import')).toMatch(/data-test-\d+\/import$/);
    expect(settings.get('server.directories.plugins')).toMatch(/no-plugins$/);
    expect(settings.get('server.bolt.listen_address')).toBe(`127.0.0.1:${port}`);
    expect(settings.get('server.http.enabled')).toBe('false');
    const procedures = await runRead(
      {
        query: 'SHOW PROCEDURES YIELD name RETURN collect(name) AS names',
        params: {},
        transform: (r) => r[0]!.get('names') as string[],
      },
      config,
    );
    expect(procedures.length).toBeGreaterThan(10);
    expect(procedures.filter((name) => !/^(db|dbms|tx)\./.test(name))).toEqual([]);
    const functions = await runRead(
      {
        query: "SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc' RETURN collect(name) AS names",
        params: {},
        transform: (r) => r[0]!.get('names') as string[],
      },
      config,
    );
    expect(functions).toEqual([]);
  });
});

describe.skipIf(!localTestPort)('a store that does not have the password yet', () => {
  test('gets it at its next start and keeps its data (a store made before auth, or NEO4J_PASSWORD changed)', async () => {
    const own = await freePort();
    const dataDir = path.join('.neo4j', `data-test-migrate-${own}`);
    const first = 'first-password-0123';
    const second = 'second-password-4567';
    const asUser = (password: string) => ({ ...localConfigFor(own), password });
    fs.rmSync(path.join(ROOT, dataDir), { recursive: true, force: true });
    try {
      expect(
        (await cli(['db', 'start', '--port', String(own), '--data-dir', dataDir], { NEO4J_PASSWORD: first })).code,
      ).toBe(0);
      await runRead({ query: 'RETURN 1', params: {}, transform: () => null }, asUser(first));
      // Written as data the store must keep.
      const driver = neo4j.driver(`bolt://127.0.0.1:${own}`, neo4j.auth.basic('neo4j', first));
      await driver.executeQuery("CREATE (:MigrationProbe {v: '旧数据'})");
      await driver.close();
      await closeDriver();
      expect((await cli(['db', 'stop', '--port', String(own)], {})).code).toBe(0);
      // What an old store lacks: the record that its neo4j user has our password.
      fs.rmSync(path.join(ROOT, dataDir, 'policy-graph-auth'));

      expect(
        (await cli(['db', 'start', '--port', String(own), '--data-dir', dataDir], { NEO4J_PASSWORD: second })).code,
      ).toBe(0);
      const kept = await runRead(
        {
          query: 'MATCH (n:MigrationProbe) RETURN n.v AS v',
          params: {},
          transform: (r) => r.map((x) => x.get('v') as string),
        },
        asUser(second),
      );
      expect(kept).toEqual(['旧数据']);
      const old = await runRead({ query: 'RETURN 1', params: {}, transform: () => 'in' }, asUser(first), {
        connectRetries: 0,
      }).catch((e: unknown) => (e as DatabaseError).code);
      expect(old).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await closeDriver();
      await cli(['db', 'stop', '--port', String(own)], {});
      fs.rmSync(path.join(ROOT, dataDir), { recursive: true, force: true });
    }
  }, 300_000);
});

function readPasswordFile(): string | null {
  try {
    return fs.readFileSync(PASSWORD_FILE, 'utf8').trim();
  } catch {
    return null;
  }
}

function localConfigFor(p: number): Neo4jConfig {
  return { uri: `bolt://127.0.0.1:${p}`, user: 'neo4j', password: '', database: undefined, local: true };
}
