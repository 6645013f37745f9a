package charactergraph.loader.secrets;

import charactergraph.loader.annotate.AnnotatedText;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.util.List;

public final class SecretExtractor {
    public List<Secret> extract(AnnotatedText text, Cast cast, List<Relation> relations) {
        return List.of();
    }
}
