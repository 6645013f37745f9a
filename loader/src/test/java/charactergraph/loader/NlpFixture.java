package charactergraph.loader;

import charactergraph.loader.nlp.ArticleParser;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one pipeline shared by every NLP test in the JVM (CoreNLP loads once, ~10 s), and helpers to look at a result.
 */
public final class NlpFixture {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final ArticleParser PARSER = charactergraph.loader.ArticleExtractor.parser(RuleCatalog.builtIn());

    private NlpFixture() {
    }

    public static ArticleExtractor.Result extract(String text) {
        return EXTRACTOR.run(new DocumentInfo("test", "test", null, "test", null), text, s -> { });
    }

    /** Parses a text as it is (no cleaning). */
    public static ParsedArticle parse(String text) {
        return parse("test", text);
    }

    public static ParsedArticle parse(String documentId, String text) {
        return PARSER.parse(documentId, text, text);
    }

    public static Optional<Character> named(Cast cast, String name) {
        return cast.characters().stream().filter(c -> c.allNames().contains(name)).findFirst();
    }

    /** The character id that occurrence number {@code occurrence} (0-based) of {@code word} in a sentence maps to. */
    public static Optional<String> referentOf(ArticleExtractor.Result r, int sentence, String word, int occurrence) {
        var tokens = r.parsed().sentences().get(sentence).tokens();
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word) && seen++ == occurrence) {
                return r.cast().characterAt(sentence, i + 1);
            }
        }
        throw new AssertionError("no occurrence " + occurrence + " of '" + word + "' in sentence " + sentence);
    }

    public static List<String> names(Cast cast) {
        return cast.characters().stream().map(Character::name).toList();
    }

    /** The relations extracted from a text as sorted lines "TYPE From Name -> To Name", easy to assert on. */
    public static TreeSet<String> relationLines(String text) {
        Extraction x = extract(text).extraction();
        Map<String, String> names = x.characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        TreeSet<String> out = new TreeSet<>();
        for (Relation r : x.relations()) {
            out.add(r.type() + " " + names.get(r.from()) + " -> " + names.get(r.to()));
        }
        return out;
    }
}
