package charactergraph.loader.rules;

/**
 * A rule file, lexicon or parameter that cannot be used. The message starts with the file and line ("where") and
 * says what to fix; the loader stops at start with it rather than extract with a rule half understood.
 */
public final class RuleFileException extends RuntimeException {
    private final String file;
    private final int line;

    /**
     * @param file the file as the catalog describes it ("classpath:rules/relations/killed.rules", or a path)
     * @param line the 1-based line, or 0 when the problem is the file as a whole
     */
    public RuleFileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
