package charactergraph.api.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import charactergraph.api.StartupProblem;

/**
 * Starts the local Neo4j server as a child process, waits until it answers Bolt, and stops it again. Knows nothing of
 * Micronaut so that tests can drive it directly.
 */
public final class LocalNeo4jLauncher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalNeo4jLauncher.class);
    private static final String LOOPBACK = "127.0.0.1";
    /** Every child still running, so a failed start-up can stop them even if no bean gets closed. */
    private static final Set<LocalNeo4jLauncher> RUNNING = ConcurrentHashMap.newKeySet();

    /** What to start. */
    public record Options(Path dataDir, int boltPort, int httpPort, String heap, String pageCache,
                          String browserPostConnectCmd, Duration startupTimeout, Neo4jServerCommand command) {
    }

    private final Options options;
    private final Path dataDir;
    private final Path outputFile;
    private final Process process;

    private LocalNeo4jLauncher(Options options, Path dataDir, Path outputFile, Process process) {
        this.options = options;
        this.dataDir = dataDir;
        this.outputFile = outputFile;
        this.process = process;
    }

    /** Starts the server and returns once Bolt answers; a {@link StartupProblem} explains any failure. */
    public static LocalNeo4jLauncher start(Options options) {
        Path dataDir = writableDataDirectory(options.dataDir());
        requireFreePort(options.httpPort(), "Neo4j HTTP and Browser", "NEO4J_LOCAL_HTTP_PORT");
        requireFreePort(options.boltPort(), "Neo4j Bolt", "NEO4J_URI (for example bolt://127.0.0.1:7688)");
        Path outputFile = dataDir.resolve("logs").resolve("neo4j-server.out");
        try {
            Files.createDirectories(outputFile.getParent());
        } catch (IOException e) {
            throw new StartupProblem("cannot create " + outputFile.getParent() + ": " + e.getMessage());
        }

        List<String> jvmOptions = List.of("-Xms64m", "-Xmx" + options.heap(), "-XX:+ExitOnOutOfMemoryError");
        List<String> command = new ArrayList<>(options.command().command(javaExecutable(), jvmOptions));
        command.addAll(List.of("--data-dir", dataDir.toString(),
                "--address", LOOPBACK,
                "--bolt-port", Integer.toString(options.boltPort()),
                "--http-port", Integer.toString(options.httpPort()),
                "--page-cache", options.pageCache(),
                "--parent-pid", Long.toString(ProcessHandle.current().pid())));
        if (options.browserPostConnectCmd() != null && !options.browserPostConnectCmd().isBlank()) {
            command.addAll(List.of("--browser-post-connect-cmd", options.browserPostConnectCmd()));
        }

        LOG.info("Starting the local Neo4j (data in {}, output in {})", dataDir, outputFile);
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(outputFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new StartupProblem("cannot start the local Neo4j (" + String.join(" ", command.subList(0, 1))
                    + "): " + e.getMessage(), e);
        }
        LocalNeo4jLauncher launcher = new LocalNeo4jLauncher(options, dataDir, outputFile, process);
        RUNNING.add(launcher);
        try {
            launcher.awaitBolt(started);
        } catch (RuntimeException e) {
            launcher.stop();
            throw e;
        }
        LOG.info("Local Neo4j (pid {}) answers Bolt on port {} after {} ms", process.pid(), options.boltPort(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return launcher;
    }

    private void awaitBolt(long startedNanos) {
        long deadline = startedNanos + options.startupTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupProblem("the local Neo4j stopped during start-up (exit status " + process.exitValue()
                        + "): " + reasonFromOutput() + " (full output in " + outputFile + ")");
            }
            if (BoltProbe.probe(LOOPBACK, options.boltPort(), 500) == BoltProbe.Answer.BOLT) {
                return;
            }
            sleep(200);
        }
        throw new StartupProblem("the local Neo4j did not answer on Bolt port " + options.boltPort() + " within "
                + options.startupTimeout().toSeconds() + " s (output in " + outputFile + ")."
                + " Raise NEO4J_LOCAL_STARTUP_TIMEOUT if this machine is slow.");
    }

    /** The server prints problems as lines starting with "neo4j-server:"; otherwise show the last line. */
    private String reasonFromOutput() {
        try {
            List<String> lines = Files.readAllLines(outputFile, StandardCharsets.UTF_8);
            String last = "no output";
            for (String line : lines) {
                if (line.startsWith("neo4j-server:")) {
                    return line.substring("neo4j-server:".length()).trim();
                }
                if (!line.isBlank()) {
                    last = line.trim();
                }
            }
            return last;
        } catch (IOException e) {
            return "no output";
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Options options() {
        return options;
    }

    /** Asks the server to shut down (SIGTERM), waits up to 20 s, then kills it. Safe to call twice. */
    public void stop() {
        RUNNING.remove(this);
        if (!process.isAlive()) {
            return;
        }
        LOG.info("Stopping the local Neo4j (pid {})", process.pid());
        long started = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                LOG.warn("The local Neo4j did not stop within 20 s; killing it");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Local Neo4j stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops every child this JVM started and still runs: the last resort when start-up fails half-way. */
    public static void stopAll() {
        for (LocalNeo4jLauncher launcher : List.copyOf(RUNNING)) {
            launcher.stop();
        }
    }

    /** Neo4j rejects non-normalized paths; a directory we cannot write is reported by name. */
    static Path writableDataDirectory(Path requested) {
        Path dir = requested.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new StartupProblem("the data directory " + dir + " cannot be written (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Choose another with NEO4J_LOCAL_DATA_DIR=/some/path"
                    + " or -Dneo4j.local.data-dir=/some/path.");
        }
    }

    static void requireFreePort(int port, String what, String setting) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
        } catch (IOException e) {
            throw new StartupProblem("port " + port + " (" + what + ") is already in use by another program."
                    + " Stop that program or choose another port with " + setting + ".");
        }
    }

    private static String javaExecutable() {
        Path home = Path.of(System.getProperty("java.home"));
        Path java = home.resolve("bin").resolve(System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupProblem("interrupted while waiting for the local Neo4j");
        }
    }
}
