package charactergraph.loader.secrets;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.resolve.Mentions;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.Disclosure;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import charactergraph.model.SecretKind;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stage 5: the facts somebody concealed, and who knew them, how and when.
 *
 * <p>Secrets come from the relations (a secret parent, a child taken from its parent, a killing by sabotage or one
 * followed by staging, a crime the article reveals, a deed someone else was made to take the blame for) and from
 * false-identity statements. Knowledge comes from taking part, and from the disclosure verbs of
 * {@code rules/disclosure.tsv} read in narrative order: "X confesses everything to Y" tells Y every secret X keeps
 * at that point; "Z has pieced together the truth" gives Z the secrets the next sentences state; "Z reveals that he
 * knows the truth about everything" (meeting Y) gives Z every secret Y knows; covering up for someone implies
 * knowing what they hide (unless the coverer is already shown knowing a secret about them). The word lists live in {@code rules/lexicon/}.
 */
public final class SecretExtractor {
    /** Kin nouns that state a parentage in a content clause ("learns that X is his son"). */
    private static final Set<String> PARENTAGE_NOUNS = Set.of("son", "daughter", "child", "father", "mother", "dad",
            "mum", "mom", "parent");

    private final RuleCatalog rules;
    private final Map<String, Disclosure> disclosures;
    private final List<Pattern> whenCues;
    /** hidden-thing noun -> secret kind, or empty for "the secrets the sentence states" */
    private final Map<String, Optional<SecretKind>> hiddenThings;
    /** How far ahead "the truth" is read for what it is. */
    private final int truthLookahead;
    /** How many sentences after a killing a staging cue hides it. */
    private final int stagingWindow;
    /** How many words apart the words of a cue phrase may be. */
    private final int cueGap;
    /** How many sentences after a crime a cover-up makes it a secret. */
    private final int coverWindow;

    public SecretExtractor() {
        this(RuleCatalog.builtIn());
    }

    public SecretExtractor(RuleCatalog rules) {
        this.rules = rules;
        this.disclosures = rules.disclosures();
        this.hiddenThings = rules.hiddenThings();
        this.whenCues = rules.whenCues();
        this.truthLookahead = rules.parameters().window("secrets.truth-lookahead");
        this.stagingWindow = rules.parameters().window("secrets.staging-window");
        this.cueGap = rules.parameters().window("secrets.cue-gap");
        this.coverWindow = rules.parameters().window("secrets.cover-window");
    }

    public List<Secret> extract(ParsedArticle text, Cast cast, List<Relation> relations) {
        return new Run(text, cast, relations).extract();
    }

    /** A secret being assembled. */
    private static final class Draft {
        SecretKind kind;
        final Set<String> subjects = new LinkedHashSet<>();
        final Set<String> keepers = new LinkedHashSet<>();
        final Set<String> scapegoats = new LinkedHashSet<>();
        final List<Relation> relations = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final Map<String, Knowledge> knowers = new LinkedHashMap<>();
        int established = Integer.MAX_VALUE;
        String statement;

        boolean knownBy(String id) {
            return knowers.values().stream().anyMatch(k -> k.characterId().equals(id));
        }
    }

    private final class Run {
        final ParsedArticle text;
        final Cast cast;
        final List<Relation> relations;
        final Mentions mentions;
        final List<Sentence> sentences;
        final List<DependencyGraph> graphs = new ArrayList<>();
        /** The parser's own graphs, before the normalizer lent subjects to verbs without one. */
        final List<DependencyGraph> parsed = new ArrayList<>();
        final Set<String> negations = rules.lexicon("negation");
        final Set<String> scopeAll = rules.lexicon("scope_all");
        final Set<String> scopeTruth = rules.lexicon("scope_truth");
        final Set<String> irrealis = rules.lexicon("irrealis_verbs");
        final List<String[]> revealCues = phrases("reveal_cues");
        final Set<String> swapVerbs = rules.lexicon("swap_verbs");
        final Set<String> childNouns = rules.lexicon("child_nouns");
        final Set<String> secrecyAdverbs = rules.lexicon("secrecy_adverbs");
        final Set<String> hideVerbs = rules.lexicon("hide_verbs");
        final Set<String> silencePhrases = rules.lexicon("silence_phrases");
        final Set<String> secretHavingVerbs = rules.lexicon("secret_having_verbs");
        final Set<String> circumstanceMarks = rules.lexicon("circumstance_marks");
        final Set<String> killVerbs = rules.lexicon("kill_verbs");
        final Set<String> causatives = rules.lexicon("causative_verbs");
        final Set<String> kidnapVerbs = rules.lexicon("kidnap_verbs");
        final List<String[]> uncoveringCues = phrases("uncovering_cues");
        final List<String[]> stagingCues = phrases("staging_cues");
        final List<String[]> identityCues = phrases("false_identity_cues");
        final List<Draft> drafts = new ArrayList<>();

        Run(ParsedArticle text, Cast cast, List<Relation> relations) {
            this.text = text;
            this.cast = cast;
            this.relations = relations;
            this.mentions = new Mentions(cast);
            this.sentences = text.sentences();
            for (Sentence s : sentences) {
                graphs.add(s.graph());
                parsed.add(s.parsedGraph());
            }
        }

        private List<String[]> phrases(String lexicon) {
            return rules.lexicon(lexicon).stream().map(p -> p.split(" ")).toList();
        }

        List<Secret> extract() {
            parentageSecrets();
            killingSecrets();
            crimeSecrets();
            scapegoatSecrets();
            identitySecrets();
            mergeDrafts();
            for (int s = 0; s < sentences.size(); s++) {
                disclosuresIn(s);
                coverUpKnowledge(s);
            }
            return drafts.stream().filter(d -> !d.subjects.isEmpty()).sorted(Comparator.comparingInt(d -> d.established))
                    .map(this::toSecret).toList();
        }

        // ------------------------------------------------------------------ secrets from relations

