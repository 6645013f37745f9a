package charactergraph.api.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.neo4j.driver.Value;

import charactergraph.api.neo4j.PlainValues;
import charactergraph.model.EvidenceEntry;

/**
 * One sentence that supports a fact: the document, the sentence index, the character span in the original file, the
 * quote, the extraction rule, its confidence and status. For knowledge also how, at which order and when (a time
 * cue) that sentence shows the character knew.
 */
@Serdeable
public record Evidence(String document, @Nullable Long sentence, @Nullable Long start, @Nullable Long end,
                       String quote, @Nullable String rule, @Nullable Double confidence, @Nullable String status,
                       @Nullable String how, @Nullable Long order, @Nullable String when) {

    /**
     * From a map the API queries build out of the aligned provenance lists: document, quote, the stored evidence
     * entry (read with the writer's own {@link EvidenceEntry#parse}) and, for knowledge, how, order and when.
     */
    public static Evidence of(Value v) {
        String when = PlainValues.str(v, "when");
        EvidenceEntry.Fields entry = EvidenceEntry.parse(PlainValues.str(v, "entry"));
        return new Evidence(PlainValues.str(v, "document"), entry.sentence(), entry.start(), entry.end(),
                PlainValues.str(v, "quote"), entry.rule(), entry.confidence(), entry.status(),
                PlainValues.str(v, "how"), PlainValues.lng(v, "order"), when == null || when.isBlank() ? null : when);
    }

    public static java.util.List<Evidence> list(Value v) {
        return v == null || v.isNull() ? java.util.List.of() : v.asList(Evidence::of);
    }
}
