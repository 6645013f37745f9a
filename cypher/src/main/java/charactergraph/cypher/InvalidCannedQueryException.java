package charactergraph.cypher;

/** A canned query file that cannot be served: its header is incomplete or disagrees with its Cypher. */
public final class InvalidCannedQueryException extends RuntimeException {
    private final String file;

    public InvalidCannedQueryException(String file, String problem) {
        super("canned query " + file + ": " + problem);
        this.file = file;
    }

    /** The file name inside {@code queries/}. */
    public String file() {
        return file;
    }
}