        private void parentageSecrets() {
            Map<Integer, Set<String>> swappers = swappers();
            for (Relation r : relations) {
                if (r.type() != RelationType.SECRETLY_PARENT_OF) {
                    continue;
                }
                Draft d = new Draft();
                d.kind = SecretKind.HIDDEN_PARENTAGE;
                d.subjects.add(r.from());
                d.subjects.add(r.to());
                addRelation(d, r);
                for (Relation t : relations) {
                    if (t.type() == RelationType.KIDNAPPED && t.to().equals(r.to()) && hasRole(t, "child-taker")) {
                        d.subjects.add(t.from());
                        d.keepers.add(t.from());
                        addRelation(d, t);
                        know(d, t.from(), KnowledgeSource.TOOK_PART, t.evidence().get(0));
                        for (Evidence e : t.evidence()) {
                            Set<String> sw = swappers.get(e.sentence());
                            if (sw != null && sw.contains(t.from())) {
                                d.kind = SecretKind.BABY_SWAP;
                            }
                        }
                    }
                }
                Set<String> takers = new LinkedHashSet<>(d.keepers);
                // A mother knows whom she bore; a father knows only where the text says so (a confession, a
                // "secret he kept", a disclosure below). A father's hidden child is kept by the child's mother.
                if (gender(r.from()) != Gender.MALE) {
                    know(d, r.from(), KnowledgeSource.DISCOVERED, r.evidence().get(0));
                } else if (d.kind == SecretKind.HIDDEN_PARENTAGE) {
                    for (Relation m : relations) {
                        if (m.type() == RelationType.PARENT_OF && m.to().equals(r.to()) && !m.from().equals(r.from())
                                && gender(m.from()) == Gender.FEMALE) {
                            d.subjects.add(m.from());
                            d.keepers.add(m.from());
                            know(d, m.from(), KnowledgeSource.TOOK_PART, m.evidence().get(0));
                        }
                    }
                }
                String child = name(r.to());
                String parent = name(r.from());
                d.statement = child + " is " + parent + "'s biological child" + (takers.isEmpty() ? ""
                        : (d.kind == SecretKind.BABY_SWAP ? "; " + names(takers) + " swapped the babies and took the child"
                        : "; " + names(takers) + " took the child"));
                drafts.add(d);
            }
        }

        /** sentence -> subjects of "swapped the babies". */
        private Map<Integer, Set<String>> swappers() {
            Map<Integer, Set<String>> out = new HashMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                DependencyGraph g = graphs.get(s);
                for (Token w : g.vertices()) {
                    if (!swapVerbs.contains(lemma(w)) || negated(g, w)) {
                        continue;
                    }
                    boolean babies = g.outgoing(w).stream().anyMatch(e -> e.relation().equals("obj")
                            && childNouns.contains(lemma(e.dependent())));
                    if (!babies) {
                        continue;
                    }
                    for (Dependency e : g.outgoing(w)) {
                        if (e.relation().equals("nsubj")) {
                            out.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(mentions.of(s, g, e.dependent()));
                        }
                    }
                }
            }
            return out;
        }

        private void killingSecrets() {
            for (Relation r : relations) {
                if (r.type() != RelationType.KILLED) {
                    continue;
                }
                boolean byRule = r.evidence().stream().anyMatch(e -> {
                    RelationRule rule = rules.relationRule(e.rule());
                    return rule != null && rule.secret() == SecretKind.HIDDEN_KILLING;
                });
                Set<String> stagedWith = new LinkedHashSet<>();
                Set<String> helpers = new LinkedHashSet<>();
                boolean staged = false;
                for (Evidence e : r.evidence()) {
                    for (int t = e.sentence(); t <= e.sentence() + stagingWindow && t < sentences.size(); t++) {
                        if (cueIn(t, stagingCues) < 0) {
                            continue;
                        }
                        Set<String> subjects = subjectsIn(t);
                        Set<String> accomplices = accomplicesOf(r.from(), t);
                        accomplices.retainAll(subjects);
                        if (subjects.contains(r.from()) || !accomplices.isEmpty()) {
                            staged = true;
                            stagedWith.addAll(mentionedIn(t));
                            helpers.addAll(accomplices);
                        }
                    }
                }
                boolean secretly = r.evidence().stream().anyMatch(e -> sentences.get(e.sentence()).tokens().stream()
                        .anyMatch(t -> secrecyAdverbs.contains(lemma(t))));
                // "it turns out X killed Y", "the finale reveals ...": the article uncovers it; someone covering for
                // the killer ("lied to the police about where he was") hides it
                boolean revealed = r.evidence().stream().anyMatch(e -> cueIn(e.sentence(), uncoveringCues) >= 0);
                boolean covered = coveredFor(r);
                if (!byRule && !staged && !secretly && !revealed && !covered) {
                    continue;
                }
                Draft d = new Draft();
                d.kind = SecretKind.HIDDEN_KILLING;
                d.subjects.add(r.from());
                d.subjects.add(r.to());
                d.subjects.addAll(stagedWith);
                d.keepers.add(r.from());
                addRelation(d, r);
                know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
                for (Relation a : relations) {
                    if (a.type() == RelationType.ACCOMPLICE_OF && a.to().equals(r.from()) && helpers.contains(a.from())) {
                        d.keepers.add(a.from());
                        addRelation(d, a);
                        know(d, a.from(), KnowledgeSource.TOOK_PART, a.evidence().get(0));
                    }
                }
                d.statement = name(r.from()) + " killed " + name(r.to()) + (staged ? " and disguised what happened"
                        : byRule || secretly ? " and made the death look like an accident" : "") + (helpers.isEmpty() ? ""
                        : "; " + names(helpers) + " helped");
                drafts.add(d);
            }
        }

        /** Someone (not made a scapegoat) covers up for the doer of a crime in the sentences after it. */
        private boolean coveredFor(Relation crime) {
            int first = crime.evidence().stream().mapToInt(Evidence::sentence).min().orElse(Integer.MAX_VALUE);
            return relations.stream().anyMatch(c -> c.type() == RelationType.COVERS_UP_FOR && c.to().equals(crime.from())
                    && !hasRole(c, "scapegoat") && c.evidence().stream().anyMatch(e -> e.sentence() >= first
                    && e.sentence() <= first + coverWindow));
        }

