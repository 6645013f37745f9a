package charactergraph.api.documents;

import jakarta.inject.Singleton;

import charactergraph.loader.ArticleExtractor;

/**
 * The NLP pipeline, built on first use (CoreNLP loads its models in ~10 s and holds ~0.8 GB), so an app that never
 * receives an article never pays for it.
 */
@Singleton
public class ExtractorProvider {
    private ArticleExtractor extractor;

    public synchronized ArticleExtractor get() {
        if (extractor == null) {
            extractor = new ArticleExtractor();
        }
        return extractor;
    }
}
