package charactergraph.loader.write;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Write throughput of {@link GraphWriter} on a synthetic article: N characters and M relationships of random
 * types between random pairs, each with one evidence entry, written as one article (one transaction, batched
 * UNWIND statements). Then the same relationships one per transaction on a subset, for the ratio. Prints figures;
 * asserts nothing. Run (from the repository root):
 * <pre>
 * mvn -q -o -pl loader -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp loader/target/test-classes:loader/target/classes:cypher/target/classes:graph-model/target/classes:$(cat loader/target/cp.txt) \
 *   charactergraph.loader.write.WriteThroughputBenchmark [characters] [relationships] [naive subset]
 * </pre>
 */
public final class WriteThroughputBenchmark {
    private WriteThroughputBenchmark() {
    }

    public static void main(String[] args) {
        int characters = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int naiveSubset = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;

        long t0 = System.nanoTime();
        Driver driver = SharedNeo4j.wiped();
        System.out.printf("harness up in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Extraction article = synthetic("bench-article", "Benchmark Story", characters, relationships, 42);
        // warm the statements and the JIT on a small article of another story first
        new GraphWriter(driver).write(synthetic("warm-up", "Warm Up Story", 500, 2_000, 7));

        Map<String, Long> stageEnds = new LinkedHashMap<>();
        GraphWriter timed = new GraphWriter(driver, null, stage -> stageEnds.put(stage, System.nanoTime()));
        long start = System.nanoTime();
        var result = timed.write(article);
        long end = System.nanoTime();
        double total = (end - start) / 1e9;
        double relStage = (stageEnds.get("relations") - stageEnds.get("characters")) / 1e9;
        System.out.printf("batched: %d characters, %d relationships in one article%n", characters, result.relations());
        System.out.printf("  whole article (resolve, strip, write, finalize, commit): %.2f s = %,.0f relationships/s%n",
                total, result.relations() / total);
        System.out.printf("  relationship statements alone: %.2f s = %,.0f relationships/s%n",
                relStage, result.relations() / relStage);
        long prev = start;
        for (var e : stageEnds.entrySet()) {
            System.out.printf("    stage %-10s %6.2f s%n", e.getKey(), (e.getValue() - prev) / 1e9);
            prev = e.getValue();
        }
        System.out.printf("    commit           %6.2f s%n", (end - prev) / 1e9);
        System.out.println("  graph: " + timed.counts());

        long reloadStart = System.nanoTime();
        timed.write(article);
        double reload = (System.nanoTime() - reloadStart) / 1e9;
        System.out.printf("  reload of the same article (strip and re-add every entry): %.2f s = %,.0f relationships/s%n",
                reload, result.relations() / reload);
        System.out.println("  graph after reload: " + timed.counts());

        // Naive baseline: the same relationship statement, one row per transaction (one round trip and one commit
        // per relationship), on a subset between the characters already written.
        Random random = new Random(11);
        List<Relation> subset = randomRelations("naive", characters, naiveSubset, random);
        long naiveStart = System.nanoTime();
        try (Session session = driver.session()) {
            for (Relation r : subset) {
                Map<String, Object> row = new HashMap<>();
                row.put("from", result.characters().get(r.from()));
                row.put("to", result.characters().get(r.to()));
                EvidenceColumns ev = new EvidenceColumns("naive");
                ev.add(r.evidence().get(0));
                row.put("props", ev.properties());
                session.executeWrite(tx -> tx.run(Statements.relations(r.type()), Map.of("rows", List.of(row))).consume());
            }
        }
        double naive = (System.nanoTime() - naiveStart) / 1e9;
        System.out.printf("naive: %d relationships, one row per transaction: %.2f s = %,.0f relationships/s%n",
                subset.size(), naive, subset.size() / naive);
        System.out.printf("ratio batched/naive: %.0fx (whole article), %.0fx (relationship statements alone)%n",
                (result.relations() / total) / (subset.size() / naive),
                (result.relations() / relStage) / (subset.size() / naive));

        // Reference: what this machine does right now for the same pairs with no properties at all (the floor the
        // provenance lists add to), in one transaction with the same batch size.
        List<Map<String, Object>> bare = new ArrayList<>();
        for (Relation r : article.relations()) {
            bare.add(Map.of("from", result.characters().get(r.from()), "to", result.characters().get(r.to())));
        }
        long bareStart = System.nanoTime();
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                for (int k = 0; k < bare.size(); k += GraphWriter.BATCH) {
                    tx.run("UNWIND $rows AS row MATCH (a:Character {id: row.from}) MATCH (b:Character {id: row.to}) "
                            + "MERGE (a)-[:BENCH_BARE]->(b)",
                            Map.of("rows", bare.subList(k, Math.min(bare.size(), k + GraphWriter.BATCH)))).consume();
                }
                return null;
            });
        }
        double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
        System.out.printf("reference: %d bare MERGEs (no properties), one transaction: %.2f s = %,.0f relationships/s%n",
                bare.size(), bareSeconds, bare.size() / bareSeconds);
        System.exit(0);
    }

    static Extraction synthetic(String docId, String story, int characters, int relationships, long seed) {
        Random random = new Random(seed);
        List<Character> cast = new ArrayList<>(characters);
        for (int i = 0; i < characters; i++) {
            String name = "Person" + i + " Surname" + (i * 7919 % 100_003);
            cast.add(new Character("c" + i, name, List.of("Person" + i), null, Gender.UNKNOWN, 1,
                    List.of(new Evidence(docId, i, i * 10, i * 10 + name.length(), name, "bench-intro", 0.9,
                            FactStatus.STATED))));
        }
        return new Extraction(new DocumentInfo(docId, docId, "synthetic", story, "sha-" + docId), cast,
                randomRelations(docId, characters, relationships, random), List.of());
    }

    static List<Relation> randomRelations(String docId, int characters, int relationships, Random random) {
        RelationType[] types = Arrays.stream(RelationType.values()).filter(t -> t != RelationType.PLAYS)
                .toArray(RelationType[]::new);
        Set<String> seen = new HashSet<>();
        List<Relation> out = new ArrayList<>(relationships);
        while (out.size() < relationships) {
            int a = random.nextInt(characters);
            int b = random.nextInt(characters);
            RelationType type = types[random.nextInt(types.length)];
            String key = type.symmetric() ? type + ":" + Math.min(a, b) + ":" + Math.max(a, b) : type + ":" + a + ":" + b;
            if (a == b || !seen.add(key)) {
                continue;
            }
            int s = out.size();
            String quote = "Person" + a + " did something to Person" + b + ".";
            out.add(new Relation(type, "c" + a, "c" + b, false, FactStatus.STATED, List.of(
                    new Evidence(docId, s, s * 50, s * 50 + quote.length(), quote, "bench-rule", 0.8, FactStatus.STATED))));
        }
        return out;
    }
}
