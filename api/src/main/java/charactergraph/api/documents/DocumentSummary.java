package charactergraph.api.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A loaded article and how much of the graph rests on it. */
@Serdeable
public record DocumentSummary(String id, @Nullable String title, @Nullable String source, String story,
                              @Nullable String loadedAt, @Nullable String sha256, long characters,
                              long relationships, long secrets) {
}
