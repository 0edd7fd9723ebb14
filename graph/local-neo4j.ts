// graph/local-neo4j.ts — the bundled local Neo4j: install (Maven jars + javac), start, stop and status.
// Used by `policy-graph db …`, `npm start` and the test global setup; everything lives in the ignored .neo4j/ folder.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCAL_PORT, localConfig, ping } from './connection.ts';
import { ensureLocalPassword } from './local-password.ts';

// ─── Layout ──────────────────────────────────────────────────────────────────────────────────

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where everything of the local Neo4j lives. Only `neo4j/` is in git; `.neo4j/` is ignored. */
export const LAYOUT = {
  pom: path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
  launcherSource: path.join(PROJECT_ROOT, 'neo4j', 'src', 'policygraph', 'Launcher.java'),
  home: path.join(PROJECT_ROOT, '.neo4j'),
  lib: path.join(PROJECT_ROOT, '.neo4j', 'lib'),
  classes: path.join(PROJECT_ROOT, '.neo4j', 'classes'),
  /** The launcher packed as a jar: class-data sharing only archives classes that come from jars. */
  launcherJar: path.join(PROJECT_ROOT, '.neo4j', 'launcher.jar'),
  /** The class-data-sharing archive (see cdsArgs). */
  cds: path.join(PROJECT_ROOT, '.neo4j', 'cds'),
  logs: path.join(PROJECT_ROOT, '.neo4j', 'logs'),
  run: path.join(PROJECT_ROOT, '.neo4j', 'run'),
} as const;

const LAUNCHER_CLASS = 'policygraph.Launcher';
const LAUNCHER_CLASS_FILE = path.join(LAYOUT.classes, 'policygraph', 'Launcher.class');
/** Written after a complete `copy-dependencies`, holding the pom it was made from: a changed pom re-resolves. */
const LIB_STAMP = path.join(LAYOUT.lib, '.resolved-from-pom');
/** What the first download weighs (measured on an empty ~/.m2: 775 files, 149 MB incl. Maven plugins, 31 s) — said before it starts. */
const APPROX_DOWNLOAD_MB = 150;

/** The user's instance lives in data-<port>; the test setup passes data-test-<port>. */
export function defaultDataDir(port: number): string {
  return path.join(LAYOUT.home, `data-${port}`);
}
export function pidFile(port: number): string {
  return path.join(LAYOUT.run, `neo4j-${port}.pid`);
}
/** What `status` reports beyond the pid: written by startLocal next to the pid file. */
function infoFile(port: number): string {
  return path.join(LAYOUT.run, `neo4j-${port}.json`);
}
/** The launcher's own stdout/stderr (one line per start/stop or failure). Neo4j's debug.log is in logs/neo4j-<port>/. */
export function launcherLog(port: number): string {
  return path.join(LAYOUT.logs, `neo4j-${port}.log`);
}
function neo4jLogsDir(port: number): string {
  return path.join(LAYOUT.logs, `neo4j-${port}`);
}

// ─── Errors ──────────────────────────────────────────────────────────────────────────────────

export type LocalNeo4jProblem =
  | 'java-missing'
  | 'maven-missing'
  | 'download-failed'
  | 'compile-failed'
  | 'port-taken'
  | 'locked'
  | 'start-timeout'
  | 'start-failed'
  | 'stop-timeout';

/** Something the person can fix; the message is one line that says what and how. */
export class LocalNeo4jError extends Error {
  readonly problem: LocalNeo4jProblem;
  constructor(problem: LocalNeo4jProblem, message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
    this.problem = problem;
  }
}

// ─── Memory ──────────────────────────────────────────────────────────────────────────────────

