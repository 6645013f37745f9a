package charactergraph.loader.write;

import java.util.List;
import java.util.Map;

/**
 * What one article's write did.
 *
 * @param documentId    the document
 * @param characters    article character id to graph character id (after merging within the story)
 * @param newCharacters how many characters the story did not have before
 * @param relations     relationships between characters written (after merging duplicates and symmetric pairs)
 * @param secrets       secrets written
 * @param warnings      parts of the extraction that were left out, and why (a relation without evidence, an
 *                      unknown character id)
 * @param unchanged     true when {@link GraphWriter#writeIfChanged} found these bytes already loaded in this story
 *                      (by another load that committed first) and wrote nothing but, if changed, title and source
 */
public record WriteResult(String documentId, Map<String, String> characters, int newCharacters, int relations,
                          int secrets, List<String> warnings, boolean unchanged) {

    /** A result of an article actually written. */
    public WriteResult(String documentId, Map<String, String> characters, int newCharacters, int relations,
                       int secrets, List<String> warnings) {
        this(documentId, characters, newCharacters, relations, secrets, warnings, false);
    }
}
