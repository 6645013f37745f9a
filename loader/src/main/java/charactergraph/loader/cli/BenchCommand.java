package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.ExtractionTimer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench FILE [--runs N]}: the loader's speed and memory figures on one article: model load time, the first
 * (cold) extraction, warm extractions stage by stage, and the heap in use after a full collection. The timing is
 * {@link ExtractionTimer}'s, which the bench module's corpus figures use too.
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
        ExtractionTimer timer = new ExtractionTimer(new ArticleExtractor());
        long t1 = System.nanoTime();
        err.println("loading language models...");
        double modelLoad = ExtractionTimer.loadModelsSeconds();
        ExtractionTimer.ArticleFigures f = timer.measure(new ExtractionTimer.Article(article.document(), article.text()),
                runs);
        out.printf("article          %s (%d sentences, %d tokens)%n", article.path(), f.sentences(), f.tokens());
        out.printf("rule files       %6.0f ms%n", (t1 - t0) / 1e6);
        out.printf("model load       %6.1f s%n", modelLoad);
        out.printf("first article    %6.1f s  %s%n", f.firstMs() / 1e3, stages(f.firstStages()));
        out.printf("warm article     %6.2f s  %s  (mean of %d)%n", f.meanMs() / 1e3, stages(f.meanStages()), runs);
        out.printf("after annotation %6.1f %% of annotation time%n", 100.0 * f.afterAnnotationShare());
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
