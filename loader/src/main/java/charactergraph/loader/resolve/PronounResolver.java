package charactergraph.loader.resolve;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.model.Gender;
import charactergraph.loader.nlp.CorefChain;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.nlp.Sentence;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves third-person pronouns ("he", "her", "himself") and kinship nouns ("her son") to characters.
 *
 * <p>A pronoun goes to the most salient person of a compatible gender in its own sentence or the two before it, in
 * the manner of Lappin and Leass: recency (halved per sentence back), grammatical role, a bonus for the subject of
 * the clause the pronoun sits in, never the subject of its own verb for an object pronoun, never a real person from
 * inside a quotation. CoreNLP's coreference chain is a small hint, and the fallback when nobody is in the window.
 * A kinship noun without a name is resolved only through its coreference chain, checked by gender and recency.
 */
public final class PronounResolver {
    static final int PRONOUN_WINDOW = 2;
    static final int COREF_FALLBACK_WINDOW = 4;
    static final Pattern APPOSITIVE = Pattern.compile("appos|compound.*|flat.*|dep|nmod:npmod");

    /**
     * A name as the resolver sees it.
     *
     * @param sentence 0-based sentence
     * @param head     1-based token index of the name's last token
     * @param kinToken 1-based token index of a kinship noun joined to the name ("her son Milo"), or 0
     * @param who      the character id, or "real:..." for an actor, creator or other real person
     */
    public record NameHead(int sentence, int head, int kinToken, String who) {
        boolean real() {
            return who.startsWith("real:");
        }
    }

    private final PeopleLexicon lexicon;

