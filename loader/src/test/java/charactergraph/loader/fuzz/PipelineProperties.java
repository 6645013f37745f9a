package charactergraph.loader.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

/**
 * The whole pipeline (annotation, entity and pronoun resolution, relations, secrets) on short random stories made of
 * names, pronouns, kinship words, verbs the rules know, punctuation and noise. Bounded: one CoreNLP pipeline for
 * the JVM (NlpFixture), few tries, texts of a few sentences, no shrinking (each try costs a pipeline run).
 * Whatever the text, no exception escapes, and every fact's provenance points at the text: the quote is exactly
 * the text between its offsets, and relations and secrets refer to characters of the same extraction.
 */
class PipelineProperties {
    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void randomStoriesNeverBreakThePipelineAndEveryQuoteIsInTheText(@ForAll("stories") String text) {
        ArticleExtractor.Result result = NlpFixture.extract(text);
        Extraction extraction = result.extraction();
        Set<String> ids = extraction.characters().stream().map(Character::id).collect(Collectors.toSet());
        List<Evidence> evidence = new ArrayList<>();
        extraction.characters().forEach(c -> evidence.addAll(c.evidence()));
        for (Relation r : extraction.relations()) {
            assertTrue(!r.evidence().isEmpty(), "a relation without evidence: " + r);
            evidence.addAll(r.evidence());
            if (r.type() != charactergraph.model.RelationType.PLAYS) {
                assertTrue(ids.contains(r.from()) && ids.contains(r.to()), "relation ends are characters: " + r);
            }
        }
        for (Secret s : extraction.secrets()) {
            assertTrue(ids.containsAll(s.subjects()), "secret subjects are characters: " + s);
        }
        for (Evidence e : evidence) {
            assertTrue(e.end() <= text.length(), "span " + e.start() + ".." + e.end() + " beyond " + text.length());
            assertEquals(text.substring(e.start(), e.end()), e.quote(), "the quote is the text at its offsets");
        }
    }

    @Provide
    Arbitrary<String> stories() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("Nora Vance", "Owen", "Silas Reed", "Caleb", "Mrs. Vance",
                        "Dr. Hale", "Ivy", "Ivy's", "Owen's brother", "her father", "his wife", "the detective")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("he", "she", "him", "her", "they", "them", "his", "himself")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of("killed", "kidnapped", "shot", "knew", "was secretly",
                        "covered up for", "lied to", "married", "is the son of", "discovers that", "never told",
                        "helped hide the body of", "confesses to", "was killed by", "switched the babies of")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(",", ".", "!", "?", "'", "\"", "(", ")", ";", "--", "\n", "and",
                        "but", "after", "because", "the", "a", "secret", "truth")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6)));
        return token.list().ofMinSize(1).ofMaxSize(35).map(words -> String.join(" ", words));
    }
}
