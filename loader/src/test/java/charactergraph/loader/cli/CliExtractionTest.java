package charactergraph.loader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
