package charactergraph.api.characters;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.common.Evidence;

/** One character: names, actors, story, and its relationships to other characters with their evidence. */
@Serdeable
public record CharacterDetail(String id, String name, List<String> aliases, @Nullable String gender,
                              @Nullable Long mentions, String story, @Nullable String storyName, List<String> actors,
                              List<Relationship> outgoing, List<Relationship> incoming) {

    /**
     * A relationship seen from this character: {@code outgoing} ones read "this character TYPE other", incoming
     * ones "other TYPE this character".
     */
    @Serdeable
    public record Relationship(String type, CharacterRef other, @Nullable String status, @Nullable Double confidence,
                               @Nullable Boolean accidental, List<Evidence> evidence) {
    }
}
