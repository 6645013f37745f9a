package charactergraph.loader.relate;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.rules.KinshipEntry;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.resolve.Mentions;
import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.TokenPattern;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyPattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 4: who did what to whom. Applies the rules of {@code rules/relations.rules} (Semgrex over normalized
 * enhanced++ dependencies, TokensRegex over tokens) sentence by sentence, keeps only relations whose both ends are
 * characters of the cast, suppresses negated statements (or requires them, for negative-polarity rules such as
 * "doesn't turn him in"), marks hedged ones alleged and accidental ones accidental, and merges duplicates keeping
 * every piece of evidence.
 */
public final class RelationExtractor {
    private static final Pattern VICTIM_FN = Pattern.compile("victim\\((\\w+)\\)");
    private static final Pattern OWNER_FN = Pattern.compile("owner\\((\\w+)\\)");
    private final RuleCatalog rules;
    /** How far back who an accomplice helped may be marked, and the doer of a deed a "culprit" role reads. */
    private final int principalWindow;
    private final int culpritWindow;
    /**
     * How far back the evidence a character destroys may point: recaps tell the deed, then its discovery by the one
     * who hides the evidence a paragraph later ("Felix worked it out ... he destroyed the pharmacy receipts").
     */
    private final int latestCulpritWindow;

    public RelationExtractor() {
        this(RuleCatalog.builtIn());
    }

    public RelationExtractor(RuleCatalog rules) {
        this.rules = rules;
        this.principalWindow = rules.parameters().window("relate.principal-window");
        this.culpritWindow = rules.parameters().window("relate.culprit-window");
        this.latestCulpritWindow = rules.parameters().window("relate.latest-culprit-window");
    }

    public RuleCatalog rules() {
        return rules;
    }

    public List<Relation> extract(ParsedArticle text, Cast cast) {
        return new Run(text, cast).extract();
    }

    /** One extraction: the per-article indexes the rules consult. */
    private final class Run {
        final ParsedArticle text;
        final Mentions mentions;
        final List<Sentence> sentences;
        final List<DependencyGraph> graphs = new ArrayList<>();
        final Set<String> negations = rules.lexicon("negation");
        final Set<String> hedgeAdverbs = rules.lexicon("hedge_adverbs");
        final Set<String> hedgeVerbs = rules.lexicon("hedge_verbs");
        final Set<String> accidentAdverbs = rules.lexicon("accident_adverbs");
        final Set<String> secretParentMarkers = rules.lexicon("secret_parent_markers");
        final Set<String> secretParentAdverbs = rules.lexicon("secret_parent_adverbs");
        final Set<String> deathVerbs = rules.lexicon("death_verbs");
        final Set<String> deathPlaces = rules.lexicon("death_places");
        final Set<String> maleKin = rules.lexicon("male_kin_nouns");
        final Set<String> seizeVerbs = rules.lexicon("seize_verbs");
        final Set<String> parentageRevealCues = rules.lexicon("parentage_reveal_cues");
        final Set<String> femaleKin = rules.lexicon("female_kin_nouns");
        final Set<String> kidnapNouns = rules.lexicon("kidnap_nouns");
        final Set<String> mishapNouns = rules.lexicon("mishap_nouns");
        final Set<String> killVerbs = rules.lexicon("kill_verbs");
        final Set<String> killerNouns = rules.lexicon("killer_nouns");
        final Set<String> killNouns = rules.lexicon("kill_nouns");
        final Map<RelationType, Set<String>> crimeNounsByType = Map.of(RelationType.KIDNAPPED, kidnapNouns,
                RelationType.KILLED, rules.lexicon("crime_nouns"));
        /** Characters who die somewhere in the article. */
        final Set<String> dead = new HashSet<>();
        /** sentence index -> principals marked there ("she didn't work alone"). */
        final Map<Integer, List<String>> principals = new LinkedHashMap<>();
        /** crime-noun victims in order of appearance: [sentence, character]. */
        final List<Object[]> crimeVictims = new ArrayList<>();
        final List<Found> found = new ArrayList<>();
        final List<Found> kin = new ArrayList<>();
        /** "her father dies": [ego, kin noun] of deaths whose subject is a relative the sentence does not name. */
        final List<String[]> unnamedDead = new ArrayList<>();
        /** "the truth about her husband": a spouse noun naming nobody, with its ego and sentence evidence. */
        final List<Object[]> unnamedSpouses = new ArrayList<>();
        final Cast cast;

        Run(ParsedArticle text, Cast cast) {
            this.text = text;
            this.mentions = new Mentions(cast);
            this.cast = cast;
            this.sentences = text.sentences();
            for (Sentence s : sentences) {
                graphs.add(s.graph());
            }
        }

        List<Relation> extract() {
            indexArticle();
            for (int s = 0; s < sentences.size(); s++) {
                for (RelationRule rule : rules.relationRules()) {
                    if (rule.kind() == RelationRule.Kind.KINSHIP) {
                        applyKinship(rule, s);
                    }
                }
            }
            resolveUnnamedKin();
            for (int s = 0; s < sentences.size(); s++) {
                for (RelationRule rule : rules.relationRules()) {
                    if (rule.kind() == RelationRule.Kind.RELATION) {
                        applyRelation(rule, s);
                    }
                }
            }
            List<Found> all = new ArrayList<>(kin);
            all.addAll(found);
            // a hidden parent is that: "he fathered Victor" beside "Victor is his son, a secret" adds no plain parent
            Set<String> secretParents = new HashSet<>();
            for (Found f : all) {
                if (f.type() == RelationType.SECRETLY_PARENT_OF) {
                    secretParents.add(f.from() + ">" + f.to());
                }
            }
            // (its sentences support the hidden parentage instead)
            all.replaceAll(f -> f.type() == RelationType.PARENT_OF && secretParents.contains(f.from() + ">" + f.to())
                    ? new Found(RelationType.SECRETLY_PARENT_OF, f.from(), f.to(), f.accidental(), f.evidence(), f.note())
                    : f);
            return merge(all);
        }

