package charactergraph.loader.resolve;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.loader.nlp.CorefChain;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Dependency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage 3: finds the story's characters in an annotated article and every token that refers to them.
 *
 * <ol>
 *   <li>Casting, creator and press patterns ({@code rules/casting.txt}) tell real people (actors, showrunners,
 *       authors, interviewees) and publications apart from fictional people.</li>
 *   <li>Name mentions are runs of proper nouns; a run is a character when NER says PERSON, when a pattern says so,
 *       or, to cover NER gaps, when its words are names elsewhere, a title or kinship noun precedes it, or
 *       coreference gives it a gender. Names of the press and of real people never become characters.</li>
 *   <li>Names are merged into one character per person: identity patterns ({@code rules/identities.txt}: false
 *       identities, nicknames, aliases), then first and last names joined to the one full name they belong to.</li>
 *   <li>Pronouns and kinship nouns are resolved to the most salient gender-compatible person of the same or the
 *       previous two sentences (recency, grammatical role, no co-argument of a non-reflexive pronoun), with
 *       CoreNLP's coreference chain as a hint and as the fallback ({@link PronounResolver}).</li>
 * </ol>
 */
public final class EntityResolver {
    static final String CASTING_RULES = "casting.txt";
    static final String IDENTITY_RULES = "identities.txt";

    private final NamePatterns casting;
    private final NamePatterns identities;
    private final PeopleLexicon lexicon;

    public EntityResolver() {
        this(RuleCatalog.builtIn());
    }

    public EntityResolver(RuleCatalog rules) {
        this(new NamePatterns(rules.lines(CASTING_RULES)), new NamePatterns(rules.lines(IDENTITY_RULES)),
                new PeopleLexicon(rules.lines(PeopleLexicon.FILE)));
    }

    public EntityResolver(NamePatterns casting, NamePatterns identities, PeopleLexicon lexicon) {
        this.casting = casting;
        this.identities = identities;
        this.lexicon = lexicon;
    }

    enum Kind { CHARACTER, REAL, PRESS, GROUP, NONE }

    /** A run of proper nouns in one sentence; start/end are 0-based token positions, end exclusive. */
    static final class NameMention {
        final int sentence;
        final int start;
        final int end;
        final int titleStart; // == start when no title
        String key;
        String display;
        final String titleDisplay;
        final boolean personNer;
        Kind kind = Kind.NONE;
        boolean forced;
        double confidence;
        String cluster;

        NameMention(int sentence, int start, int end, int titleStart, String key, String display, String titleDisplay,
                    boolean personNer) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.titleStart = titleStart;
            this.key = key;
            this.display = display;
            this.titleDisplay = titleDisplay;
            this.personNer = personNer;
        }

        boolean overlaps(int s, int from, int to) {
            return sentence == s && start < to && from < end;
        }

