package charactergraph.api.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The whole graph in brief: node and relationship counts and a SHA-256 over every node (labels, properties) and
 * relationship (ends, type, properties) as sorted text lines, so a test can say "nothing changed" and mean it.
 */
public record GraphFingerprint(long nodes, long relationships, String contentHash) {

    /** The shared harness's graph. */
    public static GraphFingerprint ofSharedNeo4j() {
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.instance().boltURI(), AuthTokens.none())) {
            return of(driver);
        }
    }

    /** Node and relationship counts of the shared harness, cheaply (no driver, one query). */
    public static List<Long> counts() {
        return SharedNeo4j.instance().defaultDatabaseService().executeTransactionally(
                "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }"
                        + " RETURN nodes, rels",
                Map.of(), result -> {
                    var row = result.next();
                    return List.of((Long) row.get("nodes"), (Long) row.get("rels"));
                });
    }

    public static GraphFingerprint of(Driver driver) {
        try (Session session = driver.session()) {
            List<String> lines = new ArrayList<>();
            session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add("node " + r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
            long nodes = lines.size();
            session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN coalesce(a.id, '?') AS a, type(r) AS type, coalesce(b.id, '?') AS b, properties(r) AS props
                    """).forEachRemaining(r -> lines.add("rel " + r.get("a").asString() + " -" + r.get("type").asString()
                    + "-> " + r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap())));
            long relationships = lines.size() - nodes;
            lines.sort(null);
            return new GraphFingerprint(nodes, relationships, sha256(String.join("\n", lines)));
        }
    }

    /** Counts of one label, for all-or-nothing checks. */
    public static Map<String, Long> labelCounts(Driver driver) {
        try (Session session = driver.session()) {
            Map<String, Long> counts = new TreeMap<>();
            session.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c").forEachRemaining(r ->
                    counts.put(r.get("l").asString(), r.get("c").asLong()));
            return counts;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
