package charactergraph.loader.write;

/**
 * Called by {@link GraphWriter} inside the article's transaction after each stage of the write ("stripped",
 * "characters", "relations", "secrets", "finalized"). Throwing from it aborts the article and rolls its
 * transaction back; the tests use it to check that a failure half-way leaves the graph as it was.
 */
@FunctionalInterface
public interface WriteHook {
    WriteHook NONE = stage -> {
    };

    void afterStage(String stage);
}