        /** Deaths, principals and crime victims, which rules consult across sentences. */
        private void indexArticle() {
            for (int s = 0; s < sentences.size(); s++) {
                DependencyGraph g = graphs.get(s);
                for (Token w : g.vertices()) {
                    String lemma = lemma(w);
                    if (deathVerbs.contains(lemma) && !negated(g, w)) {
                        for (Dependency e : g.outgoing(w)) {
                            String r = e.relation();
                            if (r.equals("nsubj") || r.equals("nmod:poss") || r.equals("nmod:of")) {
                                Set<String> who = mentions.single(s, g, e.dependent());
                                dead.addAll(who);
                                if (who.isEmpty()) {
                                    unnamedKin(s, g, e.dependent()).forEach(ego -> unnamedDead.add(
                                            new String[]{ego, lemma(e.dependent())}));
                                }
                            }
                        }
                    }
                    // "Felix was found at the foot of the cellar stairs"
                    if (lemma.equals("find") && w.tag().equals("VBN") && !negated(g, w)
                            && g.outgoing(w).stream().anyMatch(e -> e.relation().startsWith("obl:at")
                            && deathPlaces.contains(lemma(e.dependent())))) {
                        for (Dependency e : g.outgoing(w)) {
                            if (e.relation().equals("nsubj:pass")) {
                                dead.addAll(mentions.single(s, g, e.dependent()));
                            }
                        }
                    }
                    if (lemma.equals("dead") && !negated(g, w)) {
                        for (Dependency e : g.outgoing(w)) {
                            if (e.relation().equals("nsubj")) {
                                dead.addAll(mentions.single(s, g, e.dependent()));
                            }
                        }
                    }
                    if (kidnapNouns.contains(lemma) && w.tag().startsWith("NN")) {
                        for (String v : possessorOrOf(s, g, w)) {
                            crimeVictims.add(new Object[]{s, v, crimeClass(lemma)});
                        }
                    }
                    // "who killed Daniel?", "Daniel was murdered": the victim the article's killer noun refers to
                    if (killVerbs.contains(lemma) && w.tag().startsWith("VB") && !negated(g, w)) {
                        for (Dependency e : g.outgoing(w)) {
                            String r = e.relation();
                            if (r.equals("obj") || r.equals("nsubj:pass")) {
                                for (String v : mentions.of(s, g, e.dependent())) {
                                    crimeVictims.add(new Object[]{s, v, "killing"});
                                }
                            }
                        }
                    }
                    if (killNouns.contains(lemma) && w.tag().startsWith("NN")) {
                        for (Dependency e : g.outgoing(w)) {
                            String r = e.relation();
                            if (r.equals("nmod:of") || r.equals("nmod:poss") && !hasChild(g, w, "nmod:of")) {
                                for (String v : mentions.of(s, g, e.dependent())) {
                                    crimeVictims.add(new Object[]{s, v, "killing"});
                                }
                            }
                        }
                    }
                    // "The fire at the ranch killed Eli": the victim of the fire
                    if (killVerbs.contains(lemma) && w.tag().startsWith("VB") && !negated(g, w)) {
                        boolean mishap = g.outgoing(w).stream().anyMatch(e -> e.relation().equals("nsubj")
                                && mishapNouns.contains(lemma(e.dependent())));
                        if (mishap) {
                            String cls = null;
                            for (Dependency e : g.outgoing(w)) {
                                if (e.relation().equals("nsubj")) {
                                    cls = crimeClass(lemma(e.dependent()));
                                }
                            }
                            for (Dependency e : g.outgoing(w)) {
                                if (e.relation().equals("obj")) {
                                    for (String v : mentions.of(s, g, e.dependent())) {
                                        crimeVictims.add(new Object[]{s, v, cls});
                                    }
                                }
                            }
                        }
                    }
                }
                for (RelationRule rule : rules.relationRules()) {
                    if (rule.kind() != RelationRule.Kind.PRINCIPAL_MARKER) {
                        continue;
                    }
                    TokenPattern.Matcher m = rule.surface().matcher(sentences.get(s));
                    while (m.find()) {
                        List<Token> nodes = m.group("$principal");
                        if (nodes == null) {
                            continue;
                        }
                        for (Token t : nodes) {
                            String id = mentions.direct(s, t);
                            if (id != null) {
                                principals.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
                            }
                        }
                    }
                }
            }
        }

        private Set<String> possessorOrOf(int s, DependencyGraph g, Token w) {
            Set<String> out = new LinkedHashSet<>();
            for (Dependency e : g.outgoing(w)) {
                String r = e.relation();
                if (r.equals("nmod:poss") || r.equals("nmod:of")) {
                    out.addAll(mentions.of(s, g, e.dependent()));
                }
            }
            return out;
        }

