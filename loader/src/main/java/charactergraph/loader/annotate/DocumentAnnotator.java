package charactergraph.loader.annotate;

import charactergraph.loader.clean.CleanedText;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * Runs Stanford CoreNLP over cleaned text. The pipeline takes about ten seconds and 1 GB to load, so it is
 * built once per JVM, on first use, and shared; CoreNLP's annotate is safe to call from several threads.
 */
public final class DocumentAnnotator {
    private static volatile StanfordCoreNLP tagging;
    private static volatile StanfordCoreNLP pipeline;
    private static volatile NameVerbRetagger retagger;

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

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (DocumentAnnotator.class) {
                p = pipeline;
                if (p == null) {
                    tagging = new StanfordCoreNLP(taggingProperties());
                    retagger = new NameVerbRetagger();
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

    public AnnotatedText annotate(String documentId, CleanedText cleaned) {
        StanfordCoreNLP parsing = pipeline();
        Annotation annotation = new Annotation(cleaned.text());
        tagging.annotate(annotation);
        retagger.retag(annotation);
        parsing.annotate(annotation);
        CoreDocument doc = new CoreDocument(annotation);
        return new AnnotatedText(documentId, cleaned, doc);
    }
}
