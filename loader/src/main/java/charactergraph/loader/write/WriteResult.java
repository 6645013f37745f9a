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
 */
public record WriteResult(String documentId, Map<String, String> characters, int newCharacters, int relations,
                          int secrets, List<String> warnings) {
}
