package charactergraph.loader.testsupport;

import charactergraph.loader.annotate.AnnotatedText;
import charactergraph.loader.annotate.DocumentAnnotator;
import charactergraph.loader.clean.CleanedText;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tool for rule authors: prints every sentence of a text file with its tokens (index, word, lemma, POS, NER)
 * and its enhanced++ dependencies, the graph the Semgrex rules match against. Annotations are cached next to
 * the cache path given as second argument so that repeated runs are quick.
 *
 * <pre>java -cp ... charactergraph.loader.testsupport.DependencyDump FILE [CACHE.pb]</pre>
 */
public final class DependencyDump {
    private DependencyDump() {
    }

    /** Annotates the file, or reads the cached annotation when the cache is newer than the file. */
    public static AnnotatedText annotate(Path file, Path cache) throws Exception {
        String text = Files.readString(file);
        CleanedText cleaned = System.getenv("ROUGH_CLEAN") != null ? new CleanedText(text, roughClean(text), List.of())
                : new charactergraph.loader.clean.ArticleCleaner().clean(text);
        String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer();
        if (cache != null && Files.exists(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(file)) > 0) {
            try (InputStream in = Files.newInputStream(cache)) {
                Annotation ann = ser.read(in).first;
                return new AnnotatedText(id, cleaned, new CoreDocument(ann));
            }
        }
        AnnotatedText at = new DocumentAnnotator().annotate(id, cleaned);
        if (cache != null) {
            try (OutputStream out = Files.newOutputStream(cache)) {
                ser.write(at.document().annotation(), out);
            }
        }
        return at;
    }

    /**
     * A stand-in for the real clean stage, good enough for rule work: blanks out question headings, "Related:" and
     * "NEXT:" lines and newsletter prompts (same length, so offsets stay file offsets).
     */
    static String roughClean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)")) {
            String l = line.strip();
            boolean drop = l.endsWith("?") && l.split("\\s+").length < 12 || l.startsWith("Related:") || l.startsWith("NEXT:")
                    || l.startsWith("??") || l.startsWith("Also on site") || l.startsWith("- ") || l.startsWith("Read More")
                    || l.startsWith("Hence then") || l.startsWith("Finally We");
            if (drop) {
                for (char c : line.toCharArray()) {
                    out.append(c == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    public static void print(AnnotatedText text) {
        List<CoreSentence> sentences = text.document().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            CoreSentence sent = sentences.get(s);
            System.out.println("## " + s + ": " + sent.text());
            StringBuilder toks = new StringBuilder();
            for (CoreLabel t : sent.tokens()) {
                toks.append(t.index()).append(':').append(t.word()).append('/').append(t.tag());
                if (!"O".equals(t.ner())) {
                    toks.append('/').append(t.ner());
                }
                toks.append(' ');
            }
            System.out.println(toks);
            SemanticGraph g = sent.coreMap().get(
                    edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                System.out.println("   " + e.getRelation() + "(" + e.getGovernor().word() + "-" + e.getGovernor().index()
                        + ", " + e.getDependent().word() + "-" + e.getDependent().index() + ")");
            }
        }
        var chains = text.document().annotation().get(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            chains.values().forEach(c -> System.out.println("COREF " + c));
        }
    }

    public static void main(String[] args) throws Exception {
        Path cache = args.length > 1 ? Path.of(args[1]) : null;
        print(annotate(Path.of(args[0]), cache));
    }
}