        private void applyKinship(RelationRule rule, int s) {
            DependencyGraph g = graphs.get(s);
            DependencyPattern.Matcher m = rule.semgrex().matcher(g);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                Token kinNode = m.node("kin");
                Token egoNode = m.node("ego");
                if (!seen.add(kinNode.index() + "/" + egoNode.index()) || kinNode.tag().endsWith("S")) {
                    continue; // plural kin nouns ("her children") name no one in particular
                }
                KinshipEntry entry = rules.kinship().get(lemma(kinNode));
                if (entry == null || negated(g, kinNode) || inLaw(g, kinNode)) {
                    continue;
                }
                Set<String> egos = mentions.of(s, g, egoNode); // "Marissa and Peter's son": both are parents
                if (egos.isEmpty()) {
                    egos = antecedent(s, g, egoNode); // "Dr. Miriam Hale, a surgeon whose daughter Wren ..."
                }
                Set<String> alters = kinAlters(s, g, kinNode);
                // only for a relative the sentence names ("their son Josh"): coreference alone ("their son had
                // died") may point at another child
                if (egos.isEmpty() && egoNode.word().equalsIgnoreCase("their") && !alters.isEmpty()
                        && g.outgoing(kinNode).stream().anyMatch(x -> x.dependent().tag().startsWith("NNP")
                        && x.relation().matches("appos|compound|flat|dep"))) {
                    egos = pluralPossessors(s, egoNode.index(), alters, "child".equals(entry.parentageRole()));
                }
                if (alters.isEmpty() && entry.type() == RelationType.MARRIED_TO) {
                    for (String ego : egos) {
                        unnamedSpouses.add(new Object[]{ego, evidence(s, rule.id(), rule.confidence() - 0.15,
                                FactStatus.IMPLIED)});
                    }
                }
                boolean secret = entry.parentageRole() != null && (revealsParentage(g, kinNode) || revealedNearby(s, g, kinNode));
                RelationType type = secret ? RelationType.SECRETLY_PARENT_OF : entry.type();
                for (String ego : egos) {
                    for (String alter : alters) {
                        if (ego.equals(alter)) {
                            continue;
                        }
                        boolean alterFirst = secret ? entry.parentageRole().equals("parent") : entry.alterToEgo();
                        String from = alterFirst ? alter : ego;
                        String to = alterFirst ? ego : alter;
                        // a hedge on the clause around "her husband X" is about the deed, not the kinship
                        kin.add(new Found(type, from, to, false, evidence(s, rule.id(), rule.confidence(), rule.status()),
                                kinNode.lemma()));
                    }
                }
            }
        }

        /**
         * Who "their" stands for in "their daughter Ivy", "their mother, Margaret": the two characters named last
         * before it (this sentence, then up to two before; actors never). For a child, a married pair among the last
         * few names wins ("Her husband is Ed. Their son Tom ...; their daughter Ann ..." : Ed and her, not Tom).
         * Fewer than two names: nobody.
         */
        private Set<String> pluralPossessors(int s, int tokenIndex, Set<String> alters, boolean child) {
            List<String> recent = new ArrayList<>();
            for (int sent = s; sent >= Math.max(0, s - 2) && recent.size() < 4; sent--) {
                int from = sent == s ? tokenIndex - 1 : sentences.get(sent).tokens().size();
                for (int i = from; i >= 1 && recent.size() < 4; i--) {
                    Cast.TokenRef ref = new Cast.TokenRef(sent, i);
                    String c = cast.mentions().get(ref);
                    if (c != null && !cast.actors().contains(ref) && !alters.contains(c) && !recent.contains(c)) {
                        recent.add(c);
                    }
                }
            }
            if (recent.size() < 2) {
                return Set.of();
            }
            if (child) {
                for (int a = 0; a < recent.size(); a++) {
                    for (int b = a + 1; b < recent.size(); b++) {
                        if (married(recent.get(a), recent.get(b))) {
                            return new LinkedHashSet<>(List.of(recent.get(a), recent.get(b)));
                        }
                    }
                }
            } else if (married(recent.get(0), recent.get(1))) {
                return Set.of(); // "their mother" is not the mother of a married couple
            }
            return new LinkedHashSet<>(recent.subList(0, 2));
        }

        private boolean married(String a, String b) {
            for (Found f : kin) {
                if (f.type() == RelationType.MARRIED_TO && (f.from().equals(a) && f.to().equals(b)
                        || f.from().equals(b) && f.to().equals(a))) {
                    return true;
                }
            }
            return false;
        }

        /** The egos of a kinship noun that names nobody itself ("her father" in "when her father dies"). */
        private Set<String> unnamedKin(int s, DependencyGraph g, Token node) {
            if (!rules.kinship().containsKey(lemma(node)) || node.tag().endsWith("S")) {
                return Set.of();
            }
            Set<String> egos = new LinkedHashSet<>();
            for (Dependency e : g.outgoing(node)) {
                if (e.relation().equals("nmod:poss")) {
                    egos.addAll(mentions.single(s, g, e.dependent()));
                }
            }
            return egos;
        }

