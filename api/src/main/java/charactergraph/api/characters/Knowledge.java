package charactergraph.api.characters;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;

/**
 * What a character knew, kept, and had kept from them. With {@code asOf} (a sentence order of the story), only what
 * they knew before that point counts as known; secrets they learned later count as kept from them then.
 */
@Serdeable
public record Knowledge(String id, String name, @Nullable Long asOf, List<Known> knew, List<Kept> kept,
                        List<KeptFrom> keptFrom) {
    /** A secret the character knew, how (TOOK_PART, CONFESSED, TOLD, DISCOVERED, DEDUCED), from which order. */
    @Serdeable
    public record Known(String secret, String statement, @Nullable String how, @Nullable Long order,
                        @Nullable String when, @Nullable String quote) {
    }

    @Serdeable
    public record Kept(String secret, String statement, @Nullable String quote) {
    }

    /** A secret others kept from the character; learnedHow/learnedAt when they found out later. */
    @Serdeable
    public record KeptFrom(String secret, String statement, List<CharacterRef> keepers, @Nullable String learnedHow,
                           @Nullable Long learnedAt) {
    }
}
