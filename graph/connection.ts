// graph/connection.ts — the one place that talks to Neo4j: configuration, the cached driver, read/write executors.
// Everything else in graph/ builds `{query, params, transform}` values or write work and hands them here.

import net from 'node:net';
import neo4j from 'neo4j-driver';
import type {
  AuthToken,
  Driver,
  ManagedTransaction,
  Record as DriverRecord,
  Config as DriverConfig,
} from 'neo4j-driver';
import { localPassword } from './local-password.ts';
import { READ_TIMEOUT_MS, WRITE_TIMEOUT_MS } from '../contracts/settings.ts';

export type Neo4jRecord = DriverRecord;
export type { ManagedTransaction };

// ─── Configuration ───────────────────────────────────────────────────────────────────────────

/** Where the graph lives. `local: true` means the bundled Neo4j started by `policy-graph db start`. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** undefined → the server's default database (`neo4j` on Community). */
  database: string | undefined;
  local: boolean;
}

/** The Bolt port of the bundled local Neo4j unless POLICY_GRAPH_NEO4J_PORT says otherwise. */
export const DEFAULT_LOCAL_PORT = 7687;

/** Parse a TCP port from an environment variable; a bad value is refused with the variable's name. */
export function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`graph/connection: ${name}="${value}" is not a TCP port. Use a whole number from 1 to 65535.`);
  }
  return port;
}

/**
 * The local bundled instance on a given port, with its password (graph/local-password.ts: NEO4J_PASSWORD, else
 * the generated one in .neo4j/password; empty only when no instance was ever started from this checkout).
 */
export function localConfig(port: number = DEFAULT_LOCAL_PORT, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: localPassword(env) ?? '',
    database: undefined,
    local: true,
  };
}

/**
 * Read NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. Without NEO4J_URI the project uses its own
 * local Neo4j on 127.0.0.1 (port from POLICY_GRAPH_NEO4J_PORT, default 7687).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim();
  const database = env.NEO4J_DATABASE?.trim() || undefined;
  if (!uri) {
    const local = localConfig(
      parsePort(env.POLICY_GRAPH_NEO4J_PORT, DEFAULT_LOCAL_PORT, 'POLICY_GRAPH_NEO4J_PORT'),
      env,
    );
    return { ...local, database };
  }
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database,
    local: false,
  };
}

// ─── Driver ──────────────────────────────────────────────────────────────────────────────────

/**
 * Driver settings. Why these numbers:
 * - pool 32: ingest writes from one process and the API answers a handful of analysts; 100 (the default) only
 *   holds idle sockets open.
 * - connectionTimeout 5 s: a Neo4j that does not accept a TCP connection in 5 s on a LAN or Aura is down, and a
 *   person waiting at the CLI should hear about it soon (the default is 30 s).
 * - maxTransactionRetryTime 2.5 s: the driver re-runs a managed transaction on retryable errors (deadlocks,
 *   leader switches, a dropped connection) with its own exponential backoff (1 s, 2 s …). We keep that budget
 *   short and add our own bounded backoff for connection failures on top (see withConnectionRetry), so a
 *   Neo4j that is simply not running is reported in seconds, not half a minute.
 */
const DRIVER_CONFIG: DriverConfig = {
  maxConnectionPoolSize: 32,
  connectionAcquisitionTimeout: 20_000,
  connectionTimeout: 5_000,
  maxTransactionRetryTime: 2_500,
  userAgent: 'policy-graph/0.1',
};

const drivers = new Map<string, Driver>();

/**
 * One bookmark manager per driver: every session of this process waits for the transactions this process
 * committed before (causal consistency). On a single server it changes nothing; on a cluster (neo4j:// or Aura) a
 * read routed to a follower — the title index and stored hashes an ingest reads between its batches — sees the
 * batches this process wrote, not a follower's older state.
 */
const bookmarks = new Map<Driver, ReturnType<typeof neo4j.bookmarkManager>>();

