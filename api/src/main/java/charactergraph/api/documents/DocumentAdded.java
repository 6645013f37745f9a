package charactergraph.api.documents;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What loading an article did. {@code unchanged}: the graph already held exactly this text for this story, nothing
 * ran. {@code characters}: the article's characters as graph ids; {@code newCharacters}: how many the story did not
 * have before; {@code relationships}, {@code secrets}: how many were written; {@code warnings}: what was left out.
 */
@Serdeable
public record DocumentAdded(String id, String story, boolean unchanged, List<String> characters, int newCharacters,
                            int relationships, int secrets, List<String> warnings, long extractMillis) {
}
