package charactergraph.api.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A loaded article's text, exactly as it was extracted: every evidence {@code start}/{@code end} of the document
 * points into it, so {@code text.substring(start, end)} is the quote.
 */
@Serdeable
public record DocumentText(String id, @Nullable String title, @Nullable String source, @Nullable String story,
                           @Nullable String sha256, String text) {
}
