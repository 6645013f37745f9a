package charactergraph.api.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The Neo4j the app starts itself when nothing answers at a loopback {@code neo4j.uri}. Its Bolt port is the port
 * of {@code neo4j.uri}.
 */
@ConfigurationProperties("neo4j.local")
public class LocalNeo4jSettings {
    private boolean enabled = true;
    private int httpPort = 7474;
    private Path dataDir = Path.of("data");
    private String heap = "512m";
    private String pageCache = "128m";
    /** The neo4j-server jar; empty means "find it next to the app" (see {@link Neo4jServerCommand}). */
    private String serverJar = "";
    /**
     * Neo4j Browser commands run on connect, separated by semicolons, without the leading colon (e.g.
     * {@code play http://localhost:8080/browser/guide.html}). {@value #AUTO} means: load the style and the guide the
     * app serves ({@link #postConnectCmdFor(int)}); empty means none.
     */
    private String browserPostConnectCmd = AUTO;

    public static final String AUTO = "auto";
    private Duration startupTimeout = Duration.ofSeconds(120);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public String getHeap() {
        return heap;
    }

    public void setHeap(String heap) {
        this.heap = heap;
    }

    public String getPageCache() {
        return pageCache;
    }

    public void setPageCache(String pageCache) {
        this.pageCache = pageCache;
    }

    public String getServerJar() {
        return serverJar;
    }

    public void setServerJar(String serverJar) {
        this.serverJar = serverJar == null ? "" : serverJar;
    }

    public String getBrowserPostConnectCmd() {
        return browserPostConnectCmd;
    }

    public void setBrowserPostConnectCmd(String browserPostConnectCmd) {
        this.browserPostConnectCmd = browserPostConnectCmd == null ? "" : browserPostConnectCmd;
    }

    /** The commands to hand to Neo4j: {@value #AUTO} becomes the app's own style and guide on {@code appPort}. */
    public String postConnectCmdFor(int appPort) {
        if (!AUTO.equals(browserPostConnectCmd.strip())) {
            return browserPostConnectCmd;
        }
        if (appPort <= 0) {
            return ""; // a random port (tests) is not known before the server binds it
        }
        String app = "http://localhost:" + appPort;
        return "style " + app + "/browser/style.grass; guide " + app + "/browser/guide.html";
    }

    public Duration getStartupTimeout() {
        return startupTimeout;
    }

    public void setStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
    }
}