    public PronounResolver(PeopleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param heads   the names, by the position of their head token
     * @param names   every token already known to name a character (names and kinship nouns joined to names)
     * @param genders the gender of a character id
     * @return pronoun and kinship-noun positions to character ids
     */
    public Map<Cast.TokenRef, String> resolve(ParsedArticle text, Map<Cast.TokenRef, NameHead> heads,
                                              Map<Cast.TokenRef, String> names, Function<String, Gender> genders) {
        return new Pass(text, heads, names, genders).run();
    }

    private final class Pass {
        final ParsedArticle text;
        final List<Sentence> sentences;
        final Map<Cast.TokenRef, NameHead> heads;
        final Map<Cast.TokenRef, String> names;
        final Function<String, Gender> genders;

        Pass(ParsedArticle text, Map<Cast.TokenRef, NameHead> heads, Map<Cast.TokenRef, String> names,
             Function<String, Gender> genders) {
            this.text = text;
            this.sentences = text.sentences();
            this.heads = heads;
            this.names = names;
            this.genders = genders;
        }

        Gender genderOf(String who) {
            return who.startsWith("real:") ? Gender.UNKNOWN : genders.apply(who);
        }

        /** Something a pronoun can point back to: a character, or a real person (then the pronoun stays unmapped). */
        record Referent(int sentence, int token, String who, Gender gender, double salience, double position) {
            boolean real() {
                return who.startsWith("real:");
            }
        }

        /** How prominent a mention's grammatical role is; appositions and compounds take their head's role. */
        double roleSalience(DependencyGraph g, int tokenIndex) {
            Token w = g == null ? null : g.node(tokenIndex);
            return w == null ? 30 : roleSalience(g, w, 2);
        }

        double roleSalience(DependencyGraph g, Token w, int depth) {
            double best = 30;
            for (Dependency e : g.incoming(w)) {
                String rel = e.relation();
                if (rel.startsWith("nsubj") && g.roots().contains(e.governor())) {
                    best = Math.max(best, (rel.equals("nsubj") ? 80 : 50) + 20); // the main clause's subject
                    continue;
                }
                if (rel.equals("nsubj")) {
                    best = Math.max(best, 80);
                } else if (rel.startsWith("nsubj")) {
                    best = Math.max(best, 50); // a passive subject is the one things happen to
                } else if (rel.equals("obj")) {
                    best = Math.max(best, 50);
                } else if (rel.equals("iobj")) {
                    best = Math.max(best, 40);
                } else if (depth > 0 && APPOSITIVE.matcher(rel).matches()) {
                    best = Math.max(best, roleSalience(g, e.governor(), depth - 1));
                }
            }
            return best;
        }

        /**
         * The verbs whose subject is also the unexpressed subject of a to-clause: "X lied to police to protect her"
         * (a purpose clause) and "X wanted to protect her" (no object to control it), not "X asked Anna to help her".
         */
        private Set<Token> controllers(DependencyGraph g, Token verb) {
            Set<Token> out = new HashSet<>();
            boolean infinitive = g.outgoing(verb).stream().anyMatch(e -> e.relation().equals("mark")
                    && e.dependent().word().equalsIgnoreCase("to"));
            if (!infinitive) {
                return out;
            }
            for (Dependency up : g.incoming(verb)) {
                String ur = up.relation();
                Token gov = up.governor();
                boolean objectControl = g.outgoing(gov).stream().anyMatch(e -> {
                    String r = e.relation();
                    return r.equals("obj") || r.equals("iobj");
                });
                if (ur.startsWith("advcl") || ur.equals("xcomp") && !objectControl) {
                    out.add(gov);
                }
            }
            return out;
        }

        /**
         * True when candidate and pronoun are subject and object of one verb ("Peter kills him" is not Peter), also
         * when the accusative pronoun is the subject of a verb's complement clause ("Tom helped him sink the body" is
         * not Tom), when the pronoun owns a copula's predicate noun ("Victor is his son" is not Victor's son) and when
         * the candidate is a name in apposition to the subject ("His brother Tom helped him").
         */
        boolean coArguments(DependencyGraph g, int pronoun, int candidate) {
            if (g == null) {
                return false;
            }
            Token p = g.node(pronoun);
            Token c = g.node(candidate);
            if (p == null || c == null) {
                return false;
            }
            Set<Token> verbs = new HashSet<>();
            boolean accusative = p.word().toLowerCase(Locale.ROOT).matches("him|her|them|me|us")
                    && "PRP".equals(p.tag());
            for (Dependency pe : g.incoming(p)) {
                String pr = pe.relation();
                if (pr.equals("obj") || pr.equals("iobj") || pr.startsWith("obl")) {
                    verbs.add(pe.governor());
                    if (pr.equals("obj")) {
                        verbs.addAll(controllers(g, pe.governor()));
                    }
                } else if (pr.equals("nmod:poss") && g.outgoing(pe.governor()).stream()
                        .anyMatch(x -> x.relation().equals("cop"))) {
                    // "Victor is his son": the possessor of a copula's predicate noun is not its subject
                    verbs.add(pe.governor());
                } else if (accusative && pr.equals("nsubj")) {
                    for (Dependency up : g.incoming(pe.governor())) {
                        String ur = up.relation();
                        if (ur.equals("ccomp") || ur.equals("xcomp")) {
                            verbs.add(up.governor());
                        }
                    }
                }
            }
            Set<Token> candidates = new HashSet<>();
            candidates.add(c);
            for (Dependency ce : g.incoming(c)) {
                String cr = ce.relation();
                if (cr.equals("appos") || cr.startsWith("compound") || cr.startsWith("flat")) {
                    candidates.add(ce.governor());
                }
            }
            for (Token cand : candidates) {
                for (Dependency ce : g.incoming(cand)) {
                    if (ce.relation().startsWith("nsubj") && verbs.contains(ce.governor())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Walking up the parse from the pronoun, the first clause subject or the first mention met: "wants Marissa
         * to know the truth about her husband" prefers the subject of "know" for "her"; "X, a child beyond his
         * control" prefers X, the phrase the pronoun sits in.
         */
        Set<Integer> nearestAnchor(DependencyGraph g, int pronoun, Set<Integer> mentionTokens) {
            Token w = g == null ? null : g.node(pronoun);
            Set<Token> seen = new HashSet<>();
            while (w != null && seen.add(w)) {
                Token parent = null;
                for (Dependency e : g.incoming(w)) {
                    parent = e.governor();
                    break;
                }
                if (parent == null) {
                    return Set.of();
                }
                if (mentionTokens.contains(parent.index())) {
                    return Set.of(parent.index());
                }
                Set<Integer> subjects = new HashSet<>();
                for (Dependency e : g.outgoing(parent)) {
                    if (e.relation().startsWith("nsubj") && e.dependent().index() != pronoun) {
                        subjects.add(e.dependent().index());
                        for (Dependency a : g.outgoing(e.dependent())) {
                            if (APPOSITIVE.matcher(a.relation()).matches()) {
                                subjects.add(a.dependent().index());
                            }
                        }
                    }
                }
                if (!subjects.isEmpty()) {
                    return subjects;
                }
                w = parent;
            }
            return Set.of();
        }

        /** Pronoun position to the character whose names the pronoun's coreference chain holds most often. */
        Map<String, String> corefHints() {
            Map<String, String> hints = new HashMap<>();
            for (CorefChain chain : text.corefChains()) {
                Map<String, Integer> owners = new HashMap<>();
                for (CorefChain.Mention cm : chain.mentions()) {
                    String who = names.get(new Cast.TokenRef(cm.sentence(), cm.head()));
                    if (who != null) {
                        owners.merge(who, 1, Integer::sum);
                    }
                }
                if (owners.isEmpty()) {
                    continue;
                }
                String owner = owners.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                for (CorefChain.Mention cm : chain.mentions()) {
                    hints.put(cm.sentence() + ":" + cm.head(), owner);
                }
            }
            return hints;
        }


        /** Which tokens stand inside quotation marks; quotes are closed at each paragraph break. */
        Set<Cast.TokenRef> quotedTokens() {
            Set<Cast.TokenRef> quoted = new HashSet<>();
            boolean inside = false;
            int lastEnd = 0;
            String t = text.text();
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> tokens = sentences.get(s).tokens();
                if (!tokens.isEmpty() && t.substring(Math.min(lastEnd, tokens.get(0).begin()),
                        tokens.get(0).begin()).indexOf('\n') >= 0) {
                    inside = false;
                }
                for (int i = 0; i < tokens.size(); i++) {
                    Token tok = tokens.get(i);
                    String w = tok.word();
                    String orig = tok.text();
                    if (w.equals("``") || orig.equals("“")) {
                        inside = true;
                    } else if (w.equals("''") || orig.equals("”")) {
                        inside = false;
                    } else if (orig.equals("\"")) {
                        inside = !inside;
                    } else if (inside) {
                        quoted.add(new Cast.TokenRef(s, i + 1));
                    }
                }
                if (!tokens.isEmpty()) {
                    lastEnd = tokens.get(tokens.size() - 1).end();
                }
            }
            return quoted;
        }


        Map<Cast.TokenRef, String> run() {
            Map<Cast.TokenRef, String> out = new HashMap<>();
            Map<String, String> hints = corefHints();
            Set<Cast.TokenRef> quoted = quotedTokens();
            List<Referent> referents = new ArrayList<>();
            Map<String, Integer> lastSeen = new HashMap<>();
            int lastReal = -1;
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                DependencyGraph g = sentence.parsedGraph();
                List<Token> tokens = sentence.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    int index = i + 1;
                    double position = (double) index / tokens.size();
                    Cast.TokenRef ref = new Cast.TokenRef(s, index);
                    NameHead name = heads.get(ref);
                    if (name != null) { // the head of a name
                        if (name.real()) {
                            referents.add(new Referent(s, index, name.who(), Gender.UNKNOWN, nameSalience(g, name), position));
                            lastReal = s;
                        } else {
                            referents.add(new Referent(s, index, name.who(), genderOf(name.who()), nameSalience(g, name),
                                    position));
                            lastSeen.put(name.who(), s);
                        }
                        continue;
                    }
                    Token t = tokens.get(i);
                    var pg = t.tag().startsWith("PRP") ? lexicon.pronoun(t.word()) : java.util.Optional.<Gender>empty();
                    if (pg.isPresent() && inTitle(tokens, i)) {
                        continue;
                    }
                    boolean kinNoun = pg.isEmpty() && t.tag().startsWith("NN") && !t.tag().startsWith("NNP")
                            && lexicon.kin(t.word()).isPresent() && !names.containsKey(ref);
                    if (pg.isEmpty() && !kinNoun) {
                        continue;
                    }
                    Gender gender = pg.orElseGet(() -> lexicon.kin(t.word()).orElse(Gender.UNKNOWN));
                    String hint = hints.get(s + ":" + index);
                    String who;
                    if (kinNoun) {
                        // a kinship noun is resolved only on the coreference chain's word, checked by gender and recency
                        who = hint != null && compatible(gender, genderOf(hint))
                                && recent(lastSeen, hint, s, COREF_FALLBACK_WINDOW) && !possessorIs(g, index, hint, s, out)
                                ? hint : null;
                    } else {
                        boolean reflexive = t.word().toLowerCase(Locale.ROOT).endsWith("self");
                        who = bestReferent(referents, s, index, gender, hint, g, reflexive, quoted.contains(ref));
                        if (who == null && hint != null && compatible(gender, genderOf(hint))
                                && recent(lastSeen, hint, s, COREF_FALLBACK_WINDOW) && lastReal <= lastSeen.get(hint)) {
                            who = hint;
                        }
                    }
                    if (who == null) {
                        continue;
                    }
                    referents.add(new Referent(s, index, who, gender == Gender.UNKNOWN ? genderOf(who) : gender,
                            roleSalience(g, index), position));
                    if (!who.startsWith("real:")) {
                        out.put(ref, who);
                        lastSeen.put(who, s);
                    }
                }
            }
            return out;
        }

        double nameSalience(DependencyGraph g, NameHead name) {
            double v = roleSalience(g, name.head());
            if (name.kinToken() > 0) {
                v = Math.max(v, roleSalience(g, name.kinToken()));
            }
            return v;
        }

        /** A capitalized pronoun inside a sentence is part of a title ("All Her Secrets"), not a reference. */
        boolean inTitle(List<Token> tokens, int i) {
            String w = tokens.get(i).word();
            if (i == 0 || !java.lang.Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            String prev = tokens.get(i - 1).word();
            return !(prev.equals("``") || prev.equals("\"") || prev.equals("“") || prev.equals(":") || prev.equals("'")
                    || prev.equals("`") || prev.equals("‘") || prev.equals("-LRB-") || prev.equals("("));
        }

        /** "her husband" is not herself: the possessive of a kinship noun is never the noun's referent. */
        boolean possessorIs(DependencyGraph g, int index, String who, int s, Map<Cast.TokenRef, String> resolved) {
            Token w = g == null ? null : g.node(index);
            if (w == null) {
                return false;
            }
            for (Dependency e : g.outgoing(w)) {
                if (e.relation().equals("nmod:poss")) {
                    Cast.TokenRef r = new Cast.TokenRef(s, e.dependent().index());
                    String owner = resolved.getOrDefault(r, names.get(r));
                    if (who.equals(owner)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean recent(Map<String, Integer> lastSeen, String who, int s, int window) {
            Integer seen = lastSeen.get(who);
            return seen != null && s - seen <= window;
        }

        boolean compatible(Gender pronoun, Gender person) {
            return pronoun == Gender.UNKNOWN || person == Gender.UNKNOWN || pronoun == person;
        }

        /**
         * Salience in the manner of Lappin and Leass: recency (halved per sentence back) plus grammatical role, a
         * bonus for the subject of the pronoun's own clause, a small one for CoreNLP's coreference choice; candidates
         * of the wrong gender, later in the text, or co-arguments of a non-reflexive pronoun are out. Inside a
         * quotation, a third-person pronoun is not the (real) speaker.
         */
        String bestReferent(List<Referent> referents, int s, int index, Gender gender, String hint, DependencyGraph g,
                            boolean reflexive, boolean quoted) {
            Map<String, Double> score = new HashMap<>();
            Set<Integer> mentionTokens = new HashSet<>();
            for (Referent r : referents) {
                if (r.sentence() == s && r.token() < index) {
                    mentionTokens.add(r.token());
                }
            }
            Set<Integer> anchor = nearestAnchor(g, index, mentionTokens);
            // a non-reflexive pronoun is never the subject of its own verb, whichever mention of them we look at
            Set<String> coArgs = new HashSet<>();
            for (Referent r : referents) {
                if (!reflexive && r.sentence() == s && r.token() < index && coArguments(g, index, r.token())) {
                    coArgs.add(r.who());
                }
            }
            for (Referent r : referents) {
                if (r.sentence() < s - PRONOUN_WINDOW || (r.sentence() == s && r.token() >= index)) {
                    continue;
                }
                if (!compatible(gender, r.gender()) || (quoted && r.real()) || coArgs.contains(r.who())) {
                    continue;
                }
                boolean coArg = r.sentence() == s && coArguments(g, index, r.token());
                if (coArg && !reflexive) {
                    continue;
                }
                double v = (100 + r.salience() + 5 * r.position()) * Math.pow(0.5, s - r.sentence());
                if (r.sentence() == s && anchor.contains(r.token())) {
                    v += 80;
                }
                if (reflexive && coArg) {
                    v += 100;
                }
                if (r.gender() == Gender.UNKNOWN && gender != Gender.UNKNOWN) {
                    v -= 30;
                }
                if (r.who().equals(hint)) {
                    v += 3;
                }
                score.merge(r.who(), v, Math::max);
            }
            return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }
}
