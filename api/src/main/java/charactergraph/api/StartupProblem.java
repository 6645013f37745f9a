package charactergraph.api;

/**
 * A start-up failure the user can fix by changing configuration: its message says what is wrong and which setting
 * to change. {@link Application} prints only the message (no stack trace) and exits with a non-zero status.
 */
public class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
