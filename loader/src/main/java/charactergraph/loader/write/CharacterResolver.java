package charactergraph.loader.write;

import charactergraph.model.Character;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which graph character each character of an article is: an existing character of the same story, or a
 * new one. Characters of other stories are never candidates (the caller only passes the story's characters).
 *
 * <p>Matching goes by tiers, the first tier with exactly one candidate wins:
 * <ol>
 *   <li>the character this same document gave the same canonical name on its previous load (a reload keeps its
 *       mapping even when later articles made a name ambiguous);</li>
 *   <li>same canonical name (full-name match, case-insensitive);</li>
 *   <li>the article's canonical name is one of the existing character's names, or the other way round;</li>
 *   <li>any alias of the article's character is one of the existing character's names;</li>
 *   <li>a one-word name is the first or last word of the other side's full name ("Anna" and "Anna Berg").</li>
 * </ol>
 * A tier with two or more candidates is ambiguous ("Anna" when the story has Anna Berg and Anna Lind) and is
 * passed over rather than guessed; with no unique match the character is new, with id
 * {@code <story id>/<slug of its name>} (plus a number if that id is taken).
 */
final class CharacterResolver {

    /** A character the story already has. {@code mentionedAs} is this document's previous name for it, or null. */
    record Known(String id, String name, List<String> names, String mentionedAs) {
    }

    /** The outcome: article character id to graph id, and which graph ids are new. */
    record Resolution(Map<String, String> graphIds, Set<String> created) {
        String graphId(String extractionId) {
            return graphIds.get(extractionId);
        }
    }

    private CharacterResolver() {
    }

    static Resolution resolve(String storyId, List<Known> existing, List<Character> characters) {
        Map<String, List<Known>> byPrevious = new HashMap<>();
        Map<String, List<Known>> byCanonical = new HashMap<>();
        Map<String, List<Known>> byAnyName = new HashMap<>();
        Set<String> takenIds = new HashSet<>();
        for (Known k : existing) {
            takenIds.add(k.id());
            if (k.mentionedAs() != null) {
                byPrevious.computeIfAbsent(lower(k.mentionedAs()), x -> new ArrayList<>()).add(k);
            }
            if (k.name() != null) {
                byCanonical.computeIfAbsent(lower(k.name()), x -> new ArrayList<>()).add(k);
            }
            Set<String> names = new HashSet<>();
            if (k.name() != null) {
                names.add(lower(k.name()));
            }
            for (String n : k.names()) {
                names.add(lower(n));
            }
            for (String n : names) {
                byAnyName.computeIfAbsent(n, x -> new ArrayList<>()).add(k);
            }
        }

        Map<String, String> graphIds = new LinkedHashMap<>();
        Set<String> created = new HashSet<>();
        for (Character c : characters) {
            if (graphIds.containsKey(c.id())) {
                continue;
            }
            String match = match(c, byPrevious, byCanonical, byAnyName);
            if (match == null) {
                String base = storyId + "/" + nonEmptySlug(c);
                match = base;
                for (int n = 2; takenIds.contains(match); n++) {
                    match = base + "-" + n;
                }
                takenIds.add(match);
                created.add(match);
            }
            graphIds.put(c.id(), match);
        }
        return new Resolution(graphIds, created);
    }

    private static String match(Character c, Map<String, List<Known>> byPrevious,
                                Map<String, List<Known>> byCanonical, Map<String, List<Known>> byAnyName) {
        String name = lower(c.name());
        String unique = unique(byPrevious.get(name));
        if (unique != null) {
            return unique;
        }
        unique = unique(byCanonical.get(name));
        if (unique != null) {
            return unique;
        }
        // The article's full name is an alias of an existing character, or an existing full name is one of the
        // article's aliases ("Anna" already in the graph, the article says "Anna Berg, called Anna").
        Set<String> tier3 = new HashSet<>(ids(byAnyName.get(name)));
        for (String alias : c.aliases()) {
            for (Known k : byCanonical.getOrDefault(lower(alias), List.of())) {
                tier3.add(k.id());
            }
        }
        if (tier3.size() == 1) {
            return tier3.iterator().next();
        }
        if (tier3.size() > 1) {
            return null;
        }
        Set<String> tier4 = new HashSet<>();
        for (String alias : c.aliases()) {
            tier4.addAll(ids(byAnyName.get(lower(alias))));
        }
        if (tier4.size() == 1) {
            return tier4.iterator().next();
        }
        if (tier4.size() > 1) {
            return null;
        }
        // A one-word name is the first or last word of exactly one existing full name ("Anna" and "Anna Berg"),
        // or an existing one-word name is the first or last word of the article's full name.
        Set<String> tier5 = new HashSet<>();
        List<String> articleNames = new ArrayList<>();
        articleNames.add(name);
        c.aliases().forEach(a -> articleNames.add(lower(a)));
        for (Known k : byAnyName.values().stream().flatMap(List::stream).distinct().toList()) {
            List<String> knownNames = new ArrayList<>();
            if (k.name() != null) {
                knownNames.add(lower(k.name()));
            }
            k.names().forEach(n -> knownNames.add(lower(n)));
            if (sharesEdgeWord(articleNames, knownNames) || sharesEdgeWord(knownNames, articleNames)) {
                tier5.add(k.id());
            }
        }
        return tier5.size() == 1 ? tier5.iterator().next() : null;
    }

    /** Some one-word name of {@code shorts} is the first or last word of a longer name of {@code longs}. */
    private static boolean sharesEdgeWord(List<String> shorts, List<String> longs) {
        for (String s : shorts) {
            if (s.isEmpty() || s.contains(" ")) {
                continue;
            }
            for (String l : longs) {
                String[] words = l.split(" ");
                if (words.length > 1 && (words[0].equals(s) || words[words.length - 1].equals(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String unique(List<Known> candidates) {
        if (candidates == null) {
            return null;
        }
        Set<String> ids = new HashSet<>(ids(candidates));
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    private static List<String> ids(List<Known> candidates) {
        return candidates == null ? List.of() : candidates.stream().map(Known::id).toList();
    }

    private static String nonEmptySlug(Character c) {
        String slug = Slugs.slug(c.name());
        return slug.isEmpty() ? (Slugs.slug(c.id()).isEmpty() ? "character" : Slugs.slug(c.id())) : slug;
    }

    static String lower(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
