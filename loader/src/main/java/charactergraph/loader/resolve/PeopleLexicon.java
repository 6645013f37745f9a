package charactergraph.loader.resolve;

import charactergraph.loader.rules.RuleLine;
import charactergraph.model.Gender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pronouns, kinship nouns, titles and words that are never names ({@code rules/people.txt}), plus CoreNLP's lists
 * of common first names by gender (a weak hint, used only when the text itself says nothing).
 */
public final class PeopleLexicon {
    static final String FILE = "people.txt";

    private final Map<String, Gender> pronouns = new HashMap<>();
    private final Map<String, Gender> kin = new HashMap<>();
    private final Map<String, Gender> titles = new HashMap<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> maleFirstNames = new HashSet<>();
    private final Set<String> femaleFirstNames = new HashSet<>();

    /** @param lines the lines of {@code people.txt} */
    public PeopleLexicon(java.util.List<RuleLine> lines) {
        for (RuleLine line : lines) {
            String[] p = line.text().split("\\s+");
            String word = p.length > 1 ? p[1].toLowerCase(Locale.ROOT) : "";
            switch (p[0]) {
                case "pronoun" -> pronouns.put(word, gender(line, p));
                case "kin" -> kin.put(word, gender(line, p));
                case "title" -> titles.put(word, gender(line, p));
                case "not-name" -> notNames.add(word);
                default -> throw line.error("expected pronoun, kin, title or not-name");
            }
        }
        load("edu/stanford/nlp/models/gender/male_first_names.txt", maleFirstNames);
        load("edu/stanford/nlp/models/gender/female_first_names.txt", femaleFirstNames);
    }

    private static Gender gender(RuleLine line, String[] p) {
        if (p.length < 3) {
            throw line.error("missing gender");
        }
        return switch (p[2]) {
            case "MALE" -> Gender.MALE;
            case "FEMALE" -> Gender.FEMALE;
            case "ANY" -> Gender.UNKNOWN;
            default -> throw line.error("gender must be MALE, FEMALE or ANY");
        };
    }

    private static void load(String resource, Set<String> into) {
        InputStream in = PeopleLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return; // the hint is optional
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            while ((s = r.readLine()) != null) {
                if (!s.isBlank()) {
                    into.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            // a missing hint only weakens gender guesses
        }
    }

    public Optional<Gender> pronoun(String word) {
        return Optional.ofNullable(pronouns.get(word.toLowerCase(Locale.ROOT)));
    }

    public Optional<Gender> kin(String word) {
        return Optional.ofNullable(kin.get(word.toLowerCase(Locale.ROOT)));
    }

    public Optional<Gender> title(String word) {
        return Optional.ofNullable(titles.get(word.toLowerCase(Locale.ROOT)));
    }

    public boolean notName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }

    public Gender firstNameGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean m = maleFirstNames.contains(w);
        boolean f = femaleFirstNames.contains(w);
        return m == f ? Gender.UNKNOWN : m ? Gender.MALE : Gender.FEMALE;
    }
}
