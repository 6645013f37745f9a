package charactergraph.api;

import java.net.BindException;

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

    public static void main(String[] args) {
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