/**
 * Sized for the reference machine (2 cores, 24 GiB) that also runs Node (ingest, API), Vite and headless
 * Chromium, and may run two instances at once (the user's on 7687, the tests' on 7688):
 * - heap: starts small (the JVM's default initial size), may grow to 2 GiB — enough for the 10,000-document
 *   benchmark's biggest UNWIND batches and the analyst queries' intermediate results;
 * - page cache 1 GiB: the whole benchmark store fits (it is a few hundred MB), so reads never touch disk.
 * Worst case both instances: 2 × (2 GiB heap + 1 GiB page cache + ~0.3 GiB JVM overhead) ≈ 6.6 GiB.
 * POLICY_GRAPH_NEO4J_HEAP / POLICY_GRAPH_NEO4J_PAGECACHE override them (JVM size syntax: 512m, 4g).
 */
const MEMORY_DEFAULTS = { heapMax: '2g', pageCache: '1g' } as const;
const SIZE = /^\d+[kmg]$/i; // a JVM size: digits and a unit

function sizeFromEnv(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  if (!value) return fallback;
  if (!SIZE.test(value)) {
    throw new LocalNeo4jError(
      'start-failed',
      `graph/local-neo4j: ${name}="${value}" is not a size — use e.g. 512m or 4g.`,
    );
  }
  return value;
}

