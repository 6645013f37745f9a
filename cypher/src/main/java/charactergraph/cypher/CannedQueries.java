package charactergraph.cypher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of canned queries: the files listed in {@code cypher/queries/index.txt}, parsed and checked.
 * The list file (rather than a class-path scan) works the same from a jar, a directory and a shaded app;
 * a test checks that it names exactly the {@code .cypher} files of the folder.
 */
public final class CannedQueries {
    /** The list of query files, relative to {@code cypher/}. */
    public static final String INDEX = "queries/index.txt";

    private final Map<String, CannedQuery> byName;

    private CannedQueries(Map<String, CannedQuery> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Loads and validates every listed query from the class path.
     *
     * @throws InvalidCannedQueryException when a file is invalid or two files share a name (a build defect)
     */
    public static CannedQueries load() {
        List<CannedQuery> queries = new ArrayList<>();
        for (String file : listedFiles(CypherResources.read(INDEX))) {
            queries.add(CannedQueryParser.parse(file, CypherResources.read("queries/" + file)));
        }
        return of(queries);
    }

    /** A catalogue of the given queries, in order; names must be unique. */
    public static CannedQueries of(List<CannedQuery> queries) {
        Map<String, CannedQuery> byName = new LinkedHashMap<>();
        for (CannedQuery q : queries) {
            if (byName.putIfAbsent(q.name(), q) != null) {
                throw new InvalidCannedQueryException(q.file(), "another query is already called '" + q.name() + "'");
            }
        }
        return new CannedQueries(byName);
    }

    /** The file names an index lists: one per line, blank lines and '#' comments ignored. */
    static List<String> listedFiles(String index) {
        List<String> files = new ArrayList<>();
        for (String line : index.split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            if (!file.endsWith(".cypher") || file.contains("/") || file.contains("\\")) {
                throw new InvalidCannedQueryException(INDEX, "'" + file + "' is not a .cypher file name in queries/");
            }
            if (files.contains(file)) {
                throw new InvalidCannedQueryException(INDEX, "'" + file + "' is listed twice");
            }
            files.add(file);
        }
        return files;
    }

    /** Every query, in index order. */
    public List<CannedQuery> all() {
        return List.copyOf(byName.values());
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
