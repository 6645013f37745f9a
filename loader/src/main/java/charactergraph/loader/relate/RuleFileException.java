package charactergraph.loader.relate;

/** A rule file that cannot be used: the message names the file, the rule and what to fix. */
public class RuleFileException extends RuntimeException {
    public RuleFileException(String message) {
        super(message);
    }
}
