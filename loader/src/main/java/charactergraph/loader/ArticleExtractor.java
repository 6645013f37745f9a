package charactergraph.loader;

import charactergraph.loader.nlp.ArticleParser;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.clean.ArticleCleaner;
import charactergraph.loader.clean.CleanedText;
import charactergraph.loader.relate.RelationExtractor;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.resolve.EntityResolver;
import charactergraph.loader.secrets.SecretExtractor;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The loader's pipeline from text to graph model: clean, annotate, resolve entities, extract relations, extract
 * secrets. Rule files are read when the extractor is built (a broken rule fails here); CoreNLP loads once per JVM,
 * on the first article or on {@link ArticleParser#warmUp()}. One extractor serves many articles.
 */
public final class ArticleExtractor {
    private final ArticleCleaner cleaner;
    private final ArticleParser parser;
    private final EntityResolver resolver;
    private final RelationExtractor relations;
    private final SecretExtractor secrets;

    /** Per-stage wall-clock times of the last article, in milliseconds (for progress output and benchmarks). */
    public record Timings(long cleanMs, long annotateMs, long resolveMs, long relateMs, long secretsMs) {
        public long afterAnnotationMs() {
            return resolveMs + relateMs + secretsMs;
        }
    }

    /** The extraction with each stage's output, for tests and diagnostics. */
    public record Result(Extraction extraction, CleanedText cleaned, ParsedArticle parsed, Cast cast,
                         Timings timings) {
    }

    public ArticleExtractor() {
        this(RuleCatalog.builtIn());
    }

    /** Every stage built from one rule catalog (a rule file that cannot be used fails here, at start). */
    public ArticleExtractor(RuleCatalog rules) {
        this(new ArticleCleaner(rules), parser(rules), new EntityResolver(rules),
                new RelationExtractor(rules), new SecretExtractor(rules));
    }

    /** The parse stage as the rules configure it (the retagger's verbs, the verbs of object control). */
    public static ArticleParser parser(RuleCatalog rules) {
        return new ArticleParser(rules.verbsAfterNames(), rules.lexicon("object_control_verbs"));
    }

    public ArticleExtractor(ArticleCleaner cleaner, ArticleParser parser, EntityResolver resolver,
                            RelationExtractor relations, SecretExtractor secrets) {
        this.cleaner = cleaner;
        this.parser = parser;
        this.resolver = resolver;
        this.relations = relations;
        this.secrets = secrets;
    }

    public Extraction extract(DocumentInfo document, String text) {
        return run(document, text, s -> { }).extraction();
    }

    /** Runs every stage, reporting each stage's start to {@code progress}. */
    public Result run(DocumentInfo document, String text, Consumer<String> progress) {
        return run(document, text, progress, null);
    }

    /**
     * As {@link #run(DocumentInfo, String, Consumer)}, keeping the parse in {@code parseCache} and reading it from there
     * when an earlier run stored it ({@link ArticleParser#parseCached}); null: no cache.
     */
    public Result run(DocumentInfo document, String text, Consumer<String> progress, Path parseCache) {
        long t0 = System.nanoTime();
        progress.accept("cleaning");
        CleanedText cleaned = cleaner.clean(text);
        long t1 = System.nanoTime();
        progress.accept("annotating with CoreNLP");
        ParsedArticle parsed = parseCache == null ? parser.parse(document.id(), cleaned.original(), cleaned.text())
                : parser.parseCached(document.id(), cleaned.original(), cleaned.text(), parseCache);
        long t2 = System.nanoTime();
        progress.accept("resolving characters");
        Cast cast = resolver.resolve(parsed);
        long t3 = System.nanoTime();
        progress.accept("extracting relations");
        List<Relation> rels = relations.extract(parsed, cast);
        long t4 = System.nanoTime();
        progress.accept("extracting secrets");
        List<Secret> secs = secrets.extract(parsed, cast, rels);
        long t5 = System.nanoTime();
        Timings timings = new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        return new Result(new Extraction(document, cast.characters(), rels, secs), cleaned, parsed, cast, timings);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
