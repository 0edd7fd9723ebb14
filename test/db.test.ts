// test/db.test.ts — the connection layer and the bundled local Neo4j, against the real test instance (no mocks).
// Uses its own label (DbTest) so it never disturbs the graph other test files build in the same database.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  closeDriver,
  configFromEnv,
  DatabaseError,
  DatabaseUnavailableError,
  localConfig,
  narrowError,
  ping,
  runRead,
  runWrite,
  toNumber,
  type Neo4jConfig,
} from '../graph/connection.ts';
import { readRows } from '../testkit/read-rows.ts';
import { pidFile, statusLocal, stopLocal } from '../graph/local-neo4j.ts';
import { freePort } from '../benchmarks/free-port.ts';
import { cli, config, localTestPort } from './test-database.ts';

afterAll(async () => {
  await runWrite((tx) => tx.run('MATCH (n:DbTest) DETACH DELETE n'), config).catch(() => undefined);
  await closeDriver();
});

describe('configFromEnv', () => {
  it.each([
    [{}, { uri: 'bolt://127.0.0.1:7687', local: true, database: undefined }],
    [{ POLICY_GRAPH_NEO4J_PORT: '7700' }, { uri: 'bolt://127.0.0.1:7700', local: true }],
    [
      {
        NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
        NEO4J_USER: 'analyst',
        NEO4J_PASSWORD: 's3cret',
        NEO4J_DATABASE: 'policy',
      },
      {
        uri: 'neo4j+s://abc.databases.neo4j.io',
        user: 'analyst',
        password: 's3cret',
        database: 'policy',
        local: false,
      },
    ],
    [{ NEO4J_URI: 'bolt://db.example:7687' }, { user: 'neo4j', password: '', local: false }],
  ])('%j → %j', (env, expected) => {
    expect(configFromEnv(env)).toMatchObject(expected);
  });

  it('refuses a port that is not a port, naming the variable', () => {
    expect(() => configFromEnv({ POLICY_GRAPH_NEO4J_PORT: '七六八七' })).toThrow(/POLICY_GRAPH_NEO4J_PORT/);
  });
});

