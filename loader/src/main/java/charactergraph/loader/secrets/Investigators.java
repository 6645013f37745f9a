package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;

import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.SecretKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Investigators know what their investigation uncovers. A character is an investigator from the first sentence that
 * shows it: a title before their name ({@code investigator_titles}: "Inspector Piper"), a noun that describes them
 * ({@code investigator_nouns}: "Coghlan, a detective"), or a verb of investigating they are the subject of
 * ({@code investigate_verbs}: "investigates the case"). A hidden killing or crime whose doer the article names in
 * that sentence or later (the case is solved with them on it) is known to them, as deduced, from the sentence that
 * names the doer.
 */
final class Investigators {
    static final String RULE = "investigator-solves";
    private static final Set<SecretKind> CASES = Set.of(SecretKind.HIDDEN_KILLING, SecretKind.HIDDEN_CRIME);

    private final Set<String> titles;
    private final Set<String> nouns;
    private final Set<String> verbs;
    private final double confidence;

    Investigators(RuleCatalog rules) {
        this.titles = rules.lexicon("investigator_titles");
        this.nouns = rules.lexicon("investigator_nouns");
        this.verbs = rules.lexicon("investigate_verbs");
        this.confidence = rules.parameters().confidence("secrets.investigator-confidence");
    }

    /** Each investigator and the first sentence that shows them investigating. */
    Map<String, Integer> find(SecretContext c) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int s = 0; s < c.size(); s++) {
            DependencyGraph g = c.graph(s);
            List<Token> tokens = c.sentence(s).tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String id = c.mentions.direct(s, tokens.get(i));
                Token before = tokens.get(i - 1);
                if (id != null && c.mentions.direct(s, before) == null && before.tag().startsWith("NN")
                        && titles.contains(before.word().toLowerCase(java.util.Locale.ROOT))) {
                    out.putIfAbsent(id, s);
                }
            }
            for (Token w : g.vertices()) {
                if (nouns.contains(w.base()) && w.tag().startsWith("NN")) {
                    // "Coghlan, a detective", "the detective Sheehan", "Sheehan is a detective"
                    for (Dependency e : g.incoming(w)) {
                        if (e.relation().equals("appos")) {
                            add(out, c.mentions.of(s, g, e.governor()), s);
                        }
                    }
                    for (Dependency e : g.outgoing(w)) {
                        if (e.relation().equals("appos") || e.relation().startsWith("compound") && e.dependent().isProperNoun()
                                || e.relation().equals("nsubj") && g.hasChild(w, "cop")) {
                            add(out, c.mentions.of(s, g, e.dependent()), s);
                        }
                    }
                }
                if (verbs.contains(w.base()) && w.isVerb()) {
                    for (Dependency e : g.outgoing(w)) {
                        if (e.relation().equals("nsubj")) {
                            add(out, c.mentions.of(s, g, e.dependent()), s);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void add(Map<String, Integer> out, Set<String> ids, int s) {
        for (String id : ids) {
            out.putIfAbsent(id, s);
        }
    }

    void read(SecretContext c, Ledger ledger) {
        Map<String, Integer> investigators = find(c);
        for (Draft d : ledger.drafts) {
            if (!CASES.contains(d.kind)) {
                continue;
            }
            int named = -1;
            for (Relation r : d.relations) {
                for (Evidence e : r.evidence()) {
                    named = Math.max(named, e.sentence());
                }
            }
            if (named < 0) {
                continue;
            }
            for (Map.Entry<String, Integer> i : investigators.entrySet()) {
                String who = i.getKey();
                if (i.getValue() <= named && !d.keepers.contains(who) && !d.knownBy(who) && !victimOf(d, who)) {
                    ledger.know(d, who, KnowledgeSource.DEDUCED, c.evidence(named, RULE, confidence, FactStatus.IMPLIED));
                }
            }
        }
    }

    private static boolean victimOf(Draft d, String who) {
        return d.relations.stream().anyMatch(r -> r.to().equals(who));
    }
}
