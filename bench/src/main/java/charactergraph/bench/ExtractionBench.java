package charactergraph.bench;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.ExtractionTimer;
import charactergraph.loader.cli.ArticleFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extraction speed with the loader's own {@link ExtractionTimer} (the loader's {@code bench} command uses it too):
 * model load, each corpus article cold and warm stage by stage, the share of time in our stages after CoreNLP's
 * annotation (the baseline: CoreNLP's annotation of the same text, timed inside the same run), and the corpus's
 * throughput with the models loaded once, on one worker and on two.
 */
final class ExtractionBench {
    static final BenchOptions.Declared OPTIONS = new BenchOptions.Declared();
    static final BenchOptions.Whole RUNS = OPTIONS.whole("runs", 2, 1, 100);
    static final BenchOptions.Whole PASSES = OPTIONS.whole("passes", 1, 1, 100);
    static final BenchOptions.Whole WORKERS = OPTIONS.whole("workers", 2, 1, 16);

    private ExtractionBench() {
    }

    static void run(BenchOptions o, Repo repo, Report report, PrintStream progress) throws Exception {
        int runs = o.get(RUNS);
        int passes = o.get(PASSES);
        int maxWorkers = o.get(WORKERS);
        List<ExtractionTimer.Article> corpus = corpus(repo, progress);
        long tokensInCorpus = 0;

        long t0 = System.nanoTime();
        ExtractionTimer timer = new ExtractionTimer(new ArticleExtractor());
        double rulesSeconds = (System.nanoTime() - t0) / 1e9;
        progress.println("extraction: loading CoreNLP's models");
        double modelSeconds = ExtractionTimer.loadModelsSeconds();
        long heapAfterLoad = usedHeapAfterGc();

        Report.Table load = new Report.Table("Extraction: pipeline load", "what", "seconds");
        load.row("rule files (Semgrex, TokensRegex, lexicons) read and compiled", Report.f2(rulesSeconds));
        load.row("CoreNLP models loaded (tokenize, ssplit, pos, lemma, ner, depparse, coref)", Report.f1(modelSeconds));
        load.note("Heap in use after a full collection with the models loaded: " + Report.f0(heapAfterLoad / 1048576.0)
                + " MB (max heap " + Report.f0(Runtime.getRuntime().maxMemory() / 1048576.0) + " MB).");
        report.add(load);
        report.figure("modelLoadSeconds", modelSeconds);

        Report.Table per = new Report.Table("Extraction: per article (warm: mean of " + runs + " runs after a first run)",
                "article", "sentences", "tokens", "first run ms", "warm ms", "warm ms per 1,000 tokens",
                "CoreNLP annotation ms (baseline)", "our stages after it ms", "ours / CoreNLP");
        long annotateSum = 0;
        long afterSum = 0;
        long warmSum = 0;
        for (ExtractionTimer.Article a : corpus) {
            progress.printf("  timing %s%n", a.document().id());
            ExtractionTimer.ArticleFigures f = timer.measure(a, runs);
            tokensInCorpus += f.tokens();
            annotateSum += f.meanStages().annotateMs();
            afterSum += f.meanStages().afterAnnotationMs();
            warmSum += (long) f.meanMs();
            per.row(f.documentId(), f.sentences(), Report.f0(f.tokens()), Report.f0(f.firstMs()), Report.f0(f.meanMs()),
                    Report.f0(f.msPerThousandTokens()), Report.f0(f.meanStages().annotateMs()),
                    Report.f0(f.meanStages().afterAnnotationMs()), Report.pct(f.afterAnnotationShare()));
        }
        per.row("**all " + corpus.size() + "**", "", Report.f0(tokensInCorpus), "", Report.f0(warmSum),
                Report.f0(warmSum * 1000.0 / Math.max(1, tokensInCorpus)), Report.f0(annotateSum), Report.f0(afterSum),
                Report.pct(annotateSum == 0 ? 0 : (double) afterSum / annotateSum));
        per.note("\"Our stages after it\" = resolve entities + extract relations + extract secrets; cleaning is a few ms"
                + " and is left out. The baseline is CoreNLP's own annotation of the same cleaned text in the same run.");
        report.add(per);
        report.figure("warmMsPerThousandTokens", warmSum * 1000.0 / Math.max(1, tokensInCorpus));
        report.figure("afterAnnotationShare", annotateSum == 0 ? 0 : (double) afterSum / annotateSum);

        Report.Table thr = new Report.Table("Extraction: corpus throughput, models loaded once ("
                + corpus.size() + " articles x " + passes + " pass" + (passes > 1 ? "es" : "") + ")",
                "workers", "articles", "tokens", "seconds", "articles/min", "tokens/s", "vs 1 worker");
        double base = 0;
        for (int w = 1; w <= maxWorkers; w *= 2) {
            progress.printf("  corpus on %d worker%s%n", w, w > 1 ? "s" : "");
            ExtractionTimer.CorpusFigures c = timer.corpus(corpus, w, passes);
            if (w == 1) {
                base = c.tokensPerSecond();
            }
            thr.row(w, c.articles(), Report.f0(c.tokens()), Report.f1(c.seconds()), Report.f1(c.articlesPerSecond() * 60),
                    Report.f0(c.tokensPerSecond()), Report.ratio(c.tokensPerSecond() / base) + "x");
            report.figure("corpusTokensPerSecond." + w + "workers", c.tokensPerSecond());
        }
        thr.note("Workers share one extractor and CoreNLP's one pipeline (its annotate is thread-safe); "
                + Runtime.getRuntime().availableProcessors() + " cores.");
        report.add(thr);
    }

    /** The seed articles and the loader's test articles (other invented thrillers), with their .meta.json. */
    static List<ExtractionTimer.Article> corpus(Repo repo, PrintStream progress) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(repo.seeds(), repo.testArticles())) {
            if (!Files.isDirectory(dir)) {
                progress.println("  (no " + dir + ": left out of the corpus)");
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no articles found under " + repo.seeds() + " or " + repo.testArticles());
        }
        List<ExtractionTimer.Article> out = new ArrayList<>();
        for (Path f : files) {
            ArticleFile a = ArticleFile.read(f, progress);
            out.add(new ExtractionTimer.Article(a.document(), a.text()));
        }
        return out;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
