package charactergraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's API ({@code java -jar api/target/api.jar}) in its own process, configured as the README says: by
 * environment variables (NEO4J_URI, MICRONAUT_SERVER_PORT, ...), started from the repository root.
 */
final class ApiProcess implements AutoCloseable {
    final ChildProcess process;
    final int port;
    final double readySeconds;

    private ApiProcess(ChildProcess process, int port, double readySeconds) {
        this.process = process;
        this.port = port;
        this.readySeconds = readySeconds;
    }

    /**
     * Starts the API and waits until {@code GET /health} says UP. {@code env} adds to or overrides the defaults
     * (a free port, no write token); {@code heap} is the -Xmx, or null for the JVM's default as in the README.
     */
    static ApiProcess start(Repo repo, Map<String, String> env, String heap, Path log, PrintStream progress)
            throws InterruptedException {
        int port = ChildProcess.freePort();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        all.putAll(env);
        List<String> jvm = new ArrayList<>();
        if (heap != null && !heap.isBlank()) {
            jvm.add("-Xmx" + heap);
        }
        ChildProcess p = ChildProcess.startJar("api", repo.apiJar(), jvm, List.of(), repo.root, all, log, null);
        double s = p.awaitHealthy("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(300));
        progress.printf("  API ready (health UP) in %.1f s on port %d%n", s, port);
        return new ApiProcess(p, port, s);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(System.err);
    }
}