        /** Accomplices of a culprit stated in sentence s. */
        private Set<String> accomplicesOf(String culprit, int s) {
            Set<String> out = new LinkedHashSet<>();
            for (Relation a : relations) {
                if (a.type() == RelationType.ACCOMPLICE_OF && a.to().equals(culprit)
                        && a.evidence().stream().anyMatch(e -> e.sentence() == s)) {
                    out.add(a.from());
                }
            }
            return out;
        }

        /** Kidnappings the article reveals ("we discover that X orchestrated the abduction"): one secret per victim. */
        private void crimeSecrets() {
            Map<String, List<Relation>> byVictim = new LinkedHashMap<>();
            for (Relation r : relations) {
                if (r.type() == RelationType.KIDNAPPED && !hasRole(r, "child-taker")) {
                    byVictim.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
                }
            }
            for (Map.Entry<String, List<Relation>> e : byVictim.entrySet()) {
                boolean revealed = e.getValue().stream().flatMap(r -> r.evidence().stream())
                        .anyMatch(ev -> hasCue(ev.sentence()) || ev.sentence() > 0 && hasCue(ev.sentence() - 1))
                        || e.getValue().stream().anyMatch(this::coveredFor);
                if (!revealed) {
                    continue;
                }
                Draft d = new Draft();
                d.kind = SecretKind.HIDDEN_CRIME;
                for (Relation r : e.getValue()) {
                    d.subjects.add(r.from());
                    d.keepers.add(r.from());
                    addRelation(d, r);
                    know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
                }
                d.subjects.add(e.getKey());
                d.statement = names(d.keepers) + " kidnapped " + name(e.getKey());
                drafts.add(d);
            }
        }

        /** "Peter tripped Brian and then let his sister take the blame": the deed, the victim and the scapegoat. */
        private void scapegoatSecrets() {
            for (Relation c : relations) {
                if (c.type() != RelationType.COVERS_UP_FOR || !hasRole(c, "scapegoat")) {
                    continue;
                }
                String culprit = c.to();
                for (Relation deed : relations) {
                    if (!deed.from().equals(culprit) || !(deed.type() == RelationType.INJURED
                            || deed.type() == RelationType.KILLED || deed.type() == RelationType.KIDNAPPED)) {
                        continue;
                    }
                    boolean near = deed.evidence().stream().anyMatch(de -> c.evidence().stream()
                            .anyMatch(ce -> ce.sentence() - de.sentence() >= 0 && ce.sentence() - de.sentence() <= 1));
                    if (!near) {
                        continue;
                    }
                    Draft d = new Draft();
                    d.kind = SecretKind.COVER_UP;
                    d.subjects.add(culprit);
                    d.subjects.add(deed.to());
                    d.subjects.add(c.from());
                    d.keepers.add(culprit);
                    d.scapegoats.add(c.from());
                    addRelation(d, deed);
                    addRelation(d, c);
                    know(d, culprit, KnowledgeSource.TOOK_PART, deed.evidence().get(0));
                    d.statement = name(culprit) + " " + deed.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                            + name(deed.to()) + " and let " + name(c.from()) + " take the blame";
                    drafts.add(d);
                }
            }
        }

        /** "X isn't X at all; her real name is Y": the person lives under a false identity. */
        private void identitySecrets() {
            for (int s = 0; s < sentences.size(); s++) {
                if (cueIn(s, identityCues) < 0) {
                    continue;
                }
                // the person with two names is the one the sentence names more than once ("X isn't X at all; her
                // real name is Y"); else the first person named
                Map<String, Integer> counts = mentionCounts(s);
                if (counts.isEmpty()) {
                    continue;
                }
                int most = counts.values().stream().max(Integer::compare).orElse(0);
                Set<String> who = new LinkedHashSet<>();
                for (Map.Entry<String, Integer> c : counts.entrySet()) {
                    if (most > 1 ? c.getValue() == most : who.isEmpty()) {
                        who.add(c.getKey());
                    }
                }
                Draft d = new Draft();
                d.kind = SecretKind.FALSE_IDENTITY;
                d.subjects.addAll(who);
                d.keepers.addAll(who);
                Evidence ev = evidence(s, "secret-false-identity", 0.8, FactStatus.STATED);
                d.evidence.add(ev);
                d.established = s;
                for (String id : who) {
                    know(d, id, KnowledgeSource.TOOK_PART, ev);
                }
                d.statement = names(who) + " lives under a false identity: " + ev.quote();
                drafts.add(d);
            }
        }

        /** Two drafts of the same kind about the same people are one secret. */
        private void mergeDrafts() {
            List<Draft> merged = new ArrayList<>();
            for (Draft d : drafts) {
                Draft same = merged.stream().filter(m -> m.kind == d.kind && m.subjects.equals(d.subjects)).findFirst()
                        .orElse(null);
                if (same == null) {
                    merged.add(d);
                    continue;
                }
                same.keepers.addAll(d.keepers);
                same.relations.addAll(d.relations);
                same.evidence.addAll(d.evidence);
                same.established = Math.min(same.established, d.established);
                d.knowers.forEach(same.knowers::putIfAbsent);
            }
            drafts.clear();
            drafts.addAll(merged);
        }

        // ------------------------------------------------------------------ knowledge

