package charactergraph.loader.write;

/** How much the graph holds; relationships counts only those between characters. */
public record GraphCounts(long documents, long characters, long relationships, long secrets, long actors) {
}
