package charactergraph.bench;

import charactergraph.cypher.CypherResources;
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
    static final BenchOptions.Text NEO4J_HEAP = OPTIONS.text("write-neo4j-heap", "2g");
    static final BenchOptions.Text PAGE_CACHE = OPTIONS.text("page-cache", "512m");

    private WritesBench() {
    }

    static void run(BenchOptions o, Repo repo, Report report, PrintStream progress) throws Exception {
        int characters = o.get(CHARACTERS);
        int relationships = o.get(RELATIONSHIPS);
        int naiveCount = o.get(NAIVE);
        int batch = o.get(BATCH);
        progress.printf("writes: %,d characters, %,d relationships in one article; naive baseline on %,d%n",
                characters, relationships, naiveCount);
        try (LocalNeo4j neo4j = LocalNeo4j.start(repo, repo.target().resolve("writes-data"), true,
                o.get(NEO4J_HEAP), o.get(PAGE_CACHE), progress);
             Driver driver = neo4j.driver(4)) {
            new SchemaInstaller(driver).install();
            Extraction article = SyntheticStories.bigArticle("bench-article", "Benchmark Story", characters,
                    relationships, 42);
            progress.println("  warming up the writer on a small article of another story");
            new GraphWriter(driver).write(SyntheticStories.bigArticle("warm-up", "Warm Up Story", 500, 2_000, 7));

            Map<String, Long> stageEnds = new LinkedHashMap<>();
            GraphWriter timed = new GraphWriter(driver, null, stage -> stageEnds.put(stage, System.nanoTime()));
            progress.println("  writing the article through GraphWriter");
            long start = System.nanoTime();
            WriteResult result = timed.write(article);
            long end = System.nanoTime();
            double whole = (end - start) / 1e9;
            Map<String, Long> firstStages = new LinkedHashMap<>(stageEnds);
            double relStage = (firstStages.get("relations") - firstStages.get("characters")) / 1e9;
            progress.println("  reloading the same article (strips and re-adds every entry)");
            long reloadStart = System.nanoTime();
            timed.write(article);
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
                    + " characters, " + Report.f0(n) + " relationships, one evidence entry each)",
                    "what", "relationships", "seconds", "relationships/s", "vs naive");
            t.row("GraphWriter, whole article (resolve, strip, write, finalize, commit)", Report.f0(n), Report.f2(whole),
                    Report.f0(n / whole), Report.ratio((n / whole) / naiveRate) + "x");
            t.row("GraphWriter, relationship statements alone", Report.f0(n), Report.f2(relStage),
                    Report.f0(n / relStage), Report.ratio((n / relStage) / naiveRate) + "x");
            t.row("GraphWriter, reload of the same article", Report.f0(n), Report.f2(reload), Report.f0(n / reload),
                    Report.ratio((n / reload) / naiveRate) + "x");
            t.row("baseline: writer's statement, one row per transaction", Report.f0(subset.size()), Report.f2(naive),
                    Report.f0(naiveRate), "1.00x");
            t.row("reference: bare MERGE, no properties, batches of " + Report.f0(batch), Report.f0(bare.size()),
                    Report.f2(bareSeconds), Report.f0(bare.size() / bareSeconds),
                    Report.ratio((bare.size() / bareSeconds) / naiveRate) + "x");
            StringBuilder stages = new StringBuilder("Writer stages of the first write:");
            long prev = start;
            for (var e : firstStages.entrySet()) {
                stages.append(String.format(" %s %.2f s,", e.getKey(), (e.getValue() - prev) / 1e9));
                prev = e.getValue();
            }
            stages.append(String.format(" commit %.2f s.", (end - prev) / 1e9));
            t.note(stages.toString() + " Target: 20,000 relationships/s or more (whole article).");
            report.add(t);
            report.figure("writerRelationshipsPerSecond", n / whole);
            report.figure("writerRelationshipStatementsPerSecond", n / relStage);
            report.figure("naiveRelationshipsPerSecond", naiveRate);
            report.figure("bareMergeRelationshipsPerSecond", bare.size() / bareSeconds);
        }
    }

    /** The columns the writer sends for one relationship with one document's evidence (see merge-relations.cypher). */
    static Map<String, Object> props(Relation r) {
        Map<String, Object> p = new HashMap<>();
        List<Evidence> ev = r.evidence();
        p.put("sources", ev.stream().map(Evidence::documentId).toList());
        p.put("sentences", ev.stream().map(e -> (long) e.sentence()).toList());
        p.put("starts", ev.stream().map(e -> (long) e.start()).toList());
        p.put("ends", ev.stream().map(e -> (long) e.end()).toList());
        p.put("quotes", ev.stream().map(Evidence::quote).toList());
        p.put("rules", ev.stream().map(Evidence::rule).toList());
        p.put("confidences", ev.stream().map(Evidence::confidence).toList());
        p.put("statuses", ev.stream().map(e -> e.status().name()).toList());
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
