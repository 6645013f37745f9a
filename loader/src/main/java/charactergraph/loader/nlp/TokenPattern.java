package charactergraph.loader.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/** A TokensRegex pattern over a sentence's tokens; capture groups are named {@code (?$name ...)}. */
public final class TokenPattern {
    private final TokenSequencePattern pattern;
    private final String text;

    private TokenPattern(TokenSequencePattern pattern, String text) {
        this.pattern = pattern;
        this.text = text;
    }

    /** @throws IllegalArgumentException with the parser's message when the pattern does not compile */
    public static TokenPattern compile(String tokensRegex) {
        try {
            return new TokenPattern(TokenSequencePattern.compile(tokensRegex), tokensRegex);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException(message.lines().findFirst().orElse(message), e);
        }
    }

    public Matcher matcher(Sentence sentence) {
        return new Matcher(sentence, pattern.getMatcher(sentence.coreLabels()));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Walks the matches of the pattern in one sentence. */
    public static final class Matcher {
        private final Sentence sentence;
        private final TokenSequenceMatcher matcher;

        private Matcher(Sentence sentence, TokenSequenceMatcher matcher) {
            this.sentence = sentence;
            this.matcher = matcher;
        }

        public boolean find() {
            return matcher.find();
        }

        /** 0-based position of the match's first token in the sentence. */
        public int start() {
            return matcher.start();
        }

        /** 0-based position after the match's last token. */
        public int end() {
            return matcher.end();
        }

        /** The tokens a named group captured ({@code "$name"}), or null when the group took no part. */
        public List<Token> group(String name) {
            List<? extends CoreMap> nodes = matcher.groupNodes(name);
            if (nodes == null) {
                return null;
            }
            List<Token> out = new ArrayList<>(nodes.size());
            for (CoreMap n : nodes) {
                out.add(sentence.tokens().get(((CoreLabel) n).index() - 1));
            }
            return out;
        }

        /** 0-based start of a named group, or -1. */
        public int start(String name) {
            return matcher.start(name);
        }

        /** 0-based end of a named group, or -1. */
        public int end(String name) {
            return matcher.end(name);
        }
    }
}
