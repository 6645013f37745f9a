package charactergraph.api.testsupport;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import charactergraph.api.documents.ExtractorProvider;
import charactergraph.loader.ArticleExtractor;

/** In tests every app context uses the JVM's one pipeline ({@link SeedGraph#extractor()}): CoreNLP loads once. */
@Singleton
@Replaces(ExtractorProvider.class)
public class SharedExtractorProvider extends ExtractorProvider {
    @Override
    public ArticleExtractor get() {
        return SeedGraph.extractor();
    }
}