        /**
         * A relative the text names elsewhere stands for an unnamed "her father" of the same person: "Orla's father,
         * Declan" makes Declan the one who dies in "when her father dies". An unnamed "her husband" is the other
         * (not secret) parent of her child when there is exactly one ("her son Milo", "his father Peter").
         */
        private void resolveUnnamedKin() {
            for (String[] u : unnamedDead) {
                KinshipEntry entry = rules.kinship().get(u[1]);
                Set<String> relatives = new LinkedHashSet<>();
                for (Found f : kin) {
                    if (f.type() != entry.type() || !u[1].equals(f.note())) {
                        continue;
                    }
                    if (entry.alterToEgo() ? f.to().equals(u[0]) : f.from().equals(u[0])) {
                        relatives.add(entry.alterToEgo() ? f.from() : f.to());
                    }
                }
                if (relatives.size() == 1) {
                    dead.addAll(relatives);
                }
            }
            for (Object[] u : unnamedSpouses) {
                String ego = (String) u[0];
                Set<String> coParents = new LinkedHashSet<>();
                for (Found child : kin) {
                    if (child.type() != RelationType.PARENT_OF || !child.from().equals(ego)) {
                        continue;
                    }
                    for (Found other : kin) {
                        if (other.type() == RelationType.PARENT_OF && other.to().equals(child.to())
                                && !other.from().equals(ego)) {
                            coParents.add(other.from());
                        }
                    }
                }
                Gender egoGender = cast.byId(ego).map(Character::gender).orElse(Gender.UNKNOWN);
                coParents.removeIf(c -> egoGender != Gender.UNKNOWN
                        && cast.byId(c).map(Character::gender).orElse(Gender.UNKNOWN) == egoGender);
                if (coParents.size() == 1) {
                    String other = coParents.iterator().next();
                    kin.add(new Found(RelationType.MARRIED_TO, ego, other, false, (Evidence) u[1], "spouse"));
                }
            }
        }

        /** The character a relative pronoun or a descriptive noun stands for: "X, a mother whose ...". */
        private Set<String> antecedent(int s, DependencyGraph g, Token node) {
            Token current = node;
            for (int depth = 0; depth < 3; depth++) {
                Token up = null;
                for (Dependency e : g.incoming(current)) {
                    String r = e.relation();
                    if (r.equals("ref") || r.equals("appos")) {
                        up = e.governor();
                        break;
                    }
                }
                if (up == null) {
                    return Set.of();
                }
                String id = mentions.direct(s, up);
                if (id != null) {
                    return Set.of(id);
                }
                current = up;
            }
            return Set.of();
        }

        /** "his son-in-law": the tokenizer splits it, and an in-law is no parent or sibling. */
        private boolean inLaw(DependencyGraph g, Token kinNode) {
            return g.outgoing(kinNode).stream().anyMatch(e -> e.relation().equals("nmod:in")
                    && lemma(e.dependent()).equals("law"));
        }

