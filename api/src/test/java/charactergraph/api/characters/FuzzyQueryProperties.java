package charactergraph.api.characters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * The Lucene query made from whatever a caller typed: only letters, digits, {@code ~}, {@code *} and {@code OR}
 * reach Lucene (no syntax to break), with a bounded number and length of words (Lucene refuses a fuzzy term that is
 * too long, which was a 500).
 */
class FuzzyQueryProperties {
    @Property(tries = 1000)
    void anyReferenceBecomesASafeBoundedLuceneQuery(@ForAll @StringLength(max = 2000) String ref) {
        String q = CharacterLookup.fuzzyQuery(ref);
        if (q.isEmpty()) {
            return;
        }
        String[] clauses = q.split(" OR ");
        assertTrue(clauses.length <= 2 * CharacterLookup.MAX_WORDS, clauses.length + " clauses");
        for (String c : clauses) {
            assertTrue(c.matches("[\\p{L}\\p{N}]{1," + CharacterLookup.MAX_WORD_LENGTH + "}[~*]"), "clause " + c);
            if (c.endsWith("~")) {
                assertTrue(c.length() - 1 <= CharacterLookup.MAX_FUZZY_WORD_LENGTH, "fuzzy clause " + c);
            }
        }
    }
}
