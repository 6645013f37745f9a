package charactergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A fictional person of a story.
 *
 * @param id       stable within one extraction: a slug of the canonical name (for example "peter-irvine")
 * @param name     the canonical name: the longest full name the text gives the person
 * @param aliases  every other name the text uses for them: first names, titles, false identities
 * @param actor    the actor who plays them, or null
 * @param gender   as the text shows it
 * @param mentions how often the text names or refers to them (for ranking)
 * @param evidence where the character is introduced, and where the actor is named
 */
public record Character(String id, String name, List<String> aliases, String actor, Gender gender, int mentions,
                        List<Evidence> evidence) {
    public Character {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        gender = gender == null ? Gender.UNKNOWN : gender;
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** The name and every alias, name first. */
    public List<String> allNames() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