describe('against the real test Neo4j', () => {
  it('answers ping and reports a Community 5.26 kernel', async () => {
    expect(await ping(config)).toBe(true);
    const components = await readRows<{ name: string; version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      config,
    );
    // A user's own NEO4J_URI may be any Neo4j 5; the bundled one is 5.26 Community.
    if (localTestPort)
      expect(components[0]).toMatchObject({
        name: 'Neo4j Kernel',
        edition: 'community',
        version: expect.stringMatching(/^5\.26\./),
      });
    else expect(components[0]?.version).toMatch(/^5\./);
  });

  it('writes in a write transaction and reads back through parameters (Chinese text intact)', async () => {
    const docs = [
      { key: '渝府办发〔2021〕142号', title: '重庆市人民政府办公厅关于印发重庆市促进科技成果转化若干措施的通知' },
      {
        key: '渝科局发〔2021〕43号',
        title: '重庆市科学技术局关于印发《重庆市科技型企业知识价值信用贷款改革试点实施方案》的通知',
      },
    ];
    const written = await runWrite(async (tx) => {
      const result = await tx.run(
        'UNWIND $docs AS d MERGE (n:DbTest {key: d.key}) SET n.title = d.title RETURN count(n) AS n',
        { docs },
      );
      return toNumber(result.records[0]!.get('n'));
    }, config);
    expect(written).toBe(2);

    const titles = await runRead(
      {
        query: 'MATCH (n:DbTest) WHERE n.key STARTS WITH $prefix RETURN n.key AS key, n.title AS title ORDER BY key',
        params: { prefix: '渝' },
        transform: (records) => records.map((r) => ({ key: r.get('key') as string, title: r.get('title') as string })),
      },
      config,
    );
    expect(titles).toEqual([...docs].sort((a, b) => (a.key < b.key ? -1 : 1)));
  });

  it('rolls back the whole transaction when the work fails: nothing half-written', async () => {
    const marker = '渝府发〔2099〕1号';
    await expect(
      runWrite(async (tx) => {
        await tx.run('CREATE (:DbTest {key: $key})', { key: marker });
        throw new Error('work failed after the first write');
      }, config),
    ).rejects.toThrow('work failed after the first write');
    const count = await runRead(
      {
        query: 'MATCH (n:DbTest {key: $key}) RETURN count(n) AS c',
        params: { key: marker },
        transform: (r) => toNumber(r[0]!.get('c')),
      },
      config,
    );
    expect(count).toBe(0);
  });

  it('narrows a Cypher syntax error to a non-retriable DatabaseError with its code and the target', async () => {
    const error = await runRead({ query: 'MATCH (n:DbTest RETURN n', params: {}, transform: (r) => r }, config).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
    const dbError = error as DatabaseError;
    expect(dbError.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(dbError.retriable).toBe(false);
    expect(dbError.message).toContain(config.uri);
    expect(dbError.message).toMatch(/bug in policy-graph/);
    // One line: the query text and caret Neo4j appends are left out.
    expect(dbError.message.split('\n')).toHaveLength(1);
  });

  it('narrows a missing parameter the same way (values always travel as parameters)', async () => {
    const error = await runRead({ query: 'RETURN $missing AS x', params: {}, transform: (r) => r }, config).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('Neo.ClientError.Statement.ParameterMissing');
  });

  it('narrows a uniqueness violation, surfacing it at once', async () => {
    await runWrite(
      (tx) => tx.run('CREATE CONSTRAINT db_test_key IF NOT EXISTS FOR (n:DbTestUnique) REQUIRE n.key IS UNIQUE'),
      config,
    );
    try {
      await runWrite((tx) => tx.run('CREATE (:DbTestUnique:DbTest {key: $k})', { k: '重复' }), config);
      const started = Date.now();
      const error = await runWrite(
        (tx) => tx.run('CREATE (:DbTestUnique:DbTest {key: $k})', { k: '重复' }),
        config,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
      expect(Date.now() - started).toBeLessThan(2_000); // not retried
    } finally {
      await runWrite((tx) => tx.run('DROP CONSTRAINT db_test_key IF EXISTS'), config);
    }
  });
});

describe('toNumber', () => {
  it('converts driver Integers from a real count', async () => {
    const value = await runRead(
      { query: 'RETURN 41 + 1 AS n', params: {}, transform: (r) => r[0]!.get('n') as unknown },
      config,
    );
    expect(neo4j.isInt(value)).toBe(true);
    expect(toNumber(value)).toBe(42);
  });

  it.each([
    [7, 7],
    [neo4j.int(9007199254740991), 9007199254740991],
    [BigInt(12), 12],
  ])('%s → %s', (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });

  it('refuses what would round or is not a number', () => {
    expect(() => toNumber(neo4j.int('9007199254740993'))).toThrow(RangeError);
    expect(() => toNumber(null)).toThrow(TypeError);
    expect(() => toNumber('42')).toThrow(TypeError);
  });
});

describe('an unreachable Neo4j', () => {
  it('ping says no, quickly', async () => {
    const port = await freePort();
    const started = Date.now();
    expect(await ping(localConfig(port), 1_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('runRead raises DatabaseUnavailableError that says how to start it', async () => {
    const port = await freePort();
    const error = await runRead({ query: 'RETURN 1', params: {}, transform: (r) => r }, localConfig(port), {
      connectRetries: 0,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).retriable).toBe(true);
    expect((error as Error).message).toContain(`policy-graph db start --port ${port}`);
  });

  it('runWrite retries with backoff, then raises DatabaseUnavailableError pointing at NEO4J_URI for a remote target', async () => {
    const port = await freePort();
    const remote: Neo4jConfig = { ...localConfig(port), local: false };
    const started = Date.now();
    const error = await runWrite((tx) => tx.run('RETURN 1'), remote, { connectRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/check NEO4J_URI/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500); // one backoff wait at least
  });

  it('narrowError passes errors that are not database errors through unchanged', () => {
    const bug = new TypeError('transform bug');
    expect(narrowError(bug, config)).toBe(bug);
  });
});

describe.skipIf(!localTestPort)('policy-graph db (the bundled test instance)', () => {
  const port = Number(localTestPort);

  it('status reports the running instance: pid, URI, data directory', async () => {
    const { code, stdout } = await cli(['db', 'status', '--port', String(port)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`local Neo4j: running on bolt://127\\.0\\.0\\.1:${port}, pid \\d+, data \\.neo4j/data-test-${port}`),
    );
    expect(stdout).toContain('Bolt answers');
    const status = await statusLocal(port);
    expect(status.state).toBe('running');
  });

  it('status with NEO4J_URI names the target and whether it answers', async () => {
    const { code, stdout } = await cli(['db', 'status', '--port', String(port)], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`NEO4J_URI: policy-graph uses bolt://127.0.0.1:${port}`);
    expect(stdout).toContain('it answers');
  });

  it('start on a running instance says so and exits 0', async () => {
    const { code, stdout } = await cli([
      'db',
      'start',
      '--port',
      String(port),
      '--data-dir',
      `.neo4j/data-test-${port}`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/already running/);
  });

  it('status and stop on a port where nothing runs', async () => {
    const free = await freePort();
    const status = await cli(['db', 'status', '--port', String(free)]);
    expect(status.code).toBe(3);
    expect(status.stdout).toContain(`not running on port ${free}`);
    const stop = await cli(['db', 'stop', '--port', String(free)]);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain('not running');
  });

  it('start on a port another program holds: one clear line, exit 1', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const taken = (server.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await cli(['db', 'start', '--port', String(taken)]);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`port ${taken} on 127.0.0.1 is taken by another program`);
    } finally {
      server.close();
    }
  });

  it('a stale pid file (its process gone) is reported, then cleared by stop', async () => {
    const free = await freePort();
    // A real pid that no longer exists: a process that has already exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.mkdirSync(path.dirname(pidFile(free)), { recursive: true });
    fs.writeFileSync(pidFile(free), `${gone}\n`);
    try {
      expect(await statusLocal(free)).toEqual({ state: 'stale', port: free, pid: gone });
      const status = await cli(['db', 'status', '--port', String(free)]);
      expect(status.stdout).toContain('stale pid file');
      expect(await stopLocal(free)).toMatchObject({ stale: true, pid: null });
      expect(fs.existsSync(pidFile(free))).toBe(false);
    } finally {
      fs.rmSync(pidFile(free), { force: true });
    }
  });

  it('bad usage: exit 2 with a pointer to --help', async () => {
    const { code, stderr } = await cli(['db', 'restart']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown action "restart"');
  });
});
