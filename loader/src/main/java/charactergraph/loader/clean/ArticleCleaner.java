package charactergraph.loader.clean;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.rules.RuleFileException;
import charactergraph.loader.rules.RuleLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Stage 1: keeps the narrative of a web article and blanks out its boilerplate (newsletter prompts, cross-links,
 * link lists, publisher notes, share prompts) and its headings. The markers are data, in
 * {@code rules/boilerplate.txt} and {@code rules/headings.txt}.
 *
 * <p>Dropped characters become spaces and line breaks are kept, so the cleaned text has the original's length and
 * every offset CoreNLP computes on it is an offset into the file.
 */
public final class ArticleCleaner {
    static final String BOILERPLATE_RULES = "boilerplate.txt";
    static final String HEADING_RULES = "headings.txt";

    private record Marker(String kind, String id, Pattern pattern) {
    }

    /** Longest run of words without sentence punctuation or a line break that reaches the parser in one piece. */
    static final int MAX_SENTENCE_WORDS = 120;

    /** Lines longer than this (in characters) are cleaned sentence by sentence. */
    static final int LONG_LINE = 600;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

    private final List<Marker> markers = new ArrayList<>();
    private int headingMaxWords = 16;
    private boolean questionHeadings = true;
    private double titleCaseRatio = 0.75;
    private final Set<String> smallWords = new HashSet<>();
    private final List<Pattern> keep = new ArrayList<>();

    public ArticleCleaner() {
        this(RuleCatalog.builtIn());
    }

    public ArticleCleaner(RuleCatalog rules) {
        this(rules.lines(BOILERPLATE_RULES), rules.lines(HEADING_RULES));
    }

    /** Builds a cleaner from the lines of its two rule files; a malformed rule fails here, at start. */
    public ArticleCleaner(List<RuleLine> boilerplate, List<RuleLine> headings) {
        for (RuleLine line : boilerplate) {
            String[] parts = line.text().split("\\s+", 3);
            if (parts.length < 3 || !(parts[0].equals("line") || parts[0].equals("block"))) {
                throw line.error("expected '<line|block> <id> <regex>'");
            }
            try {
                markers.add(new Marker(parts[0], parts[1],
                        Pattern.compile(parts[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (PatternSyntaxException e) {
                throw line.error("bad regex (" + e.getDescription() + ")");
            }
        }
        questionHeadings = false;
        titleCaseRatio = 2; // off unless configured
        for (RuleLine line : headings) {
            String[] parts = line.text().split("\\s+");
            try {
                switch (parts[0]) {
                    case "max-words" -> headingMaxWords = Integer.parseInt(parts[1]);
                    case "question" -> questionHeadings = true;
                    case "keep" -> keep.add(Pattern.compile(line.text().substring("keep".length()).strip()));
                    case "title-case" -> titleCaseRatio = Double.parseDouble(parts[1]);
                    case "small-words" -> {
                        for (int i = 1; i < parts.length; i++) {
                            smallWords.add(parts[i].toLowerCase(Locale.ROOT));
                        }
                    }
                    default -> throw line.error("unknown setting");
                }
            } catch (RuntimeException e) {
                if (e instanceof RuleFileException rfe) {
                    throw rfe;
                }
                throw line.error("bad value");
            }
        }
    }

    public CleanedText clean(String original) {
        char[] out = original.toCharArray();
        List<CleanedText.DroppedRegion> dropped = new ArrayList<>();
        List<int[]> lines = lineSpans(original);
        boolean inBlock = false;
        String blockId = null;
        List<int[]> segments = new ArrayList<>();
        for (int[] span : lines) {
            segments.addAll(segments(original, span));
        }
        for (int[] span : segments) {
            String line = original.substring(span[0], span[1]);
            String reason = null;
            if (inBlock) {
                if (line.isBlank() || isListItem(line)) {
                    reason = blockId;
                } else {
                    inBlock = false;
                }
            }
            if (reason == null && !line.isBlank()) {
                for (Marker m : markers) {
                    if (m.pattern().matcher(line).find()) {
                        reason = m.id();
                        if (m.kind().equals("block")) {
                            inBlock = true;
                            blockId = m.id();
                        }
                        break;
                    }
                }
            }
            if (reason == null && span[2] == 1 && isHeading(line)) { // a sentence inside a paragraph is no heading
                reason = "heading";
            }
            if (reason != null && !line.isBlank()) {
                for (int i = span[0]; i < span[1]; i++) {
                    if (out[i] != '\n' && out[i] != '\r') {
                        out[i] = ' ';
                    }
                }
                dropped.add(new CleanedText.DroppedRegion(span[0], span[1], reason));
            }
        }
        breakRunOnSentences(out);
        return new CleanedText(original, new String(out), dropped);
    }

    /**
     * A "sentence" of more than {@link #MAX_SENTENCE_WORDS} words (a text without punctuation, a pasted word list) is
     * cut with a line break at a space, which CoreNLP treats as a sentence break: the parse and pronoun resolution of
     * one sentence grow faster than its length (a 2,000-word line ran for more than ten minutes), and no article has
     * sentences that long. A line break replaces a space, so every offset stays an offset into the file.
     */
    static void breakRunOnSentences(char[] out) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\n' || c == '\r') {
                words = 0;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                if (inWord && i > 0 && ".!?".indexOf(out[i - 1]) >= 0) {
                    words = 0;
                } else if (inWord && words >= MAX_SENTENCE_WORDS) {
                    out[i] = '\n';
                    words = 0;
                }
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
        }
    }

    /**
     * A long line is a paragraph, or a whole article without line breaks: markers then apply sentence by sentence,
     * so that one newsletter prompt never blanks the narrative around it.
     */
    static List<int[]> segments(String text, int[] line) {
        if (line[1] - line[0] <= LONG_LINE) {
            return List.<int[]>of(new int[]{line[0], line[1], 1});
        }
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = SENTENCE_END.matcher(text).region(line[0], line[1]);
        int start = line[0];
        while (m.find()) {
            out.add(new int[]{start, m.start(), 0});
            start = m.end();
        }
        out.add(new int[]{start, line[1], 0});
        return out;
    }

    private static boolean isListItem(String line) {
        String t = line.strip();
        return t.startsWith("-") || t.startsWith("*") || t.startsWith("•") || t.startsWith("–") || t.startsWith("·");
    }

    /** A short line that is a question, or a title-case line without final sentence punctuation. */
    boolean isHeading(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > headingMaxWords) {
            return false;
        }
        for (Pattern k : keep) {
            if (k.matcher(t).find()) {
                return false;
            }
        }
        if (questionHeadings && t.endsWith("?")) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (".!\"”…:;".indexOf(last) >= 0) {
            return false;
        }
        int counted = 0;
        int capitalized = 0;
        for (String w : words) {
            String core = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (core.isEmpty() || smallWords.contains(core.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(core.charAt(0)) || Character.isDigit(core.charAt(0))) {
                capitalized++;
            }
        }
        return counted > 0 && capitalized >= titleCaseRatio * counted;
    }

    /** Line spans without their line terminators. */
    private static List<int[]> lineSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                spans.add(new int[]{start, i});
                start = i + 1;
            }
        }
        if (start < s.length()) {
            spans.add(new int[]{start, s.length()});
        }
        return spans;
    }
}
