package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.annotate.DocumentAnnotator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench FILE [--runs N]}: the loader's speed and memory figures on one article: model load time, the first
 * (cold) extraction, warm extractions stage by stage, and the heap in use after a full collection.
 */
public final class BenchCommand implements Command {
    @Override
    public String summary() {
        return "measure model load time, cold and warm extraction time per stage, and heap used";
    }

    @Override
    public String usage() {
        return "FILE [--runs N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int runs = 5;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--runs")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--runs needs a number");
                }
                try {
                    runs = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("--runs needs a number, not " + args.get(i));
                }
                if (runs < 1 || runs > 100) {
                    throw new UsageException("--runs must be between 1 and 100");
                }
            } else {
                files.add(args.get(i));
            }
        }
        if (files.size() != 1) {
            throw new UsageException("bench takes exactly one FILE");
        }
        ArticleFile article = ArticleFile.read(Path.of(files.get(0)), err);
        long t0 = System.nanoTime();
        ArticleExtractor extractor = new ArticleExtractor();
        long t1 = System.nanoTime();
        err.println("loading language models...");
        DocumentAnnotator.warmUp();
        long t2 = System.nanoTime();
        ArticleExtractor.Result cold = extractor.run(article.document(), article.text(), s -> { });
        long t3 = System.nanoTime();
        int tokens = cold.annotated().document().tokens().size();
        out.printf("article          %s (%d sentences, %d tokens)%n", article.path(),
                cold.annotated().document().sentences().size(), tokens);
        out.printf("rule files       %6.0f ms%n", (t1 - t0) / 1e6);
        out.printf("model load       %6.1f s%n", (t2 - t1) / 1e9);
        out.printf("first article    %6.1f s  %s%n", (t3 - t2) / 1e9, stages(cold.timings()));
        long[] sum = new long[6];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            ArticleExtractor.Timings t = extractor.run(article.document(), article.text(), x -> { }).timings();
            sum[0] += System.nanoTime() - s;
            sum[1] += t.cleanMs();
            sum[2] += t.annotateMs();
            sum[3] += t.resolveMs();
            sum[4] += t.relateMs();
            sum[5] += t.secretsMs();
        }
        ArticleExtractor.Timings avg = new ArticleExtractor.Timings(sum[1] / runs, sum[2] / runs, sum[3] / runs,
                sum[4] / runs, sum[5] / runs);
        out.printf("warm article     %6.2f s  %s  (mean of %d)%n", sum[0] / 1e9 / runs, stages(avg), runs);
        out.printf("after annotation %6.1f %% of annotation time%n",
                avg.annotateMs() == 0 ? 0 : 100.0 * avg.afterAnnotationMs() / avg.annotateMs());
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = rt.totalMemory() - rt.freeMemory();
        out.printf("heap in use      %6.0f MB (after GC, models loaded; max heap %d MB)%n", used / 1048576.0,
                rt.maxMemory() / 1048576);
        return 0;
    }

    private static String stages(ArticleExtractor.Timings t) {
        return String.format("clean %d ms, annotate %d ms, resolve %d ms, relate %d ms, secrets %d ms", t.cleanMs(),
                t.annotateMs(), t.resolveMs(), t.relateMs(), t.secretsMs());
    }
}
