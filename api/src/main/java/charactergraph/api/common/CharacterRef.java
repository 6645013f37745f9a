package charactergraph.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A character named in an answer: its id (use it in /api/characters/{id}), its name and story. */
@Serdeable
public record CharacterRef(String id, String name, @Nullable String story) {
}