        List<String> words() {
            return List.of(key.split(" "));
        }
    }

    /** A name with what we know about it: how it is written, whether a pattern says it is the true name. */
    private static final class Name {
        final String key;
        String display;
        boolean real;
        boolean ambiguous;
        int count;
        int firstSentence = Integer.MAX_VALUE;
        String title;

        Name(String key, String display) {
            this.key = key;
            this.display = display;
        }
    }

    public Cast resolve(ParsedArticle text) {
        return new Run(text).resolve();
    }

    /** The state of one resolution; a fresh one per article. */
    private final class Run {
        final ParsedArticle text;
        final List<Sentence> sentences;
        final List<NamePatterns.Match> castingMatches = new ArrayList<>();
        final List<NamePatterns.Match> identityMatches = new ArrayList<>();
        final List<NameMention> mentions = new ArrayList<>();
        final Set<String> press = new HashSet<>();
        final Set<String> realKeys = new LinkedHashSet<>();
        final Set<String> realWords = new HashSet<>();
        final Map<String, Name> names = new LinkedHashMap<>();
        final Map<String, String> parent = new HashMap<>();
        final Map<String, String> clusterIdByRoot = new HashMap<>();
        final Map<String, CharacterBuilder> characters = new LinkedHashMap<>();
        final Map<Cast.TokenRef, String> tokenToCharacter = new HashMap<>();
        final Set<Cast.TokenRef> actorTokens = new HashSet<>();
        final Map<Cast.TokenRef, NameMention> mentionAt = new HashMap<>();

        Run(ParsedArticle text) {
            this.text = text;
            this.sentences = text.sentences();
        }

        Cast resolve() {
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> tokens = sentences.get(s).tokens();
                castingMatches.addAll(casting.find(sentences.get(s)));
                identityMatches.addAll(identities.find(sentences.get(s)));
            }
            orientEitherWayCasting();
            collectRealPeopleAndPress();
            findNameMentions();
            classifyMentions();
            clusterNames();
            buildCharacters();
            linkActors();
            inferGenders();
            mapNameTokens();
            resolvePronouns();
            List<Character> out = new ArrayList<>();
            for (CharacterBuilder b : characters.values()) {
                out.add(b.build());
            }
            return new Cast(out, tokenToCharacter, actorTokens);
        }

        // ---- patterns: who is real, who is the press ------------------------------------------------------

        String spanKey(int s, int[] range) {
            List<Token> t = sentences.get(s).tokens();
            StringBuilder sb = new StringBuilder();
            for (int i = range[0]; i < range[1]; i++) {
                String w = t.get(i).word();
                if (lexicon.title(w).isPresent() && i == range[0] && range[1] - range[0] > 1) {
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(w);
            }
            return normalize(sb.toString());
        }

        String spanDisplay(int s, int from, int to) {
            List<Token> t = sentences.get(s).tokens();
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.get(i).text());
            }
            return sb.toString();
        }

        /**
         * "A (B)" means A plays B in some articles and B plays A in others: the name the article uses more often
         * outside casting phrases is the character (characters are the story's subject; actors are named once or
         * twice).
         */
        void orientEitherWayCasting() {
            Set<Cast.TokenRef> castingTokens = new HashSet<>();
            for (NamePatterns.Match m : castingMatches) {
                for (String role : List.of("actor", "character")) {
                    if (m.has(role)) {
                        for (int i = m.groups().get(role)[0]; i < m.groups().get(role)[1]; i++) {
                            castingTokens.add(new Cast.TokenRef(m.sentence(), i));
                        }
                    }
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> tokens = sentences.get(s).tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    if (!castingTokens.contains(new Cast.TokenRef(s, i))) {
                        counts.merge(tokens.get(i).word(), 1, Integer::sum);
                    }
                }
            }
            for (int k = 0; k < castingMatches.size(); k++) {
                NamePatterns.Match m = castingMatches.get(k);
                if (!m.rule().startsWith("either-") || !m.has("actor") || !m.has("character")) {
                    continue;
                }
                int[] c = m.groups().get("character");
                int[] a = m.groups().get("actor");
                // "A is B" without brackets links an actor only when one of the two is a name the story barely uses;
                // two names used throughout are two characters ("Tom Hale is Anna Price, her real name")
                if (m.rule().startsWith("either-is") && Math.min(uses(counts, m.sentence(), a),
                        uses(counts, m.sentence(), c)) >= 2) {
                    castingMatches.remove(k--);
                    continue;
                }
                if (uses(counts, m.sentence(), a) > uses(counts, m.sentence(), c)) {
                    Map<String, int[]> swapped = new LinkedHashMap<>(m.groups());
                    swapped.put("character", a);
                    swapped.put("actor", c);
                    castingMatches.set(k, new NamePatterns.Match(m.rule(), m.sentence(), m.start(), m.end(), swapped));
                }
            }
        }

        /** How often the text uses the span's most used word elsewhere. */
        int uses(Map<String, Integer> counts, int s, int[] span) {
            int best = 0;
            List<Token> tokens = sentences.get(s).tokens();
            for (int i = span[0]; i < span[1]; i++) {
                if (lexicon.title(tokens.get(i).word()).isEmpty()) {
                    best = Math.max(best, counts.getOrDefault(tokens.get(i).word(), 0));
                }
            }
            return best;
        }

        void collectRealPeopleAndPress() {
            for (NamePatterns.Match m : castingMatches) {
                if (m.has("press") && !m.has("speaker")) {
                    press.add(spanKey(m.sentence(), m.groups().get("press")));
                }
                if (m.has("work")) {
                    press.add(spanKey(m.sentence(), m.groups().get("work")));
                }
            }
            for (NamePatterns.Match m : castingMatches) {
                if (m.has("speaker") && m.has("press") && !press.contains(spanKey(m.sentence(), m.groups().get("press")))) {
                    continue;
                }
                for (String role : List.of("actor", "creator", "speaker")) {
                    if (m.has(role)) {
                        String key = spanKey(m.sentence(), m.groups().get(role));
                        realKeys.add(key);
                    }
                }
            }
            // a name given a character role is not real, even if an interview pattern matched it
            for (NamePatterns.Match m : castingMatches) {
                if (m.has("character")) {
                    realKeys.remove(spanKey(m.sentence(), m.groups().get("character")));
                }
            }
            for (String k : realKeys) {
                realWords.addAll(List.of(k.split(" ")));
            }
        }

        // ---- name mentions -----------------------------------------------------------------------------------

        boolean nameLike(Token t) {
            String w = t.word();
            if (w.isEmpty() || !java.lang.Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            if (lexicon.pronoun(w).isPresent() || lexicon.notName(w) || w.equals("I")) {
                return false;
            }
            String tag = t.tag() == null ? "" : t.tag();
            return tag.startsWith("NNP") || "PERSON".equals(t.ner());
        }

        void findNameMentions() {
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> tokens = sentences.get(s).tokens();
                int i = 0;
                while (i < tokens.size()) {
                    Token t = tokens.get(i);
                    boolean title = lexicon.title(t.word()).isPresent() && java.lang.Character.isUpperCase(t.word().codePointAt(0))
                            && i + 1 < tokens.size() && nameLike(tokens.get(i + 1));
                    if (!title && !nameLike(t)) {
                        i++;
                        continue;
                    }
                    int titleStart = i;
                    int start = i;
                    while (title && start + 1 < tokens.size() && lexicon.title(tokens.get(start).word()).isPresent()
                            && nameLike(tokens.get(start + 1))) {
                        start++; // "Detective Inspector X": every title word before the name
                    }
                    int end = start;
                    while (end < tokens.size() && nameLike(tokens.get(end))
                            && !(end > start && lexicon.title(tokens.get(end).word()).isPresent())) {
                        end++;
                    }
                    if (end - start > 4) {
                        // a long run of capitals is a title or a headline: keep only its PERSON parts
                        int j = start;
                        while (j < end) {
                            if (!"PERSON".equals(tokens.get(j).ner())) {
                                j++;
                                continue;
                            }
                            int k = j;
                            while (k < end && "PERSON".equals(tokens.get(k).ner())) {
                                k++;
                            }
                            addMention(s, j, k, j);
                            j = k;
                        }
                    } else if (end > start) {
                        addMention(s, start, end, titleStart);
                    }
                    i = Math.max(end, i + 1);
                }
            }
        }

        void addMention(int s, int start, int end, int titleStart) {
            List<Token> tokens = sentences.get(s).tokens();
            boolean person = false;
            for (int i = start; i < end; i++) {
                person |= "PERSON".equals(tokens.get(i).ner());
            }
            String key = normalize(spanDisplay(s, start, end));
            String titleDisplay = titleStart < start ? spanDisplay(s, titleStart, end) : null;
            NameMention m = new NameMention(s, start, end, titleStart, key, spanDisplay(s, start, end), titleDisplay, person);
            mentions.add(m);
            for (int i = titleStart; i < end; i++) {
                mentionAt.put(new Cast.TokenRef(s, i + 1), m);
            }
        }

        /**
         * "her son Milo", "his sister Lia": a kinship noun right before the name and joined to it in the parse
         * (not "the nanny Jenny hired", where the name starts a relative clause).
         */
        boolean kinApposed(NameMention m) {
            if (m.titleStart == 0) {
                return false;
            }
            Token before = sentences.get(m.sentence).tokens().get(m.titleStart - 1);
            if (lexicon.kin(before.word()).isEmpty() || !before.tag().startsWith("NN")) {
                return false;
            }
            // a possessive before the kinship noun makes it an apposition whatever the parse says: "whose daughter X"
            List<Token> tokens = sentences.get(m.sentence).tokens();
            for (int i = m.titleStart - 2; i >= 0 && i >= m.titleStart - 8; i--) {
                String tag = tokens.get(i).tag();
                if (tag.equals("PRP$") || tag.equals("WP$") || tag.equals("POS")) {
                    return true;
                }
                if (!(tag.startsWith("JJ") || tag.equals("HYPH") || tag.equals("CD") || tag.equals("NN")
                        || tag.equals("RB") || tag.equals("VBN") || tag.equals("VBG"))) {
                    break;
                }
            }
            DependencyGraph g = sentences.get(m.sentence).parsedGraph();
            Token kin = g == null ? null : g.node(m.titleStart);
            Token head = g == null ? null : g.node(m.end);
            if (kin == null || head == null) {
                return false;
            }
            for (Dependency e : g.between(kin, head)) {
                if (PronounResolver.APPOSITIVE.matcher(e.relation()).matches()) {
                    return true;
                }
            }
            for (Dependency e : g.between(head, kin)) {
                if (PronounResolver.APPOSITIVE.matcher(e.relation()).matches()) {
                    return true;
                }
            }
            return false;
        }

        boolean overlapsGroup(NameMention m, List<NamePatterns.Match> matches, Set<String> groups) {
            for (NamePatterns.Match x : matches) {
                if (x.sentence() != m.sentence) {
                    continue;
                }
                for (var e : x.groups().entrySet()) {
                    if (groups.contains(e.getKey()) && m.overlaps(x.sentence(), e.getValue()[0], e.getValue()[1])) {
                        if (matches == castingMatches && e.getKey().equals("speaker") && x.has("press")
                                && !press.contains(spanKey(x.sentence(), x.groups().get("press")))) {
                            continue;
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        void classifyMentions() {
            Set<String> identityGroups = Set.of("alias", "real", "other", "first", "nick", "last");
            Set<String> forcedKeys = new HashSet<>();
            for (NameMention m : mentions) {
                if (overlapsGroup(m, castingMatches, Set.of("group"))) {
                    m.kind = Kind.GROUP;
                } else if (overlapsGroup(m, castingMatches, Set.of("actor", "creator", "speaker"))) {
                    m.kind = Kind.REAL;
                } else if (overlapsGroup(m, castingMatches, Set.of("character"))
                        || overlapsGroup(m, identityMatches, identityGroups)) {
                    m.kind = Kind.CHARACTER;
                    m.forced = true;
                    m.confidence = 0.95;
                    forcedKeys.add(m.key);
                } else if (overlapsGroup(m, castingMatches, Set.of("press", "work"))) {
                    m.kind = Kind.PRESS;
                }
            }
            Set<String> personWords = new HashSet<>();
            for (NameMention m : mentions) {
                if (m.kind != Kind.NONE) {
                    continue;
                }
                if (press.contains(m.key)) {
                    m.kind = Kind.PRESS;
                } else if (realKeys.contains(m.key) || (realWords.containsAll(m.words()) && !forcedKeys.contains(m.key))) {
                    m.kind = Kind.REAL;
                } else if (m.personNer) {
                    m.kind = Kind.CHARACTER;
                    m.confidence = 0.9;
                }
            }
            for (NameMention m : mentions) {
                if (m.kind == Kind.CHARACTER) {
                    personWords.addAll(m.words());
                }
            }
            // NER gaps: proper nouns that are names elsewhere, follow a title or kinship noun, or have a gender
            for (NameMention m : mentions) {
                if (m.kind != Kind.NONE) {
                    continue;
                }
                List<Token> tokens = sentences.get(m.sentence).tokens();
                boolean titled = m.titleStart < m.start;
                boolean kinBefore = kinApposed(m);
                // every word a name elsewhere, or a known first name followed by a surname ("Kaito Mercer" tagged
                // ORGANIZATION where "Kaito" alone was PERSON)
                boolean knownWords = personWords.containsAll(m.words())
                        || (m.end - m.start <= 3 && m.end - m.start > 1 && personWords.contains(m.words().get(0)));
                boolean allO = true;
                for (int i = m.start; i < m.end; i++) {
                    allO &= "O".equals(tokens.get(i).ner());
                }
                Gender corefGender = corefGenderAt(m.sentence, m.end);
                if (knownWords || titled || kinBefore) {
                    m.kind = Kind.CHARACTER;
                    m.confidence = 0.75;
                } else if (allO && corefGender != Gender.UNKNOWN && m.end - m.start <= 3) {
                    m.kind = Kind.CHARACTER;
                    m.confidence = 0.6;
                }
            }
        }

        // ---- clustering names into people --------------------------------------------------------------------

        String find(String k) {
            String p = parent.getOrDefault(k, k);
            if (p.equals(k)) {
                return k;
            }
            String r = find(p);
            parent.put(k, r);
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        Name name(String key, String display) {
            Name n = names.computeIfAbsent(key, k -> new Name(k, display));
            parent.putIfAbsent(key, key);
            return n;
        }

        void clusterNames() {
            for (NameMention m : mentions) {
                if (m.kind != Kind.CHARACTER) {
                    continue;
                }
                Name n = name(m.key, m.display);
                n.count++;
                n.firstSentence = Math.min(n.firstSentence, m.sentence);
                if (m.titleDisplay != null && n.title == null) {
                    n.title = m.titleDisplay;
                }
            }
            // identity patterns: every name in one match is one person
            for (NamePatterns.Match x : identityMatches) {
                if (x.has("first") && x.has("last")) {
                    // 'First "Nick" Last': the first and last name tokens are one name, not two
                    int[] f = x.groups().get("first");
                    int[] l = x.groups().get("last");
                    String full = spanDisplay(x.sentence(), f[0], f[1]) + " " + spanDisplay(x.sentence(), l[0], l[1]);
                    for (NameMention m : mentions) {
                        if (m.kind == Kind.CHARACTER && (m.overlaps(x.sentence(), f[0], f[1])
                                || m.overlaps(x.sentence(), l[0], l[1])) && !m.key.contains(" ")) {
                            Name old = names.get(m.key);
                            if (old != null && old.count > 0) {
                                old.count--;
                            }
                            m.key = normalize(full);
                            m.display = full;
                            Name n = name(m.key, full);
                            n.count++;
                            n.firstSentence = Math.min(n.firstSentence, m.sentence);
                        }
                    }
                }
            }
            for (NamePatterns.Match x : identityMatches) {
                List<String> keys = new ArrayList<>();
                for (var e : x.groups().entrySet()) {
                    if (e.getKey().equals("first") || e.getKey().equals("last")) {
                        continue;
                    }
                    String key = spanKey(x.sentence(), e.getValue());
                    Name n = name(key, spanDisplay(x.sentence(), e.getValue()[0], e.getValue()[1]));
                    if (e.getKey().equals("real")) {
                        n.real = true;
                    }
                    n.firstSentence = Math.min(n.firstSentence, x.sentence());
                    keys.add(key);
                }
                if (x.has("first") && x.has("last")) {
                    int[] f = x.groups().get("first");
                    int[] l = x.groups().get("last");
                    String last = spanDisplay(x.sentence(), l[0], l[1]);
                    String first = spanDisplay(x.sentence(), f[0], f[1]);
                    Name full = name(normalize(first + " " + last), first + " " + last);
                    full.real = true;
                    full.firstSentence = Math.min(full.firstSentence, x.sentence());
                    keys.add(full.key);
                    keys.add(name(normalize(first), first).key);
                    if (x.has("nick")) {
                        int[] k = x.groups().get("nick");
                        String nick = spanDisplay(x.sentence(), k[0], k[1]);
                        keys.add(name(normalize(nick + " " + last), nick + " " + last).key);
                    }
                }
                for (int i = 1; i < keys.size(); i++) {
                    union(keys.get(0), keys.get(i));
                }
            }
            // a first or last name alone joins the one full name it belongs to
            List<Name> multi = names.values().stream().filter(n -> n.key.contains(" ")).toList();
            for (Name single : List.copyOf(names.values())) {
                if (single.key.contains(" ")) {
                    continue;
                }
                Set<String> byFirst = new HashSet<>();
                Set<String> byLast = new HashSet<>();
                for (Name n : multi) {
                    String[] w = n.key.split(" ");
                    if (w[0].equals(single.key)) {
                        byFirst.add(find(n.key));
                    }
                    if (w[w.length - 1].equals(single.key)) {
                        byLast.add(find(n.key));
                    }
                }
                if (byFirst.size() == 1) {
                    union(byFirst.iterator().next(), single.key);
                } else if (byFirst.isEmpty() && byLast.size() == 1) {
                    union(byLast.iterator().next(), single.key);
                } else if (byFirst.size() > 1 || byLast.size() > 1) {
                    // "Irvine" alone when the text names two Irvines: nobody can say which, so it names no one
                    single.ambiguous = true;
                }
            }
            // multi-word names that share their first word with exactly one other cluster's full name stay apart
        }

        // ---- characters -------------------------------------------------------------------------------------

        void buildCharacters() {
            Map<String, List<Name>> clusters = new LinkedHashMap<>();
            List<Name> ordered = new ArrayList<>(names.values());
            ordered.sort(Comparator.comparingInt(n -> n.firstSentence));
            for (Name n : ordered) {
                clusters.computeIfAbsent(find(n.key), k -> new ArrayList<>()).add(n);
            }
            Set<String> usedIds = new HashSet<>();
            for (var e : clusters.entrySet()) {
                List<Name> ns = e.getValue();
                if (ns.stream().noneMatch(n -> n.count > 0)) {
                    continue; // names only a pattern produced, never seen as a person in the text
                }
                if (ns.stream().allMatch(n -> n.ambiguous)) {
                    continue;
                }
                Name canon = ns.stream().max(Comparator.<Name>comparingInt(n -> n.real ? 1 : 0)
                        .thenComparingInt(n -> n.key.split(" ").length)
                        .thenComparingInt(n -> n.count)
                        .thenComparingInt(n -> -n.firstSentence)).orElseThrow();
                String canonical = canon.display;
                String title = null;
                for (Name n : ns) {
                    if (n.title != null && title == null) {
                        title = n.title;
                    }
                }
                List<String> aliases = new ArrayList<>();
                if (!canon.key.contains(" ") && title != null) {
                    aliases.add(canonical);
                    canonical = title;
                }
                for (Name n : ns) {
                    if (n != canon && !aliases.contains(n.display) && !n.display.equals(canonical)) {
                        aliases.add(n.display);
                    }
                    if (n.title != null && !n.title.equals(canonical) && !aliases.contains(n.title)) {
                        aliases.add(n.title);
                    }
                }
                String id = slug(canonical);
                String unique = id;
                for (int i = 2; !usedIds.add(unique); i++) {
                    unique = id + "-" + i;
                }
                CharacterBuilder b = new CharacterBuilder(unique, canonical, aliases);
                characters.put(unique, b);
                clusterIdByRoot.put(e.getKey(), unique);
            }
            for (NameMention m : mentions) {
                if (m.kind == Kind.CHARACTER) {
                    m.cluster = clusterIdByRoot.get(find(m.key));
                    CharacterBuilder b = m.cluster == null ? null : characters.get(m.cluster);
                    if (b != null && b.introduced == null) {
                        b.introduced = sentenceEvidence(m.sentence, m.forced ? "resolve.pattern-name" : m.personNer
                                ? "resolve.ner-person" : "resolve.proper-noun", m.confidence);
                    }
                }
            }
        }

        void linkActors() {
            for (NamePatterns.Match x : castingMatches) {
                if (!(x.has("character") && x.has("actor"))) {
                    continue;
                }
                int[] c = x.groups().get("character");
                int[] a = x.groups().get("actor");
                String id = null;
                for (NameMention m : mentions) {
                    if (m.cluster != null && m.overlaps(x.sentence(), c[0], c[1])) {
                        id = m.cluster;
                        break;
                    }
                }
                CharacterBuilder b = id == null ? null : characters.get(id);
                if (b == null || b.actor != null) {
                    continue;
                }
                b.actor = spanDisplay(x.sentence(), a[0], a[1]);
                List<Token> t = sentences.get(x.sentence()).tokens();
                b.actorEvidence = evidence(x.sentence(), t.get(x.start()).begin(),
                        t.get(x.end() - 1).end(), "casting." + x.rule(), 0.95);
            }
        }

        // ---- gender ---------------------------------------------------------------------------------------

        Map<String, Gender> corefGenders;

        /** The gender CoreNLP's coreference gave the mention whose head is the token before {@code endExclusive}. */
        Gender corefGenderAt(int sentence, int endExclusive) {
            if (corefGenders == null) {
                corefGenders = new HashMap<>();
                for (CorefChain chain : text.corefChains()) {
                    for (CorefChain.Mention cm : chain.mentions()) {
                        Gender g = cm.gender();
                        if (g != Gender.UNKNOWN) {
                            corefGenders.putIfAbsent(cm.sentence() + ":" + cm.head(), g);
                        }
                    }
                }
            }
            return corefGenders.getOrDefault(sentence + ":" + endExclusive, Gender.UNKNOWN);
        }

        void inferGenders() {
            for (NameMention m : mentions) {
                if (m.cluster == null) {
                    continue;
                }
                CharacterBuilder b = characters.get(m.cluster);
                List<Token> tokens = sentences.get(m.sentence).tokens();
                // what the text says outright weighs most: "her son X", "Mrs. X"
                if (kinApposed(m)) {
                    lexicon.kin(tokens.get(m.titleStart - 1).word()).ifPresent(g -> b.vote(g, 5));
                }
                if (m.titleStart < m.start) {
                    lexicon.title(tokens.get(m.titleStart).word()).ifPresent(g -> b.vote(g, 5));
                }
                b.vote(corefGenderAt(m.sentence, m.end), 0.3); // per mention, and often only a name-list guess
                b.vote(lexicon.firstNameGender(m.words().get(0)), 0.5);
            }
            // pronouns in the chains that hold a character's names, as a weak vote
            for (CorefChain chain : text.corefChains()) {
                Map<String, Integer> owners = new HashMap<>();
                int male = 0;
                int female = 0;
                for (CorefChain.Mention cm : chain.mentions()) {
                    NameMention nm = mentionAt.get(new Cast.TokenRef(cm.sentence(), cm.head()));
                    if (nm != null && nm.cluster != null) {
                        owners.merge(nm.cluster, 1, Integer::sum);
                    }
                    var g = lexicon.pronoun(cm.text());
                    if (g.isPresent() && cm.text().indexOf(' ') < 0) {
                        if (g.get() == Gender.MALE) {
                            male++;
                        } else {
                            female++;
                        }
                    }
                }
                if (owners.size() == 1 && male != female) {
                    characters.get(owners.keySet().iterator().next()).vote(male > female ? Gender.MALE : Gender.FEMALE, 0.5);
                }
            }
        }

        // ---- token map ------------------------------------------------------------------------------------

        void mapNameTokens() {
            for (NameMention m : mentions) {
                if (m.kind == Kind.REAL) {
                    for (int i = m.titleStart; i < m.end; i++) {
                        actorTokens.add(new Cast.TokenRef(m.sentence, i + 1));
                    }
                }
                if (m.cluster == null) {
                    continue;
                }
                characters.get(m.cluster).mentions++;
                for (int i = m.titleStart; i < m.end; i++) {
                    tokenToCharacter.put(new Cast.TokenRef(m.sentence, i + 1), m.cluster);
                }
                // "her son Milo": the kinship noun names the same person
                if (kinApposed(m)) {
                    tokenToCharacter.put(new Cast.TokenRef(m.sentence, m.titleStart), m.cluster);
                }
            }
            mapOneWordNamesTaggedAsNouns();
            for (NamePatterns.Match x : castingMatches) {
                for (String role : List.of("actor", "creator")) {
                    if (x.has(role)) {
                        int[] r = x.groups().get(role);
                        for (int i = r[0]; i < r[1]; i++) {
                            actorTokens.add(new Cast.TokenRef(x.sentence(), i + 1));
                        }
                    }
                }
            }
        }

        /**
         * "Grace rescues Sophie", "admits to Grace that ...": a character's one-word name or alias that the tagger read
         * as a common noun (tag NN, capitalized) names that character, when no other character has that name.
         */
        void mapOneWordNamesTaggedAsNouns() {
            Map<String, String> byWord = new HashMap<>();
            Set<String> shared = new HashSet<>();
            for (CharacterBuilder b : characters.values()) {
                List<String> all = new ArrayList<>(b.aliases);
                all.add(b.name);
                for (String n : all) {
                    String key = normalize(n);
                    if (key.isEmpty() || key.contains(" ")) {
                        continue;
                    }
                    String before = byWord.putIfAbsent(key, b.id);
                    if (before != null && !before.equals(b.id)) {
                        shared.add(key);
                    }
                }
            }
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> tokens = sentences.get(s).tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    Cast.TokenRef ref = new Cast.TokenRef(s, i + 1);
                    String w = t.word();
                    if (!"NN".equals(t.tag()) || w.isEmpty() || !java.lang.Character.isUpperCase(w.codePointAt(0))
                            || tokenToCharacter.containsKey(ref) || actorTokens.contains(ref)
                            || lexicon.pronoun(w).isPresent() || lexicon.notName(w)) {
                        continue;
                    }
                    String key = normalize(w);
                    String id = byWord.get(key);
                    if (id != null && !shared.contains(key)) {
                        tokenToCharacter.put(ref, id);
                        characters.get(id).mentions++;
                    }
                }
            }
        }

        // ---- pronouns -------------------------------------------------------------------------------------

        Gender genderOf(String who) {
            CharacterBuilder b = characters.get(who);
            return b == null ? Gender.UNKNOWN : b.gender();
        }

        void resolvePronouns() {
            Map<Cast.TokenRef, PronounResolver.NameHead> heads = new HashMap<>();
            for (NameMention m : mentions) {
                String who = m.cluster != null ? m.cluster : m.kind == Kind.REAL ? "real:" + m.key : null;
                if (who != null) {
                    heads.put(new Cast.TokenRef(m.sentence, m.end),
                            new PronounResolver.NameHead(m.sentence, m.end, kinApposed(m) ? m.titleStart : 0, who));
                }
            }
            PronounResolver pronouns = new PronounResolver(lexicon);
            Map<Cast.TokenRef, String> names = Map.copyOf(tokenToCharacter);
            // two passes: the first resolution shows the gender of characters the names and kinship nouns left
            // open ("Detective X ... He notices"), the second resolves again knowing it
            Map<Cast.TokenRef, String> first = pronouns.resolve(text, heads, names, this::genderOf);
            Map<String, int[]> votes = new HashMap<>();
            for (var e : first.entrySet()) {
                Token t = sentences.get(e.getKey().sentence()).tokens().get(e.getKey().token() - 1);
                lexicon.pronoun(t.word()).ifPresent(g -> {
                    int[] v = votes.computeIfAbsent(e.getValue(), k -> new int[2]);
                    v[g == Gender.MALE ? 0 : 1]++;
                });
            }
            boolean changed = false;
            for (var e : votes.entrySet()) {
                CharacterBuilder b = characters.get(e.getKey());
                if (b != null && b.gender() == Gender.UNKNOWN && e.getValue()[0] != e.getValue()[1]) {
                    b.vote(e.getValue()[0] > e.getValue()[1] ? Gender.MALE : Gender.FEMALE, 0.25);
                    changed = true;
                }
            }
            Map<Cast.TokenRef, String> resolved = changed ? pronouns.resolve(text, heads, names, this::genderOf) : first;
            for (var e : resolved.entrySet()) {
                tokenToCharacter.put(e.getKey(), e.getValue());
                characters.get(e.getValue()).mentions++;
            }
        }

        // ---- evidence -------------------------------------------------------------------------------------

        Evidence sentenceEvidence(int s, String rule, double confidence) {
            List<Token> t = sentences.get(s).tokens();
            return evidence(s, t.get(0).begin(), t.get(t.size() - 1).end(), rule, confidence);
        }

        Evidence evidence(int s, int start, int end, String rule, double confidence) {
            String quote = text.quote(start, end);
            return new Evidence(text.documentId(), s, start, end, quote, rule, Math.max(0, Math.min(1, confidence)),
                    FactStatus.STATED);
        }
    }

    /** Collects what the resolver learns about one character. */
    private static final class CharacterBuilder {
        final String id;
        final String name;
        final List<String> aliases;
        String actor;
        Evidence introduced;
        Evidence actorEvidence;
        int mentions;
        double male;
        double female;

        CharacterBuilder(String id, String name, List<String> aliases) {
            this.id = id;
            this.name = name;
            this.aliases = aliases;
        }

        void vote(Gender g, double weight) {
            if (g == Gender.MALE) {
                male += weight;
            } else if (g == Gender.FEMALE) {
                female += weight;
            }
        }

        Gender gender() {
            return male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
        }

        Character build() {
            List<Evidence> ev = new ArrayList<>();
            if (introduced != null) {
                ev.add(introduced);
            }
            if (actorEvidence != null) {
                ev.add(actorEvidence);
            }
            return new Character(id, name, aliases, actor, gender(), mentions, ev);
        }
    }

    /** Lower case, accents and surrounding punctuation removed: the form names are compared in. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\"'‘’“”.,()]", " ").replaceAll("\\s+", " ").strip();
        return n;
    }

    /** "Detective Alcaras" -> "detective-alcaras". */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "character" : n;
    }
}
