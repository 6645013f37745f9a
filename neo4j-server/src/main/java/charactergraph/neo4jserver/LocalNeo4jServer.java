package charactergraph.neo4jserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The local Neo4j of the default run: Neo4j Community with Bolt, HTTP and Neo4j Browser, auth off, listening
 * on loopback only. It runs in its own JVM (started by the app, or by hand) because Neo4j and Micronaut pull
 * incompatible versions of Netty, Jetty and JAX-RS.
 *
 * <p>On success it prints one line starting with {@value #READY_MARKER} to standard output. Failures the user can
 * fix (a port in use, a data directory that cannot be written) are one line on standard error and a non-zero
 * exit status, never a stack trace.
 */
public final class LocalNeo4jServer {
    /** Printed once Bolt and HTTP accept connections; the app's launcher does not depend on it (it polls Bolt). */
    public static final String READY_MARKER = "NEO4J READY";
    /** Exit status when the data directory cannot be used. */
    public static final int EXIT_DATA_DIR = 3;
    /** Exit status when a port is taken. */
    public static final int EXIT_PORT_IN_USE = 4;
    /** Exit status for bad arguments. */
    public static final int EXIT_USAGE = 2;
    /** Exit status for any other start-up failure. */
    public static final int EXIT_FAILED = 1;

    private LocalNeo4jServer() {
    }

    public static void main(String[] args) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-server: " + e.getMessage());
            System.err.println(ServerOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help()) {
            System.out.println(ServerOptions.USAGE);
            return;
        }
        try {
            run(options, System.out);
        } catch (StartupFailure e) {
            System.err.println("neo4j-server: " + e.getMessage());
            System.exit(e.exitStatus);
        }
    }

    /** Starts Neo4j, blocks until the JVM is asked to stop (SIGTERM, SIGINT) or the parent process exits. */
    static void run(ServerOptions options, PrintStream out) {
        Path dataDir = prepareDataDirectory(options.dataDir());
        requireFreePort(options.address(), options.boltPort(), "Bolt", "--bolt-port");
        requireFreePort(options.address(), options.httpPort(), "HTTP (Neo4j Browser)", "--http-port");

        long started = System.nanoTime();
        DatabaseManagementService dbms = start(options, dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            out.println("Neo4j stopping");
            dbms.shutdown();
            out.println("Neo4j stopped");
            out.flush();
            stopped.countDown();
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        watchParent(options.parentPid());

        out.printf("%s bolt://%s:%d http://%s:%d/browser/ data=%s (%d ms)%n", READY_MARKER,
                options.address(), options.boltPort(), options.address(), options.httpPort(), dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService start(ServerOptions options, Path dataDir) {
        SocketAddress bolt = new SocketAddress(options.address(), options.boltPort());
        SocketAddress http = new SocketAddress(options.address(), options.httpPort());
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", options.boltPort()))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, http)
                .setConfig(HttpConnector.advertised_address, new SocketAddress("localhost", options.httpPort()))
                // Without this, Bolt's Netty waits its default quiet period and shutdown takes about 10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (options.browserPostConnectCmd() != null) {
            builder.setConfig(ServerSettings.browser_post_connect_cmd, options.browserPostConnectCmd());
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw explain(e, options, dataDir);
        }
    }

    private static StartupFailure explain(RuntimeException e, ServerOptions options, Path dataDir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new StartupFailure(EXIT_PORT_IN_USE, "cannot listen on Bolt port " + options.boltPort()
                        + " or HTTP port " + options.httpPort() + " of " + options.address() + ": " + t.getMessage()
                        + ". Choose other ports with --bolt-port and --http-port.");
            }
            String name = t.getClass().getSimpleName();
            if (name.equals("FileLockException")) {
                return new StartupFailure(EXIT_DATA_DIR, "data directory " + dataDir
                        + " is in use by another Neo4j process. Stop it or choose another directory with --data-dir.");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new StartupFailure(EXIT_FAILED, "Neo4j did not start: " + root.getClass().getSimpleName() + ": "
                + root.getMessage() + " (details in " + dataDir.resolve("logs").resolve("debug.log") + ")");
    }

    /** Neo4j rejects non-normalized paths, so the directory is made absolute and normalized first. */
    static Path prepareDataDirectory(Path requested) {
        Path dir = requested.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupFailure(EXIT_DATA_DIR, "data directory " + dir + " cannot be written ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Choose another with --data-dir.");
        }
        return dir;
    }

    private static void requireFreePort(String address, int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new StartupFailure(EXIT_PORT_IN_USE, what + " port " + port + " on " + address
                    + " is already in use by another program. Choose another with " + option + ".");
        }
    }

    /**
     * When the app that started this server dies without a chance to stop it (kill -9), this server stops too,
     * so no orphan keeps the ports and the store lock.
     */
    private static void watchParent(Long parentPid) {
        if (parentPid == null) {
            return;
        }
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parent-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                System.out.println("Parent process " + parentPid + " is gone; stopping Neo4j");
                System.exit(0);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** A start-up problem the user can act on; carries the exit status. */
    static final class StartupFailure extends RuntimeException {
        final int exitStatus;

        StartupFailure(int exitStatus, String message) {
            super(message);
            this.exitStatus = exitStatus;
        }
    }
}
