package charactergraph.loader.secrets;

import charactergraph.loader.annotate.AnnotatedText;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.util.List;

/**
 * Stage 5: secrets and who knew them. PLACEHOLDER until the loader-rules branch (which owns this class) is
 * merged: it finds nothing. The signature is the contract between the two branches.
 */
public final class SecretExtractor {
    public List<Secret> extract(AnnotatedText text, Cast cast, List<Relation> relations) {
        return List.of();
    }
}
