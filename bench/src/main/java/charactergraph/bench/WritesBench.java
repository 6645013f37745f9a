package charactergraph.bench;

import charactergraph.cypher.CypherResources;
import charactergraph.model.EvidenceEntry;
import charactergraph.loader.write.GraphWriter;
import charactergraph.loader.write.SchemaInstaller;
import charactergraph.loader.write.WriteResult;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Write throughput: one synthetic article of N characters and M relationships through {@link GraphWriter} (one
 * transaction, batched {@code UNWIND} statements), its reload, and two baselines in the same run on the same
 * Neo4j: the writer's own relationship statement ({@code cypher/writer/merge-relations.cypher}) sent one row per
 * transaction, and a bare {@code MERGE} with no properties in batches of the same size (the floor the provenance
 * lists add to). Neo4j runs as the product runs it: the local server in its own process, with a 2 GB heap by
 * default, since the whole article is one transaction and Neo4j caps a transaction's memory at 70 % of its heap.
 */
final class WritesBench {
    static final BenchOptions.Declared OPTIONS = new BenchOptions.Declared();
    static final BenchOptions.Whole CHARACTERS = OPTIONS.whole("write-characters", 20_000, 10, 1_000_000);
    static final BenchOptions.Whole RELATIONSHIPS = OPTIONS.whole("write-relationships", 100_000, 10, 5_000_000);
    static final BenchOptions.Whole NAIVE = OPTIONS.whole("naive", 2_000, 10, 1_000_000);
    static final BenchOptions.Whole BATCH = OPTIONS.whole("batch", 10_000, 1, 1_000_000);
    static final BenchOptions.Whole WARMUPS = OPTIONS.whole("warmups", 2, 0, 50);
    static final BenchOptions.Whole REPEATS = OPTIONS.whole("repeats", 3, 1, 50);
    static final BenchOptions.Text NEO4J_HEAP = OPTIONS.text("write-neo4j-heap", "2g");
    static final BenchOptions.Text PAGE_CACHE = OPTIONS.text("page-cache", "512m");

    private WritesBench() {
    }

