package charactergraph.loader;

import charactergraph.model.DocumentInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timer behind the loader's bench command and the bench module: its counts add up, its shares are shares. */
class ExtractionTimerTest {
    private static final String WREN = "Ada Wren poisoned her business partner Tom Hale in the second episode. "
            + "Her brother Ned Wren helped her hide the body.";
    private static final String MOSS = "Lena Moss kidnapped the mayor's son. Detective Ravi Shah rescued him.";

    private final ExtractionTimer timer = new ExtractionTimer(new ArticleExtractor());

    private static ExtractionTimer.Article article(String id, String text) {
        return new ExtractionTimer.Article(new DocumentInfo(id, id, null, "Timer Test", null), text);
    }

    @Test
    void measureReportsTheArticlesTokensAndStagesThatFitInTheWarmTime() {
        ExtractionTimer.ArticleFigures f = timer.measure(article("wren", WREN), 2);
        assertEquals("wren", f.documentId());
        assertEquals(2, f.sentences());
        int tokens = NlpFixture.extract(WREN).parsed().tokenCount();
        assertEquals(tokens, f.tokens());
        assertEquals(2, f.runs());
        var s = f.meanStages();
        long stages = s.cleanMs() + s.annotateMs() + s.afterAnnotationMs();
        // Per-stage means are truncated to whole milliseconds, so they can fall short of the wall-clock mean by a few.
        assertTrue(stages <= f.meanMs() + 1, stages + " ms of stages > " + f.meanMs() + " ms in all");
        assertTrue(s.annotateMs() > 0, "CoreNLP's annotation takes time");
        assertEquals((double) s.afterAnnotationMs() / s.annotateMs(), f.afterAnnotationShare(), 1e-9);
        assertEquals(f.meanMs() * 1000 / f.tokens(), f.msPerThousandTokens(), 1e-9);
    }

    @Test
    void corpusRunsEveryArticleOncePerPassOnEveryWorker() throws Exception {
        List<ExtractionTimer.Article> corpus = List.of(article("wren", WREN), article("moss", MOSS));
        long tokens = NlpFixture.extract(WREN).parsed().tokenCount()
                + NlpFixture.extract(MOSS).parsed().tokenCount();
        ExtractionTimer.CorpusFigures one = timer.corpus(corpus, 1, 2);
        assertEquals(4, one.articles());
        assertEquals(2 * tokens, one.tokens());
        ExtractionTimer.CorpusFigures two = timer.corpus(corpus, 2, 3);
        assertEquals(2, two.workers());
        assertEquals(6, two.articles());
        assertEquals(3 * tokens, two.tokens());
        assertEquals(two.tokens() / two.seconds(), two.tokensPerSecond(), 1e-9);
    }

    @Test
    void zeroRunsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> timer.measure(article("wren", WREN), 0));
    }
}
