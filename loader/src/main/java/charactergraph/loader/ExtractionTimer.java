package charactergraph.loader;

import charactergraph.loader.nlp.ArticleParser;
import charactergraph.model.DocumentInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the extraction pipeline: model load, one article stage by stage, and a corpus with the models loaded once
 * and one or more workers sharing them. Used by the loader's {@code bench} command and by the bench module, so
 * both measure the same thing the same way.
 */
public final class ExtractionTimer {
    /** An article to time: what the pipeline takes. */
    public record Article(DocumentInfo document, String text) {
    }

    /**
     * One article's figures. {@code first} is the first run in this JVM (cold JIT, lazily built rule state); the
     * means are over {@code runs} runs after it.
     */
    public record ArticleFigures(String documentId, int sentences, int tokens, double firstMs,
                                 ArticleExtractor.Timings firstStages, int runs, double meanMs,
                                 ArticleExtractor.Timings meanStages) {
        /** Wall-clock milliseconds per 1,000 tokens, warm. */
        public double msPerThousandTokens() {
            return tokens == 0 ? 0 : meanMs * 1000.0 / tokens;
        }

        /** Time in our stages after CoreNLP's annotation, as a share of the annotation itself. */
        public double afterAnnotationShare() {
            return meanStages.annotateMs() == 0 ? 0 : (double) meanStages.afterAnnotationMs() / meanStages.annotateMs();
        }
    }

    /** A corpus run: {@code articles} extractions (every article, {@code passes} times) on {@code workers} threads. */
    public record CorpusFigures(int workers, int articles, long tokens, double seconds, long annotateMs,
                                long afterAnnotationMs) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionTimer(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Loads CoreNLP's models (once per JVM) and returns how long that took, in seconds; about 0 when already loaded. */
    public static double loadModelsSeconds() {
        long t = System.nanoTime();
        ArticleParser.warmUp();
        return (System.nanoTime() - t) / 1e9;
    }

    /** Runs the article once cold, then {@code runs} times warm, and reports the means. */
    public ArticleFigures measure(Article article, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        long t0 = System.nanoTime();
        ArticleExtractor.Result cold = extractor.run(article.document(), article.text(), s -> { });
        double firstMs = (System.nanoTime() - t0) / 1e6;
        long total = 0;
        long[] sum = new long[5];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            ArticleExtractor.Timings t = extractor.run(article.document(), article.text(), x -> { }).timings();
            total += System.nanoTime() - s;
            sum[0] += t.cleanMs();
            sum[1] += t.annotateMs();
            sum[2] += t.resolveMs();
            sum[3] += t.relateMs();
            sum[4] += t.secretsMs();
        }
        ArticleExtractor.Timings mean = new ArticleExtractor.Timings(sum[0] / runs, sum[1] / runs, sum[2] / runs,
                sum[3] / runs, sum[4] / runs);
        return new ArticleFigures(article.document().id(), cold.parsed().sentences().size(),
                cold.parsed().tokenCount(), firstMs, cold.timings(), runs, total / 1e6 / runs, mean);
    }

    /**
     * Extracts every article {@code passes} times on {@code workers} threads sharing this extractor (and CoreNLP's
     * one pipeline), and reports the throughput. Load the models before calling, or the first articles pay for it.
     */
    public CorpusFigures corpus(List<Article> articles, int workers, int passes) throws InterruptedException {
        List<Article> queue = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            queue.addAll(articles);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicLong annotate = new AtomicLong();
        AtomicLong after = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
                        Article a = queue.get(i);
                        ArticleExtractor.Result r = extractor.run(a.document(), a.text(), s -> { });
                        tokens.addAndGet(r.parsed().tokenCount());
                        annotate.addAndGet(r.timings().annotateMs());
                        after.addAndGet(r.timings().afterAnnotationMs());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed during the corpus run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new CorpusFigures(workers, queue.size(), tokens.get(), seconds, annotate.get(), after.get());
    }
}
