package charactergraph.loader.bench;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.nlp.ArticleParser;
import charactergraph.model.DocumentInfo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long the relation and secret stages take next to annotation, warm, on an article (default: the seed).
 * Target: the stages after annotation under 10% of annotation time.
 *
 * <pre>java -cp ... charactergraph.loader.bench.RelationStagesBenchmark [FILE] [RUNS]</pre>
 */
public final class RelationStagesBenchmark {
    private RelationStagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "seeds/all-her-fault-ending.txt");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String text = Files.readString(file);
        long t0 = System.nanoTime();
        ArticleParser.warmUp();
        System.out.printf("model load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ArticleExtractor extractor = new ArticleExtractor();
        DocumentInfo doc = new DocumentInfo("bench", file.getFileName().toString(), null, "bench", null);
        long annotate = 0;
        long resolve = 0;
        long relate = 0;
        long secrets = 0;
        for (int i = 0; i <= runs; i++) {
            ArticleExtractor.Timings t = extractor.run(doc, text, s -> { }).timings();
            System.out.printf("run %d%s: annotate %d ms, resolve %d ms, relate %d ms, secrets %d ms%n", i,
                    i == 0 ? " (cold)" : "", t.annotateMs(), t.resolveMs(), t.relateMs(), t.secretsMs());
            if (i > 0) {
                annotate += t.annotateMs();
                resolve += t.resolveMs();
                relate += t.relateMs();
                secrets += t.secretsMs();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("warm mean over %d runs: annotate %.0f ms, resolve %.0f ms, relate %.0f ms, secrets %.0f ms%n", runs,
                annotate / (double) runs, resolve / (double) runs, relate / (double) runs, secrets / (double) runs);
        System.out.printf("relate + secrets = %.1f%% of annotation; resolve + relate + secrets = %.1f%%%n",
                100.0 * (relate + secrets) / annotate, 100.0 * (resolve + relate + secrets) / annotate);
        System.out.printf("heap used after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
