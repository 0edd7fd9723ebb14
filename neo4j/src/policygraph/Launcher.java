// neo4j/src/policygraph/Launcher.java — runs Neo4j Community embedded with its Bolt connector on 127.0.0.1.
// Started (detached) by graph/local-neo4j.ts; stopped by SIGTERM, which runs the shutdown hook below.
package policygraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import inet.ipaddr.IPAddressString;

/**
 * One embedded Neo4j per data directory and port.
 *
 * <p>Exit codes (read by graph/local-neo4j.ts, which also shows the last line of the log):
 * 0 clean shutdown, 2 bad arguments, 3 port taken, 4 data directory locked by another process, 1 anything else.
 *
 * <p>Auth is on. Listening on 127.0.0.1 only is not enough: Bolt also answers WebSocket on the same port, so any
 * web page the user opens could reach it from the browser. The password arrives on stdin (never on the command
 * line, which every user can read in /proc); graph/local-neo4j.ts generates it once and keeps it in a 0600 file.
 * A store that does not have this password yet (a new one, one made before auth was on, or a changed password) is
 * first opened with Bolt off to set it, so no client ever sees the store with the default neo4j/neo4j account.
 *
 * <p>Nothing a query can do reaches the file system or the network: LOAD CSV may not read file URLs, every IP
 * address is blocked for URL access (LOAD CSV over http/https/ftp), no plugin folder is read.
 */
public final class Launcher {
  static final int EXIT_USAGE = 2;
  static final int EXIT_PORT_TAKEN = 3;
  static final int EXIT_LOCKED = 4;
  static final String PREFIX = "policy-graph neo4j: ";

  /** The pid file this process owns once locked; a failing start removes it again (see fail). */
  private static Path ownedPidFile;
  private static FileChannel ownedPidChannel;

  private Launcher() {}

  /** Command-line options; every path is given by the caller, so nothing depends on the working directory. */
  record Options(int port, Path dataDir, Path logsDir, Path pidFile, long pageCacheBytes) {
    static Options parse(String[] args) {
      int port = BoltConnector.DEFAULT_PORT;
      Path dataDir = null;
      Path logsDir = null;
      Path pidFile = null;
      // 1 GiB page cache: the 10,000-document benchmark graph stores well under 1 GiB, so it stays fully
      // cached; more would only take memory from the other processes on a shared 24 GiB machine.
      long pageCache = ByteUnit.gibiBytes(1);
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        String value = i + 1 < args.length ? args[++i] : null;
        if (value == null) fail(EXIT_USAGE, "option " + flag + " needs a value");
        switch (flag) {
          case "--port" -> port = parsePort(value);
          case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
          case "--logs-dir" -> logsDir = Path.of(value).toAbsolutePath();
          case "--pid-file" -> pidFile = Path.of(value).toAbsolutePath();
          case "--pagecache" -> pageCache = ByteUnit.parse(value);
          default -> fail(EXIT_USAGE, "unknown option " + flag
              + " (usage: --port N --data-dir DIR --logs-dir DIR --pid-file FILE [--pagecache 1g])");
        }
      }
      if (dataDir == null || logsDir == null || pidFile == null) {
        fail(EXIT_USAGE, "--data-dir, --logs-dir and --pid-file are required");
      }
      return new Options(port, dataDir, logsDir, pidFile, pageCache);
    }

