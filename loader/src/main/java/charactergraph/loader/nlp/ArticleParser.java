package charactergraph.loader.nlp;

import charactergraph.model.Gender;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Runs Stanford CoreNLP over cleaned text and gives the stages a {@link ParsedArticle}. The pipeline takes about ten
 * seconds and 1 GB to load, so it is built once per JVM, on first use, and shared; CoreNLP's annotate is safe to call
 * from several threads.
 */
public final class ArticleParser {
    private static volatile StanfordCoreNLP tagging;
    private static volatile StanfordCoreNLP pipeline;
    /** The normalizer of parses written by hand: object control only through xcomp. */
    static final ClauseNormalizer PLAIN = new ClauseNormalizer(Set.of());

    private final NameVerbRetagger retagger;
    private final ClauseNormalizer normalizer;

    /**
     * @param verbsAfterNames    verbs whose "-s" form the tagger misreads as a plural noun after a name
     * @param objectControlVerbs verbs whose "to" clause is their object's to do ("sends X to ...")
     */
    public ArticleParser(Set<String> verbsAfterNames, Set<String> objectControlVerbs) {
        this.retagger = new NameVerbRetagger(verbsAfterNames);
        this.normalizer = new ClauseNormalizer(objectControlVerbs);
    }

    /** The first half: tokens, sentences and part-of-speech tags (fixed by {@link NameVerbRetagger} before parsing). */
    static Properties taggingProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        // Articles separate headings and paragraphs by single line breaks; a heading must not run into the next line.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return p;
    }

    /** The second half: light NER (3 classes, no SUTime), enhanced++ dependencies, fast neural coreference. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "lemma,ner,depparse,coref");
        // the tokens, sentences and tags come from the first half
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("coref.algorithm", "fastneural");
        p.setProperty("coref.language", "en");
        return p;
    }

    private static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (ArticleParser.class) {
                p = pipeline;
                if (p == null) {
                    tagging = new StanfordCoreNLP(taggingProperties());
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** Loads the models now rather than on the first article (for start-up progress and benchmarks). */
    public static void warmUp() {
        pipeline();
    }

    /**
     * @param original the file's text
     * @param text     what to parse: the original with what is not narrative blanked out (same length, so that
     *                 offsets are file offsets)
     */
    public ParsedArticle parse(String documentId, String original, String text) {
        return view(documentId, original, text, annotate(text), normalizer);
    }

    private Annotation annotate(String text) {
        StanfordCoreNLP parsing = pipeline();
        Annotation annotation = new Annotation(text);
        tagging.annotate(annotation);
        retagger.retag(annotation);
        parsing.annotate(annotation);
        return annotation;
    }

    /**
     * Parses the text, or reads the parse an earlier call stored under {@code cacheDir} (for rule authors and corpus
     * evaluation: a rerun after a rule change skips the language models). The cache file is named by a hash of the
     * cleaned text and of the retagger's verbs, so a changed text or lexicon is parsed anew.
     */
    public ParsedArticle parseCached(String documentId, String original, String text, Path cacheDir) {
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer();
        Path cache = cacheDir.resolve(cacheKey(text) + ".pb");
        try {
            if (Files.isRegularFile(cache)) {
                try (InputStream in = Files.newInputStream(cache)) {
                    return view(documentId, original, text, serializer.read(in).first, normalizer);
                }
            }
            Annotation annotation = annotate(text);
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, "parse", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                serializer.write(annotation, out);
            }
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return view(documentId, original, text, annotation, normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the parse cache " + cache + ": " + e.getMessage(), e);
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("unreadable parse cache " + cache + " (delete it): " + e.getMessage(), e);
        }
    }

    private String cacheKey(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update(new TreeSet<>(retagger.verbs()).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stages' view of CoreNLP's annotation: our own types, graphs normalized once. */
    static ParsedArticle view(String documentId, String original, String text, Annotation annotation,
                              ClauseNormalizer normalizer) {
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps != null) {
            for (int s = 0; s < maps.size(); s++) {
                CoreMap m = maps.get(s);
                List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
                SemanticGraph parsed = m.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                sentences.add(sentence(s, m.get(CoreAnnotations.TextAnnotation.class), labels, parsed, normalizer));
            }
        }
        List<CorefChain> chains = new ArrayList<>();
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coref = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (coref != null) {
            for (edu.stanford.nlp.coref.data.CorefChain c : coref.values()) {
                List<CorefChain.Mention> mentions = new ArrayList<>();
                for (edu.stanford.nlp.coref.data.CorefChain.CorefMention cm : c.getMentionsInTextualOrder()) {
                    mentions.add(new CorefChain.Mention(cm.sentNum - 1, cm.startIndex, cm.endIndex, cm.headIndex,
                            cm.mentionSpan, gender(cm.gender), type(cm.mentionType)));
                }
                chains.add(new CorefChain(c.getChainID(), mentions));
            }
        }
        return new ParsedArticle(documentId, original, text, sentences, chains);
    }

    /** A sentence from its CoreNLP tokens and parse (the graph may be null: then it has none). */
    static Sentence sentence(int s, String text, List<CoreLabel> labels, SemanticGraph parsed, ClauseNormalizer normalizer) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(s, l.index(), 0, l.word(), l.originalText() == null ? l.word() : l.originalText(), l.lemma(),
                    l.tag(), l.ner(), l.beginPosition(), l.endPosition()));
        }
        java.util.function.Function<IndexedWord, Token> tokenOf = w -> w.index() >= 1 && w.index() <= tokens.size()
                ? tokens.get(w.index() - 1) : null;
        DependencyGraph graph = parsed == null ? DependencyGraph.empty() : new DependencyGraph(normalizer.normalize(parsed), tokenOf);
        DependencyGraph raw = parsed == null ? DependencyGraph.empty() : new DependencyGraph(parsed, tokenOf);
        return new Sentence(s, text, tokens, graph, raw, labels);
    }

    private static Gender gender(Dictionaries.Gender g) {
        return g == Dictionaries.Gender.MALE ? Gender.MALE : g == Dictionaries.Gender.FEMALE ? Gender.FEMALE : Gender.UNKNOWN;
    }

    private static CorefChain.MentionType type(Dictionaries.MentionType t) {
        return switch (t) {
            case PRONOMINAL -> CorefChain.MentionType.PRONOMINAL;
            case NOMINAL -> CorefChain.MentionType.NOMINAL;
            case PROPER -> CorefChain.MentionType.PROPER;
            case LIST -> CorefChain.MentionType.LIST;
        };
    }
}
