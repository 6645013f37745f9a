package charactergraph.bench;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic extractions, as the pipeline would hand them to the writer: deterministic for a seed, with invented
 * names (no real story), a relationship-type mix shaped like the thriller recaps the loader reads (families,
 * marriages and friendships common, killings and kidnappings rare), and evidence entries with quotes, spans,
 * rules, confidences and statuses.
 */
final class SyntheticStories {
    /** Relative frequency of each type between characters; PLAYS comes from the characters' actors instead. */
    static final Map<RelationType, Integer> TYPE_MIX = new EnumMap<>(RelationType.class);

    static {
        TYPE_MIX.put(RelationType.PARENT_OF, 14);
        TYPE_MIX.put(RelationType.FRIEND_OF, 14);
        TYPE_MIX.put(RelationType.SIBLING_OF, 9);
        TYPE_MIX.put(RelationType.MARRIED_TO, 8);
        TYPE_MIX.put(RelationType.EMPLOYS, 8);
        TYPE_MIX.put(RelationType.THREATENED, 8);
        TYPE_MIX.put(RelationType.BETRAYED, 7);
        TYPE_MIX.put(RelationType.EX_PARTNER_OF, 5);
        TYPE_MIX.put(RelationType.ACCOMPLICE_OF, 5);
        TYPE_MIX.put(RelationType.COVERS_UP_FOR, 4);
        TYPE_MIX.put(RelationType.INJURED, 4);
        TYPE_MIX.put(RelationType.RESCUED, 4);
        TYPE_MIX.put(RelationType.KILLED, 3);
        TYPE_MIX.put(RelationType.KIDNAPPED, 2);
        TYPE_MIX.put(RelationType.SECRETLY_PARENT_OF, 1);
    }

    private static final String[] SYLLABLES = {"ma", "ri", "sa", "jo", "el", "an", "to", "ve", "lu", "ka", "de", "no",
            "bel", "cor", "dan", "fi", "gra", "hal", "is", "mor", "pe", "quin", "ros", "tam", "ul", "wen", "yar", "zo"};
    private static final String[] VERBS = {"confronts", "meets", "follows", "calls", "visits", "warns", "helps",
            "lies to", "argues with", "watches"};
    private static final FactStatus[] STATUS_MIX = {FactStatus.STATED, FactStatus.STATED, FactStatus.STATED,
            FactStatus.STATED, FactStatus.STATED, FactStatus.STATED, FactStatus.STATED, FactStatus.IMPLIED,
            FactStatus.IMPLIED, FactStatus.ALLEGED};

    private final RelationType[] weighted;

    SyntheticStories() {
        List<RelationType> w = new ArrayList<>();
        TYPE_MIX.forEach((t, n) -> w.addAll(Collections.nCopies(n, t)));
        weighted = w.toArray(RelationType[]::new);
    }

    // ---- one story of the scale graph ------------------------------------------------------------------------

    /** Story {@code index} of a scale graph: one article with its cast, relationships and secrets. */
    Extraction story(int index, int characters, int relationships, int secrets, long seed) {
        Random random = new Random(seed * 1_000_003L + index);
        String storyName = "Synthetic Story " + index;
        String docId = "synthetic-" + index;
        List<String> firsts = names(random, characters, 2);
        List<String> lasts = names(random, characters, 3);
        List<Character> cast = new ArrayList<>(characters);
        int sentence = 0;
        for (int i = 0; i < characters; i++) {
            String first = cap(firsts.get(i));
            String full = first + " " + cap(lasts.get(i));
            String actor = random.nextInt(10) < 3 ? "Actor " + cap(names(random, 1, 2).get(0)) + " "
                    + cap(names(random, 1, 3).get(0)) + " " + index : null;
            String quote = actor == null ? full + " returns home after years away."
                    : full + " (played by " + actor + ") returns home after years away.";
            int s = sentence++;
            cast.add(new Character("c" + i, full, List.of(first), actor,
                    Gender.values()[random.nextInt(Gender.values().length)], 1 + random.nextInt(30),
                    List.of(evidence(docId, s, quote, "intro", random))));
        }
        List<Relation> rels = relations(docId, cast, relationships, random, sentence);
        sentence += relationships * 2;
        List<Secret> secs = new ArrayList<>(secrets);
        SecretKind[] kinds = SecretKind.values();
        KnowledgeSource[] hows = KnowledgeSource.values();
        for (int j = 0; j < secrets; j++) {
            SecretKind kind = kinds[random.nextInt(kinds.length)];
            List<Integer> people = distinct(random, characters, 3 + random.nextInt(6));
            List<String> subjects = List.of("c" + people.get(0));
            int keeperCount = Math.min(1 + random.nextInt(2), people.size() - 1);
            List<String> keepers = new ArrayList<>();
            for (int k = 0; k < keeperCount; k++) {
                keepers.add("c" + people.get(1 + k));
            }
            String statement = cast.get(people.get(1)).name() + " hid " + kind.name().toLowerCase().replace('_', ' ')
                    + " involving " + cast.get(people.get(0)).name() + ".";
            List<Knowledge> knowers = new ArrayList<>();
            for (int k = 1; k < people.size(); k++) {
                int s = sentence++;
                String who = cast.get(people.get(k)).name();
                String quote = who + " learns that " + statement.substring(0, statement.length() - 1).toLowerCase() + ".";
                knowers.add(new Knowledge("c" + people.get(k), hows[random.nextInt(hows.length)], s,
                        random.nextInt(4) == 0 ? "in the finale" : null, evidence(docId, s, quote, "knows", random)));
            }
            int s = sentence++;
            secs.add(new Secret("s" + j, statement, kind, subjects, keepers, knowers,
                    List.of(evidence(docId, s, statement, "secret", random))));
        }
        return new Extraction(new DocumentInfo(docId, storyName + " recap", "synthetic://" + docId, storyName,
                "sha-synthetic-" + seed + "-" + index), cast, rels, secs);
    }

