package charactergraph.api.secrets;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;

/** A secret in a list: what it is, whom it concerns, who kept it, and how many knew it. */
@Serdeable
public record SecretSummary(String id, String statement, String kind, String story, List<CharacterRef> subjects,
                            List<CharacterRef> keepers, long knowers) {
}
