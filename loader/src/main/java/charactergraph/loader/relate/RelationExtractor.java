package charactergraph.loader.relate;

import charactergraph.loader.annotate.AnnotatedText;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Relation;

import java.util.List;

/**
 * Stage 4: relations between characters. PLACEHOLDER until the loader-rules branch (which owns this class) is
 * merged: it finds nothing. The signature is the contract between the two branches.
 */
public final class RelationExtractor {
    public List<Relation> extract(AnnotatedText text, Cast cast) {
        return List.of();
    }
}
