package charactergraph.api.characters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.CypherReads;
import charactergraph.api.neo4j.GraphReads;

/**
 * Turns what a caller typed (an id, a name or an alias, any case) into one character: 404 naming close matches
 * when nothing matches, 409 listing the candidates when the reference is ambiguous (the same name in two stories,
 * or one alias shared by two characters).
 */
@Singleton
public class CharacterLookup {
    /** No name has more words or longer words than these; what is longer cannot match anything anyway. */
    static final int MAX_WORDS = 12;
    static final int MAX_WORD_LENGTH = 64;
    static final int MAX_FUZZY_WORD_LENGTH = 24;
    private final GraphReads reads;

    public CharacterLookup(GraphReads reads) {
        this.reads = reads;
    }

    public CharacterRef resolve(String ref, String story) {
        return resolve(reads, ref, story);
    }

    /** As {@link #resolve(String, String)}, with the queries run by {@code in} (e.g. the request's one transaction). */
    public CharacterRef resolve(CypherReads in, String ref, String story) {
        if (ref == null || ref.isBlank()) {
            throw ApiProblem.badRequest("Missing character", "Give a character id, name or alias.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ref", ref.strip());
        params.put("story", blankToNull(story));
        List<CharacterRef> found = in.list("api/find-character.cypher", params,
                r -> new CharacterRef(r.get("id").asString(), r.get("name").asString(null), r.get("story").asString(null)));
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Unknown character", "No character is called '" + ref.strip()
                    + "'" + (blankToNull(story) == null ? "" : " in story '" + story + "'") + closeMatchesSentence(in, ref, story));
        }
        String candidates = found.stream().map(c -> c.id() + " (" + c.name() + ")").collect(Collectors.joining(", "));
        boolean severalStories = found.stream().map(CharacterRef::story).distinct().count() > 1;
        throw new ApiProblem(HttpStatus.CONFLICT, "Ambiguous character", "'" + ref.strip() + "' names "
                + found.size() + " characters: " + candidates + ". "
                + (severalStories ? "Add story=<story id> to choose the story, or give" : "Give")
                + " the character's id instead.");
    }

    /** " Did you mean: a (A), b (B)?" or " and no name is close to it." */
    public String closeMatchesSentence(String ref, String story) {
        return closeMatchesSentence(reads, ref, story);
    }

    private String closeMatchesSentence(CypherReads in, String ref, String story) {
        List<CharacterRef> close = closeMatches(in, ref, story);
        if (close.isEmpty()) {
            return ", and no character name is close to it. GET /api/characters lists them all.";
        }
        return ". Did you mean: " + close.stream().map(c -> c.id() + " (" + c.name() + ")")
                .collect(Collectors.joining(", ")) + "? GET /api/characters?q=<words> searches names and aliases.";
    }

    public List<CharacterRef> closeMatches(String ref, String story) {
        return closeMatches(reads, ref, story);
    }

    private List<CharacterRef> closeMatches(CypherReads in, String ref, String story) {
        String lucene = fuzzyQuery(ref);
        if (lucene.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("lucene", lucene);
        params.put("story", blankToNull(story));
        params.put("limit", 5L);
        return in.list("api/close-characters.cypher", params,
                r -> new CharacterRef(r.get("id").asString(), r.get("name").asString(null), r.get("story").asString(null)));
    }

    /**
     * A Lucene query that matches each word of a reference loosely: by prefix and with up to two edits. For an id
     * ({@code story/slug}) only the part after the slash counts. Only letters and digits reach Lucene, so no
     * input can break its syntax.
     */
    static String fuzzyQuery(String ref) {
        String text = ref == null ? "" : ref;
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            text = text.substring(slash + 1);
        }
        List<String> clauses = new ArrayList<>();
        int words = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words++ == MAX_WORDS) {
                break;
            }
            // Lucene refuses a fuzzy automaton over a long term ("input automaton is too large"), which came back
            // as a 500 for a 2,000-letter name: long words are cut, and only short ones are matched fuzzily.
            String w = word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word;
            if (w.length() <= MAX_FUZZY_WORD_LENGTH) {
                clauses.add(w + "~");
            }
            clauses.add(w + "*");
        }
        return String.join(" OR ", clauses);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
