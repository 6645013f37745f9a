package charactergraph.api.paths;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;

/** Paths between two characters, as asked: the characters resolved, the limits applied and the paths found. */
@Serdeable
public record PathAnswer(CharacterRef from, CharacterRef to, int maxHops, @Nullable List<String> types,
                         List<CharacterPath> paths) {

    /** One path: the characters along it and one hop per relationship. */
    @Serdeable
    public record CharacterPath(int length, List<CharacterRef> characters, List<Hop> hops) {
    }

    /**
     * One relationship of a path, walked from {@code from} to {@code to}. {@code direction} is {@code OUT} when the
     * relationship is stored that way ("from TYPE to"), {@code IN} when it points back ("to TYPE from").
     */
    @Serdeable
    public record Hop(CharacterRef from, CharacterRef to, String type, String direction, @Nullable String quote,
                      @Nullable String document, @Nullable Long sentence, @Nullable String status) {
    }
}
