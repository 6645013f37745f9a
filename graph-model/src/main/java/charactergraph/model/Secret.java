package charactergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact somebody concealed, with who it is about, who kept it, and who knew it.
 *
 * @param id        stable within one extraction (a slug of kind and subjects)
 * @param statement the secret in one sentence, built from the text
 * @param kind      what sort of fact was concealed
 * @param subjects  ids of the characters the secret is about
 * @param keepers   ids of the characters who concealed it
 * @param knowers   who knew it, how and when; keepers are knowers too
 * @param evidence  the sentences that establish the secret itself
 */
public record Secret(String id, String statement, SecretKind kind, List<String> subjects, List<String> keepers,
                     List<Knowledge> knowers, List<Evidence> evidence) {
    public Secret {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        subjects = List.copyOf(subjects == null ? List.of() : subjects);
        keepers = List.copyOf(keepers == null ? List.of() : keepers);
        knowers = List.copyOf(knowers == null ? List.of() : knowers);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }
}
