package charactergraph.loader.resolve;

import charactergraph.model.Character;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The output of the resolve-entities stage: the story's characters, and which tokens refer to which character.
 *
 * <p>Every token that names a character, or refers to one (a pronoun or a noun phrase head such as "her son"
 * resolved through coreference and checked by gender and recency), is in {@code mentions}. Actors and creators
 * are not characters: they are kept apart so that relation rules never link them.
 *
 * @param characters the characters, with aliases and actors filled in
 * @param mentions   token position to character id
 * @param actors     token positions of actor and creator names (to keep them out of relations)
 */
public record Cast(List<Character> characters, Map<TokenRef, String> mentions, java.util.Set<TokenRef> actors) {
    public Cast {
        characters = List.copyOf(Objects.requireNonNull(characters, "characters"));
        mentions = Map.copyOf(Objects.requireNonNull(mentions, "mentions"));
        actors = java.util.Set.copyOf(actors == null ? java.util.Set.of() : actors);
    }

    /**
     * A token by position.
     *
     * @param sentence zero-based sentence index
     * @param token    one-based token index within the sentence, as CoreNLP's {@code Token.index()}
     */
    public record TokenRef(int sentence, int token) {
    }

    /** The character a token names or refers to. */
    public Optional<String> characterAt(int sentence, int token) {
        return Optional.ofNullable(mentions.get(new TokenRef(sentence, token)));
    }

    public Optional<Character> byId(String id) {
        return characters.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