/** A session on `config`'s database in this access mode, sharing the driver's bookmarks. */
function openSession(config: Neo4jConfig, mode: 'READ' | 'WRITE') {
  const driver = getDriver(config);
  let manager = bookmarks.get(driver);
  if (!manager) bookmarks.set(driver, (manager = neo4j.bookmarkManager()));
  return driver.session({
    database: config.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: manager,
  });
}

function driverKey(config: Neo4jConfig): string {
  // The password is part of the identity: a changed password must not reuse an authenticated pool.
  return JSON.stringify([config.uri, config.user, config.password]);
}

/** Bolt's "none" scheme (the driver has `auth.none()` at run time but not in its typings). */
const NO_AUTH: AuthToken = { scheme: 'none', credentials: '' };

function authFor(config: Neo4jConfig): AuthToken {
  // An empty password means "no auth": a server of the user's that runs without it (the local one has auth on).
  return config.password === '' ? NO_AUTH : neo4j.auth.basic(config.user, config.password);
}

/** One driver per target, created on first use and reused (drivers own connection pools; they are expensive). */
export function getDriver(config: Neo4jConfig = configFromEnv()): Driver {
  const key = driverKey(config);
  let driver = drivers.get(key);
  if (!driver) {
    driver = neo4j.driver(config.uri, authFor(config), DRIVER_CONFIG);
    drivers.set(key, driver);
  }
  return driver;
}

/** Close every cached driver (end of a CLI command, test teardown). Safe to call twice. */
export async function closeDriver(): Promise<void> {
  const all = [...drivers.values()];
  drivers.clear();
  bookmarks.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}

// ─── Errors ──────────────────────────────────────────────────────────────────────────────────

/** Base class of the database errors policy-graph raises; `code` is the Neo4j code (or our own). */
export class DatabaseError extends Error {
  readonly code: string;
  readonly retriable: boolean;
  constructor(message: string, code: string, retriable = false, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
    this.code = code;
    this.retriable = retriable;
  }
}

/** Neo4j is down or unreachable: nothing was written. The message says how to start it or what to check. */
export class DatabaseUnavailableError extends DatabaseError {
  constructor(message: string, code = 'ServiceUnavailable', options?: { cause?: unknown }) {
    super(message, code, true, options);
    this.name = 'DatabaseUnavailableError';
  }
}

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
  retryable?: unknown;
  retriable?: unknown;
}

function describeTarget(config: Neo4jConfig): string {
  const db = config.database ? ` (database "${config.database}")` : '';
  return `Neo4j at ${config.uri}${db}`;
}

/** How to reach a working database, for messages about an unreachable one. */
function unavailableHint(config: Neo4jConfig): string {
  if (config.local) {
    const port = new URL(config.uri).port || String(DEFAULT_LOCAL_PORT);
    const portFlag = port === String(DEFAULT_LOCAL_PORT) ? '' : ` --port ${port}`;
    return `start it with \`policy-graph db start${portFlag}\`, or set NEO4J_URI to your own Neo4j`;
  }
  return 'check NEO4J_URI and that the server is running and reachable from this machine';
}

/** First line of a server message: Neo4j appends the query and a caret marker on the following lines. */
function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

/**
 * Neo4j status codes (`Neo.<Classification>.<Category>.<Title>`) and driver codes, mapped to messages a person
 * can act on. Checked in order; the first pattern that matches the code wins.
 * Reference: https://neo4j.com/docs/status-codes/current/errors/all-errors/
 */
