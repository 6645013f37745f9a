package charactergraph.api.secrets;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.common.Evidence;

/**
 * One secret: its statement, subjects, keepers, knowers (how, order and when each knew, with every supporting
 * sentence), and the documents that report it. With {@code asOf}, knowers are those who knew before that order.
 */
@Serdeable
public record SecretDetail(String id, String statement, String kind, String story, @Nullable Long asOf,
                           List<CharacterRef> subjects, List<Keeper> keepers, List<Knower> knowers,
                           List<Report> reports) {
    @Serdeable
    public record Keeper(CharacterRef character, List<Evidence> evidence) {
    }

    /** how: TOOK_PART, CONFESSED, TOLD, DISCOVERED or DEDUCED; order: the earliest sentence showing it. */
    @Serdeable
    public record Knower(CharacterRef character, @Nullable String how, @Nullable Long order, @Nullable String when,
                         List<Evidence> evidence) {
    }

    @Serdeable
    public record Report(String document, @Nullable String title, List<Evidence> evidence) {
    }
}
