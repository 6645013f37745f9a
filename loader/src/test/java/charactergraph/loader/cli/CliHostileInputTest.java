package charactergraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import charactergraph.loader.write.SharedNeo4j;

/**
 * The loader's commands (extract, load, eval, cypher) fed bad files and bad options: each ends with a non-zero exit
 * code and a one-line "error:" message, never a stack trace, before any language model is loaded; and a load that
 * fails leaves the graph exactly as it was (a graph with one story in it, compared line by line).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliHostileInputTest {
    static final String INJECTION = "'}) DETACH DELETE n //";

    @TempDir
    static Path dir;
    List<String> graphBefore;

    record Row(String name, List<String> args, int exit, String errorContains) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void files() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n");
        byte[] nul = "Nora met Owen.\0\0\0".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("nul.txt"), nul);
        byte[] control = new byte[4096];
        new Random(7).nextBytes(control);
        for (int i = 0; i < control.length; i++) {
            control[i] = (byte) (control[i] == 0 ? 1 : control[i]);
        }
        Files.write(dir.resolve("binary.txt"), control);
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(dir.resolve("ten-megabytes.txt"), big);
        Files.createDirectories(dir.resolve("a-directory.txt"));
        Files.createDirectories(dir.resolve("only-bad"));
        Files.writeString(dir.resolve("only-bad/empty.txt"), "");
        Files.write(dir.resolve("only-bad/binary.txt"), control);
        Files.writeString(dir.resolve("gold-malformed.json"), "{\"characters\": [");
        Files.writeString(dir.resolve("gold-malformed.txt"), "Nora met Owen.");
        Files.writeString(dir.resolve("gold-binary.json"), new String(control, StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve(INJECTION.replace("/", "_") + ".txt"), "");

        Driver driver = SharedNeo4j.wiped();
        try (Session s = driver.session()) {
            s.run("""
                    CREATE (st:Story {id: 'cli-hostile', name: 'CLI Hostile'})
                    CREATE (d:Document {id: 'kept', story: 'cli-hostile', sha256: 'x'})
                    CREATE (a:Character {id: 'cli-hostile/nora', name: 'Nora', story: 'cli-hostile', names: ['nora']})
                    CREATE (b:Character {id: 'cli-hostile/owen', name: 'Owen', story: 'cli-hostile', names: ['owen']})
                    CREATE (a)-[:IN_STORY]->(st), (b)-[:IN_STORY]->(st), (d)-[:MENTIONS]->(a), (d)-[:MENTIONS]->(b)
                    CREATE (a)-[:SIBLING_OF {sources: ['kept'], quotes: ['q']}]->(b)
                    """).consume();
        }
        graphBefore = charactergraph.loader.write.GraphSnapshotAccess.of(driver);
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String uri = SharedNeo4j.boltUri();
        String[][] badFiles = {
                {"missing", "no-such-file.txt", "no such file"},
                {"directory", "a-directory.txt", "directory"},
                {"empty", "empty.txt", "is empty"},
                {"blank", "blank.txt", "only white space"},
                {"NUL bytes", "nul.txt", "binary"},
                {"control bytes", "binary.txt", "binary"},
                {"10 MB", "ten-megabytes.txt", "over 5 MB"},
                {"injection name", INJECTION.replace("/", "_") + ".txt", "is empty"}};
        for (String[] f : badFiles) {
            String path = f[1].startsWith("no-such") ? dir.resolve(f[1]).toString() : dir.resolve(f[1]).toString();
            rows.add(new Row("extract " + f[0], List.of("extract", path), 1, f[2]));
            rows.add(new Row("eval " + f[0], List.of("eval", "--gold", dir.resolve("gold-malformed.json").toString(), path),
                    1, "gold"));
            rows.add(new Row("load " + f[0], List.of("load", path, "--uri", uri), 1, f[2]));
            rows.add(new Row("cypher " + f[0], List.of("cypher", path), 1, f[2]));
        }
        rows.add(new Row("load a directory of bad files", List.of("load", dir.resolve("only-bad").toString(), "--uri", uri),
                1, "binary"));
        rows.add(new Row("eval binary gold", List.of("eval", "--gold", dir.resolve("gold-binary.json").toString(),
                dir.resolve("empty.txt").toString()), 1, "gold"));
        rows.add(new Row("eval missing gold", List.of("eval", "--gold", dir.resolve("nope.json").toString(),
                dir.resolve("empty.txt").toString()), 1, "no such gold file"));
        rows.add(new Row("eval without gold", List.of("eval", dir.resolve("empty.txt").toString()), 2, "--gold"));
        rows.add(new Row("eval corpus, missing gold folder", List.of("eval", "--gold-dir", dir.resolve("nope").toString(),
                dir.resolve("only-bad").toString()), 1, "no such gold folder"));
        rows.add(new Row("eval corpus, texts without gold", List.of("eval", "--gold-dir", dir.toString(),
                dir.resolve("only-bad").toString()), 1, "have no gold file"));
        rows.add(new Row("eval corpus, malformed gold", List.of("eval", "--gold-dir", dir.toString(),
                dir.resolve("gold-malformed.txt").toString()), 1, "cannot read gold file"));
        rows.add(new Row("extract two files", List.of("extract", "a.txt", "b.txt"), 2, "exactly one"));
        rows.add(new Row("unknown command", List.of("DETACH", "DELETE"), 2, "unknown command"));
        rows.add(new Row("load nothing", List.of("load"), 2, "at least one"));
        rows.add(new Row("load unknown option", List.of("load", "x.txt", "--hops", "-1"), 2, "unknown option"));
        rows.add(new Row("load blank story", List.of("load", "x.txt", "--story", "  "), 2, "--story"));
        rows.add(new Row("load story without value", List.of("load", "x.txt", "--story"), 2, "needs a value"));
        rows.add(new Row("load user without password", List.of("load", "x.txt", "--user", "neo4j"), 2, "--password"));
        rows.add(new Row("load not a URI", List.of("load", dir.resolve("empty.txt").toString(), "--uri", INJECTION), 1,
                "not a Neo4j URI"));
        rows.add(new Row("load unreachable", List.of("load", dir.resolve("empty.txt").toString(), "--uri",
                "bolt://127.0.0.1:1"), 1, "cannot reach Neo4j"));
        rows.add(new Row("cypher unknown option", List.of("cypher", "x.txt", "--uri", "bolt://x"), 2, "unknown option"));
        rows.add(new Row("cypher blank story", List.of("cypher", "x.txt", "--story", ""), 2, "--story"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void failsWithAClearMessageAndChangesNothing(Row row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoaderMain.run(row.args().toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(row.exit(), exit, row + ": " + stderr);
        assertTrue(stderr.contains("error") || stderr.contains("failed") || stderr.contains("unknown"),
                "says it is an error: " + stderr);
        assertTrue(stderr.contains(row.errorContains()), "names the problem (" + row.errorContains() + "): " + stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), "no stack trace or exception: " + stderr);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no result on stdout");
        assertEquals(graphBefore, charactergraph.loader.write.GraphSnapshotAccess.of(SharedNeo4j.driver()),
                "the graph is unchanged");
    }
}