const ERROR_RULES: ReadonlyArray<{
  pattern: RegExp;
  unavailable?: boolean;
  message: (config: Neo4jConfig, serverMessage: string) => string;
}> = [
  // Driver-side: no connection could be made or kept (refused, reset, DNS, TLS handshake).
  {
    pattern: /^(ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT)$/,
    unavailable: true,
    message: (c) => `${describeTarget(c)} does not answer — ${unavailableHint(c)}.`,
  },
  {
    pattern: /^Neo\.ClientError\.Security\.Unauthorized$/,
    message: (c) =>
      c.local
        ? `${describeTarget(c)} refused the password (NEO4J_PASSWORD, else .neo4j/password) — restart it so it takes that password: \`policy-graph db stop\` then \`db start\`.`
        : `${describeTarget(c)} refused user "${c.user}": wrong credentials — check NEO4J_USER and NEO4J_PASSWORD.`,
  },
  {
    pattern: /^Neo\.ClientError\.Security\.(AuthenticationRateLimit|CredentialsExpired)$/,
    message: (c, m) =>
      `${describeTarget(c)} will not log in user "${c.user}": ${firstLine(m)} — fix the account with neo4j-admin or Neo4j Browser.`,
  },
  {
    pattern: /^Neo\.ClientError\.Security\./,
    message: (c, m) =>
      `${describeTarget(c)}: user "${c.user}" may not do this (${firstLine(m)}) — grant the role read/write access.`,
  },
  {
    pattern: /^Neo\.ClientError\.Database\.DatabaseNotFound$/,
    message: (c) =>
      `${describeTarget(c)}: database "${c.database ?? '(default)'}" does not exist — check NEO4J_DATABASE (Community edition has only "neo4j").`,
  },
  {
    pattern: /^Neo\.TransientError\.Database\.DatabaseUnavailable$/,
    unavailable: true,
    message: (c) =>
      `${describeTarget(c)} is up but the database is not available yet (starting or stopping) — retry in a few seconds.`,
  },
  {
    pattern: /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
    message: (c, m) => `${describeTarget(c)}: the query ran past its time limit and was stopped (${firstLine(m)}).`,
  },
  {
    pattern: /^Neo\.ClientError\.Statement\.(SyntaxError|ParameterMissing|TypeError|ArgumentError|SemanticError)$/,
    message: (c, m) =>
      `${describeTarget(c)} rejected a query from policy-graph: ${firstLine(m)} — this is a bug in policy-graph's Cypher, please report it.`,
  },
  {
    pattern: /^Neo\.ClientError\.Schema\.ConstraintValidationFailed$/,
    message: (c, m) => `${describeTarget(c)}: a write broke a uniqueness constraint: ${firstLine(m)}.`,
  },
  {
    pattern: /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit)/,
    message: (c, m) =>
      `${describeTarget(c)} ran out of transaction memory: ${firstLine(m)} — use smaller batches or give Neo4j more heap.`,
  },
  {
    pattern: /^Neo\.TransientError\./,
    message: (c, m) => `${describeTarget(c)}: a transient error persisted after retries: ${firstLine(m)}.`,
  },
  {
    pattern: /^Neo\.DatabaseError\./,
    message: (c, m) =>
      `${describeTarget(c)} failed internally: ${firstLine(m)} — see the server's log${c.local ? ' (.neo4j/logs/)' : ''}.`,
  },
];

/** The driver reports a refused TCP connection as ServiceUnavailable, sometimes only in the message. */
const CONNECTION_FAILURE_TEXT =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Could not perform discovery|Failed to connect|Connection was closed|socket hang up/i;

/**
 * Turn anything the driver throws into an Error a person can act on: DatabaseUnavailableError for an
 * unreachable database, DatabaseError (with the Neo4j code and retriable flag) for the rest. Errors that are
 * already ours, or not database errors at all (a bug in a transform), pass through unchanged.
 */
