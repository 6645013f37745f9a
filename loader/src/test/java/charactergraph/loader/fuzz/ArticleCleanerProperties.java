package charactergraph.loader.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import charactergraph.loader.clean.ArticleCleaner;
import charactergraph.loader.clean.CleanedText;

/**
 * The cleaner on random text, plain and article-shaped: it never throws, keeps the length and every line break,
 * only ever blanks characters (never moves or invents them), and its dropped regions lie inside the text.
 */
class ArticleCleanerProperties {
    static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Property(tries = 500)
    void anyStringIsCleanedWithoutLosingOffsets(@ForAll String text) {
        check(text);
    }

    @Property(tries = 300)
    void articleShapedTextIsCleanedWithoutLosingOffsets(@ForAll("articles") String text) {
        check(text);
    }

    static void check(String text) {
        CleanedText cleaned = CLEANER.clean(text);
        assertEquals(text, cleaned.original());
        assertEquals(text.length(), cleaned.text().length());
        for (int i = 0; i < text.length(); i++) {
            char o = text.charAt(i);
            char c = cleaned.text().charAt(i);
            assertTrue(c == o || c == ' ' || c == '\n' && Character.isWhitespace(o),
                    "character " + i + " changed from " + (int) o + " to " + (int) c);
            if (o == '\n' || o == '\r') {
                assertEquals(o, c, "line break " + i + " kept");
            }
        }
        for (CleanedText.DroppedRegion r : cleaned.dropped()) {
            assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= text.length(), r.toString());
        }
    }

    /** No piece between line breaks in the cleaned text holds more than the longest sentence the parser gets. */
    @Property(tries = 200)
    void noRunOnSentenceReachesTheParser(@ForAll("runOnLines") String text) {
        check(text);
        for (String piece : CLEANER.clean(text).text().split("[\\n\\r]|(?<=[.!?])\\s")) {
            long words = java.util.Arrays.stream(piece.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
            assertTrue(words <= 120, words + " words in one piece");
        }
    }

    @Provide
    Arbitrary<String> runOnLines() {
        return Arbitraries.of("Nora", "met", "Owen", "and", "he", "killed", "Silas", ",", "the", "\t", "her", "brother")
                .list().ofMinSize(100).ofMaxSize(2000).map(w -> String.join(" ", w));
    }

    /** Lines of headings, sentences, list items, boilerplate-like phrases, blank lines and odd characters. */
    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("How Does It End?", "The Ending Explained", "Sign up for our newsletter",
                        "Also on this site:", "- a list item", "* another", "1. numbered", "Advertisement",
                        "Read more: The Best Thrillers", "Marissa finds out the truth.", "Who Killed Rob?",
                        "\u00a0", "\t", "", "   ", "\uFEFF", "\u2028", "Continue reading below", "Related:"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120),
                Arbitraries.strings().all().ofMaxLength(40));
        return line.list().ofMaxSize(30).flatMap(lines -> Arbitraries.of("\n", "\r\n", "\n\n", "\r")
                .map(sep -> String.join(sep, lines)));
    }
}
