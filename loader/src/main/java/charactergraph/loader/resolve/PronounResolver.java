package charactergraph.loader.resolve;

import charactergraph.loader.annotate.AnnotatedText;
import charactergraph.model.Gender;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

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
    public Map<Cast.TokenRef, String> resolve(AnnotatedText text, Map<Cast.TokenRef, NameHead> heads,
                                              Map<Cast.TokenRef, String> names, Function<String, Gender> genders) {
        return new Pass(text, heads, names, genders).run();
    }

    private final class Pass {
        final AnnotatedText text;
        final List<CoreSentence> sentences;
        final Map<Cast.TokenRef, NameHead> heads;
        final Map<Cast.TokenRef, String> names;
        final Function<String, Gender> genders;

        Pass(AnnotatedText text, Map<Cast.TokenRef, NameHead> heads, Map<Cast.TokenRef, String> names,
             Function<String, Gender> genders) {
            this.text = text;
            this.sentences = text.document().sentences();
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
        double roleSalience(SemanticGraph g, int tokenIndex) {
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(tokenIndex);
            return w == null ? 30 : roleSalience(g, w, 2);
        }

        double roleSalience(SemanticGraph g, IndexedWord w, int depth) {
            double best = 30;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("nsubj") && g.getRoots().contains(e.getGovernor())) {
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
                    best = Math.max(best, roleSalience(g, e.getGovernor(), depth - 1));
                }
            }
            return best;
        }

        /**
         * The verbs whose subject is also the unexpressed subject of a to-clause: "X lied to police to protect her"
         * (a purpose clause) and "X wanted to protect her" (no object to control it), not "X asked Anna to help her".
         */
        private Set<IndexedWord> controllers(SemanticGraph g, IndexedWord verb) {
            Set<IndexedWord> out = new HashSet<>();
            boolean infinitive = g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
                    && e.getDependent().word().equalsIgnoreCase("to"));
            if (!infinitive) {
                return out;
            }
            for (SemanticGraphEdge up : g.incomingEdgeIterable(verb)) {
                String ur = up.getRelation().toString();
                IndexedWord gov = up.getGovernor();
                boolean objectControl = g.outgoingEdgeList(gov).stream().anyMatch(e -> {
                    String r = e.getRelation().toString();
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
        boolean coArguments(SemanticGraph g, int pronoun, int candidate) {
            if (g == null) {
                return false;
            }
            IndexedWord p = g.getNodeByIndexSafe(pronoun);
            IndexedWord c = g.getNodeByIndexSafe(candidate);
            if (p == null || c == null) {
                return false;
            }
            Set<IndexedWord> verbs = new HashSet<>();
            boolean accusative = p.word().toLowerCase(Locale.ROOT).matches("him|her|them|me|us")
                    && "PRP".equals(p.tag());
            for (SemanticGraphEdge pe : g.incomingEdgeIterable(p)) {
                String pr = pe.getRelation().toString();
                if (pr.equals("obj") || pr.equals("iobj") || pr.startsWith("obl")) {
                    verbs.add(pe.getGovernor());
                    if (pr.equals("obj")) {
                        verbs.addAll(controllers(g, pe.getGovernor()));
                    }
                } else if (pr.equals("nmod:poss") && g.outgoingEdgeList(pe.getGovernor()).stream()
                        .anyMatch(x -> x.getRelation().toString().equals("cop"))) {
                    // "Victor is his son": the possessor of a copula's predicate noun is not its subject
                    verbs.add(pe.getGovernor());
                } else if (accusative && pr.equals("nsubj")) {
                    for (SemanticGraphEdge up : g.incomingEdgeIterable(pe.getGovernor())) {
                        String ur = up.getRelation().toString();
                        if (ur.equals("ccomp") || ur.equals("xcomp")) {
                            verbs.add(up.getGovernor());
                        }
                    }
                }
            }
            Set<IndexedWord> candidates = new HashSet<>();
            candidates.add(c);
            for (SemanticGraphEdge ce : g.incomingEdgeIterable(c)) {
                String cr = ce.getRelation().toString();
                if (cr.equals("appos") || cr.startsWith("compound") || cr.startsWith("flat")) {
                    candidates.add(ce.getGovernor());
                }
            }
            for (IndexedWord cand : candidates) {
                for (SemanticGraphEdge ce : g.incomingEdgeIterable(cand)) {
                    if (ce.getRelation().toString().startsWith("nsubj") && verbs.contains(ce.getGovernor())) {
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
        Set<Integer> nearestAnchor(SemanticGraph g, int pronoun, Set<Integer> mentionTokens) {
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(pronoun);
            Set<IndexedWord> seen = new HashSet<>();
            while (w != null && seen.add(w)) {
                IndexedWord parent = null;
                for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                    parent = e.getGovernor();
                    break;
                }
                if (parent == null) {
                    return Set.of();
                }
                if (mentionTokens.contains(parent.index())) {
                    return Set.of(parent.index());
                }
                Set<Integer> subjects = new HashSet<>();
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(parent)) {
                    if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() != pronoun) {
                        subjects.add(e.getDependent().index());
                        for (SemanticGraphEdge a : g.outgoingEdgeIterable(e.getDependent())) {
                            if (APPOSITIVE.matcher(a.getRelation().toString()).matches()) {
                                subjects.add(a.getDependent().index());
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
            for (CorefChain chain : text.document().corefChains().values()) {
                Map<String, Integer> owners = new HashMap<>();
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    String who = names.get(new Cast.TokenRef(cm.sentNum - 1, cm.headIndex));
                    if (who != null) {
                        owners.merge(who, 1, Integer::sum);
                    }
                }
                if (owners.isEmpty()) {
                    continue;
                }
                String owner = owners.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    hints.put((cm.sentNum - 1) + ":" + cm.headIndex, owner);
                }
            }
            return hints;
        }


        /** Which tokens stand inside quotation marks; quotes are closed at each paragraph break. */
        Set<Cast.TokenRef> quotedTokens() {
            Set<Cast.TokenRef> quoted = new HashSet<>();
            boolean inside = false;
            int lastEnd = 0;
            String t = text.cleaned().text();
            for (int s = 0; s < sentences.size(); s++) {
                List<CoreLabel> tokens = sentences.get(s).tokens();
                if (!tokens.isEmpty() && t.substring(Math.min(lastEnd, tokens.get(0).beginPosition()),
                        tokens.get(0).beginPosition()).indexOf('\n') >= 0) {
                    inside = false;
                }
                for (int i = 0; i < tokens.size(); i++) {
                    CoreLabel tok = tokens.get(i);
                    String w = tok.word();
                    String orig = tok.originalText();
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
                    lastEnd = tokens.get(tokens.size() - 1).endPosition();
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
                CoreSentence sentence = sentences.get(s);
                SemanticGraph g = sentence.dependencyParse();
                List<CoreLabel> tokens = sentence.tokens();
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
                    CoreLabel t = tokens.get(i);
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

        double nameSalience(SemanticGraph g, NameHead name) {
            double v = roleSalience(g, name.head());
            if (name.kinToken() > 0) {
                v = Math.max(v, roleSalience(g, name.kinToken()));
            }
            return v;
        }

        /** A capitalized pronoun inside a sentence is part of a title ("All Her Secrets"), not a reference. */
        boolean inTitle(List<CoreLabel> tokens, int i) {
            String w = tokens.get(i).word();
            if (i == 0 || !java.lang.Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            String prev = tokens.get(i - 1).word();
            return !(prev.equals("``") || prev.equals("\"") || prev.equals("“") || prev.equals(":") || prev.equals("'")
                    || prev.equals("`") || prev.equals("‘") || prev.equals("-LRB-") || prev.equals("("));
        }

        /** "her husband" is not herself: the possessive of a kinship noun is never the noun's referent. */
        boolean possessorIs(SemanticGraph g, int index, String who, int s, Map<Cast.TokenRef, String> resolved) {
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(index);
            if (w == null) {
                return false;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("nmod:poss")) {
                    Cast.TokenRef r = new Cast.TokenRef(s, e.getDependent().index());
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
        String bestReferent(List<Referent> referents, int s, int index, Gender gender, String hint, SemanticGraph g,
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
