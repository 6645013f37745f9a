package charactergraph.loader.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A graph character's names, recomputed from what every document that mentions it calls it: the canonical name is
 * the fullest name any document uses as its canonical name (most words, then longest), every other name is an
 * alias. So "Anna" from one article and "Anna Berg" from another make one character named Anna Berg, and removing
 * the second article brings the name back to Anna.
 */
final class CharacterNames {

    /** What one document calls the character. */
    record Use(String document, String name, List<String> aliases, String gender, long mentions) {
    }

    /** The node's properties. {@code names} holds every name in lower case, for look-up. */
    record Names(String name, List<String> aliases, List<String> names, String gender, long mentions) {
    }

    private CharacterNames() {
    }

    static Names of(List<Use> uses) {
        List<Use> ordered = new ArrayList<>(uses);
        ordered.sort(Comparator.comparing(Use::document));
        String best = null;
        for (Use u : ordered) {
            if (best == null || fuller(u.name(), best)) {
                best = u.name();
            }
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(CharacterResolver.lower(best), best);
        for (Use u : ordered) {
            all.putIfAbsent(CharacterResolver.lower(u.name()), u.name());
            for (String a : u.aliases()) {
                if (!a.isBlank()) {
                    all.putIfAbsent(CharacterResolver.lower(a), a.strip());
                }
            }
        }
        List<String> aliases = new ArrayList<>(all.values()).subList(1, all.size());
        List<String> names = new ArrayList<>(all.keySet());

        Map<String, Integer> genders = new HashMap<>();
        long mentions = 0;
        for (Use u : ordered) {
            mentions += u.mentions();
            if (u.gender() != null && !u.gender().equals("UNKNOWN")) {
                genders.merge(u.gender(), 1, Integer::sum);
            }
        }
        String gender = genders.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("UNKNOWN");
        return new Names(best, List.copyOf(aliases), List.copyOf(names), gender, mentions);
    }

    /** More words wins, then more characters, then alphabetical order (so the choice never depends on load order). */
    static boolean fuller(String candidate, String current) {
        int a = words(candidate);
        int b = words(current);
        if (a != b) {
            return a > b;
        }
        if (candidate.length() != current.length()) {
            return candidate.length() > current.length();
        }
        return candidate.toLowerCase(Locale.ROOT).compareTo(current.toLowerCase(Locale.ROOT)) < 0;
    }

    private static int words(String s) {
        return s.strip().isEmpty() ? 0 : s.strip().split("\\s+").length;
    }
}
