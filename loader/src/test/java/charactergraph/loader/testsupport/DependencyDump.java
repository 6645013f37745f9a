package charactergraph.loader.testsupport;

import charactergraph.loader.clean.CleanedText;
import charactergraph.loader.nlp.ArticleParser;
import charactergraph.loader.nlp.CorefChain;
import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RuleCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tool for rule authors: prints every sentence of a text file with its tokens (index, word, lemma, POS, NER)
 * and its normalized enhanced++ dependencies, the graph the Semgrex rules match against. Parses are cached in the
 * folder given as second argument so that repeated runs are quick.
 *
 * <pre>java -cp ... charactergraph.loader.testsupport.DependencyDump FILE [CACHE_DIR]</pre>
 */
public final class DependencyDump {
    private static final ArticleParser PARSER = charactergraph.loader.ArticleExtractor.parser(RuleCatalog.builtIn());

    private DependencyDump() {
    }

    /** Parses the file, or reads its cached parse from {@code cacheDir} (null: no cache). */
    public static ParsedArticle annotate(Path file, Path cacheDir) throws Exception {
        String text = Files.readString(file);
        CleanedText cleaned = System.getenv("ROUGH_CLEAN") != null ? new CleanedText(text, roughClean(text), List.of())
                : new charactergraph.loader.clean.ArticleCleaner().clean(text);
        String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return cacheDir == null ? PARSER.parse(id, cleaned.original(), cleaned.text())
                : PARSER.parseCached(id, cleaned.original(), cleaned.text(), cacheDir);
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

    public static void print(ParsedArticle text) {
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            System.out.println("## " + s + ": " + sent.text());
            StringBuilder toks = new StringBuilder();
            for (Token t : sent.tokens()) {
                toks.append(t.index()).append(':').append(t.word()).append('/').append(t.tag());
                if (!"O".equals(t.ner())) {
                    toks.append('/').append(t.ner());
                }
                toks.append(' ');
            }
            System.out.println(toks);
            for (Dependency e : sent.graph().edges()) {
                System.out.println("   " + e.relation() + "(" + e.governor().word() + "-" + e.governor().index()
                        + ", " + e.dependent().word() + "-" + e.dependent().index() + ")");
            }
        }
        for (CorefChain c : text.corefChains()) {
            System.out.println("COREF " + c);
        }
    }

    public static void main(String[] args) throws Exception {
        Path cache = args.length > 1 ? Path.of(args[1]) : null;
        print(annotate(Path.of(args[0]), cache));
    }
}
