package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.loader.rules.Disclosure;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.model.Evidence;
import charactergraph.model.FactStatus;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.SecretKind;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the disclosure verbs of a sentence ({@code disclosure.tsv}: confess, tell, discover, overhear, figure out ...)
 * into {@link DisclosureReading}s, asks the {@link ScopeLadder} which secrets each is about, and records who came to
 * know them: the subject (as the verb's table says; a teller who is no part of the secret shows they knew it), the
 * listeners (told), and whoever it was learned from. A disclosure negated, or under an irrealis verb ("wants to tell",
 * "could not let her reveal"), tells nothing.
 */
final class DisclosureReader {
    private final Map<String, Disclosure> disclosures;
    private final Map<String, Optional<SecretKind>> hiddenThings;
    private final Set<String> scopeAll;
    private final Set<String> scopeTruth;
    private final Set<String> irrealis;
    private final Set<String> causatives;
    private final SecretNegation negation;
    private final ContentClauses content;
    private final ScopeLadder ladder;
    private final double confidence;

    DisclosureReader(RuleCatalog rules, SecretNegation negation, ContentClauses content, ScopeLadder ladder) {
        this.disclosures = rules.disclosures();
        this.hiddenThings = rules.hiddenThings();
        this.scopeAll = rules.lexicon("scope_all");
        this.scopeTruth = rules.lexicon("scope_truth");
        this.irrealis = rules.lexicon("irrealis_verbs");
        this.causatives = rules.lexicon("causative_verbs");
        this.negation = negation;
        this.content = content;
        this.ladder = ladder;
        this.confidence = rules.parameters().confidence("secrets.disclosure-confidence");
    }

    void read(SecretContext c, Ledger ledger, int s, DependencyGraph g, Token v) {
        DisclosureReading d = reading(c, s, g, v);
        if (d == null) {
            return;
        }
        ScopeLadder.Scope scope = ladder.scope(c, ledger, d);
        if (scope == null) {
            return;
        }
        Disclosure dv = d.verb();
        Evidence ev = c.evidence(s, "disclose-" + dv.lemma() + (dv.particle() == null ? "" : "-" + dv.particle()), confidence,
                FactStatus.IMPLIED);
        for (Draft x : scope.secrets()) {
            for (String subject : d.subjects()) {
                if (!d.told() || x.keepers.contains(subject) || x.subjects.contains(subject)) {
                    ledger.know(x, subject, dv.subjectHow(), ev);
                } else if (!x.knownBy(subject)) {
                    // telling what one knows shows one knew it, not how
                    ledger.know(x, subject, KnowledgeSource.DISCOVERED, ev);
                }
            }
            for (String l : d.listeners()) {
                if (!d.subjects().contains(l)) {
                    ledger.know(x, l, dv.listenerHow(), ev);
                }
            }
            for (String source : d.sources()) {
                if (!x.knownBy(source)) {
                    ledger.know(x, source, KnowledgeSource.DISCOVERED, ev);
                }
            }
        }
    }

    /** The disclosure the word makes in its sentence, or null when it makes none. */
    DisclosureReading reading(SecretContext c, int s, DependencyGraph g, Token v) {
        Disclosure dv = disclosureOf(g, v);
        if (dv == null || negation.negated(g, v) || underIrrealis(g, v)) {
            return null;
        }
        boolean told = dv.listenerHow() != null;
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> listeners = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(v)) {
            String r = e.relation();
            if (r.equals("nsubj")) {
                subjects.addAll(c.mentions.of(s, g, e.dependent()));
            } else if (told && r.equals("nsubj:pass")) {
                // "Paula is told by Sam that ...": the one told is the passive subject, the teller the agent
                listeners.addAll(c.mentions.of(s, g, e.dependent()));
            } else if (told && r.equals("obl:agent")) {
                subjects.addAll(c.mentions.of(s, g, e.dependent()));
            }
        }
        if (told) {
            listeners.addAll(Listeners.of(c, s, g, v));
        }
        listeners.removeAll(subjects);
        // "learns from Jess that ...": the one it is learned from knew it
        Set<String> sources = new LinkedHashSet<>();
        if (!told) {
            for (Dependency e : g.outgoing(v)) {
                if (e.relation().equals("obl:from")) {
                    sources.addAll(c.mentions.of(s, g, e.dependent()));
                }
            }
            sources.removeAll(subjects);
        }
        if (subjects.isEmpty() && listeners.isEmpty()) {
            return null;
        }
        boolean all = false;
        boolean truth = false;
        boolean anaphor = false;
        SecretKind anaphorKind = null;
        boolean hasContent = false;
        Set<String> about = new LinkedHashSet<>();
        for (Dependency e : g.outgoing(v)) {
            String r = e.relation();
            boolean isContent = content.isContent(c, s, g, e);
            if (isContent) {
                Set<String> inside = c.mentions.of(s, g, e.dependent());
                hasContent = hasContent || !listeners.containsAll(inside) || inside.isEmpty();
            }
            if (isContent && !r.equals("obj") && ContentClauses.whClause(g, e.dependent())) {
                anaphor = true; // "realises what he has done", "figures out what happened"
            }
            // what is found out or told: the object, or "about"/"of" it ("finds out about it", "knew of it")
            if (!(r.equals("obj") || r.equals("obl:about") || r.equals("obl:of"))) {
                continue;
            }
            String o = e.dependent().base();
            if (scopeAll.contains(o)) {
                all = true;
            } else if (scopeTruth.contains(o)) {
                truth = true;
                for (Dependency a : g.outgoing(e.dependent())) {
                    if (a.relation().startsWith("nmod") && scopeAll.contains(a.dependent().base())) {
                        all = true;
                    }
                    if (a.relation().equals("nmod:about")) {
                        about.addAll(c.mentions.of(s, g, a.dependent())); // "the truth about Peter"
                    }
                }
            } else if (hiddenThings.containsKey(o) && c.mentions.of(s, g, e.dependent()).isEmpty()) {
                // "kept it from her", "finds out about the murder": the secret last spoken of
                anaphor = true;
                anaphorKind = hiddenThings.get(o).orElse(null);
            }
        }
        boolean clause = g.outgoing(v).stream().anyMatch(e -> e.relation().equals("ccomp"));
        return new DisclosureReading(s, g, v, dv, subjects, listeners, sources, all, truth, about, anaphor, anaphorKind,
                hasContent, clause, content.parentageContent(g, v));
    }

    private Disclosure disclosureOf(DependencyGraph g, Token v) {
        if (!v.tag().startsWith("VB")) {
            return null;
        }
        String l = v.base();
        for (Dependency e : g.outgoing(v)) {
            String r = e.relation();
            if (r.equals("compound:prt") || r.equals("advmod")) {
                Disclosure d = disclosures.get(l + " " + e.dependent().base());
                if (d != null) {
                    return d;
                }
            }
        }
        Disclosure d = disclosures.get(l);
        return d != null && d.particle() == null ? d : null;
    }

    private boolean underIrrealis(DependencyGraph g, Token v) {
        for (Dependency e : g.incoming(v)) {
            String r = e.relation();
            if (r.equals("xcomp") && irrealis.contains(e.governor().base())) {
                return true;
            }
            // "could not let Declan reveal what happened": a disclosure someone was not allowed to make
            if ((r.equals("xcomp") || r.equals("ccomp")) && causatives.contains(e.governor().base())
                    && negation.negated(g, e.governor())) {
                return true;
            }
        }
        return false;
    }
}
