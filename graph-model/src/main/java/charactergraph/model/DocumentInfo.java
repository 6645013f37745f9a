package charactergraph.model;

import java.util.Objects;

/**
 * An article the graph was built from.
 *
 * @param id     a slug of the file name without extension ("all-her-fault-ending")
 * @param title  from the metadata file, or the file name
 * @param source where the article comes from (publisher, URL), or null
 * @param story  the story it is about; characters merge only within one story
 * @param sha256 of the file's bytes: an unchanged article is skipped on reload
 */
public record DocumentInfo(String id, String title, String source, String story, String sha256) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
    }
}
