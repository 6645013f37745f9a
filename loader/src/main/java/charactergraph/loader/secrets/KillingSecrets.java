package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.RelationRule;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A killing is a secret when the text shows it hidden: found by a rule that says so ({@code secret: HIDDEN_KILLING}),
 * staged ({@code staging_cues} in the sentences after it, by the killer or an accomplice), done secretly
 * ({@code secrecy_adverbs}), uncovered by the article ({@code uncovering_cues}: "it turns out"), or covered up.
 * The killer keeps it and took part; accomplices who helped stage it too. A killing is also hidden when the text
 * tells the death before it names the killer (a mystery: the victim is spoken of with a word of {@code death_words}
 * in an earlier sentence that does not name the killer), or when someone else is taken for the doer (accused,
 * arrested, framed: {@code accuse_verbs}) where the text speaks of the death.
 */
final class KillingSecrets implements SecretSource {
    private final Cues staging;
    private final Cues uncovering;
    private final Set<String> secrecyAdverbs;
    private final int stagingWindow;
    private final CoverUps coverUps;
    private final Set<String> deathWords;
    private final Set<String> accuseVerbs;
    private final SecretNegation negation;

    KillingSecrets(RuleCatalog rules, int cueGap, int stagingWindow, CoverUps coverUps, SecretNegation negation) {
        this.deathWords = rules.lexicon("death_words");
        this.accuseVerbs = rules.lexicon("accuse_verbs");
        this.negation = negation;
        this.staging = new Cues(rules, "staging_cues", cueGap);
        this.uncovering = new Cues(rules, "uncovering_cues", cueGap);
        this.secrecyAdverbs = rules.lexicon("secrecy_adverbs");
        this.stagingWindow = stagingWindow;
        this.coverUps = coverUps;
    }

    @Override
    public void find(SecretContext c, Ledger ledger) {
        for (Relation r : c.relations) {
            if (r.type() != RelationType.KILLED) {
                continue;
            }
            boolean byRule = r.evidence().stream().anyMatch(e -> {
                RelationRule rule = c.ruleOf(e);
                return rule != null && rule.secret() == SecretKind.HIDDEN_KILLING;
            });
            Set<String> stagedWith = new LinkedHashSet<>();
            Set<String> helpers = new LinkedHashSet<>();
            boolean staged = false;
            for (Evidence e : r.evidence()) {
                for (int t = e.sentence(); t <= e.sentence() + stagingWindow && t < c.size(); t++) {
                    if (!staging.in(c.sentence(t))) {
                        continue;
                    }
                    Set<String> subjects = c.subjectsIn(t);
                    Set<String> accomplices = CoverUps.accomplicesOf(c, r.from(), t);
                    accomplices.retainAll(subjects);
                    if (subjects.contains(r.from()) || !accomplices.isEmpty()) {
                        staged = true;
                        stagedWith.addAll(c.mentionedIn(t));
                        helpers.addAll(accomplices);
                    }
                }
            }
            boolean secretly = r.evidence().stream().anyMatch(e -> c.sentence(e.sentence()).tokens().stream()
                    .anyMatch(t -> secrecyAdverbs.contains(t.base())));
            // "it turns out X killed Y", "the finale reveals ...": the article uncovers it; someone covering for
            // the killer ("lied to the police about where he was") hides it
            boolean revealed = r.evidence().stream().anyMatch(e -> uncovering.in(c.sentence(e.sentence())));
            boolean covered = coverUps.coveredFor(c, r);
            if (!byRule && !staged && !secretly && !revealed && !covered && !toldBeforeTheKiller(c, r)
                    && !someoneElseBlamed(c, r)) {
                continue;
            }
            Draft d = new Draft(SecretKind.HIDDEN_KILLING);
            d.subjects.add(r.from());
            d.subjects.add(r.to());
            d.subjects.addAll(stagedWith);
            d.keepers.add(r.from());
            d.addRelation(r);
            ledger.know(d, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
            for (Relation a : c.relations) {
                if (a.type() == RelationType.ACCOMPLICE_OF && a.to().equals(r.from()) && helpers.contains(a.from())) {
                    d.keepers.add(a.from());
                    d.addRelation(a);
                    ledger.know(d, a.from(), KnowledgeSource.TOOK_PART, a.evidence().get(0));
                }
            }
            d.statement = c.name(r.from()) + " killed " + c.name(r.to()) + (staged ? " and disguised what happened"
                    : byRule || secretly ? " and made the death look like an accident" : "") + (helpers.isEmpty() ? ""
                    : "; " + c.names(helpers) + " helped");
            ledger.drafts.add(d);
        }
    }

    /**
     * The victim's death is spoken of before the sentence that names the killer, in a sentence without the killer: a
     * death word whose subject, possessor or "of" phrase is the victim ("X is found dead", "X's body", "the murder of
     * X", "X was killed").
     */
    private boolean toldBeforeTheKiller(SecretContext c, Relation r) {
        int named = r.evidence().stream().mapToInt(Evidence::sentence).min().orElse(0);
        for (int t = 0; t < named; t++) {
            if (!c.mentionedIn(t).contains(r.from()) && deathOf(c, t, r.to())) {
                return true;
            }
        }
        return false;
    }

    private boolean deathOf(SecretContext c, int s, String victim) {
        DependencyGraph g = c.graph(s);
        for (Token w : g.vertices()) {
            if (!deathWords.contains(w.base()) && !deathWords.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<Token> holders = new java.util.ArrayList<>(List.of(w));
            Token up = g.parent(w); // "X is found dead": the subject of the verb the death word completes
            if (up != null) {
                holders.add(up);
            }
            for (Token h : holders) {
                for (Dependency e : g.outgoing(h)) {
                    String rel = e.relation();
                    if ((rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.equals("nmod:of") || rel.equals("obj"))
                            && c.mentions.of(s, g, e.dependent()).contains(victim)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Someone other than the killer and the victim is accused, arrested or framed where the text speaks of the death. */
    private boolean someoneElseBlamed(SecretContext c, Relation r) {
        for (int t = 0; t < c.size(); t++) {
            DependencyGraph g = c.graph(t);
            for (Token w : g.vertices()) {
                if (!w.isVerb() || !accuseVerbs.contains(w.base()) || negation.negated(g, w)) {
                    continue;
                }
                for (Dependency e : g.outgoing(w)) {
                    if (!e.relation().equals("obj") && !e.relation().equals("nsubj:pass")) {
                        continue;
                    }
                    Set<String> blamed = new LinkedHashSet<>(c.mentions.of(t, g, e.dependent()));
                    blamed.remove(r.from());
                    blamed.remove(r.to());
                    if (!blamed.isEmpty() && (speaksOfDeath(c, t) || c.mentionedIn(t).contains(r.to())
                            || t > 0 && speaksOfDeath(c, t - 1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean speaksOfDeath(SecretContext c, int s) {
        for (Token t : c.sentence(s).tokens()) {
            if (deathWords.contains(t.base()) || deathWords.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