    static void run(BenchOptions o, Repo repo, Report report, PrintStream progress) throws Exception {
        int characters = o.get(CHARACTERS);
        int relationships = o.get(RELATIONSHIPS);
        int naiveCount = o.get(NAIVE);
        int batch = o.get(BATCH);
        int warmups = o.get(WARMUPS);
        int repeats = o.get(REPEATS);
        progress.printf("writes: %,d characters, %,d relationships in one article; naive baseline on %,d%n",
                characters, relationships, naiveCount);
        try (LocalNeo4j neo4j = LocalNeo4j.start(repo, repo.target().resolve("writes-data"), true,
                o.get(NEO4J_HEAP), o.get(PAGE_CACHE), progress);
             Driver driver = neo4j.driver(4)) {
            new SchemaInstaller(driver).install();
            progress.println("  warming up the writer on a small article of another story");
            new GraphWriter(driver).write(SyntheticStories.bigArticle("warm-up", "Warm Up Story", 500, 2_000, 7));

            // Each run writes a new article (its own story) of the same size. Neo4j's JIT takes several transactions
            // of this size to settle (the second article is typically twice as fast as the first, the fourth faster
            // again), so, as with any JIT benchmark, the first --warmups articles are warm-up and the figure is the
            // median of the --repeats articles after them: the rate a long load settles at. The first article's
            // rate is reported too.
            List<Run> runs = new ArrayList<>();
            Extraction article = null;
            WriteResult result = null;
            for (int k = 0; k < warmups + repeats; k++) {
                article = SyntheticStories.bigArticle("bench-article-" + k, "Benchmark Story " + k, characters,
                        relationships, 42 + k);
                long relsBefore = allRelationships(driver);
                Map<String, Long> stageEnds = new LinkedHashMap<>();
                GraphWriter timed = new GraphWriter(driver, null, stage -> stageEnds.put(stage, System.nanoTime()));
                progress.printf("  writing article %d of %d through GraphWriter%s%n", k + 1, warmups + repeats,
                        k < warmups ? " (warm-up)" : "");
                long start = System.nanoTime();
                result = timed.write(article);
                long end = System.nanoTime();
                runs.add(new Run(start, end, stageEnds, result.relations(), allRelationships(driver) - relsBefore));
                progress.printf("    %.2f s: %,.0f relationships between characters/s, %,.0f relationships of every kind/s%n",
                        runs.get(k).seconds(), runs.get(k).characterRate(), runs.get(k).allRate());
            }
            Run first = runs.get(0);
            List<Run> steady = new ArrayList<>(runs.subList(warmups, runs.size()));
            steady.sort(java.util.Comparator.comparingDouble(Run::seconds));
            Run median = steady.get(steady.size() / 2);

            progress.println("  reloading the last article (strips and re-adds every entry)");
            long reloadStart = System.nanoTime();
            new GraphWriter(driver).write(article);
            double reload = (System.nanoTime() - reloadStart) / 1e9;

            progress.printf("  naive baseline: %,d relationships, one per transaction%n", naiveCount);
            List<Relation> subset = SyntheticStories.uniformRelations("naive", characters, naiveCount, new Random(11));
            String merge = CypherResources.read("writer/merge-relations.cypher");
            long naiveStart = System.nanoTime();
            try (Session session = driver.session()) {
                for (Relation r : subset) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("from", result.characters().get(r.from()));
                    row.put("to", result.characters().get(r.to()));
                    row.put("props", props(r));
                    String statement = merge.replace("REL_TYPE", r.type().name());
                    session.executeWrite(tx -> tx.run(statement, Map.of("rows", List.of(row))).consume());
                }
            }
            double naive = (System.nanoTime() - naiveStart) / 1e9;

            progress.printf("  bare MERGE baseline: %,d relationships without properties, batches of %,d%n",
                    article.relations().size(), batch);
            List<Map<String, Object>> bare = new ArrayList<>();
            for (Relation r : article.relations()) {
                bare.add(Map.of("from", result.characters().get(r.from()), "to", result.characters().get(r.to())));
            }
            String bareStatement = CypherResources.read("bench/bare-merge.cypher");
            long bareStart = System.nanoTime();
            try (Session session = driver.session()) {
                session.executeWrite(tx -> {
                    for (int k = 0; k < bare.size(); k += batch) {
                        tx.run(bareStatement, Map.of("rows", bare.subList(k, Math.min(bare.size(), k + batch)))).consume();
                    }
                    return null;
                });
            }
            double bareSeconds = (System.nanoTime() - bareStart) / 1e9;

            int n = result.relations();
            double naiveRate = subset.size() / naive;
            Report.Table t = new Report.Table("Writes: relationships per second (" + Report.f0(characters)
                    + " characters, " + Report.f0(n) + " relationships between them, one evidence entry each)",
                    "what", "relationships", "seconds", "relationships/s", "vs naive");
            t.row("GraphWriter, whole article (resolve, strip, write, finalize, commit): median of " + steady.size()
                    + " articles after " + warmups + " warm-up articles", Report.f0(n), Report.f2(median.seconds()),
                    Report.f0(median.characterRate()), Report.ratio(median.characterRate() / naiveRate) + "x");
            t.row("  the same writes counting every relationship written (+ MENTIONS, IN_STORY)",
                    Report.f0(median.allRelationships()), Report.f2(median.seconds()), Report.f0(median.allRate()),
                    Report.ratio(median.allRate() / naiveRate) + "x");
            t.row("GraphWriter, whole article, first write of this size (cold)", Report.f0(n), Report.f2(first.seconds()),
                    Report.f0(first.characterRate()), Report.ratio(first.characterRate() / naiveRate) + "x");
            t.row("GraphWriter, relationship statements alone (median article)", Report.f0(n),
                    Report.f2(median.relationStage()), Report.f0(n / median.relationStage()),
                    Report.ratio((n / median.relationStage()) / naiveRate) + "x");
            t.row("GraphWriter, reload of the same article", Report.f0(n), Report.f2(reload), Report.f0(n / reload),
                    Report.ratio((n / reload) / naiveRate) + "x");
            t.row("baseline: writer's statement, one row per transaction", Report.f0(subset.size()), Report.f2(naive),
                    Report.f0(naiveRate), "1.00x");
            t.row("reference: bare MERGE, no properties, batches of " + Report.f0(batch), Report.f0(bare.size()),
                    Report.f2(bareSeconds), Report.f0(bare.size() / bareSeconds),
                    Report.ratio((bare.size() / bareSeconds) / naiveRate) + "x");
            StringBuilder times = new StringBuilder("Whole-article times, in order:");
            runs.forEach(r -> times.append(String.format(" %.2f s", r.seconds())));
            t.note(times + ". Writer stages of the median article:" + median.stages()
                    + " Target: 20,000 relationships/s or more (whole article).");
            report.add(t);
            report.figure("writerRelationshipsPerSecond", median.characterRate());
            report.figure("writerAllRelationshipsPerSecond", median.allRate());
            report.figure("writerFirstArticleRelationshipsPerSecond", first.characterRate());
            report.figure("writerRelationshipStatementsPerSecond", n / median.relationStage());
            report.figure("naiveRelationshipsPerSecond", naiveRate);
            report.figure("bareMergeRelationshipsPerSecond", bare.size() / bareSeconds);
        }
    }

    /** One timed write: wall times, the writer's stage ends, relationships between characters and of every kind. */
    private record Run(long start, long end, Map<String, Long> stageEnds, int characterRelationships,
                       long allRelationships) {
        double seconds() {
            return (end - start) / 1e9;
        }

        double characterRate() {
            return characterRelationships / seconds();
        }

        double allRate() {
            return allRelationships / seconds();
        }

        double relationStage() {
            return (stageEnds.get("relations") - stageEnds.get("characters")) / 1e9;
        }

        String stages() {
            StringBuilder b = new StringBuilder();
            long prev = start;
            for (var e : stageEnds.entrySet()) {
                b.append(String.format(" %s %.2f s,", e.getKey(), (e.getValue() - prev) / 1e9));
                prev = e.getValue();
            }
            return b.append(String.format(" commit %.2f s.", (end - prev) / 1e9)).toString();
        }
    }

    private static long allRelationships(Driver driver) {
        try (Session s = driver.session()) {
            return s.executeRead(tx -> tx.run(CypherResources.read("bench/counts.cypher")).single()
                    .get("relationships").asLong());
        }
    }

    /** The columns the writer sends for one relationship with one document's evidence (see merge-relations.cypher). */
    static Map<String, Object> props(Relation r) {
        Map<String, Object> p = new HashMap<>();
        List<Evidence> ev = r.evidence();
        p.put("sources", ev.stream().map(Evidence::documentId).toList());
        p.put("quotes", ev.stream().map(Evidence::quote).toList());
        p.put("evidence", ev.stream().map(EvidenceEntry::of).toList());
        p.put("confidence", ev.get(0).confidence());
        p.put("quote", ev.get(0).quote());
        p.put("status", ev.get(0).status().name());
        if (r.type() == RelationType.KILLED || r.type() == RelationType.INJURED) {
            p.put("accidentals", ev.stream().map(e -> r.accidental()).toList());
            p.put("accidental", r.accidental());
        }
        return p;
    }
}
