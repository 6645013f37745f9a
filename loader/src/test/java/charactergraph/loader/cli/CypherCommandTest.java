package charactergraph.loader.cli;

import charactergraph.loader.write.ArticleLoader;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.LineExtractor;
import charactergraph.loader.write.ScriptRunner;
import charactergraph.loader.write.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cypher command end to end (a simple extractor instead of the NLP): its script gives what load gives. */
class CypherCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScriptBuildsTheGraphTheLoadCommandBuilds() throws Exception {
        Files.writeString(dir.resolve("quarry.txt"),
                "Eva Dahl KIDNAPPED Leo Dahl\nEva Dahl SIBLING_OF Mona Dahl\nZoë O'Brien KILLED Leo Dahl\n");
        Files.writeString(dir.resolve("quarry-2.txt"), "Mona Dahl KILLED Leo Dahl\nZoë O'Brien KILLED Leo Dahl\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CypherCommand(LineExtractor::new).run(List.of(dir.toString(), "--story", "The Quarry"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String script = out.toString(StandardCharsets.UTF_8);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 loaded"), err.toString(StandardCharsets.UTF_8));

        Driver driver = SharedNeo4j.wiped();
        new ArticleLoader(new GraphWriter(driver), LineExtractor::new, new PrintStream(new ByteArrayOutputStream()))
                .load(List.of(dir), "The Quarry");
        List<String> loaded = snapshot(driver);

        SharedNeo4j.wiped();
        ScriptRunner.run(driver, script);
        assertEquals(loaded, snapshot(driver));
        ScriptRunner.run(driver, script);
        assertEquals(loaded, snapshot(driver), "twice: no duplicates");
        try (Session s = driver.session()) {
            assertEquals(2L, s.run("MATCH ()-[r:KILLED]->(:Character {name: 'Leo Dahl'}) RETURN count(r)")
                    .single().get(0).asLong());
        }
    }

    @Test
    void badUsageAndMissingFilesAreClearErrors() {
        CypherCommand command = new CypherCommand(LineExtractor::new);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        assertThrows(UsageException.class, () -> command.run(List.of(), sink, sink));
        assertThrows(UsageException.class, () -> command.run(List.of("x.txt", "--story"), sink, sink));
        assertThrows(UsageException.class, () -> command.run(List.of("x.txt", "--uri", "bolt://x"), sink, sink));
        assertThrows(InputException.class, () -> command.run(List.of(dir.resolve("nope.txt").toString()), sink, sink));
        assertTrue(LoaderMain.COMMANDS.containsKey("cypher"));
    }

    /** Every node and relationship with sorted properties; loadedAt reduced to its presence (it is load time). */
    static List<String> snapshot(Driver driver) {
        List<String> lines = new ArrayList<>();
        try (Session s = driver.session()) {
            s.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").forEachRemaining(r -> {
                TreeMap<String, Object> p = new TreeMap<>(r.get("p").asMap());
                p.computeIfPresent("loadedAt", (k, v) -> "set");
                lines.add(r.get("l").asList() + " " + p);
            });
            s.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
                    .forEachRemaining(r -> lines.add(r.get("a").asString() + " " + r.get("t").asString() + " "
                            + r.get("b").asString() + " " + new TreeMap<>(r.get("p").asMap())));
        }
        lines.sort(null);
        return lines;
    }
}