        /** "her biological son", "her birth mother", "is actually her son", "his real father" */
        private boolean revealsParentage(DependencyGraph g, Token kinNode) {
            if (calledSecret(g, kinNode)) {
                return true;
            }
            for (Dependency e : g.outgoing(kinNode)) {
                String r = e.relation();
                String l = lemma(e.dependent());
                if ((r.equals("amod") || r.equals("compound")) && secretParentMarkers.contains(l)) {
                    return true;
                }
                if (r.equals("advmod") && secretParentAdverbs.contains(l) && hasChild(g, kinNode, "cop")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "It turns out that was a lie. Kieran was Ben's son.": a parentage stated as a predicate ("X is Y's son")
         * in or right after a sentence that uncovers something (rules/lexicon/parentage_reveal_cues.txt).
         */
        private boolean revealedNearby(int s, DependencyGraph g, Token kinNode) {
            if (!hasChild(g, kinNode, "cop") || !hasChild(g, kinNode, "nmod:poss")) {
                return false;
            }
            return cued(s) || s > 0 && cued(s - 1);
        }

        private boolean cued(int s) {
            List<Token> tokens = sentences.get(s).tokens();
            for (String cue : parentageRevealCues) {
                String[] words = cue.split("\\s+");
                for (int i = 0; i < tokens.size(); i++) {
                    int k = 0;
                    int last = i - 1;
                    for (int j = i; j < tokens.size() && k < words.length && (k == 0 ? j == i : j - last <= 3); j++) {
                        String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
                        String l = tokens.get(j).lemma() == null ? w : tokens.get(j).lemma().toLowerCase(Locale.ROOT);
                        if (w.equals(words[k]) || l.equals(words[k])) {
                            k++;
                            last = j;
                        }
                    }
                    if (k == words.length) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "Victor is his son, a secret he kept", "her father is Rob, a secret she kept": the parentage clause is
         * itself called a secret (an apposition or a relative clause naming "secret" on the kin noun or its
         * copular predicate).
         */
        private boolean calledSecret(DependencyGraph g, Token kinNode) {
            List<Token> heads = new ArrayList<>(List.of(kinNode));
            for (Dependency e : g.incoming(kinNode)) {
                if (e.relation().equals("nsubj") && hasChild(g, e.governor(), "cop")) {
                    heads.add(e.governor());
                }
            }
            for (Token h : heads) {
                for (Dependency e : g.outgoing(h)) {
                    String r = e.relation();
                    Token c = e.dependent();
                    if (r.equals("appos") && lemma(c).equals("secret")) {
                        return true;
                    }
                    if (r.equals("acl:relcl") && g.outgoing(c).stream().anyMatch(x ->
                            x.relation().equals("obj") && lemma(x.dependent()).equals("secret"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The person a kinship noun names: itself, the subject it is predicated of, or a name beside it. */
        private Set<String> kinAlters(int s, DependencyGraph g, Token kinNode) {
            Set<String> out = new LinkedHashSet<>();
            String d = mentions.direct(s, kinNode);
            if (d != null) {
                out.add(d);
                return out;
            }
            // a copular statement names its subject first ("Daniel was actually Victor's son, a secret ...")
            if (hasChild(g, kinNode, "cop")) {
                for (Dependency e : g.outgoing(kinNode)) {
                    String r = e.relation();
                    if (r.equals("nsubj")) {
                        Set<String> subject = mentions.single(s, g, e.dependent());
                        // "the boy known as Leo is actually her son": the name sits in the subject's modifier
                        out.addAll(subject.isEmpty() ? namedIn(s, g, e.dependent(), true) : subject);
                    } else if (r.equals("csubj")) {
                        // "the boy called Leo is ..." parsed as a clausal subject
                        out.addAll(namedIn(s, g, e.dependent(), false));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            for (Dependency e : g.outgoing(kinNode)) {
                String r = e.relation();
                Token c = e.dependent();
                if ((r.equals("appos") || r.startsWith("compound") || r.startsWith("flat") || r.equals("dep"))
                        && c.tag().startsWith("NNP")) {
                    out.addAll(mentions.single(s, g, c));
                } else if (r.equals("appos")) {
                    // "her birth mother, a nurse named Agnes Tull"
                    Set<String> named = mentions.single(s, g, c);
                    out.addAll(named.isEmpty() ? namedIn(s, g, c, true) : named);
                }
            }
            // "Rob, her father, ..." and "Victor's wife Helen Hale": the kin noun in apposition or compound to a name.
            if (out.isEmpty()) {
                for (Dependency e : g.incoming(kinNode)) {
                    String r = e.relation();
                    if ((r.equals("appos") || r.equals("compound")) && e.governor().tag().startsWith("NNP")) {
                        String id = mentions.direct(s, e.governor());
                        if (id != null) {
                            out.add(id);
                        }
                    } else if (r.equals("nsubj") && hasChild(g, e.governor(), "cop")) {
                        // "her real father is Rob": the kin noun is the subject of a copula whose predicate names
                        String id = mentions.direct(s, e.governor());
                        if (id != null) {
                            out.add(id);
                        }
                    }
                }
            }
            return out;
        }

        /** Names in a clause that describes someone: "(the boy) known as Leo", "called Leo", "we know as Leo". */
        private Set<String> namedIn(int s, DependencyGraph g, Token node, boolean viaModifier) {
            Set<String> out = new LinkedHashSet<>();
            List<Token> clauses = new ArrayList<>();
            if (viaModifier) {
                for (Dependency e : g.outgoing(node)) {
                    String r = e.relation();
                    if (r.startsWith("acl") || r.equals("dep")) {
                        clauses.add(e.dependent());
                    }
                }
            } else {
                clauses.add(node);
            }
            for (Token c : clauses) {
                for (Dependency e : g.outgoing(c)) {
                    String r = e.relation();
                    if (r.equals("obj") || r.equals("xcomp") || r.equals("obl:as") || r.equals("advcl:as")) {
                        out.addAll(mentions.single(s, g, e.dependent()));
                    }
                }
            }
            return out;
        }

        private void applyRelation(RelationRule rule, int s) {
            if (rule.semgrex() == null) {
                return;
            }
            DependencyGraph g = graphs.get(s);
            DependencyPattern.Matcher m = rule.semgrex().matcher(g);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                Token negNode = rule.negationNode() == null ? null : m.node(rule.negationNode());
                boolean isNegated = negNode != null && negated(g, negNode);
                if (rule.polarity() == RelationRule.Polarity.AFFIRMATIVE && isNegated
                        || rule.polarity() == RelationRule.Polarity.NEGATED && !isNegated) {
                    continue;
                }
                Token verb = m.node("verb") != null ? m.node("verb") : negNode;
                Set<String> froms = role(rule.from(), m, s, g, null);
                for (String from : froms) {
                    Set<String> tos = role(rule.to(), m, s, g, from);
                    for (String to : tos) {
                        if (from.equals(to) || !seen.add(from + ">" + to)) {
                            continue;
                        }
                        if (rule.requiresPatientDies() && !dead.contains(to)
                                || rule.requiresPatientLives() && dead.contains(to)) {
                            continue;
                        }
                        boolean hedge = verb != null && hedged(g, verb);
                        FactStatus status = hedge ? FactStatus.ALLEGED : rule.status();
                        boolean accidental = verb != null && accidental(g, verb);
                        found.add(new Found(rule.type(), from, to, accidental,
                                evidence(s, rule.id(), rule.confidence(), status), null));
                    }
                }
            }
        }

        private Set<String> role(String role, DependencyPattern.Matcher m, int s, DependencyGraph g, String from) {
            Matcher fn = VICTIM_FN.matcher(role);
            if (fn.matches()) {
                Token crime = m.node(fn.group(1));
                Set<String> own = possessorOrOf(s, g, crime);
                if (!own.isEmpty()) {
                    return own;
                }
                return recentVictim(s, lemma(crime));
            }
            Matcher owner = OWNER_FN.matcher(role);
            if (owner.matches()) {
                return bodyOwner(s, g, m.node(owner.group(1)), from);
            }
            if (role.equals("principal")) {
                return principal(s, from);
            }
            if (role.equals("answer")) {
                return answer(s + 1);
            }
            if (role.equals("seizer")) {
                return seizer(s, mentions.of(s, g, m.node("patient")));
            }
            if (role.equals("culprit")) {
                return culprit(s, from);
            }
            if (role.equals("latest-culprit")) {
                Set<String> c = culprit(s, null, latestCulpritWindow);
                return c.contains(from) ? Set.of() : c;
            }
            Token node = m.node(role);
            Set<String> ids = mentions.of(s, g, node);
            if (ids.isEmpty()) {
                String relative = relativeByKinship(s, g, node);
                if (relative != null) {
                    ids = Set.of(relative);
                }
            }
            return ids;
        }

        /**
         * Whose body part it is: its possessor; when a pronoun possessor names the doer himself ("Luke breaks his
         * arm"), the nearest other character of that gender named before it in the sentence, else nobody.
         */
        private Set<String> bodyOwner(int s, DependencyGraph g, Token part, String doer) {
            for (Dependency e : g.outgoing(part)) {
                if (!e.relation().equals("nmod:poss")) {
                    continue;
                }
                Token poss = e.dependent();
                Set<String> owners = mentions.single(s, g, poss);
                if (!poss.tag().equals("PRP$") || !owners.contains(doer)) {
                    return owners;
                }
                Gender gender = cast.byId(doer).map(Character::gender).orElse(Gender.UNKNOWN);
                for (int i = poss.index() - 1; i >= 1; i--) {
                    Cast.TokenRef ref = new Cast.TokenRef(s, i);
                    String c = cast.mentions().get(ref);
                    if (c != null && !c.equals(doer) && !cast.actors().contains(ref)
                            && cast.byId(c).map(Character::gender).orElse(Gender.UNKNOWN) == gender) {
                        return Set.of(c);
                    }
                }
                return Set.of();
            }
            return Set.of();
        }

        /** Who seized one of these characters (obj of a seize verb) in sentence s or s - 1, latest first. */
        private Set<String> seizer(int s, Set<String> held) {
            for (int t = s; t >= Math.max(0, s - 1); t--) {
                DependencyGraph g = graphs.get(t);
                List<Token> verbs = new ArrayList<>(g.vertices());
                java.util.Collections.reverse(verbs);
                for (Token v : verbs) {
                    if (!seizeVerbs.contains(lemma(v)) || !v.tag().startsWith("VB") || negated(g, v)) {
                        continue;
                    }
                    boolean seizesHeld = false;
                    Set<String> doers = new LinkedHashSet<>();
                    for (Dependency e : g.outgoing(v)) {
                        String r = e.relation();
                        if (r.equals("obj") && mentions.of(t, g, e.dependent()).stream().anyMatch(held::contains)) {
                            seizesHeld = true;
                        }
                        if (r.equals("nsubj")) {
                            doers.addAll(mentions.of(t, g, e.dependent()));
                        }
                    }
                    doers.removeAll(held);
                    if (seizesHeld && !doers.isEmpty()) {
                        return doers;
                    }
                }
            }
            return Set.of();
        }

        /**
         * The character a sentence gives as an answer to the question before it: "Thomas did.", "It was Thomas.",
         * "Thomas." (a short sentence whose head is the name, or "do" with the name as subject).
         */
        private Set<String> answer(int s) {
            if (s >= sentences.size() || sentences.get(s).tokens().size() > 6) {
                return Set.of();
            }
            DependencyGraph g = graphs.get(s);
            for (Token root : g.roots()) {
                if (lemma(root).equals("do")) {
                    for (Dependency e : g.outgoing(root)) {
                        if (e.relation().equals("nsubj")) {
                            return mentions.of(s, g, e.dependent());
                        }
                    }
                    return Set.of();
                }
                if (root.tag().startsWith("NNP")) {
                    return mentions.of(s, g, root);
                }
            }
            return Set.of();
        }

        /** "her child" with no name: the one child (or spouse, parent, sibling) the article gives the possessor. */
        private String relativeByKinship(int s, DependencyGraph g, Token node) {
            KinshipEntry entry = rules.kinship().get(lemma(node));
            if (entry == null || node.tag().endsWith("S")) {
                return null;
            }
            Set<String> egos = new LinkedHashSet<>();
            for (Dependency e : g.outgoing(node)) {
                if (e.relation().equals("nmod:poss")) {
                    egos.addAll(mentions.single(s, g, e.dependent()));
                }
            }
            if (egos.isEmpty()) {
                // "Thomas poisoned their father": the one such relative the two last-named characters share
                for (Dependency e : g.outgoing(node)) {
                    if (e.relation().equals("nmod:poss") && e.dependent().word().equalsIgnoreCase("their")) {
                        Set<String> shared = null;
                        for (String ego : pluralPossessors(s, e.dependent().index(), Set.of(), false)) {
                            Set<String> r = relativesOf(ego, entry, lemma(node));
                            if (shared == null) {
                                shared = new LinkedHashSet<>(r);
                            } else {
                                shared.retainAll(r);
                            }
                        }
                        return shared != null && shared.size() == 1 ? shared.iterator().next() : null;
                    }
                }
            }
            if (egos.size() != 1) {
                return null;
            }
            String ego = egos.iterator().next();
            String matrix = matrixSubjectForPossessive(s, g, node, ego);
            Set<String> candidates = relativesOf(matrix != null ? matrix : ego, entry, lemma(node));
            return candidates.size() == 1 ? candidates.iterator().next() : null;
        }

        /**
         * "Gordon is convinced that Adam killed his daughter": a possessive pronoun in a that-clause reads as the
         * believer's (the matrix subject of the same gender), not the clause's own subject, when the two differ.
         */
        private String matrixSubjectForPossessive(int s, DependencyGraph g, Token node, String ego) {
            Token poss = null;
            for (Dependency e : g.outgoing(node)) {
                if (e.relation().equals("nmod:poss") && e.dependent().tag().equals("PRP$")) {
                    poss = e.dependent();
                }
            }
            if (poss == null) {
                return null;
            }
            Gender gender = switch (poss.word().toLowerCase(Locale.ROOT)) {
                case "his" -> Gender.MALE;
                case "her" -> Gender.FEMALE;
                default -> null;
            };
            if (gender == null) {
                return null;
            }
            Token clause = g.parent(node);
            while (clause != null && !g.hasChildren(clause)) {
                clause = g.parent(clause);
            }
            if (clause == null) {
                return null;
            }
            for (Dependency up : g.incoming(clause)) {
                if (!up.relation().equals("ccomp")) {
                    continue;
                }
                Token believer = up.governor();
                // "becomes convinced that ...": the subject sits on the verb the adjective completes
                for (int hops = 0; hops < 2 && g.outgoing(believer).stream()
                        .noneMatch(e -> e.relation().startsWith("nsubj")); hops++) {
                    Token head = null;
                    for (Dependency x : g.incoming(believer)) {
                        if (x.relation().equals("xcomp")) {
                            head = x.governor();
                        }
                    }
                    if (head == null) {
                        break;
                    }
                    believer = head;
                }
                for (Dependency e : g.outgoing(believer)) {
                    if (!e.relation().startsWith("nsubj")) {
                        continue;
                    }
                    for (String id : mentions.single(s, g, e.dependent())) {
                        if (!id.equals(ego) && cast.byId(id).map(Character::gender).orElse(null) == gender) {
                            return id;
                        }
                    }
                }
            }
            return null;
        }

        /** The relatives of one kind (a kinship entry's) the article gives a character. */
        private Set<String> relativesOf(String ego, KinshipEntry entry, String noun) {
            Set<String> candidates = relativesOf(ego, entry);
            Gender wanted = maleKin.contains(noun) ? Gender.MALE : femaleKin.contains(noun) ? Gender.FEMALE : null;
            if (wanted != null) {
                // "their father" is not the mother of the two: a known gender that differs rules a relative out
                candidates.removeIf(c -> {
                    Gender g = cast.byId(c).map(Character::gender).orElse(Gender.UNKNOWN);
                    return g != Gender.UNKNOWN && g != wanted;
                });
            }
            return candidates;
        }

        private Set<String> relativesOf(String ego, KinshipEntry entry) {
            Set<String> candidates = new LinkedHashSet<>();
            for (Found k : kin) {
                boolean parentage = k.type == RelationType.PARENT_OF || k.type == RelationType.SECRETLY_PARENT_OF;
                boolean sameType = k.type == entry.type() || parentage && entry.type() == RelationType.PARENT_OF;
                if (!sameType) {
                    continue;
                }
                if (entry.type().symmetric()) {
                    if (k.from.equals(ego)) {
                        candidates.add(k.to);
                    } else if (k.to.equals(ego)) {
                        candidates.add(k.from);
                    }
                } else if (entry.alterToEgo() && k.to.equals(ego)) {
                    candidates.add(k.from);
                } else if (!entry.alterToEgo() && k.from.equals(ego)) {
                    candidates.add(k.to);
                }
            }
            if (candidates.size() > 1) {
                // "his daughter" is the acknowledged one when another is a hidden child
                Set<String> open = new LinkedHashSet<>(candidates);
                for (Found k : kin) {
                    if (k.type == RelationType.SECRETLY_PARENT_OF && (k.from.equals(ego) || k.to.equals(ego))) {
                        open.remove(k.from.equals(ego) ? k.to : k.from);
                    }
                }
                if (open.size() == 1) {
                    return open;
                }
            }
            return candidates;
        }

        /** Kidnapping nouns are one kind of crime ("the abduction" = "Milo's kidnapping"); other nouns their own. */
        private String crimeClass(String lemma) {
            if (kidnapNouns.contains(lemma)) {
                return "kidnapping";
            }
            return killerNouns.contains(lemma) || killNouns.contains(lemma) ? "killing" : lemma;
        }

        /** The victim of the most recent crime of this kind named before (or in) this sentence. */
        private Set<String> recentVictim(int s, String crimeLemma) {
            String best = null;
            int bestSentence = -1;
            String cls = crimeClass(crimeLemma);
            for (Object[] v : crimeVictims) {
                int vs = (Integer) v[0];
                if (vs <= s && vs >= bestSentence && cls.equals(v[2])) {
                    best = (String) v[1];
                    bestSentence = vs;
                }
            }
            for (Found f : found) {
                if (f.type == RelationType.KIDNAPPED && kidnapNouns.contains(crimeLemma)
                        && f.evidence.sentence() <= s && f.evidence.sentence() >= bestSentence) {
                    best = f.to;
                    bestSentence = f.evidence.sentence();
                }
            }
            return best == null ? Set.of() : Set.of(best);
        }

        /** Who the accomplice helped: a culprit marked nearby ("she didn't work alone"), else the latest culprit. */
        private Set<String> principal(int s, String accomplice) {
            for (int back = 0; back <= principalWindow && s - back >= 0; back++) {
                List<String> marked = principals.get(s - back);
                if (marked != null) {
                    for (int i = marked.size() - 1; i >= 0; i--) {
                        if (!marked.get(i).equals(accomplice)) {
                            return Set.of(marked.get(i));
                        }
                    }
                }
            }
            for (int i = found.size() - 1; i >= 0; i--) {
                Found f = found.get(i);
                if (f.evidence.sentence() < s - principalWindow) {
                    break;
                }
                if ((f.type == RelationType.KIDNAPPED || f.type == RelationType.KILLED) && !f.from.equals(accomplice)
                        && f.evidence.sentence() < s) {
                    return Set.of(f.from);
                }
            }
            return Set.of();
        }

        /** The doer of the latest killing, kidnapping or injury in this sentence or the two before. */
        private Set<String> culprit(int s, String other) {
            return culprit(s, other, culpritWindow);
        }

        private Set<String> culprit(int s, String other, int window) {
            for (int i = found.size() - 1; i >= 0; i--) {
                Found f = found.get(i);
                if (f.evidence.sentence() < s - window) {
                    break;
                }
                if ((f.type == RelationType.KIDNAPPED || f.type == RelationType.KILLED || f.type == RelationType.INJURED)
                        && !f.from.equals(other) && f.evidence.sentence() <= s) {
                    // (other == null: whoever it is)
                    return Set.of(f.from);
                }
            }
            return Set.of();
        }

        boolean negated(DependencyGraph g, Token w) {
            for (Dependency e : g.outgoing(w)) {
                String r = e.relation();
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && negations.contains(lemma(e.dependent()))) {
                    return true;
                }
            }
            return false;
        }

        /** A hedge on the clause or on any clause above it: "allegedly", "according to X", "claims that". */
        boolean hedged(DependencyGraph g, Token w) {
            Token current = w;
            for (int depth = 0; depth < 6 && current != null; depth++) {
                for (Dependency e : g.outgoing(current)) {
                    String r = e.relation();
                    if (r.equals("advmod") && hedgeAdverbs.contains(lemma(e.dependent()))) {
                        return true;
                    }
                    if (r.startsWith("obl:according_to") || r.startsWith("nmod:according_to")) {
                        return true;
                    }
                }
                if (depth > 0 && hedgeVerbs.contains(lemma(current))) {
                    return true;
                }
                Token parent = null;
                for (Dependency e : g.incoming(current)) {
                    String r = e.relation();
                    if (!r.equals("ref") && !e.extra()) {
                        parent = e.governor();
                        break;
                    }
                }
                current = parent;
            }
            return false;
        }

        /** "accidentally" on the verb, or on the verb it is coordinated with ("accidentally shooting and killing"). */
        boolean accidental(DependencyGraph g, Token verb) {
            List<Token> scope = new ArrayList<>();
            scope.add(verb);
            for (Dependency e : g.incoming(verb)) {
                if (e.relation().startsWith("conj")) {
                    scope.add(e.governor());
                }
            }
            for (Token v : scope) {
                for (Dependency e : g.outgoing(v)) {
                    if (e.relation().equals("advmod") && accidentAdverbs.contains(lemma(e.dependent()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Evidence evidence(int s, String rule, double confidence, FactStatus status) {
            Sentence sent = sentences.get(s);
            List<Token> tokens = sent.tokens();
            int start = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            String quote = text.quote(start, end);
            return new Evidence(text.documentId(), s, start, end, quote, rule, confidence, status);
        }
    }

    static boolean hasChild(DependencyGraph g, Token w, String relation) {
        for (Dependency e : g.outgoing(w)) {
            if (e.relation().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    static String lemma(Token w) {
        String l = w.lemma() != null ? w.lemma() : w.word();
        return l.toLowerCase(Locale.ROOT);
    }

    /** A relation found once, before merging. */
    private record Found(RelationType type, String from, String to, boolean accidental, Evidence evidence, String note) {
    }

    private static List<Relation> merge(List<Found> all) {
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Found f : all) {
            String a = f.from;
            String b = f.to;
            if (f.type.symmetric() && a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
            groups.computeIfAbsent(f.type + "|" + a + "|" + b, k -> new ArrayList<>()).add(f);
        }
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<String, List<Found>> g : groups.entrySet()) {
            String[] key = g.getKey().split("\\|", 3);
            List<Found> fs = g.getValue();
            boolean accidental = fs.stream().anyMatch(Found::accidental);
            FactStatus status = fs.stream().map(f -> f.evidence.status()).min(RelationExtractor::strength).orElseThrow();
            List<Evidence> ev = new ArrayList<>();
            Set<String> dedupe = new HashSet<>();
            for (Found f : fs) {
                if (dedupe.add(f.evidence.sentence() + "/" + f.evidence.rule())) {
                    ev.add(f.evidence);
                }
            }
            out.add(new Relation(RelationType.valueOf(key[0]), key[1], key[2], accidental, status, ev));
        }
        return out;
    }

    /** Orders statuses strongest first: STATED, IMPLIED, ALLEGED. */
    private static int strength(FactStatus a, FactStatus b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(FactStatus s) {
        return switch (s) {
            case STATED -> 0;
            case IMPLIED -> 1;
            case ALLEGED -> 2;
        };
    }
}
