package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.write.ArticleLoader;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code load FILE|DIR... [--story NAME] [--uri bolt://...] [--user U --password P] [--database DB]}: extracts each
 * article and writes it into Neo4j, skipping files whose bytes the graph already holds. Progress per file and a
 * summary go to stderr. Defaults come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (the names the app reads), else
 * bolt://localhost:7687 without authentication.
 */
public final class LoadCommand implements Command {
    private final Supplier<ArticleLoader.Extractor> extractor;

    public LoadCommand() {
        this(() -> new ArticleExtractor()::extract);
    }

    /** With another extractor (tests). */
    LoadCommand(Supplier<ArticleLoader.Extractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public String summary() {
        return "extract articles and load them into Neo4j (unchanged files are skipped)";
    }

    @Override
    public String usage() {
        return "FILE|DIR... [--story NAME] [--uri bolt://HOST:PORT] [--user U --password P] [--database DB]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Path> inputs = new ArrayList<>();
        String story = null;
        String uri = env("NEO4J_URI", "bolt://localhost:7687");
        String user = username(System::getenv, err);
        String password = env("NEO4J_PASSWORD", null);
        String database = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--story" -> story = value(args, ++i, a);
                case "--uri" -> uri = value(args, ++i, a);
                case "--user" -> user = value(args, ++i, a);
                case "--password" -> password = value(args, ++i, a);
                case "--database" -> database = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    inputs.add(Path.of(a).toAbsolutePath().normalize());
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("load needs at least one FILE or DIR");
        }
        if (story != null && story.isBlank()) {
            throw new UsageException("--story needs a name");
        }
        if ((user == null) != (password == null)) {
            throw new UsageException("give --user and --password together (or neither, for a server without auth)");
        }
        AuthToken auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Driver opened;
        try {
            opened = GraphDatabase.driver(uri, auth);
        } catch (IllegalArgumentException e) {
            throw new InputException("'" + uri + "' is not a Neo4j URI (" + e.getMessage() + "); use --uri"
                    + " bolt://HOST:7687, neo4j://HOST:7687 or neo4j+s://xxxx.databases.neo4j.io");
        }
        try (Driver driver = opened) {
            try {
                driver.verifyConnectivity();
            } catch (AuthenticationException e) {
                throw new InputException("Neo4j at " + uri + " refused the credentials: " + e.getMessage());
            } catch (ServiceUnavailableException e) {
                throw new InputException("cannot reach Neo4j at " + uri + " (is it running? use --uri): "
                        + e.getMessage());
            } catch (RuntimeException e) {
                throw new InputException("cannot use Neo4j at " + uri + ": " + e.getMessage());
            }
            new SchemaInstaller(driver, database).install();
            GraphWriter writer = new GraphWriter(driver, database, null);
            ArticleLoader.Report report = new ArticleLoader(writer, extractor, err).load(inputs, story);
            err.println(ArticleLoader.summary(report));
            if (report.loaded() + report.skipped() + report.failed() == 0) {
                // A typo in a directory name must not look like success in a script.
                err.println("error: no article (*.txt, *.md) found in " + inputs);
                return 1;
            }
            return report.failed() == 0 ? 0 : 1;
        } catch (ServiceUnavailableException e) {
            throw new InputException("lost the connection to Neo4j at " + uri + ": " + e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static String env(String name, String fallback) {
        return env(System::getenv, name, fallback);
    }

    private static String env(Function<String, String> environment, String name, String fallback) {
        String v = environment.apply(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /**
     * NEO4J_USERNAME, as the app reads it; else the loader's old NEO4J_USER, with a warning, so scripts written for
     * it keep working while they are moved over.
     */
    static String username(Function<String, String> environment, PrintStream err) {
        String user = env(environment, "NEO4J_USERNAME", null);
        if (user == null) {
            user = env(environment, "NEO4J_USER", null);
            if (user != null) {
                err.println("warning: NEO4J_USER is deprecated, set NEO4J_USERNAME instead (as the app reads it)");
            }
        }
        return user;
    }
}
