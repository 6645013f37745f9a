package charactergraph.loader.export;

import charactergraph.cypher.CypherResources;
import charactergraph.cypher.CypherStatements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static charactergraph.loader.export.CypherLiterals.map;
import static charactergraph.loader.export.CypherLiterals.name;
import static charactergraph.loader.export.CypherLiterals.string;

/**
 * A {@link GraphExport} as a self-contained Cypher script: the schema statements of {@code cypher/schema/}, then
 * one {@code UNWIND [...] MERGE} statement per label (and per relationship type and end labels), in batches.
 * Every statement ends with a semicolon at the end of a line, so cypher-shell ({@code -f}) and Neo4j Browser's
 * multi-statement mode both run it. Nodes are merged on their label and id and take the exported properties;
 * relationships are merged on their two ends and type and take exactly the exported properties, so running the
 * script again, or over a graph that already holds it, gives the same graph without duplicates.
 *
 * <p>Timestamps (a document's {@code loadedAt}) are either kept as literals ({@link Timestamps#KEEP}: a copy of a
 * running graph) or set to the time the script first creates the node ({@link Timestamps#WHEN_RUN}: the CLI and the
 * seed scripts, which must be the same bytes each time they are generated).
 */
public final class CypherScript {
    /** Rows per statement: small enough for Browser's editor, large enough to keep the script short. */
    static final int BATCH = 100;

    public enum Timestamps { KEEP, WHEN_RUN }

    private static final List<String> SCHEMA_FILES = charactergraph.loader.write.SchemaInstaller.FILES;

    private CypherScript() {
    }

    public static String of(GraphExport graph, Timestamps timestamps) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(graph, timestamps, w);
        return w.toString();
    }

    public static void write(GraphExport graph, Timestamps timestamps, Writer out) {
        try {
            out.write("// character-graph export: " + graph.nodes().size() + " nodes, "
                    + graph.relationships().size() + " relationships.\n");
            out.write("// Run with: cypher-shell -f FILE   (or paste into Neo4j Browser). Running it again changes nothing.\n");
            for (var e : graph.counts().entrySet()) {
                out.write("//   " + e.getKey() + " " + e.getValue() + "\n");
            }
            out.write("\n// Schema: unique ids (MERGE relies on them) and look-up indexes.\n");
            for (String file : SCHEMA_FILES) {
                for (String statement : schemaStatements(CypherResources.read(file))) {
                    out.write(statement + ";\n");
                }
            }
            // Schema commands and writes cannot share a transaction; cypher-shell and Browser run each statement
            // on its own, so the writes below find the constraints in place.
            writeNodes(graph, timestamps, out);
            writeRelationships(graph, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNodes(GraphExport graph, Timestamps timestamps, Writer out) throws IOException {
        // Grouped by labels and, when timestamps are set by the database, by which properties are timestamps, so
        // that a statement's ON CREATE SET applies to exactly the nodes that had them.
        Map<List<String>, List<GraphExport.Node>> byLabels = new TreeMap<>(CypherScript::compareLists);
        graph.nodes().forEach(n -> {
            List<String> group = new ArrayList<>(n.labels());
            if (timestamps == Timestamps.WHEN_RUN) {
                n.properties().forEach((k, v) -> {
                    if (CypherLiterals.isTemporal(v)) {
                        group.add("\u0000" + k);
                    }
                });
            }
            byLabels.computeIfAbsent(group, k -> new ArrayList<>()).add(n);
        });
        for (var e : byLabels.entrySet()) {
            List<String> labels = e.getValue().get(0).labels();
            List<GraphExport.Node> nodes = e.getValue();
            out.write("\n// " + String.join(":", labels) + " nodes (" + nodes.size() + ")\n");
            for (int i = 0; i < nodes.size(); i += BATCH) {
                List<GraphExport.Node> batch = nodes.subList(i, Math.min(nodes.size(), i + BATCH));
                Map<String, String> nowByKey = new TreeMap<>();
                out.write("UNWIND [\n");
                for (int j = 0; j < batch.size(); j++) {
                    Map<String, Object> props = new LinkedHashMap<>();
                    for (var p : batch.get(j).properties().entrySet()) {
                        if (timestamps == Timestamps.WHEN_RUN && CypherLiterals.isTemporal(p.getValue())) {
                            nowByKey.put(p.getKey(), CypherLiterals.now(p.getValue()));
                        } else {
                            props.put(p.getKey(), p.getValue());
                        }
                    }
                    out.write("  " + map(props) + (j + 1 < batch.size() ? ",\n" : "\n"));
                }
                out.write("] AS row\n");
                out.write("MERGE (n:" + name(labels.get(0)) + " {" + name("id") + ": row.id})\n");
                for (var now : nowByKey.entrySet()) {
                    out.write("  ON CREATE SET n." + name(now.getKey()) + " = " + now.getValue() + "\n");
                }
                StringBuilder set = new StringBuilder("SET n += row");
                for (String extra : labels.subList(1, labels.size())) {
                    set.append(", n:").append(name(extra));
                }
                out.write(set + ";\n");
            }
        }
    }

    private static void writeRelationships(GraphExport graph, Writer out) throws IOException {
        // Grouped by type and the labels of both ends, so each statement MATCHes its ends through the id index.
        Map<List<String>, List<GraphExport.Relationship>> groups = new TreeMap<>(CypherScript::compareLists);
        graph.relationships().forEach(r -> groups.computeIfAbsent(
                List.of(r.type(), r.startLabel(), r.endLabel()), k -> new ArrayList<>()).add(r));
        for (var e : groups.entrySet()) {
            String type = e.getKey().get(0);
            String startLabel = e.getKey().get(1);
            String endLabel = e.getKey().get(2);
            List<GraphExport.Relationship> rels = e.getValue();
            out.write("\n// (:" + startLabel + ")-[:" + type + "]->(:" + endLabel + ") relationships ("
                    + rels.size() + ")\n");
            for (int i = 0; i < rels.size(); i += BATCH) {
                List<GraphExport.Relationship> batch = rels.subList(i, Math.min(rels.size(), i + BATCH));
                out.write("UNWIND [\n");
                for (int j = 0; j < batch.size(); j++) {
                    GraphExport.Relationship r = batch.get(j);
                    out.write("  {" + name("from") + ": " + string(r.startId()) + ", " + name("to") + ": "
                            + string(r.endId()) + ", " + name("props") + ": " + map(r.properties()) + "}"
                            + (j + 1 < batch.size() ? ",\n" : "\n"));
                }
                out.write("] AS row\n");
                out.write("MATCH (a:" + name(startLabel) + " {" + name("id") + ": row.from})\n");
                out.write("MATCH (b:" + name(endLabel) + " {" + name("id") + ": row.to})\n");
                out.write("MERGE (a)-[r:" + name(type) + "]->(b)\n");
                out.write("SET r = row.props;\n");
            }
        }
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The statements of a schema file, comments dropped, each on one line (its lines joined by a space). */
    static List<String> schemaStatements(String text) {
        return CypherStatements.split(text).stream()
                .map(statement -> statement.lines().map(String::strip).collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }
}
