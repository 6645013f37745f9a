package charactergraph.loader.quality;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import charactergraph.model.DocumentInfo;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bar of the relation and secret stages on the seed article, scored against its gold annotation
 * (a copy of ../shared/eval/gold/all-her-fault-ending.json) by the same measure as score.py: core relations F1 at
 * least 0.9, all relations F1 at least 0.85, who-knows-which-secret F1 at least 0.7. The full pipeline runs once.
 */
class SeedRelationsQualityTest {
    private static ExtractionScorer.Report report;

    @BeforeAll
    static void extractSeed() throws Exception {
        Path seed = Path.of("..", "seeds", "all-her-fault-ending.txt").toAbsolutePath().normalize();
        String text = Files.readString(seed);
        DocumentInfo doc = new DocumentInfo("all-her-fault-ending", "All Her Fault: ending explained", null,
                "all-her-fault", null);
        var extraction = new ArticleExtractor().extract(doc, text);
        JsonNode system = InterchangeJson.mapper().readTree(InterchangeJson.write(extraction));
        JsonNode gold;
        try (InputStream in = SeedRelationsQualityTest.class.getResourceAsStream("/gold/all-her-fault-ending.json")) {
            gold = InterchangeJson.mapper().readTree(in);
        }
        report = ExtractionScorer.score(gold, system);
        System.out.println(report.format());
    }

    @Test
    void coreRelationsF1AtLeast090() {
        assertTrue(report.relationsCore().f1() >= 0.9, report.format());
    }

    @Test
    void allRelationsF1AtLeast085() {
        assertTrue(report.relationsAll().f1() >= 0.85, report.format());
    }

    @Test
    void knowsF1AtLeast070() {
        assertTrue(report.knows().f1() >= 0.7, report.format());
    }
}