export function narrowError(err: unknown, config: Neo4jConfig): Error {
  if (err instanceof DatabaseError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as DriverErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  const serverMessage = typeof e.message === 'string' ? e.message : String(err);
  const isDriverError = err instanceof neo4j.Neo4jError || code !== '';
  if (!isDriverError) return err instanceof Error ? err : new Error(String(err));

  const effectiveCode = code === '' && CONNECTION_FAILURE_TEXT.test(serverMessage) ? 'ServiceUnavailable' : code;
  const rule = ERROR_RULES.find((r) => r.pattern.test(effectiveCode));
  const retriable = e.retryable === true || e.retriable === true;
  if (rule?.unavailable)
    return new DatabaseUnavailableError(rule.message(config, serverMessage), effectiveCode, { cause: err });
  if (CONNECTION_FAILURE_TEXT.test(serverMessage) && !effectiveCode.startsWith('Neo.')) {
    return new DatabaseUnavailableError(
      ERROR_RULES[0]!.message(config, serverMessage),
      effectiveCode || 'ServiceUnavailable',
      { cause: err },
    );
  }
  const message = rule
    ? rule.message(config, serverMessage)
    : `${describeTarget(config)}: ${firstLine(serverMessage)} (${effectiveCode || 'no code'}).`;
  return new DatabaseError(message, effectiveCode || 'Unknown', retriable, { cause: err });
}

// ─── Values ──────────────────────────────────────────────────────────────────────────────────

/**
 * Neo4j integers arrive as driver `Integer` objects (64-bit). Counts and offsets fit in a JS number; anything
 * outside the safe range is refused rather than silently rounded.
 */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) {
      throw new RangeError(
        `graph/connection: toNumber: ${value.toString()} is outside the safe integer range of a JS number.`,
      );
    }
    return value.toNumber();
  }
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError(`graph/connection: toNumber: ${value} is outside the safe integer range of a JS number.`);
    }
    return Number(value);
  }
  throw new TypeError(
    `graph/connection: toNumber: expected a Neo4j Integer or a number, got ${value === null ? 'null' : typeof value}.`,
  );
}

// ─── Executors ───────────────────────────────────────────────────────────────────────────────

/** A read: the Cypher text, its parameters (values never go into the text) and how to shape the records. */
export interface ReadQuery<T> {
  query: string;
  params: Record<string, unknown>;
  transform: (records: Neo4jRecord[]) => T;
}

export interface RunOptions {
  /** Server-side transaction time limit. Reads default to 30 s, writes to 120 s (big UNWIND batches). */
  timeoutMs?: number;
  /** Extra attempts after a connection failure, with exponential backoff (default 2: waits 0.5 s, then 1 s). */
  connectRetries?: number;
  /**
   * Reads only: run as one auto-commit query instead of a managed transaction (BEGIN … COMMIT). One round trip
   * instead of two, and about half the CPU per query on both sides (measured: Neo4j 1.5–1.8 → 0.6–0.8 ms, Node
   * 0.6–1.0 → 0.3–0.5 ms for an index lookup); the driver then does not retry transient errors itself. For the
   * API, where one read query is the whole answer and a person waits.
   */
  autoCommit?: boolean;
}

const DEFAULT_CONNECT_RETRIES = 2;
const BACKOFF_INITIAL_MS = 500;
const BACKOFF_MAX_MS = 4_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Run `attempt`, retrying only when the database could not be reached (it may be starting or restarting), with
 * bounded exponential backoff. Everything else — a bad query, a constraint, bad credentials — surfaces at once:
 * retrying would fail the same way.
 */
async function withConnectionRetry<T>(attempt: () => Promise<T>, config: Neo4jConfig, retries: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      const narrowed = narrowError(err, config);
      if (!(narrowed instanceof DatabaseUnavailableError) || i >= retries) throw narrowed;
      await sleep(Math.min(BACKOFF_INITIAL_MS * 2 ** i, BACKOFF_MAX_MS));
    }
  }
}

/** Run one read query in a read transaction (routed to a reader on a cluster); the session is always closed. */
export async function runRead<T>(
  q: ReadQuery<T>,
  config: Neo4jConfig = configFromEnv(),
  options: RunOptions = {},
): Promise<T> {
  const records = await withConnectionRetry(
    async () => {
      const session = openSession(config, 'READ');
      const timeout = options.timeoutMs ?? READ_TIMEOUT_MS;
      try {
        if (options.autoCommit) return (await session.run(q.query, q.params, { timeout })).records;
        return await session.executeRead(async (tx) => (await tx.run(q.query, q.params)).records, { timeout });
      } finally {
        await session.close();
      }
    },
    config,
    options.connectRetries ?? DEFAULT_CONNECT_RETRIES,
  );
  // The transform runs outside the retry loop: a bug in it is ours, not the database's.
  return q.transform(records);
}

