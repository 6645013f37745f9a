package charactergraph.neo4jserver;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Command-line options of {@link LocalNeo4jServer}. Every option can also be given as a system property
 * {@code charactergraph.neo4j.<option name>} (for example {@code -Dcharactergraph.neo4j.data-dir=/srv/graph});
 * an argument wins over a property.
 */
record ServerOptions(Path dataDir, String address, int boltPort, int httpPort, long pageCacheBytes,
                     String browserPostConnectCmd, Long parentPid, boolean help) {

    static final String USAGE = """
            Usage: java -jar neo4j-server.jar [options]
              Starts Neo4j Community with Bolt, HTTP and Neo4j Browser, authentication off.
              --data-dir <path>                  where the database lives (default: data)
              --address <host>                   address to listen on (default: 127.0.0.1)
              --bolt-port <port>                 Bolt port (default: 7687)
              --http-port <port>                 HTTP port, Neo4j Browser at /browser/ (default: 7474)
              --page-cache <size>                page cache, e.g. 128m or 1g (default: 128m)
              --browser-post-connect-cmd <cmd>   Browser command run on connect, e.g. ":play http://..."
              --parent-pid <pid>                 stop when this process exits
              --help                             this text
            Each option can also be set as a system property charactergraph.neo4j.<option>.
            Set the heap with the JVM option -Xmx (for example -Xmx512m).""";

    static ServerOptions parse(String[] args) {
        String dataDir = property("data-dir", "data");
        String address = property("address", "127.0.0.1");
        String bolt = property("bolt-port", "7687");
        String http = property("http-port", "7474");
        String pageCache = property("page-cache", "128m");
        String postConnect = property("browser-post-connect-cmd", null);
        String parent = property("parent-pid", null);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--data-dir" -> dataDir = value;
                case "--address" -> address = value;
                case "--bolt-port" -> bolt = value;
                case "--http-port" -> http = value;
                case "--page-cache" -> pageCache = value;
                case "--browser-post-connect-cmd" -> postConnect = value;
                case "--parent-pid" -> parent = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (postConnect != null && postConnect.isBlank()) {
            postConnect = null;
        }
        return new ServerOptions(Path.of(dataDir), address, port(bolt, "--bolt-port"), port(http, "--http-port"),
                size(pageCache), postConnect, parent == null ? null : Long.parseLong(parent.trim()), help);
    }

    private static String property(String option, String fallback) {
        return System.getProperty("charactergraph.neo4j." + option, fallback);
    }

    private static int port(String value, String option) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    /** "128m", "1g", "512k" or plain bytes. */
    static long size(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        switch (last) {
            case 'k' -> factor = 1L << 10;
            case 'm' -> factor = 1L << 20;
            case 'g' -> factor = 1L << 30;
            default -> { }
        }
        if (factor > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Long.parseLong(v) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--page-cache must be a size such as 128m or 1g, not '" + value + "'");
        }
    }
}