    private List<Relation> relations(String docId, List<Character> cast, int count, Random random, int firstSentence) {
        int n = cast.size();
        int max = n * (n - 1) * TYPE_MIX.size() / 2;
        if (count > max) {
            throw new UsageException("cannot place " + count + " distinct relationships among " + n
                    + " characters per story; use more characters or fewer relationships");
        }
        Set<String> seen = new HashSet<>();
        List<Relation> out = new ArrayList<>(count);
        int sentence = firstSentence;
        while (out.size() < count) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            RelationType type = weighted[random.nextInt(weighted.length)];
            String key = pairKey(type, a, b);
            if (a == b || !seen.add(key)) {
                continue;
            }
            // One to three supporting sentences, as when a recap states a fact and later returns to it.
            int entries = random.nextInt(10) < 6 ? 1 : random.nextInt(3) < 2 ? 2 : 3;
            List<Evidence> ev = new ArrayList<>(entries);
            for (int e = 0; e < entries; e++) {
                String quote = cast.get(a).name() + " " + VERBS[random.nextInt(VERBS.length)] + " "
                        + cast.get(b).name() + ", and the " + type.name().toLowerCase().replace('_', ' ')
                        + " comes out in the scene that follows.";
                ev.add(evidence(docId, sentence++, quote, "rel-" + type.name().toLowerCase(), random));
            }
            boolean accidental = (type == RelationType.KILLED || type == RelationType.INJURED) && random.nextInt(5) == 0;
            out.add(new Relation(type, "c" + a, "c" + b, accidental, ev.get(0).status(), ev));
        }
        return out;
    }

    /** Which relationship {@code a -> b} of {@code type} is: a symmetric type's is the same either way round. */
    private static String pairKey(RelationType type, int a, int b) {
        return type.symmetric() ? type + ":" + Math.min(a, b) + ":" + Math.max(a, b) : type + ":" + a + ":" + b;
    }

    private static Evidence evidence(String docId, int sentence, String quote, String rule, Random random) {
        int start = sentence * 120;
        return new Evidence(docId, sentence, start, start + quote.length(), quote, rule,
                0.5 + random.nextInt(46) / 100.0, STATUS_MIX[random.nextInt(STATUS_MIX.length)]);
    }

    /** {@code count} different invented names of {@code syllables} syllables. */
    private static List<String> names(Random random, int count, int syllables) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            out.add(b.toString());
        }
        return new ArrayList<>(out);
    }

    private static List<Integer> distinct(Random random, int bound, int count) {
        Set<Integer> out = new LinkedHashSet<>();
        while (out.size() < Math.min(count, bound)) {
            out.add(random.nextInt(bound));
        }
        return new ArrayList<>(out);
    }

    private static String cap(String s) {
        return java.lang.Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- one large article, for the write benchmark -----------------------------------------------------------

    /**
     * One article with {@code characters} characters and {@code relationships} relationships of random types
     * between random pairs, each with one evidence entry: the writer's batched statements at their largest.
     */
    static Extraction bigArticle(String docId, String story, int characters, int relationships, long seed) {
        Random random = new Random(seed);
        List<Character> cast = new ArrayList<>(characters);
        for (int i = 0; i < characters; i++) {
            String name = "Person" + i + " Surname" + (i * 7919 % 100_003);
            cast.add(new Character("c" + i, name, List.of("Person" + i), null, Gender.UNKNOWN, 1,
                    List.of(new Evidence(docId, i, i * 10, i * 10 + name.length(), name, "bench-intro", 0.9,
                            FactStatus.STATED))));
        }
        return new Extraction(new DocumentInfo(docId, docId, "synthetic", story, "sha-" + docId), cast,
                uniformRelations(docId, characters, relationships, random), List.of());
    }

    /** Relationships of uniformly random types (PLAYS aside) between random pairs of {@code c0..c(n-1)}. */
    static List<Relation> uniformRelations(String docId, int characters, int relationships, Random random) {
        RelationType[] types = Arrays.stream(RelationType.values()).filter(t -> t != RelationType.PLAYS)
                .toArray(RelationType[]::new);
        Set<String> seen = new HashSet<>();
        List<Relation> out = new ArrayList<>(relationships);
        while (out.size() < relationships) {
            int a = random.nextInt(characters);
            int b = random.nextInt(characters);
            RelationType type = types[random.nextInt(types.length)];
            String key = pairKey(type, a, b);
            if (a == b || !seen.add(key)) {
                continue;
            }
            int s = out.size();
            String quote = "Person" + a + " did something to Person" + b + ".";
            out.add(new Relation(type, "c" + a, "c" + b, false, FactStatus.STATED, List.of(
                    new Evidence(docId, s, s * 50, s * 50 + quote.length(), quote, "bench-rule", 0.8, FactStatus.STATED))));
        }
        return out;
    }
}