/**
 * Run write work in one managed write transaction: all of it commits or none of it does. The driver re-runs
 * the work on retryable errors, so `work` must be safe to repeat (MERGE, not CREATE, and no side effects
 * outside the transaction).
 */
export async function runWrite<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  config: Neo4jConfig = configFromEnv(),
  options: RunOptions = {},
): Promise<T> {
  return withConnectionRetry(
    async () => {
      const session = openSession(config, 'WRITE');
      try {
        return await session.executeWrite(work, { timeout: options.timeoutMs ?? WRITE_TIMEOUT_MS });
      } finally {
        await session.close();
      }
    },
    config,
    options.connectRetries ?? DEFAULT_CONNECT_RETRIES,
  );
}

/**
 * The graph's version: the bookmark of a trivial read transaction, which names the last transaction committed in
 * the database. Any write that commits (an ingest batch, anything else) changes it; reads never do. Empty when the
 * server returns no bookmark — then nothing may be cached on it. Costs one round trip, no data read.
 */
export async function graphVersion(config: Neo4jConfig = configFromEnv(), options: RunOptions = {}): Promise<string> {
  return withConnectionRetry(
    async () => {
      const session = getDriver(config).session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        // Auto-commit: a read transaction's bookmark without BEGIN/COMMIT round trips.
        await session.run('RETURN 1', {}, { timeout: options.timeoutMs ?? 5_000 });
        return session.lastBookmarks().join(' ');
      } finally {
        await session.close();
      }
    },
    config,
    options.connectRetries ?? DEFAULT_CONNECT_RETRIES,
  );
}

// Bolt handshake (https://neo4j.com/docs/bolt/current/bolt/handshake/): a magic preamble, then four version
// proposals of 4 bytes each ([reserved, range, minor, major]); a Bolt server replies with 4 bytes.
const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];
const BOLT_PROPOSALS = [
  [0, 0, 4, 5], // 5.4
  [0, 0, 0, 5], // 5.0
  [0, 0, 4, 4], // 4.4
  [0, 0, 0, 0],
].flat();

/** Plain-text Bolt URIs whose endpoint we can probe with a raw handshake (TLS ones go straight to the driver). */
const PLAIN_BOLT_URI = /^(bolt|neo4j):\/\//;

/**
 * Does something on host:port speak Bolt? A raw socket we can always destroy: the driver leaves a socket open
 * when a non-Bolt program accepts the connection and never answers, which would keep the process alive.
 */
function boltHandshake(uri: string, timeoutMs: number): Promise<boolean> {
  const url = new URL(uri);
  const port = Number(url.port) || DEFAULT_LOCAL_PORT;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(Buffer.from([...BOLT_MAGIC, ...BOLT_PROPOSALS])));
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.once('end', () => done(false));
  });
}

/**
 * Does the database answer a Bolt handshake and a trivial query within `timeoutMs`? Never throws. Uses its own
 * short-lived driver so a dead target never leaves broken connections in the shared pool.
 */
export async function ping(config: Neo4jConfig = configFromEnv(), timeoutMs = 2_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  if (PLAIN_BOLT_URI.test(config.uri) && !(await boltHandshake(config.uri, timeoutMs))) return false;
  const remaining = Math.max(deadline - Date.now(), 250);
  const driver = neo4j.driver(config.uri, authFor(config), {
    ...DRIVER_CONFIG,
    maxConnectionPoolSize: 1,
    connectionTimeout: remaining,
    connectionAcquisitionTimeout: remaining,
    maxTransactionRetryTime: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const check = (async () => {
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1 AS ok', {}, { timeout: remaining });
        return true;
      } finally {
        await session.close();
      }
    })();
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), remaining);
    });
    return await Promise.race([check.catch(() => false), timeout]);
  } finally {
    if (timer) clearTimeout(timer);
    await driver.close().catch(() => undefined);
  }
}