/** JVM options. The --add-opens are those Neo4j's own launcher passes on Java 17 (off-heap and NIO internals). */
function jvmArgs(heapMax: string): string[] {
  // No -Xms: the JVM starts at 1/64 of RAM (384 MiB here) capped by -Xmx, so a smaller override stays valid.
  return [
    `-Xmx${heapMax}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // Only really hot code goes to C2: with the default thresholds the first 10,000-document ingest into a fresh
    // instance spent ~20 s of CPU in the C2 compiler (more than the writes' 13 s); with these 12.7 s, and the
    // warm analyst queries were no slower (NOTES.md, "Speed and memory").
    '-XX:Tier4InvocationThreshold=50000',
    '-XX:Tier4MinInvocationThreshold=6000',
    '-XX:Tier4CompileThreshold=60000',
    '-XX:Tier4BackEdgeThreshold=400000',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}

/**
 * Class-data sharing: Neo4j loads ~10,000 classes at start, which costs ~8 CPU-seconds — most of a start, and
 * several times that in wall-clock time on a busy 2-core machine. The first run records the classes it loaded
 * into an archive when it exits (`db stop`); later starts map that archive instead of parsing and verifying the
 * classes again (measured under load: 11 → 6.4 CPU-s until Bolt is ready). Writing it costs once, at that
 * first stop. The archive is voided by new jars or a new launcher (compileLauncher), and a JVM that cannot use
 * it just starts without it. POLICY_GRAPH_NEO4J_CDS=0 turns it off.
 */
const CDS_ARCHIVE = path.join(LAYOUT.cds, 'neo4j.jsa');
function pendingCdsArchive(port: number): string {
  return path.join(LAYOUT.cds, `neo4j.jsa.${port}.pending`);
}

function cdsArgs(port: number): string[] {
  // Archive warnings (signed jars, classes generated at run time) are expected; keep the log to real errors.
  const quiet = '-Xlog:cds*=error,class+path=error';
  if (fs.existsSync(CDS_ARCHIVE)) return [`-XX:SharedArchiveFile=${CDS_ARCHIVE}`, quiet];
  // CI starts from a fresh clone once: writing the archive (seconds, at stop) would never pay off there.
  if (process.env.CI === 'true' || process.env.POLICY_GRAPH_NEO4J_CDS === '0') return [];
  fs.mkdirSync(LAYOUT.cds, { recursive: true });
  return [`-XX:ArchiveClassesAtExit=${pendingCdsArchive(port)}`, quiet];
}

/** After a clean exit, the archive the JVM wrote becomes the one later starts use. */
function promoteCdsArchive(port: number): void {
  const pending = pendingCdsArchive(port);
  try {
    if (fs.statSync(pending).size > 0 && !fs.existsSync(CDS_ARCHIVE)) fs.renameSync(pending, CDS_ARCHIVE);
  } catch {
    // no archive written (killed, or one already promoted): nothing to do
  }
  fs.rmSync(pending, { force: true });
}

// ─── Tools ───────────────────────────────────────────────────────────────────────────────────

function javaBin(name: 'java' | 'javac' | 'jar'): string {
  const home = process.env.JAVA_HOME?.trim();
  return home ? path.join(home, 'bin', name) : name;
}

/** The major version of `java`, or null when there is none. */
function javaMajorVersion(bin: string): number | null {
  const result = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  // java: `openjdk version "17.0.15" …`; javac: `javac 17.0.15`; Java 8 spells itself 1.8 in both.
  const match = /(?:version "|javac )(?:1\.)?(\d+)/.exec(result.stderr + result.stdout);
  return match ? Number(match[1]) : null;
}

function requireJava(): void {
  for (const tool of ['java', 'javac'] as const) {
    const major = javaMajorVersion(javaBin(tool));
    if (major === null) {
      const home = process.env.JAVA_HOME?.trim();
      throw new LocalNeo4jError(
        'java-missing',
        home
          ? `graph/local-neo4j: JAVA_HOME=${home} has no working bin/${tool} — point JAVA_HOME at a JDK 17 or 21, or unset it.`
          : `graph/local-neo4j: ${tool} not found — install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.`,
      );
    }
    if (major < 17) {
      throw new LocalNeo4jError(
        'java-missing',
        `graph/local-neo4j: ${tool} is Java ${major}; Neo4j 5.26 needs Java 17 or 21 — install one or set JAVA_HOME.`,
      );
    }
  }
}

function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'maven-missing',
      'graph/local-neo4j: Maven (mvn) not found — it downloads the Neo4j jars once; install it (Debian: apt-get install maven) or set NEO4J_URI to your own Neo4j.',
    );
  }
}

// ─── Install ─────────────────────────────────────────────────────────────────────────────────

export interface InstallReport {
  /** Jars were (re)resolved by Maven in this call. */
  resolved: boolean;
  /** Bytes Maven downloaded from Maven Central in this call (0 when everything came from ~/.m2). */
  downloadedBytes: number;
  jars: number;
  libBytes: number;
  /** The launcher was (re)compiled in this call. */
  compiled: boolean;
  ms: number;
}

export interface InstallOptions {
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function libIsCurrent(pom: string): boolean {
  try {
    return fs.readFileSync(LIB_STAMP, 'utf8') === pom;
  } catch {
    return false;
  }
}

// `[INFO] Downloaded from central: https://…/x.jar (575 kB at 7.7 MB/s)` — Maven's transfer log in batch mode.
const DOWNLOADED_LINE = /Downloaded from [^:]+: (?<url>\S+) \((?<size>[\d.]+) (?<unit>B|kB|MB|GB)/;
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * Resolve the jars with Maven, reporting download progress. They go to a fresh folder that then replaces
 * .neo4j/lib: copy-dependencies never deletes jars of an older version, and a Neo4j that is running from the
 * old folder keeps its (already open) jars until it stops.
 */
async function resolveJars(log: (line: string) => void): Promise<number> {
  requireMaven();
  log(
    `Neo4j: resolving the Neo4j Community jars with Maven into ${path.relative(process.cwd(), LAYOUT.lib) || LAYOUT.lib} ` +
      `(the first time this downloads about ${APPROX_DOWNLOAD_MB} MB from Maven Central; later runs reuse ~/.m2)…`,
  );
  const fresh = `${LAYOUT.lib}.new-${process.pid}`;
  fs.rmSync(fresh, { recursive: true, force: true });
  const child = spawn(
    'mvn',
    ['-B', '-Dstyle.color=never', `-Dneo4j.lib.dir=${fresh}`, '-f', LAYOUT.pom, 'dependency:copy-dependencies'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let downloaded = 0;
  let files = 0;
  let lastReport = 0;
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    const m = DOWNLOADED_LINE.exec(line);
    if (!m?.groups) return;
    files += 1;
    downloaded += Number(m.groups.size) * (UNIT_BYTES[m.groups.unit ?? 'B'] ?? 1);
    // One progress line per ~10 MB: readable in a CI log and in a terminal alike.
    if (downloaded - lastReport >= 10e6) {
      lastReport = downloaded;
      log(`Neo4j: downloaded ${mb(downloaded)} MB of ~${APPROX_DOWNLOAD_MB} MB (${files} files)…`);
    }
  };
  const code = await runLines(child, onLine);
  if (code !== 0) {
    fs.rmSync(fresh, { recursive: true, force: true });
    const reason = tail.filter((l) => /ERROR/.test(l))[0] ?? tail[tail.length - 1] ?? `exit code ${code}`;
    throw new LocalNeo4jError(
      'download-failed',
      `graph/local-neo4j: Maven could not resolve the Neo4j jars (${reason.replace(/^\[ERROR\]\s*/, '').slice(0, 300)}) — check access to Maven Central, or set NEO4J_URI.`,
    );
  }
  if (files > 0) log(`Neo4j: downloaded ${mb(downloaded)} MB (${files} files).`);
  const old = `${LAYOUT.lib}.old-${process.pid}`;
  if (fs.existsSync(LAYOUT.lib)) fs.renameSync(LAYOUT.lib, old);
  fs.renameSync(fresh, LAYOUT.lib);
  fs.rmSync(old, { recursive: true, force: true });
  return downloaded;
}

function runLines(child: ChildProcess, onLine: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const feed = (stream: NodeJS.ReadableStream | null) => {
      let buffer = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.forEach(onLine);
      });
      stream?.on('end', () => buffer && onLine(buffer));
    };
    feed(child.stdout);
    feed(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function isStale(target: string, source: string): boolean {
  try {
    return fs.statSync(target).mtimeMs < fs.statSync(source).mtimeMs;
  } catch {
    return true;
  }
}

function compileLauncher(log: (line: string) => void): void {
  log('Neo4j: compiling the launcher (neo4j/src/policygraph/Launcher.java)…');
  fs.mkdirSync(LAYOUT.classes, { recursive: true });
  const result = spawnSync(
    javaBin('javac'),
    [
      '--release',
      '17',
      '-encoding',
      'UTF-8',
      '-d',
      LAYOUT.classes,
      '-cp',
      path.join(LAYOUT.lib, '*'),
      LAYOUT.launcherSource,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    const first = (result.stderr || result.stdout || String(result.error)).split('\n')[0];
    throw new LocalNeo4jError('compile-failed', `graph/local-neo4j: javac failed on Launcher.java: ${first}`);
  }
  const packed = spawnSync(javaBin('jar'), ['--create', '--file', LAYOUT.launcherJar, '-C', LAYOUT.classes, '.'], {
    encoding: 'utf8',
  });
  if (packed.status !== 0) {
    const first = (packed.stderr || packed.stdout || String(packed.error)).split('\n')[0];
    throw new LocalNeo4jError('compile-failed', `graph/local-neo4j: jar failed to pack the launcher: ${first}`);
  }
  // A class-data archive records the class path it was made from: a new launcher or new jars void it.
  fs.rmSync(LAYOUT.cds, { recursive: true, force: true });
}

function libSize(): { jars: number; bytes: number } {
  let jars = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(LAYOUT.lib)) {
    if (!name.endsWith('.jar')) continue;
    jars += 1;
    bytes += fs.statSync(path.join(LAYOUT.lib, name)).size;
  }
  return { jars, bytes };
}

/**
 * Make sure the Neo4j jars are in .neo4j/lib (resolved by Maven once, again when neo4j/pom.xml changes) and the
 * launcher is compiled (again when its source changes). Fast when both are current: two stat calls and a read.
 */
export async function ensureInstalled(options: InstallOptions = {}): Promise<InstallReport> {
  const log = options.log ?? say;
  const started = Date.now();
  requireJava();
  const pom = fs.readFileSync(LAYOUT.pom, 'utf8');
  let resolved = false;
  let downloadedBytes = 0;
  if (!libIsCurrent(pom)) {
    downloadedBytes = await resolveJars(log);
    fs.writeFileSync(LIB_STAMP, pom);
    resolved = true;
  }
  let compiled = false;
  if (
    resolved ||
    isStale(LAUNCHER_CLASS_FILE, LAYOUT.launcherSource) ||
    isStale(LAYOUT.launcherJar, LAUNCHER_CLASS_FILE)
  ) {
    compileLauncher(log);
    compiled = true;
  }
  const { jars, bytes } = libSize();
  if (resolved)
    log(`Neo4j: ${jars} jars, ${mb(bytes)} MB in .neo4j/lib (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return { resolved, downloadedBytes, jars, libBytes: bytes, compiled, ms: Date.now() - started };
}

// ─── Processes ───────────────────────────────────────────────────────────────────────────────

/** Is `pid` alive and (where /proc tells) our launcher rather than a process that reused the pid? */
function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false; // ESRCH: gone; EPERM: alive but another user's, so not ours
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the pid file, the launcher's lock guards the rest
  }
}

function readPid(port: number): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(port), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

interface InstanceInfo {
  pid: number;
  port: number;
  dataDir: string;
  log: string;
  startedAt: string;
}

function readInfo(port: number): InstanceInfo | null {
  try {
    return JSON.parse(fs.readFileSync(infoFile(port), 'utf8')) as InstanceInfo;
  } catch {
    return null;
  }
}

/** The data directory of a running launcher: from its command line where /proc has it, else from the info file. */
function runningDataDir(pid: number, port: number): string | null {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const at = args.indexOf('--data-dir');
    if (at >= 0 && args[at + 1]) return args[at + 1]!;
  } catch {
    // no /proc: fall through
  }
  return readInfo(port)?.dataDir ?? null;
}

/** Can we bind 127.0.0.1:port right now? */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function lastLines(file: string, n: number): string[] {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n);
  } catch {
    return [];
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const rel = (p: string) => path.relative(process.cwd(), p) || p;

// ─── Status ──────────────────────────────────────────────────────────────────────────────────

export type LocalStatus =
  | { state: 'running'; port: number; pid: number; uri: string; dataDir: string | null; log: string; answers: boolean }
  /** A pid file whose process is gone (killed, machine rebooted): start replaces it. */
  | { state: 'stale'; port: number; pid: number }
  /** Nothing of ours on the port, but something listens there. */
  | { state: 'port-taken'; port: number; bolt: boolean }
  | { state: 'not-running'; port: number };

/** What runs on `port`: our launcher (and does Bolt answer?), a stale pid file, another program, or nothing. */
export async function statusLocal(port: number = DEFAULT_LOCAL_PORT): Promise<LocalStatus> {
  const pid = readPid(port);
  if (pid !== null) {
    if (isLauncherProcess(pid)) {
      const answers = await ping(localConfig(port), 1_500);
      return {
        state: 'running',
        port,
        pid,
        uri: localConfig(port).uri,
        dataDir: runningDataDir(pid, port),
        log: launcherLog(port),
        answers,
      };
    }
    return { state: 'stale', port, pid };
  }
  if (!(await portIsFree(port))) return { state: 'port-taken', port, bolt: await ping(localConfig(port), 1_500) };
  return { state: 'not-running', port };
}

// ─── Start ───────────────────────────────────────────────────────────────────────────────────

export interface StartOptions {
  port?: number;
  /** Default .neo4j/data-<port>. */
  dataDir?: string;
  /** How long to wait for Bolt to answer (default 120 s: a cold JVM on a busy 2-core machine). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface StartResult {
  port: number;
  pid: number;
  uri: string;
  dataDir: string;
  log: string;
  /** It was running already; this call changed nothing. */
  alreadyRunning: boolean;
  /** From spawn to Bolt answering. */
  ms: number;
}

/** Map the launcher's exit codes (see Launcher.java) to our problems. */
const LAUNCHER_EXIT: Record<number, LocalNeo4jProblem> = { 3: 'port-taken', 4: 'locked' };

/**
 * Start the local Neo4j on 127.0.0.1:port unless it runs already; resolve once Bolt answers. Throws
 * LocalNeo4jError with one line for a taken port, a locked data directory, a launcher that died, a timeout.
 */
export async function startLocal(options: StartOptions = {}): Promise<StartResult> {
  const port = options.port ?? DEFAULT_LOCAL_PORT;
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir(port));
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const uri = localConfig(port).uri;

  const status = await statusLocal(port);
  if (status.state === 'running') {
    if (status.dataDir && path.resolve(status.dataDir) !== dataDir) {
      throw new LocalNeo4jError(
        'port-taken',
        `graph/local-neo4j: port ${port} already runs the local Neo4j on ${rel(status.dataDir)}, not ${rel(dataDir)} — stop it (policy-graph db stop --port ${port}) or use another port.`,
      );
    }
    if (!status.answers && !(await waitForBolt(port, null, timeoutMs))) {
      throw new LocalNeo4jError(
        'start-timeout',
        `graph/local-neo4j: the local Neo4j (pid ${status.pid}) runs but Bolt on ${uri} does not answer — see ${rel(launcherLog(port))}.`,
      );
    }
    return { port, pid: status.pid, uri, dataDir, log: launcherLog(port), alreadyRunning: true, ms: 0 };
  }
  if (status.state === 'stale') {
    log(
      `Neo4j: removing the stale pid file ${rel(pidFile(port))} (pid ${status.pid} is gone; the last run did not shut down cleanly).`,
    );
    fs.rmSync(pidFile(port), { force: true });
    fs.rmSync(infoFile(port), { force: true });
  }
  if (status.state === 'port-taken') {
    throw new LocalNeo4jError(
      'port-taken',
      status.bolt
        ? `graph/local-neo4j: port ${port} answers Bolt but is not the project's Neo4j — use it with NEO4J_URI=bolt://127.0.0.1:${port}, or start ours with --port N.`
        : `graph/local-neo4j: port ${port} on 127.0.0.1 is taken by another program — stop it or use --port N.`,
    );
  }

  await ensureInstalled({ log: options.log ?? say });
  let password: string;
  try {
    password = ensureLocalPassword();
  } catch (err) {
    throw new LocalNeo4jError(
      'start-failed',
      (err as Error).message.replace(/^graph\/local-password/, 'graph/local-neo4j'),
    );
  }
  const heapMax = sizeFromEnv('POLICY_GRAPH_NEO4J_HEAP', MEMORY_DEFAULTS.heapMax);
  const pageCache = sizeFromEnv('POLICY_GRAPH_NEO4J_PAGECACHE', MEMORY_DEFAULTS.pageCache);
  for (const dir of [dataDir, LAYOUT.logs, LAYOUT.run]) fs.mkdirSync(dir, { recursive: true });

  const logFile = launcherLog(port);
  fs.appendFileSync(logFile, `\n--- ${new Date().toISOString()} start on port ${port}, data ${dataDir}\n`);
  const out = fs.openSync(logFile, 'a');
  const started = Date.now();
  const args = [
    ...jvmArgs(heapMax),
    ...cdsArgs(port),
    '-cp',
    [LAYOUT.launcherJar, path.join(LAYOUT.lib, '*')].join(path.delimiter),
    LAUNCHER_CLASS,
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--logs-dir',
    neo4jLogsDir(port),
    '--pid-file',
    pidFile(port),
    '--pagecache',
    pageCache,
  ];
  // Detached, in its own process group, output to the log: it outlives this command (that is the point). The
  // password goes through stdin: a command line is readable by every user of the machine (/proc/<pid>/cmdline).
  const child = spawn(javaBin('java'), args, { detached: true, stdio: ['pipe', out, out], cwd: LAYOUT.home });
  fs.closeSync(out);
  child.stdin?.on('error', () => undefined); // a launcher that died at once is reported below
  child.stdin?.end(`${password}\n`);
  let exitCode: number | null = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  child.unref();
  const pid = child.pid;
  if (pid === undefined)
    throw new LocalNeo4jError(
      'start-failed',
      `graph/local-neo4j: could not run ${javaBin('java')} — see ${rel(logFile)}.`,
    );
  const info: InstanceInfo = { pid, port, dataDir, log: logFile, startedAt: new Date().toISOString() };
  fs.writeFileSync(infoFile(port), JSON.stringify(info, null, 2) + '\n');

  const ready = await waitForBolt(port, () => exitCode, timeoutMs);
  if (!ready) {
    if (exitCode !== null) {
      fs.rmSync(infoFile(port), { force: true });
      fs.rmSync(pendingCdsArchive(port), { force: true }); // the classes of a failed start are no archive to keep
      const reason = lastLines(logFile, 1)[0]?.replace(/^policy-graph neo4j: /, '') ?? `exit code ${exitCode}`;
      throw new LocalNeo4jError(
        LAUNCHER_EXIT[exitCode] ?? 'start-failed',
        `graph/local-neo4j: Neo4j did not start: ${reason} (log: ${rel(logFile)}).`,
      );
    }
    // Do not leave a half-started JVM behind: stop it, then say where to look.
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    throw new LocalNeo4jError(
      'start-timeout',
      `graph/local-neo4j: Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s and was stopped — see ${rel(logFile)} and ${rel(neo4jLogsDir(port))}/debug.log.`,
    );
  }
  return { port, pid, uri, dataDir, log: logFile, alreadyRunning: false, ms: Date.now() - started };
}

/** Poll Bolt until it answers, the launcher exits (exitCode() non-null) or the time is up. */
async function waitForBolt(port: number, exitCode: (() => number | null) | null, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const config = localConfig(port);
  while (Date.now() < deadline) {
    if (exitCode && exitCode() !== null) return false;
    if (await ping(config, 1_000)) return true;
    await sleep(200);
  }
  return false;
}

// ─── Stop ────────────────────────────────────────────────────────────────────────────────────

export interface StopResult {
  port: number;
  /** The launcher that was stopped, or null when nothing of ours ran there. */
  pid: number | null;
  /** A stale pid file was removed instead. */
  stale: boolean;
  ms: number;
}

/**
 * Stop the local Neo4j on `port` cleanly: SIGTERM runs the launcher's shutdown hook (checkpoint, close the store,
 * remove the pid file). Waits until the process is gone; after `timeoutMs` (default 60 s) it gives up with an
 * error rather than kill -9, which would leave the store to recover on the next start.
 */
export async function stopLocal(
  port: number = DEFAULT_LOCAL_PORT,
  options: { timeoutMs?: number } = {},
): Promise<StopResult> {
  const started = Date.now();
  const pid = readPid(port);
  if (pid === null) return { port, pid: null, stale: false, ms: 0 };
  if (!isLauncherProcess(pid)) {
    fs.rmSync(pidFile(port), { force: true });
    fs.rmSync(infoFile(port), { force: true });
    return { port, pid: null, stale: true, ms: 0 };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (!isLauncherProcess(pid)) {
      fs.rmSync(infoFile(port), { force: true });
      promoteCdsArchive(port);
      return { port, pid, stale: false, ms: Date.now() - started };
    }
    await sleep(100);
  }
  throw new LocalNeo4jError(
    'stop-timeout',
    `graph/local-neo4j: Neo4j (pid ${pid}) is still shutting down after ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s — see ${rel(launcherLog(port))}; kill -9 ${pid} as a last resort.`,
  );
}
