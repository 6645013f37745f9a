package charactergraph.api.queries;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A canned query of the catalogue ({@code cypher/queries}): what it answers, what it takes and returns. */
@Serdeable
public record QueryInfo(String name, String question, List<Param> parameters, List<Column> columns,
                        List<String> notes) {
    /** type: string, integer, number, boolean or any (taken from the example). */
    @Serdeable
    public record Param(String name, boolean required, String type, String description, @Nullable Object example) {
    }

    @Serdeable
    public record Column(String name, String description) {
    }
}
