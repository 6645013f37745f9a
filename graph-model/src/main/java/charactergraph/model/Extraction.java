package charactergraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the loader extracted from one article: the plain output of the pipeline, the input of the writer.
 * Relation ends, secret subjects, keepers and knowers refer to {@link Character#id()}.
 */
public record Extraction(DocumentInfo document, List<Character> characters, List<Relation> relations,
                         List<Secret> secrets) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        characters = List.copyOf(characters == null ? List.of() : characters);
        relations = List.copyOf(relations == null ? List.of() : relations);
        secrets = List.copyOf(secrets == null ? List.of() : secrets);
    }
}