        private void disclosuresIn(int s) {
            DependencyGraph g = graphs.get(s);
            for (Token v : g.vertices()) {
                keeperMarker(s, g, v);
                silenceMarker(s, g, v);
                Disclosure dv = disclosureOf(g, v);
                if (dv == null || negated(g, v) || underIrrealis(g, v)) {
                    continue;
                }
                Set<String> subjects = new LinkedHashSet<>();
                Set<String> listeners = new LinkedHashSet<>();
                for (Dependency e : g.outgoing(v)) {
                    String r = e.relation();
                    if (r.equals("nsubj")) {
                        subjects.addAll(mentions.of(s, g, e.dependent()));
                    } else if (dv.listenerHow() != null && r.equals("nsubj:pass")) {
                        // "Paula is told by Sam that ...": the one told is the passive subject, the teller the agent
                        listeners.addAll(mentions.of(s, g, e.dependent()));
                    } else if (dv.listenerHow() != null && r.equals("obl:agent")) {
                        subjects.addAll(mentions.of(s, g, e.dependent()));
                    }
                }
                if (dv.listenerHow() != null) {
                    listeners.addAll(listeners(s, g, v));
                }
                listeners.removeAll(subjects);
                // "learns from Jess that ...": the one it is learned from knew it
                Set<String> sources = new LinkedHashSet<>();
                if (dv.listenerHow() == null) {
                    for (Dependency e : g.outgoing(v)) {
                        if (e.relation().equals("obl:from")) {
                            sources.addAll(mentions.of(s, g, e.dependent()));
                        }
                    }
                    sources.removeAll(subjects);
                }
                if (subjects.isEmpty() && listeners.isEmpty()) {
                    continue;
                }
                boolean all = false;
                boolean truth = false;
                boolean anaphor = false;
                SecretKind anaphorKind = null;
                boolean content = false;
                Set<String> about = new LinkedHashSet<>();
                for (Dependency e : g.outgoing(v)) {
                    String r = e.relation();
                    if (isContent(g, e)) {
                        content = content || !listeners.containsAll(mentions.of(s, g, e.dependent()))
                                || mentions.of(s, g, e.dependent()).isEmpty();
                    }
                    if (isContent(g, e) && !r.equals("obj") && whClause(g, e.dependent())) {
                        anaphor = true; // "realises what he has done", "figures out what happened"
                    }
                    // what is found out or told: the object, or "about"/"of" it ("finds out about it", "knew of it")
                    if (!(r.equals("obj") || r.equals("obl:about") || r.equals("obl:of"))) {
                        continue;
                    }
                    String o = lemma(e.dependent());
                    if (scopeAll.contains(o)) {
                        all = true;
                    } else if (scopeTruth.contains(o)) {
                        truth = true;
                        for (Dependency a : g.outgoing(e.dependent())) {
                            if (a.relation().startsWith("nmod") && scopeAll.contains(lemma(a.dependent()))) {
                                all = true;
                            }
                            if (a.relation().equals("nmod:about")) {
                                about.addAll(mentions.of(s, g, a.dependent())); // "the truth about Peter"
                            }
                        }
                    } else if (hiddenThings.containsKey(o) && mentions.of(s, g, e.dependent()).isEmpty()) {
                        // "kept it from her", "finds out about the murder": the secret last spoken of
                        anaphor = true;
                        anaphorKind = hiddenThings.get(o).orElse(null);
                    }
                }
                // "knows where they are" is no disclosure; "knows that Adam killed Elena" is
                boolean knowsContent = dv.lemma().equals("know") && !all && !truth && !anaphor;
                Evidence ev = evidence(s, "disclose-" + dv.lemma() + (dv.particle() == null ? "" : "-" + dv.particle()),
                        0.75, FactStatus.IMPLIED);
                List<Draft> scope;
                if (all) {
                    if (dv.listenerHow() != null) {
                        scope = inPlay(s).stream().filter(d -> subjects.stream().anyMatch(d.keepers::contains)).toList();
                    } else {
                        Set<String> audience = audience(s, g, v);
                        scope = audience.isEmpty() ? inPlay(s)
                                : inPlay(s).stream().filter(d -> audience.stream().anyMatch(d::knownBy)).toList();
                    }
                } else if (knowsContent) {
                    scope = g.outgoing(v).stream().anyMatch(e -> e.relation().equals("ccomp"))
                            ? disclosedDeeds(s, g, v, subjects, ev) : List.of();
                } else {
                    scope = disclosedDeeds(s, g, v, subjects, ev);
                    if (scope.isEmpty() && !about.isEmpty()) {
                        // "learns the truth about X": what X keeps
                        scope = inPlay(s).stream().filter(d -> about.stream().anyMatch(d.keepers::contains)).toList();
                    }
                    if (scope.isEmpty() && truth) {
                        scope = statedIn(s + 1, s + truthLookahead);
                    }
                    if (scope.isEmpty() && truth && dv.listenerHow() == null) {
                        // "Z pieces together the truth when she finds the diary. Z arrests X": nothing new is stated,
                        // so the truth is the hidden crime kept by someone this or the next sentences name
                        Set<String> named = namedIn(s, s + truthLookahead);
                        named.removeAll(subjects);
                        scope = inPlay(s).stream().filter(d -> d.kind == SecretKind.HIDDEN_KILLING
                                        || d.kind == SecretKind.HIDDEN_CRIME)
                                .filter(d -> d.keepers.stream().anyMatch(named::contains)).toList();
                    }
                    if (scope.isEmpty() && (truth || anaphor || !content) && dv.listenerHow() != null
                            && !listeners.isEmpty()) {
                        // "he finally tells her the truth", "she confided in her sister": the latest secret the
                        // speaker keeps, is part of, or knows
                        scope = latest(s, inPlay(s).stream().filter(d -> subjects.stream().anyMatch(x ->
                                d.keepers.contains(x) || d.subjects.contains(x) || d.knownBy(x))).toList());
                    }
                    if (scope.isEmpty() && anaphor) {
                        Set<String> named = contentCharacters(s, g, v);
                        named.removeAll(subjects);
                        named.removeAll(listeners);
                        scope = latest(s, inPlay(s).stream().filter(d -> named.stream().anyMatch(d.keepers::contains))
                                .toList());
                    }
                    if (scope.isEmpty() && anaphor) {
                        SecretKind kind = anaphorKind;
                        scope = latest(s, inPlay(s).stream().filter(d -> kind == null || d.kind == kind).toList());
                    }
                    if (scope.isEmpty() && content && !truth && !anaphor) {
                        // "overhears X talking about the grave", "realises what he has done": the latest secret of a
                        // person the content names
                        Set<String> named = contentCharacters(s, g, v);
                        named.removeAll(subjects);
                        named.removeAll(listeners);
                        // first a secret about two of the people named ("notices that both Milo and Josie have ..."),
                        // else one that a person named keeps
                        scope = latest(s, inPlay(s).stream().filter(d -> named.stream().filter(d.subjects::contains)
                                .count() >= 2).toList());
                        if (scope.isEmpty() && parentageContent(g, v)) {
                            // "had learned that Julian was not his son": the hidden parentage of the one named
                            scope = latest(s, inPlay(s).stream().filter(d -> (d.kind == SecretKind.HIDDEN_PARENTAGE
                                    || d.kind == SecretKind.BABY_SWAP) && named.stream().anyMatch(d.subjects::contains))
                                    .toList());
                        }
                        if (scope.isEmpty()) {
                            // "discovers that her son murdered Harold": the killing (or abduction) of the one named
                            Set<RelationType> deeds = deedsIn(g, v);
                            scope = latest(s, inPlay(s).stream().filter(d -> d.relations.stream().anyMatch(r ->
                                    deeds.contains(r.type()) && named.contains(r.to()))).toList());
                        }
                        if (scope.isEmpty()) {
                            // "overhears Frank talking about the grave", "suspects Frank": a keeper as the object (not
                            // someone doing something else in a clause: "discovered that Gerald was stealing"); what
                            // one tells about a keeper ("confides that he saw Cormac's car") is their secret
                            Set<String> objects = new LinkedHashSet<>();
                            if (dv.listenerHow() != null) {
                                objects.addAll(named);
                            }
                            for (Dependency e : g.outgoing(v)) {
                                String r = e.relation();
                                if (r.equals("obj")) {
                                    objects.addAll(mentions.of(s, g, e.dependent()));
                                } else if ((r.equals("ccomp") || r.equals("xcomp") || r.equals("dep")) && smallClause(g, e.dependent())) {
                                    // "overhears Frank talking": the one heard is the small clause's subject
                                    for (Dependency x : g.outgoing(e.dependent())) {
                                        if (x.relation().equals("nsubj")) {
                                            objects.addAll(mentions.of(s, g, x.dependent()));
                                        }
                                    }
                                }
                            }
                            objects.removeAll(listeners);
                            scope = latest(s, inPlay(s).stream().filter(d -> objects.stream().anyMatch(d.keepers::contains))
                                    .toList());
                        }
                    }
                    if (scope.isEmpty() && (truth || !content) && (dv.listenerHow() == null || !listeners.isEmpty())) {
                        // "learns the truth", "finds out when he reads the letters": the secret last spoken of
                        scope = latest(s, inPlay(s));
                    }
                }
                for (Draft d : scope) {
                    for (String subject : subjects) {
                        if (dv.listenerHow() == null || d.keepers.contains(subject) || d.subjects.contains(subject)) {
                            know(d, subject, dv.subjectHow(), ev);
                        } else if (!d.knownBy(subject)) {
                            // telling what one knows shows one knew it, not how
                            know(d, subject, KnowledgeSource.DISCOVERED, ev);
                        }
                    }
                    for (String l : listeners) {
                        if (!subjects.contains(l)) {
                            know(d, l, dv.listenerHow(), ev);
                        }
                    }
                    for (String source : sources) {
                        if (!d.knownBy(source)) {
                            know(d, source, KnowledgeSource.DISCOVERED, ev);
                        }
                    }
                }
            }
        }

