package charactergraph.loader.cli;

import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import charactergraph.model.SecretKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval --gold-dir}: the command around the corpus scores (whose figures {@code CorpusScoreTest} pins to
 * score_corpus.py's). No language model is loaded here: an extractor written for the test stands in for the pipeline,
 * and the checks of the inputs must all answer before any extractor is asked for.
 */
class EvalCorpusCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Never called: the inputs are refused before extraction. */
    static final Function<PrintStream, CorpusEval.Extractor> NO_EXTRACTION = err -> {
        throw new AssertionError("no extraction was expected");
    };

    static Run eval(Function<PrintStream, CorpusEval.Extractor> extractor, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoaderMain.run("eval", new EvalCommand(extractor), new ArrayList<>(List.of(args)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Evidence evidence(String doc, int sentence, String quote, String rule) {
        return new Evidence(doc, sentence, 0, quote.length(), quote, rule, 0.9, FactStatus.STATED);
    }

    static Character person(String name, String... aliases) {
        return new Character(name.toLowerCase().replace(' ', '-'), name, List.of(aliases), null, Gender.UNKNOWN, 1,
                List.of());
    }

    /**
     * Extractions written by hand for the texts of {@link #corpus}: "ferry" finds the killing and a knower, "lantern"
     * a wrong kidnapping, "broken" fails.
     */
    final List<Path> cachesSeen = new ArrayList<>();

    CorpusEval.Extractor invented() {
        return (article, cache) -> {
            cachesSeen.add(cache);
            String doc = article.document().id();
            return switch (doc) {
                case "ferry" -> {
                    Evidence e = evidence(doc, 1, "Ivo drowns Kasia off the ferry.", "kill-test");
                    yield new Extraction(article.document(), List.of(person("Ivo Marsh", "Ivo"), person("Kasia")),
                            List.of(new Relation(RelationType.KILLED, "ivo-marsh", "kasia", false, FactStatus.STATED,
                                    List.of(e))),
                            List.of(new Secret("s", "Ivo drowned Kasia", SecretKind.HIDDEN_KILLING,
                                    List.of("ivo-marsh", "kasia"), List.of("ivo-marsh"),
                                    List.of(new Knowledge("ivo-marsh", KnowledgeSource.TOOK_PART, 1, null, e)),
                                    List.of(e))));
                }
                case "lantern" -> new Extraction(article.document(), List.of(person("Odile Barre"), person("Tam")),
                        List.of(new Relation(RelationType.KIDNAPPED, "tam", "odile-barre", false, FactStatus.STATED,
                                List.of(evidence(doc, 4, "Tam hides Odile's lantern.", "kidnap-test")))),
                        List.of());
                default -> throw new IllegalStateException("the parser gave up on " + doc);
            };
        };
    }

    Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    static final String FERRY_GOLD = """
            {"doc": "ferry", "characters": [{"name": "Ivo Marsh", "aliases": ["Ivo"], "actor": null},
              {"name": "Kasia Dunn", "aliases": ["Kasia"], "actor": null}],
             "relations": [{"type": "KILLED", "from": "Ivo Marsh", "to": "Kasia Dunn", "evidence": "Ivo drowns Kasia"}],
             "secrets": [{"about": "Ivo killed Kasia", "subject": ["Ivo Marsh", "Kasia Dunn"],
               "known_by": ["Ivo Marsh", "Kasia Dunn"], "evidence": "Ivo drowns Kasia"}]}
            """;
    static final String LANTERN_GOLD = """
            {"doc": "lantern", "characters": [{"name": "Odile Barre", "aliases": ["Odile"], "actor": null}],
             "relations": [], "secrets": []}
            """;

    /** Four texts (one the extractor fails on, one empty) and their gold files. */
    void corpus() throws IOException {
        write("texts/ferry.txt", "Ivo drowns Kasia off the ferry.");
        write("texts/lantern.txt", "Tam hides Odile's lantern.");
        write("texts/broken.txt", "A text the extractor fails on.");
        write("texts/empty.txt", "");
        write("texts/README.md", "Not a text: only *.txt files are.");
        write("gold/ferry.json", FERRY_GOLD);
        write("gold/lantern.json", LANTERN_GOLD);
        write("gold/broken.json", LANTERN_GOLD);
        write("gold/empty.gold.json", LANTERN_GOLD);
        write("gold/lantern.meta.json", "{\"title\": \"not a gold file\"}");
    }

    @Test
    void scoresEachTextWritesItsOutputAndScoresFailuresZero() throws IOException {
        corpus();
        Path out = dir.resolve("out");
        write("out/broken.json", FERRY_GOLD); // an earlier run's output: it must not be scored any more
        Run r = eval(err -> invented(), "--gold-dir", dir.resolve("gold").toString(), "--system-dir", out.toString(),
                "--cache", dir.resolve("cache").toString(), dir.resolve("texts").toString());
        assertEquals(1, r.code(), "a text without output makes the exit code 1: " + r.err());
        assertTrue(r.out().startsWith("""
                text     chars  core   all    knows
                broken   0.00   1.00   1.00   1.00
                empty    0.00   1.00   1.00   1.00
                ferry    1.00   1.00   1.00   0.67
                lantern  0.67   0.00   0.00   1.00
                MEAN (4 texts)  0.42   0.75   0.75   0.92

                POOLED (micro) F1: core 0.67   all 0.67   knows 0.67   characters 0.67
                """), r.out());
        assertTrue(r.out().contains("note: broken: extraction failed: java.lang.IllegalStateException: the parser gave"
                + " up on broken; scored zero"), r.out());
        assertTrue(r.out().contains("note: empty: " + dir.resolve("texts/empty.txt") + " is empty; scored zero"), r.out());
        assertTrue(r.err().contains("[3/4] ferry: 2 characters, 1 relations, 1 secrets in "), r.err());
        assertTrue(r.err().contains("; F1 characters 1.00, core 1.00, all 1.00, knows 0.67"), r.err());
        assertTrue(r.err().strip().endsWith("error: 2 of 4 texts had no usable output and scored zero: broken, empty"),
                r.err());
        assertEquals(List.of(dir.resolve("cache"), dir.resolve("cache"), dir.resolve("cache")), cachesSeen,
                "--cache goes to the extractor, asked for each readable text");

        JsonNode ferry = new ObjectMapper().readTree(out.resolve("ferry.json").toFile());
        assertEquals("KILLED", ferry.at("/relations/0/type").asText(), "each extraction as interchange JSON");
        assertEquals("kill-test", ferry.at("/relations/0/provenance/0/rule").asText());
        assertTrue(Files.exists(out.resolve("lantern.json")));
        assertFalse(Files.exists(out.resolve("broken.json")), "no stale output for a text that failed");

        // the written files score the same: the figures score_corpus.py gives on that folder (see CorpusScoreTest)
        Run again = eval(NO_EXTRACTION, "--gold-dir", dir.resolve("gold").toString(), "--system-dir", out.toString(),
                "--score-only");
        assertEquals(1, again.code());
        assertEquals(withoutNotes(r.out()), withoutNotes(again.out()));
        assertTrue(again.out().contains("note: broken: no system output " + out.resolve("broken.json")), again.out());
    }

    static List<String> withoutNotes(String out) {
        return out.lines().filter(l -> !l.startsWith("note: ")).toList();
    }

    @Test
    void missesAndJson() throws IOException {
        write("texts/ferry.txt", "Ivo drowns Kasia off the ferry.");
        write("texts/lantern.txt", "Tam hides Odile's lantern.");
        write("gold/ferry.json", FERRY_GOLD);
        write("gold/lantern.json", LANTERN_GOLD);
        write("gold/harbor.json", LANTERN_GOLD);
        Run r = eval(err -> invented(), "--misses", "--gold-dir", dir.resolve("gold").toString(),
                dir.resolve("texts/ferry.txt").toString(), dir.resolve("texts/lantern.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                ferry    1.00   1.00   1.00   0.67
                           missed:   (knows) Kasia Dunn #1 Ivo killed Kasia
                                       gold: Ivo drowns Kasia
                lantern  0.67   0.00   0.00   1.00
                           spurious: KIDNAPPED ?Tam Odile Barre
                                       ours: [sentence 4, rule kidnap-test] Tam hides Odile's lantern.
                """), r.out());
        assertTrue(r.err().contains("warning: 1 gold files have no text among the texts given and are not scored:"
                + " harbor.json"), r.err());

        Run json = eval(err -> invented(), "--json", "--misses", "--gold-dir", dir.resolve("gold").toString(),
                dir.resolve("texts").toString());
        assertEquals(0, json.code(), json.err());
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(1.0, n.at("/texts/ferry/relations_core").asDouble());
        assertEquals(2.0 / 3, n.at("/pooled/core").asDouble());
        assertEquals(1, n.at("/by_type/KIDNAPPED/system").asInt());
        assertEquals("kidnap-test", n.at("/texts/lantern/spurious/0/evidence/0/rule").asText());
        assertTrue(n.get("notes").get(0).asText().contains("harbor.json"), n.toString());
    }

    @Test
    void refusesBadInputBeforeAnyExtraction() throws IOException {
        corpus();
        String gold = dir.resolve("gold").toString();
        String texts = dir.resolve("texts").toString();
        write("file.txt", "not a folder");
        Files.createDirectories(dir.resolve("no-json"));
        write("no-texts/notes.md", "no texts here");
        write("orphans/ferry.txt", "x");
        write("orphans/orphan.txt", "x");
        write("orphans/stray.txt", "x");
        write("bad-gold/ferry.json", "{\"characters\": [");
        write("bad-relation/ferry.json", "{\"characters\": [], \"relations\": [{\"type\": \"KILLED\", \"from\": \"A\"}]}");
        write("two-golds/ferry.json", FERRY_GOLD);
        write("two-golds/ferry.gold.json", FERRY_GOLD);
        String[][] rows = {
                {"1", "no such gold folder", "--gold-dir", dir.resolve("nowhere").toString(), texts},
                {"1", "is not a folder", "--gold-dir", dir.resolve("file.txt").toString(), texts},
                {"1", "no gold files (*.json) in", "--gold-dir", dir.resolve("no-json").toString(), texts},
                {"1", "no such text folder or file", "--gold-dir", gold, dir.resolve("nowhere").toString()},
                {"1", "no texts (*.txt) in", "--gold-dir", gold, dir.resolve("no-texts").toString()},
                {"1", "2 of 3 texts have no gold file in " + gold + " (NAME.json or NAME.gold.json): orphan.txt, stray.txt",
                        "--gold-dir", gold, dir.resolve("orphans").toString()},
                {"1", "cannot read gold file " + dir.resolve("bad-gold/ferry.json"), "--gold-dir",
                        dir.resolve("bad-gold").toString(), dir.resolve("texts/ferry.txt").toString()},
                {"1", "cannot be scored: relation 1 has no \"to\"", "--gold-dir", dir.resolve("bad-relation").toString(),
                        dir.resolve("texts/ferry.txt").toString()},
                {"1", "two gold files for ferry", "--gold-dir", dir.resolve("two-golds").toString(), texts},
                {"1", "would overwrite the gold files", "--gold-dir", gold, "--system-dir", gold, texts},
                {"1", "no such --system-dir folder", "--gold-dir", gold, "--system-dir", dir.resolve("none").toString(),
                        "--score-only"},
                {"2", "--score-only scores the files of --system-dir", "--gold-dir", gold, "--score-only"},
                {"2", "give no texts", "--gold-dir", gold, "--system-dir", texts, "--score-only", texts},
                {"2", "--cache has no use", "--gold-dir", gold, "--system-dir", texts, "--score-only", "--cache", texts},
                {"2", "--gold-dir needs the texts", "--gold-dir", gold},
                {"2", "needs a folder", "--gold-dir"},
                {"2", "unknown option --mises", "--gold-dir", gold, "--mises", texts},
                {"2", "not both", "--gold", "g.json", "--gold-dir", gold, texts},
                {"2", "go with --gold-dir", "--gold", "g.json", "--misses", "a.txt"},
        };
        for (String[] row : rows) {
            String[] args = java.util.Arrays.copyOfRange(row, 2, row.length);
            Run r = eval(NO_EXTRACTION, args);
            String what = String.join(" ", args) + "\n" + r.err();
            assertEquals(Integer.parseInt(row[0]), r.code(), what);
            assertTrue(r.err().startsWith("error: "), what);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + what);
            assertTrue(r.err().contains(row[1]), "says " + row[1] + ": " + what);
            assertEquals("", r.out(), "nothing on stdout: " + what);
        }
        assertTrue(Files.exists(dir.resolve("gold/ferry.json")), "the gold files are untouched");
        assertEquals(FERRY_GOLD, Files.readString(dir.resolve("gold/ferry.json")));
    }

    @Test
    void helpListsTheOptions() {
        Run r = eval(NO_EXTRACTION, "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--gold GOLD.json FILE", "--gold-dir GOLD_DIR", "--system-dir DIR", "--score-only",
                "--cache DIR", "--misses", "--json", "docs/evaluation.md")) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
    }
}
