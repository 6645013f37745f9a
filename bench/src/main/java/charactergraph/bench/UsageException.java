package charactergraph.bench;

/** A bad command line: printed as one line with the usage, exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