        /**
         * An edge to what is found out or told: an object, a complement clause, "about"/"of" it, or a clause that is
         * not merely the time or reason of the finding ("figures out where they hide", not "finds out when he reads").
         */
        private boolean isContent(DependencyGraph g, Dependency e) {
            String r = e.relation();
            if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("obl:about") || r.equals("obl:of")) {
                return true;
            }
            if (r.equals("dep") || r.equals("parataxis")) {
                // "tells her he's closing the case" (a clause with a subject of its own in the parse), not a loosely
                // attached verb phrase ("confided in her sister ..., and Rose has kept quiet")
                int s = sentenceOf(g);
                DependencyGraph raw = s < 0 ? g : parsed.get(s);
                Token d = raw.node(e.dependent().index());
                return d != null && raw.outgoing(d).stream().anyMatch(x -> x.relation().equals("nsubj"));
            }
            if (!r.equals("advcl")) {
                return false;
            }
            for (Dependency m : g.outgoing(e.dependent())) {
                String mr = m.relation();
                if ((mr.equals("mark") || mr.equals("advmod")) && circumstanceMarks.contains(lemma(m.dependent()))) {
                    return false;
                }
            }
            return true;
        }

        /** The kinds of deed a disclosure's content clause speaks of by its verbs ("murdered", "abducted"). */
        private Set<RelationType> deedsIn(DependencyGraph g, Token v) {
            Set<RelationType> out = new java.util.HashSet<>();
            for (Dependency e : g.outgoing(v)) {
                if (!isContent(g, e)) {
                    continue;
                }
                for (Token w : g.descendants(e.dependent())) {
                    if (w.tag() != null && w.tag().startsWith("VB")) {
                        if (killVerbs.contains(lemma(w))) {
                            out.add(RelationType.KILLED);
                        }
                        if (kidnapVerbs.contains(lemma(w))) {
                            out.add(RelationType.KIDNAPPED);
                        }
                    }
                }
            }
            return out;
        }

        private int sentenceOf(DependencyGraph g) {
            for (int i = 0; i < graphs.size(); i++) {
                if (graphs.get(i) == g) {
                    return i;
                }
            }
            return -1;
        }

        /** "Frank talking about the grave": a gerund with its subject and no "that" or auxiliary. */
        private boolean smallClause(DependencyGraph g, Token head) {
            if (head.tag() == null || !head.tag().equals("VBG")) {
                return false;
            }
            return g.outgoing(head).stream().map(e -> e.relation())
                    .noneMatch(r -> r.equals("mark") || r.equals("aux") || r.equals("aux:pass"));
        }

        /** A content clause that asks what happened instead of saying it: "what he has done", "what happened". */
        private boolean whClause(DependencyGraph g, Token clause) {
            if (clause.tag() != null && clause.tag().startsWith("W")) {
                return true;
            }
            for (Dependency e : g.outgoing(clause)) {
                String r = e.relation();
                Token d = e.dependent();
                if ((r.equals("obj") || r.startsWith("nsubj")) && d.tag() != null && d.tag().equals("WP")
                        && lemma(d).equals("what")) {
                    return true;
                }
            }
            return false;
        }

        /** The characters named inside what a disclosure verb governs, its subject and listeners aside. */
        private Set<String> contentCharacters(int s, DependencyGraph g, Token v) {
            Set<String> out = new LinkedHashSet<>();
            for (Dependency e : g.outgoing(v)) {
                String r = e.relation();
                if (!isContent(g, e)) {
                    continue;
                }
                for (Token w : g.descendants(e.dependent())) {
                    String id = mentions.direct(s, w);
                    if (id != null) {
                        out.add(id);
                    }
                }
            }
            return out;
        }

        /** Of the given secrets, the ones spoken of most recently at or before sentence s. */
        private List<Draft> latest(int s, List<Draft> candidates) {
            int best = -1;
            List<Draft> out = new ArrayList<>();
            for (Draft d : candidates) {
                int last = lastSpokenOf(d, s);
                if (last > best) {
                    best = last;
                    out.clear();
                }
                if (last == best) {
                    out.add(d);
                }
            }
            return out;
        }

        private int lastSpokenOf(Draft d, int s) {
            int last = d.established;
            for (Evidence e : d.evidence) {
                if (e.sentence() <= s) {
                    last = Math.max(last, e.sentence());
                }
            }
            for (Knowledge k : d.knowers.values()) {
                if (k.order() <= s) {
                    last = Math.max(last, k.order());
                }
            }
            return last;
        }

        /**
         * "kept quiet", "stays silent", "said nothing" (rules/lexicon/silence_phrases.txt): the subject keeps the
         * secret last spoken of.
         */
        private void silenceMarker(int s, DependencyGraph g, Token v) {
            if (negated(g, v)) {
                return;
            }
            boolean silent = false;
            for (Dependency e : g.outgoing(v)) {
                if (silencePhrases.contains(lemma(v) + " " + lemma(e.dependent()))) {
                    silent = true;
                }
            }
            if (!silent) {
                return;
            }
            List<Draft> kept = latest(s, inPlay(s));
            if (kept.isEmpty()) {
                return;
            }
            Evidence ev = evidence(s, "secret-kept-silent", 0.6, FactStatus.IMPLIED);
            for (Dependency e : g.outgoing(v)) {
                if (!e.relation().equals("nsubj")) {
                    continue;
                }
                for (String keeper : mentions.of(s, g, e.dependent())) {
                    for (Draft d : kept) {
                        // the one the deed was done to is no keeper of it (and a misparsed subject often is them)
                        boolean victim = d.relations.stream().anyMatch(r -> r.to().equals(keeper));
                        if (!victim && !d.knownBy(keeper)) {
                            know(d, keeper, KnowledgeSource.DISCOVERED, ev);
                        }
                    }
                }
            }
        }

        /**
         * The secrets a disclosure's content clause states ("she realizes that Edgar poisoned Walter"). A deed that
         * is confessed or found out was concealed: when no secret holds it yet, it becomes one, kept by its doer.
         */
        private List<Draft> disclosedDeeds(int s, DependencyGraph g, Token v, Set<String> subjects, Evidence ev) {
            Set<Token> content = new java.util.HashSet<>(g.descendants(v));
            for (Dependency e : g.outgoing(v)) {
                if (e.relation().startsWith("nsubj")) {
                    content.removeAll(g.descendants(e.dependent()));
                }
            }
            Set<String> inContent = new LinkedHashSet<>();
            for (Token w : content) {
                String id = mentions.direct(s, w);
                if (id != null) {
                    inContent.add(id);
                }
            }
            List<Draft> out = new ArrayList<>();
            for (Relation r : relations) {
                boolean stated = r.evidence().stream().anyMatch(e -> e.sentence() == s);
                // one end inside the content clause: "confesses that he set the fire", "learns that X killed Y"
                if (!stated || !(inContent.contains(r.to()) || inContent.contains(r.from()))) {
                    continue;
                }
                // the secret holds the fact, or is about the same two people ("knows that Maya is his daughter" for
                // the hidden parentage of the two)
                boolean parenthood = r.type() == RelationType.PARENT_OF || r.type() == RelationType.SECRETLY_PARENT_OF;
                List<Draft> holding = drafts.stream().filter(d -> d.relations.contains(r)
                        || parenthood && (d.kind == SecretKind.HIDDEN_PARENTAGE || d.kind == SecretKind.BABY_SWAP)
                        && d.subjects.contains(r.from()) && d.subjects.contains(r.to()) && d.established <= s).toList();
                if (holding.isEmpty() && (r.type() == RelationType.KILLED || r.type() == RelationType.KIDNAPPED
                        || r.type() == RelationType.INJURED)) {
                    Draft d = new Draft();
                    d.kind = r.type() == RelationType.KILLED ? SecretKind.HIDDEN_KILLING : SecretKind.HIDDEN_CRIME;
                    d.subjects.add(r.from());
                    d.subjects.add(r.to());
                    d.keepers.add(r.from());
                    addRelation(d, r);
                    know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
                    d.statement = name(r.from()) + " " + r.type().name().toLowerCase(Locale.ROOT) + " " + name(r.to());
                    drafts.add(d);
                    holding = List.of(d);
                }
                for (Draft d : holding) {
                    if (!out.contains(d)) {
                        out.add(d);
                    }
                }
            }
            return out;
        }

        /** Covering up for someone (not as their scapegoat) implies knowing what they hide, if nothing else says so. */
        private void coverUpKnowledge(int s) {
            for (Relation c : relations) {
                if (c.type() != RelationType.COVERS_UP_FOR || hasRole(c, "scapegoat")) {
                    continue;
                }
                for (Evidence e : c.evidence()) {
                    if (e.sentence() != s) {
                        continue;
                    }
                    List<Draft> hidden = inPlay(s).stream().filter(d -> d.keepers.contains(c.to())).toList();
                    // already knowing something about the person is what the cover-up protects; add nothing then
                    boolean knowsAlready = inPlay(s).stream().anyMatch(d -> d.subjects.contains(c.to()) && d.knownBy(c.from()));
                    if (hidden.isEmpty() || knowsAlready) {
                        continue;
                    }
                    for (Draft d : hidden) {
                        know(d, c.from(), KnowledgeSource.DISCOVERED, e);
                    }
                }
            }
        }

        /**
         * "a secret she kept from everyone", "he had hidden the adoption": the subject kept what the sentence states,
         * or the secrets in play of the kind the hidden thing names (rules/hidden_things.tsv).
         */
        private void keeperMarker(int s, DependencyGraph g, Token v) {
            boolean hiding = hideVerbs.contains(lemma(v));
            // "he has a secret of his own: ..." (rules/lexicon/secret_having_verbs.txt): only with "secret"
            boolean having = secretHavingVerbs.contains(lemma(v));
            if (!(hiding || having) || negated(g, v)) {
                return;
            }
            List<Draft> kept = null;
            for (Dependency e : g.outgoing(v)) {
                String thing = lemma(e.dependent());
                if (!e.relation().equals("obj") || !hiddenThings.containsKey(thing)
                        || !hiding && !thing.equals("secret")) {
                    continue;
                }
                SecretKind kind = hiddenThings.get(thing).orElse(null);
                kept = kind == null ? statedIn(s, s) : inPlay(s).stream().filter(d -> d.kind == kind
                        || kind == SecretKind.HIDDEN_PARENTAGE && d.kind == SecretKind.BABY_SWAP).toList();
                if (kept.isEmpty() && having) {
                    // "Ivy has a secret of her own. ... The letters show that ...": a new secret, told next
                    kept = statedIn(s + 1, s + 3);
                } else if (kept.isEmpty() && kind == null) {
                    kept = latest(s, inPlay(s)); // "kept it from the police": the secret last spoken of
                }
            }
            if (kept == null || kept.isEmpty()) {
                return;
            }
            Evidence ev = evidence(s, "secret-kept", 0.75, FactStatus.STATED);
            for (Dependency e : g.outgoing(v)) {
                if (!e.relation().equals("nsubj")) {
                    continue;
                }
                for (String keeper : mentions.of(s, g, e.dependent())) {
                    for (Draft d : kept) {
                        d.keepers.add(keeper);
                        know(d, keeper, KnowledgeSource.TOOK_PART, ev);
                    }
                }
            }
        }

        private Disclosure disclosureOf(DependencyGraph g, Token v) {
            if (!v.tag().startsWith("VB")) {
                return null;
            }
            String l = lemma(v);
            for (Dependency e : g.outgoing(v)) {
                String r = e.relation();
                if (r.equals("compound:prt") || r.equals("advmod")) {
                    Disclosure d = disclosures.get(l + " " + lemma(e.dependent()));
                    if (d != null) {
                        return d;
                    }
                }
            }
            Disclosure d = disclosures.get(l);
            return d != null && d.particle() == null ? d : null;
        }

        /** Who is told: the "to" phrase, else the object or indirect object when it is a character. */
        private Set<String> listeners(int s, DependencyGraph g, Token v) {
            Set<String> out = new LinkedHashSet<>();
            for (Dependency e : g.outgoing(v)) {
                String r = e.relation();
                // "confides in Y" names the listener with "in"
                if (r.equals("obl:to") || r.equals("iobj") || r.equals("obj") || r.equals("obl:in")) {
                    out.addAll(mentions.of(s, g, e.dependent()));
                }
                if (r.equals("obj")) {
                    // "admits everything to Y" with "to Y" attached to "everything"
                    for (Dependency n : g.outgoing(e.dependent())) {
                        if (n.relation().equals("nmod:to")) {
                            out.addAll(mentions.of(s, g, n.dependent()));
                        }
                    }
                }
            }
            return out;
        }

        /** The people a disclosure is made to: "meets with Y and reveals that he knows". */
        private Set<String> audience(int s, DependencyGraph g, Token v) {
            Set<String> out = new LinkedHashSet<>();
            Token current = v;
            for (int depth = 0; depth < 3 && current != null; depth++) {
                List<Token> clause = new ArrayList<>();
                clause.add(current);
                for (Dependency e : g.incoming(current)) {
                    if (e.relation().startsWith("conj")) {
                        clause.add(e.governor());
                    }
                }
                for (Token c : clause) {
                    for (Dependency e : g.outgoing(c)) {
                        String r = e.relation();
                        if (r.equals("obl:to") || r.equals("obl:with") || r.equals("iobj")) {
                            out.addAll(mentions.of(s, g, e.dependent()));
                        }
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
                Token parent = null;
                for (Dependency e : g.incoming(current)) {
                    String r = e.relation();
                    if (r.equals("ccomp") || r.startsWith("conj")) {
                        parent = e.governor();
                        break;
                    }
                }
                current = parent;
            }
            return out;
        }

        private boolean underIrrealis(DependencyGraph g, Token v) {
            for (Dependency e : g.incoming(v)) {
                String r = e.relation();
                if (r.equals("xcomp") && irrealis.contains(lemma(e.governor()))) {
                    return true;
                }
                // "could not let Declan reveal what happened": a disclosure someone was not allowed to make
                if ((r.equals("xcomp") || r.equals("ccomp")) && causatives.contains(lemma(e.governor()))
                        && negated(g, e.governor())) {
                    return true;
                }
            }
            return false;
        }

        private List<Draft> inPlay(int s) {
            return drafts.stream().filter(d -> d.established <= s).toList();
        }

        /** The characters mentioned in sentences from..to. */
        private Set<String> namedIn(int from, int to) {
            Set<String> out = new LinkedHashSet<>();
            cast.mentions().forEach((ref, id) -> {
                if (ref.sentence() >= from && ref.sentence() <= to && !cast.actors().contains(ref)) {
                    out.add(id);
                }
            });
            return out;
        }

        /** Secrets whose facts are stated in sentences from..to. */
        /** The content clause says who is whose parent or child ("that Julian was not his son"). */
        private boolean parentageContent(DependencyGraph g, Token v) {
            for (Dependency e : g.outgoing(v)) {
                if (e.relation().equals("ccomp") && PARENTAGE_NOUNS.contains(lemma(e.dependent()))) {
                    return true;
                }
            }
            return false;
        }

        private List<Draft> statedIn(int from, int to) {
            return drafts.stream().filter(d -> d.relations.stream().flatMap(r -> r.evidence().stream())
                    .anyMatch(e -> e.sentence() >= from && e.sentence() <= to)).toList();
        }

        // ------------------------------------------------------------------ helpers

        private void addRelation(Draft d, Relation r) {
            d.relations.add(r);
            for (Evidence e : r.evidence()) {
                d.evidence.add(e);
                d.established = Math.min(d.established, e.sentence());
            }
        }

        private void know(Draft d, String who, KnowledgeSource how, Evidence ev) {
            if (d.scapegoats.contains(who) && how == KnowledgeSource.TOOK_PART) {
                return;
            }
            String key = who + "|" + how;
            if (d.knowers.containsKey(key)) {
                return;
            }
            d.knowers.put(key, new Knowledge(who, how, ev.sentence(), when(ev.sentence()), ev));
        }

        private boolean hasRole(Relation r, String role) {
            return r.evidence().stream().anyMatch(e -> {
                RelationRule rule = rules.relationRule(e.rule());
                return rule != null && role.equals(rule.secretRole());
            });
        }

        /** The sentence says the article uncovers something: a word or phrase of rules/lexicon/reveal_cues.txt. */
        private boolean hasCue(int s) {
            return cueIn(s, revealCues) >= 0;
        }

        /** The token index where a cue phrase (lemmas in order, a few words apart) starts, or -1. */
        private int cueIn(int s, List<String[]> cues) {
            List<Token> tokens = sentences.get(s).tokens();
            for (String[] cue : cues) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (!matchesWord(tokens.get(i), cue[0])) {
                        continue;
                    }
                    int at = i;
                    int k = 1;
                    for (int j = i + 1; j < tokens.size() && k < cue.length && j - at <= cueGap + 1; j++) {
                        if (matchesWord(tokens.get(j), cue[k])) {
                            at = j;
                            k++;
                        }
                    }
                    if (k == cue.length) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private boolean matchesWord(Token t, String w) {
            return lemma(t).equals(w) || t.word().toLowerCase(Locale.ROOT).equals(w);
        }

        private Set<String> mentionedIn(int s) {
            Set<String> out = new LinkedHashSet<>();
            for (Token t : sentences.get(s).tokens()) {
                String id = mentions.direct(s, t);
                if (id != null) {
                    out.add(id);
                }
            }
            return out;
        }

        /** How often each character is named or referred to in sentence s (a multi-word name counts once). */
        private Map<String, Integer> mentionCounts(int s) {
            Map<String, Integer> out = new LinkedHashMap<>();
            String previous = null;
            for (Token t : sentences.get(s).tokens()) {
                String id = mentions.direct(s, t);
                if (id != null && !id.equals(previous)) {
                    out.merge(id, 1, Integer::sum);
                }
                previous = id;
            }
            return out;
        }

        private Set<String> subjectsIn(int s) {
            DependencyGraph g = graphs.get(s);
            Set<String> out = new LinkedHashSet<>();
            for (Dependency e : g.edges()) {
                if (e.relation().startsWith("nsubj")) {
                    out.addAll(mentions.of(s, g, e.dependent()));
                }
            }
            return out;
        }

        private boolean negated(DependencyGraph g, Token w) {
            for (Dependency e : g.outgoing(w)) {
                String r = e.relation();
                if ((r.equals("advmod") || r.equals("neg")) && negations.contains(lemma(e.dependent()))) {
                    return true;
                }
            }
            return false;
        }

        private String when(int s) {
            if (s < 0 || s >= sentences.size()) {
                return null;
            }
            String t = sentences.get(s).text();
            for (Pattern p : whenCues) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    return m.group();
                }
            }
            return null;
        }

        private Evidence evidence(int s, String rule, double confidence, FactStatus status) {
            List<Token> tokens = sentences.get(s).tokens();
            int start = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            return new Evidence(text.documentId(), s, start, end, text.quote(start, end), rule,
                    confidence, status);
        }

        private Gender gender(String id) {
            return cast.byId(id).map(c -> c.gender()).orElse(Gender.UNKNOWN);
        }

        private String name(String id) {
            return cast.byId(id).map(c -> c.name()).orElse(id);
        }

        private String names(Set<String> ids) {
            List<String> ns = ids.stream().map(this::name).toList();
            if (ns.size() <= 1) {
                return String.join("", ns);
            }
            return String.join(", ", ns.subList(0, ns.size() - 1)) + " and " + ns.get(ns.size() - 1);
        }

        private Secret toSecret(Draft d) {
            String id = slug(d.kind.name() + "-" + String.join("-", d.subjects));
            List<Knowledge> knowers = new ArrayList<>(d.knowers.values());
            knowers.sort(Comparator.comparingInt(Knowledge::order));
            List<Evidence> ev = d.evidence.stream().collect(Collectors.toMap(e -> e.sentence() + "/" + e.rule(), e -> e,
                    (a, b) -> a, LinkedHashMap::new)).values().stream().toList();
            return new Secret(id, d.statement, d.kind, List.copyOf(d.subjects), List.copyOf(d.keepers), knowers, ev);
        }
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String lemma(Token w) {
        return (w.lemma() != null ? w.lemma() : w.word()).toLowerCase(Locale.ROOT);
    }

}
