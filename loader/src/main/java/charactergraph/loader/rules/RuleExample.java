package charactergraph.loader.rules;

/**
 * An example a rule carries: a short text and what the rule must make of it, written
 * {@code example: Tom strangled Ann. => Tom -> Ann} (for a kinship rule the relation type comes first:
 * {@code => PARENT_OF Rob -> Ann}; for a marker, the names it marks: {@code => Ann}).
 *
 * @param text     the text to extract from
 * @param expected what must come out, as written after "=>", or empty when the example only needs the rule to fire
 */
public record RuleExample(String text, String expected) {
    static RuleExample parse(String value) {
        int arrow = value.lastIndexOf("=>");
        return arrow < 0 ? new RuleExample(value.strip(), "") : new RuleExample(value.substring(0, arrow).strip(),
                value.substring(arrow + 2).strip());
    }
}
