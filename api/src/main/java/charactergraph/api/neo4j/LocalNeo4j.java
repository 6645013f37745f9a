package charactergraph.api.neo4j;

import java.util.Optional;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import charactergraph.api.StartupProblem;

/**
 * Makes sure a Neo4j answers at a loopback {@code neo4j.uri} before anything uses the driver: if a Bolt server
 * already answers there it is used as it is; if nothing listens, the local Neo4j is started as a child process and
 * stopped again when the app stops. Created eagerly, first, because the driver depends on it.
 */
@Context
public class LocalNeo4j {
    private static final Logger LOG = LoggerFactory.getLogger(LocalNeo4j.class);

    private final Neo4jSettings settings;
    private final LocalNeo4jSettings local;
    private final LocalNeo4jLauncher launcher;

    public LocalNeo4j(Neo4jSettings settings, LocalNeo4jSettings local,
                      @Value("${micronaut.server.host:127.0.0.1}") String appHost,
                      @Value("${micronaut.server.port:8080}") int appPort) {
        this.settings = settings;
        this.local = local;
        this.launcher = local.isEnabled() && settings.isLoopbackUri() ? startIfAbsent(appHost, appPort) : null;
    }

    private LocalNeo4jLauncher startIfAbsent(String appHost, int appPort) {
        int boltPort = settings.boltPort();
        switch (BoltProbe.probe("127.0.0.1", boltPort, 2000)) {
            case BOLT -> {
                LOG.info("A Neo4j already answers at {}; using it", settings.getUri());
                return null;
            }
            case NOT_BOLT -> throw new StartupProblem("port " + boltPort + " is in use by a program that is not Neo4j."
                    + " Stop it, or let the app run its Neo4j on another port: NEO4J_URI=bolt://127.0.0.1:"
                    + (boltPort + 1) + " (and NEO4J_LOCAL_HTTP_PORT for the Browser port).");
            default -> {
                // Nothing listens: start our own below.
            }
        }
        // Fail before spending seconds on Neo4j if the app's own port is taken (a random port, 0 or -1, never is).
        if (appPort > 0) {
            try (var socket = new java.net.ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress(appHost, appPort));
            } catch (java.io.IOException e) {
                throw new StartupProblem(appPortMessage(appPort));
            }
        }
        Neo4jServerCommand command = Neo4jServerCommand.locate(local.getServerJar());
        return LocalNeo4jLauncher.start(new LocalNeo4jLauncher.Options(local.getDataDir(), boltPort,
                local.getHttpPort(), local.getHeap(), local.getPageCache(), local.postConnectCmdFor(appPort),
                local.getStartupTimeout(), command));
    }

    /** The message for a taken application port; shared with {@link charactergraph.api.Application}. */
    public static String appPortMessage(int port) {
        return "port " + port + " (the character-graph API) is already in use by another program."
                + " Stop it or choose another port with MICRONAUT_SERVER_PORT=8081 (or -Dmicronaut.server.port=8081).";
    }

    /** The child process this app started, if it started one. */
    public Optional<LocalNeo4jLauncher> launcher() {
        return Optional.ofNullable(launcher);
    }

    /** True when Neo4j is on this machine with the app's default layout, so the Browser link below works. */
    public boolean servesBrowser() {
        return local.isEnabled() && settings.isLoopbackUri();
    }

    /** The Neo4j Browser link that connects with no login form. */
    public String browserUrl() {
        return "http://localhost:" + local.getHttpPort() + "/browser/?dbms=bolt://localhost:" + settings.boltPort()
                + "&preselectAuthMethod=NO_AUTH";
    }

    @PreDestroy
    void stop() {
        if (launcher != null) {
            launcher.stop();
        }
    }
}
