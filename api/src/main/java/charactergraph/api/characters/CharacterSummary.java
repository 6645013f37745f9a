package charactergraph.api.characters;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A character in a list: id, name, other names, story, actors, and the search score when searched. */
@Serdeable
public record CharacterSummary(String id, String name, List<String> aliases, String story, List<String> actors,
                               @Nullable Double score) {
}
