package charactergraph.loader.rules;

/**
 * A meaningful line of a rule file (comments and blank lines are skipped), with where it is, for error messages.
 *
 * @param file   the file as the catalog describes it
 * @param number the 1-based line number
 * @param text   the line, stripped
 */
public record RuleLine(String file, int number, String text) {
    /** An exception naming this line: "file:number: message: text". */
    public RuleFileException error(String message) {
        return new RuleFileException(file, number, message + ": " + text);
    }

    /** The line's fields separated by tabs (the format of the .tsv tables). */
    public String[] columns() {
        return text.split("\\t+");
    }
}
