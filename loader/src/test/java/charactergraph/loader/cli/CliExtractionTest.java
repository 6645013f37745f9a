package charactergraph.loader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract and eval end to end through the command line (uses the JVM's shared CoreNLP pipeline). */
class CliExtractionTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(CliExtractionTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void extractPrintsOnlyInterchangeJsonOnStdout() throws Exception {
        LoaderMainTest.Run r = LoaderMainTest.run("extract", resource("articles/cold-creek-review.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("cold-creek-review", json.get("doc").asText());
        assertEquals(5, json.get("characters").size());
        assertTrue(json.has("relations") && json.has("secrets"));
        assertTrue(r.err().contains("annotat"), "progress goes to stderr: " + r.err());
    }

    @Test
    void evalPrintsTheScoresAgainstAGoldFile() throws Exception {
        LoaderMainTest.Run r = LoaderMainTest.run("eval", "--gold", resource("gold/cold-creek-review.json").toString(),
                resource("articles/cold-creek-review.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("characters       P=1.00 R=1.00 F1=1.00  (tp 5, system 5, gold 5)"), r.out());
        assertTrue(r.out().contains("actors           P=1.00 R=1.00 F1=1.00  (tp 3, system 3, gold 3)"), r.out());
        assertTrue(r.out().contains("duplicates       0"), r.out());
    }

    @Test
    void evalScoresACorpusWithTheModelsLoadedOnceAndReusesTheCache(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(texts.resolve("mill-pond.txt"), "Nora Vance runs the mill. Her husband, Colin Vance, is a"
                + " fisherman. One night Colin kills Ray Dunmore with a hammer.\n");
        Files.writeString(gold.resolve("mill-pond.json"), """
                {"characters": [{"name": "Nora Vance", "aliases": ["Nora"], "actor": null},
                  {"name": "Colin Vance", "aliases": ["Colin"], "actor": null},
                  {"name": "Ray Dunmore", "aliases": ["Ray"], "actor": null}],
                 "relations": [{"type": "MARRIED_TO", "from": "Nora Vance", "to": "Colin Vance"},
                  {"type": "KILLED", "from": "Colin Vance", "to": "Ray Dunmore"}], "secrets": []}
                """);
        Files.writeString(texts.resolve("salt-road.txt"), "Greta Holm kidnaps Pia Lind on the salt road.\n");
        Files.writeString(gold.resolve("salt-road.json"), """
                {"characters": [{"name": "Greta Holm", "aliases": ["Greta"], "actor": null},
                  {"name": "Pia Lind", "aliases": ["Pia"], "actor": null}],
                 "relations": [{"type": "KIDNAPPED", "from": "Greta Holm", "to": "Pia Lind"}], "secrets": []}
                """);
        String[] args = {"eval", "--gold-dir", gold.toString(), "--system-dir", dir.resolve("out").toString(), "--cache",
                dir.resolve("cache").toString(), texts.toString()};
        LoaderMainTest.Run first = LoaderMainTest.run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("text       chars  core   all    knows\nmill-pond  "), first.out());
        assertTrue(first.out().contains("\nsalt-road  "), first.out());
        assertTrue(first.out().contains("MEAN (2 texts)") && first.out().contains("POOLED (micro) F1: core "), first.out());
        assertTrue(first.err().contains("[1/2] mill-pond: ") && first.err().contains("[2/2] salt-road: "), first.err());
        JsonNode mill = new ObjectMapper().readTree(dir.resolve("out/mill-pond.json").toFile());
        assertTrue(mill.get("characters").size() >= 2, mill.toString());
        try (Stream<Path> cached = Files.list(dir.resolve("cache"))) {
            assertEquals(2, cached.filter(p -> p.toString().endsWith(".pb")).count(), "one parse per text");
        }

        LoaderMainTest.Run second = LoaderMainTest.run(args);
        assertEquals(first.out(), second.out(), "the cached parses give the same figures");
        LoaderMainTest.Run scored = LoaderMainTest.run("eval", "--gold-dir", gold.toString(), "--system-dir",
                dir.resolve("out").toString(), "--score-only");
        assertEquals(first.out(), scored.out(), "the written files score the same");
        assertFalse(scored.err().contains("loading language models"), scored.err());
    }
}
