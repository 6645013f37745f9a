package charactergraph.loader.cli;

/** The command line was wrong (missing or unknown argument): the message says what to type instead. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
