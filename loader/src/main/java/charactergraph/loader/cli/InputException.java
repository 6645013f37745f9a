package charactergraph.loader.cli;

/** An input file the loader cannot use (missing, a directory, empty, binary, too large): the message says why. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