    private static int parsePort(String value) {
      try {
        int p = Integer.parseInt(value);
        if (p >= 1 && p <= 65535) return p;
      } catch (NumberFormatException ignored) {
        // reported below
      }
      fail(EXIT_USAGE, "--port " + value + " is not a TCP port (1-65535)");
      return -1;
    }
  }

  public static void main(String[] args) {
    Options options = Options.parse(args);
    try {
      Files.createDirectories(options.dataDir());
      Files.createDirectories(options.logsDir());
      Files.createDirectories(options.pidFile().getParent());
    } catch (IOException e) {
      fail(1, "cannot create " + e.getMessage() + " — check the permissions of the .neo4j folder");
    }

    String password = readPassword();
    // The pid file is also a lock: held for the life of this process, released by the OS even after kill -9,
    // so a pid file whose lock nobody holds is stale by definition.
    FileChannel pidChannel = lockPidFile(options);
    checkPortFree(options.port());

    Instant started = Instant.now();
    if (!passwordIsSet(options, password)) setPassword(options, password);
    DatabaseManagementService dbms;
    try {
      dbms = configure(new DatabaseManagementServiceBuilder(options.dataDir()), options)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port()))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          // Stop promptly: by default Bolt waits 5 s for idle connections and Netty another 5 s of quiet
          // period, which made `db stop` take 11 s for an idle database. Clients are gone by then anyway
          // (stop is a deliberate act); open transactions are still rolled back by the kernel.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
          .build();
    } catch (RuntimeException e) {
      if (isLockFailure(e)) {
        fail(EXIT_LOCKED, "the data directory " + options.dataDir() + " is locked by another Neo4j process"
            + " — stop it first (policy-graph db status shows what runs)");
      }
      if (isBindFailure(e)) {
        fail(EXIT_PORT_TAKEN, "port " + options.port() + " on 127.0.0.1 is taken by another program — use --port");
      }
      throw e;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // SIGTERM/SIGINT: flush and close the store so the next start needs no recovery.
      out("shutting down");
      try {
        dbms.shutdown();
      } finally {
        releasePidFile(options.pidFile(), pidChannel);
        out("stopped");
        stopped.countDown();
      }
    }, "policy-graph-shutdown"));

    long ms = Duration.between(started, Instant.now()).toMillis();
    out("Bolt ready on bolt://127.0.0.1:" + options.port() + " (pid " + ProcessHandle.current().pid()
        + ", data " + options.dataDir() + ", started in " + ms + " ms)");
    try {
      stopped.await(); // the JVM exits through the shutdown hook
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The settings every start shares (the Bolt connector is added by the caller, or left off to set the password). */
  private static DatabaseManagementServiceBuilder configure(DatabaseManagementServiceBuilder builder, Options options) {
    return builder
        .setConfig(GraphDatabaseSettings.logs_directory, options.logsDir())
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // LOAD CSV FROM 'file:///…' would read any file the JVM can (it runs as root on some machines); the
        // project never loads CSV. The import root is pinned to an empty folder of the store all the same.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, options.dataDir().resolve("import"))
        // LOAD CSV over http/https/ftp: every IPv4 and IPv6 address is blocked, so no query reaches the network.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        // No plugins (APOC or other procedures): the plugin folder points inside the store, where nothing is put.
        .setConfig(GraphDatabaseSettings.plugin_dir, options.dataDir().resolve("no-plugins"))
        // No phoning home: the machines this runs on reach package registries only.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // The project serves its own API; Neo4j's HTTP endpoints and Browser are not used.
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // Keep two days of transaction logs instead of the default 2 GiB+ that would be preallocated.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 days")
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
  }

  // ─── Password ──────────────────────────────────────────────────────────────────────────────────

  /** Written next to the store once its neo4j user has the password: a salted hash, so the file holds no secret. */
  private static Path passwordMarker(Options options) {
    return options.dataDir().resolve("policy-graph-auth");
  }

  /** The first line of stdin (graph/local-neo4j.ts writes it and closes the pipe). */
  private static String readPassword() {
    try {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) fail(EXIT_USAGE, "no password on stdin (graph/local-neo4j.ts passes it)");
      return line;
    } catch (IOException e) {
      fail(EXIT_USAGE, "cannot read the password from stdin: " + e.getMessage());
      return null;
    }
  }

  private static String saltedHash(String salt, String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt.getBytes(StandardCharsets.UTF_8));
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Does the store's neo4j user already have this password (set by an earlier start)? */
  private static boolean passwordIsSet(Options options, String password) {
    try {
      String[] saltAndHash = Files.readString(passwordMarker(options), StandardCharsets.UTF_8).trim().split(":");
      return saltAndHash.length == 2 && saltAndHash[1].equals(saltedHash(saltAndHash[0], password));
    } catch (IOException e) {
      return false; // no marker: a new store, or one made before auth was on
    }
  }

  /**
   * Open the store with Bolt off, give the neo4j user the password (no change required), close it, write the
   * marker. Embedded transactions run with full rights, so this works on a new store (default password) and on
   * one made before auth was on alike.
   */
  private static void setPassword(Options options, String password) {
    out("setting the password of the neo4j user (new store, a store made before auth was on, or a new password)");
    DatabaseManagementService setup;
    try {
      setup = configure(new DatabaseManagementServiceBuilder(options.dataDir()), options)
          .setConfig(BoltConnector.enabled, false)
          .build();
    } catch (RuntimeException e) {
      if (isLockFailure(e)) {
        fail(EXIT_LOCKED, "the data directory " + options.dataDir() + " is locked by another Neo4j process"
            + " — stop it first (policy-graph db status shows what runs)");
      }
      throw e;
    }
    try {
      setup.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; the marker was lost, the password is right.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        setup.shutdown();
        fail(1, "cannot set the password of the neo4j user: " + firstLine(e.getMessage()));
      }
    }
    setup.shutdown();
    try {
      byte[] saltBytes = new byte[16];
      new SecureRandom().nextBytes(saltBytes);
      String salt = HexFormat.of().formatHex(saltBytes);
      Path marker = passwordMarker(options);
      Files.deleteIfExists(marker);
      Files.createFile(marker, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(marker, salt + ":" + saltedHash(salt, password) + "\n", StandardCharsets.UTF_8);
    } catch (IOException | UnsupportedOperationException e) {
      out("could not write " + passwordMarker(options) + " (" + e.getMessage() + "); the password is set again next start");
    }
  }

  private static String firstLine(String message) {
    return message == null ? "(no message)" : message.split("\n", 2)[0];
  }

  private static FileChannel lockPidFile(Options options) {
    Path pidFile = options.pidFile();
    try {
      String previous = Files.exists(pidFile) ? Files.readString(pidFile, StandardCharsets.UTF_8).trim() : "";
      FileChannel channel = FileChannel.open(pidFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        fail(EXIT_LOCKED, "another launcher (pid " + (previous.isEmpty() ? "?" : previous) + ") holds " + pidFile
            + " — it is already running; `policy-graph db status` shows where");
      }
      if (!previous.isEmpty()) {
        out("replacing stale pid file " + pidFile + " (pid " + previous + " is gone; its last run did not shut down cleanly)");
      }
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
      channel.force(true);
      ownedPidFile = pidFile;
      ownedPidChannel = channel;
      return channel;
    } catch (IOException e) {
      fail(1, "cannot write the pid file " + pidFile + ": " + e.getMessage());
      return null;
    }
  }

  private static void releasePidFile(Path pidFile, FileChannel channel) {
    try {
      Files.deleteIfExists(pidFile);
      channel.close();
    } catch (IOException e) {
      out("could not remove " + pidFile + ": " + e.getMessage());
    }
  }

  /** Bind-test the port first: Neo4j's own bind failure is a long stack trace deep in its start-up. */
  private static void checkPortFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      fail(EXIT_PORT_TAKEN, "port " + port + " on 127.0.0.1 is taken by another program — stop it or use --port");
    }
  }

  private static boolean isLockFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.endsWith("FileLockException") || name.endsWith("StoreLockException")) return true;
    }
    return false;
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) return true;
    }
    return false;
  }

  private static void out(String line) {
    System.out.println(PREFIX + line);
  }

  /** One clear line on stderr, then exit: callers show it as is. */
  static void fail(int code, String line) {
    PrintStream err = System.err;
    err.println(PREFIX + line);
    err.flush();
    if (ownedPidFile != null) releasePidFile(ownedPidFile, ownedPidChannel);
    System.exit(code);
  }
}
