package charactergraph.api.stories;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A story in a list: its id (use it in /api/stories/{id}/graph), name, and how much the graph holds about it. */
@Serdeable
public record StorySummary(String id, @Nullable String name, long characters, long relationships, long secrets,
                           long documents) {
}
