package charactergraph.api;

import java.net.BindException;
import java.util.Arrays;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;

import charactergraph.api.neo4j.LocalNeo4j;
import charactergraph.api.neo4j.LocalNeo4jLauncher;

/**
 * Starts the app: Micronaut context (which starts or finds Neo4j, see {@link LocalNeo4j}), then the HTTP server.
 * Start-up failures the user can fix are printed as one clear line, without a stack trace, and exit with status 1.
 * Ctrl-C or SIGTERM closes the context, which stops the local Neo4j too.
 */
public final class Application {
    private Application() {
    }

    static final String USAGE = """
            Usage: java [-Dsetting=value ...] -jar api/target/api.jar
              Starts the character-graph API on http://127.0.0.1:8080 and, when no Neo4j answers at NEO4J_URI
              (default bolt://127.0.0.1:7687), a local Neo4j with its data in ./data and Neo4j Browser on port 7474.
            Settings (environment variable, or system property in brackets):
              MICRONAUT_SERVER_PORT   (micronaut.server.port)   API port, default 8080
              NEO4J_URI               (neo4j.uri)               bolt://, neo4j:// or neo4j+s:// address of Neo4j
              NEO4J_USERNAME, NEO4J_PASSWORD                    credentials of an existing Neo4j
              NEO4J_LOCAL_DATA_DIR    (neo4j.local.data-dir)    data directory of the local Neo4j, default data
              NEO4J_LOCAL_HTTP_PORT   (neo4j.local.http-port)   HTTP/Browser port of the local Neo4j, default 7474
              NEO4J_LOCAL_ENABLED     (neo4j.local.enabled)     false: never start a local Neo4j
            The README lists every setting.""";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        ApplicationContext context = null;
        try {
            context = ApplicationContext.builder(Application.class).args(args).start();
            ApplicationContext running = context;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (running.isRunning()) {
                    running.close();
                }
            }, "character-graph-shutdown"));
            context.getBean(EmbeddedApplication.class).start();
        } catch (Throwable e) {
            String port = context == null ? "" : context.getProperty("micronaut.server.port", String.class).orElse("8080");
            System.err.println("character-graph cannot start: " + explain(e, port));
            if (context != null && context.isRunning()) {
                try {
                    context.close();
                } catch (RuntimeException ignored) {
                    // Already failing; the child Neo4j is stopped below in any case.
                }
            }
            LocalNeo4jLauncher.stopAll();
            System.exit(1);
        }
    }

    /** The user-facing reason: our own message if there is one, else the innermost cause. */
    static String explain(Throwable e) {
        return explain(e, "");
    }

    static String explain(Throwable e, String apiPort) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StartupProblem) {
                return t.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on the API port" + (apiPort.isBlank() ? "" : " " + apiPort) + " (" + t.getMessage()
                        + "). Another program probably uses it;"
                        + " choose another port with MICRONAUT_SERVER_PORT=8081 (or -Dmicronaut.server.port=8081).";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
