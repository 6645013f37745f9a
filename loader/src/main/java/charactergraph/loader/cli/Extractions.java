package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.nlp.ArticleParser;

import java.io.PrintStream;

/** Runs the pipeline on one article with progress and timings on the error stream. */
final class Extractions {
    private Extractions() {
    }

    /** An extractor with the rules read and the language models loaded, saying so on {@code err}. */
    static ArticleExtractor ready(PrintStream err) {
        long t0 = System.nanoTime();
        ArticleExtractor extractor = new ArticleExtractor();
        err.println("loading language models (about 10 s)...");
        ArticleParser.warmUp();
        err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return extractor;
    }

    static ArticleExtractor.Result run(ArticleFile article, PrintStream err) {
        ArticleExtractor extractor = ready(err);
        ArticleExtractor.Result r = extractor.run(article.document(), article.text(), stage -> err.println(stage + "..."));
        ArticleExtractor.Timings t = r.timings();
        err.printf("%s: %d characters, %d relations, %d secrets (clean %d ms, annotate %d ms, resolve %d ms, relate %d ms,"
                        + " secrets %d ms)%n", article.path(), r.extraction().characters().size(),
                r.extraction().relations().size(), r.extraction().secrets().size(), t.cleanMs(), t.annotateMs(),
                t.resolveMs(), t.relateMs(), t.secretsMs());
        return r;
    }
}
