package charactergraph.loader.relate;

import charactergraph.loader.nlp.HandBuilt;
import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Character;
import charactergraph.model.Gender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Reading} of sentences written by hand (CoreNLP's graph notation), with a cast given word by word: every
 * token whose word is a key stands for that character. No language model is loaded.
 */
final class HandReading {
    private String[] graphs;
    private final Map<String, String> words = new LinkedHashMap<>();
    private final Map<String, Gender> genders = new LinkedHashMap<>();

    static HandReading of(String... graphs) {
        HandReading h = new HandReading();
        h.graphs = graphs;
        return h;
    }

    /** Tokens written {@code word} stand for the character {@code id}. */
    HandReading word(String word, String id, Gender gender) {
        words.put(word, id);
        genders.putIfAbsent(id, gender);
        return this;
    }

    Reading reading() {
        ParsedArticle article = HandBuilt.articleOf(graphs);
        Map<Cast.TokenRef, String> mentions = new HashMap<>();
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                String id = words.get(t.word());
                if (id != null) {
                    mentions.put(new Cast.TokenRef(s.index(), t.index()), id);
                }
            }
        }
        List<Character> characters = new ArrayList<>();
        genders.forEach((id, g) -> characters.add(new Character(id, id, List.of(), null, g, 1, List.of())));
        return new Reading(article, new Cast(characters, mentions, null));
    }

    /** The word of the graph at this 1-based position in sentence s. */
    static Token token(Reading r, int s, String word) {
        for (Token t : r.graph(s).vertices()) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        throw new AssertionError("no " + word + " in " + r.graph(s));
    }
}
