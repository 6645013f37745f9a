package charactergraph.loader.secrets;

import charactergraph.loader.nlp.Dependency;
import charactergraph.loader.nlp.DependencyGraph;
import charactergraph.loader.nlp.Token;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.SecretKind;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The scope strategies, each a small named class, and the registry the scope ladder binds names to. */
final class ScopeStrategies {
    private ScopeStrategies() {
    }

    /** Every strategy, by name. */
    static List<ScopeStrategy> all(ContentClauses content, int truthLookahead) {
        return List.of(
                new KeptByTeller(), new KnownByAudience(), new DeedsInContent(content), new Nothing(),
                new KeptByTheOneNamedAbout(), new StatedNext(truthLookahead), new CrimeKeptBySomeoneNamedNext(truthLookahead),
                new LatestHeldByTeller(), new LatestKeptByContentCharacter(content), new LatestOfTheKindNamed(),
                new AboutTwoNamed(content), new ParentageOfTheOneNamed(content), new DeedDoneToTheOneNamed(content),
                new KeptByTheOneHeard(content), new LatestSpokenOf());
    }

    /** "X confesses everything to Y": every secret X keeps. */
    static final class KeptByTeller implements ScopeStrategy {
        public String name() {
            return "kept-by-teller";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return l.inPlay(d.sentence()).stream().filter(x -> d.subjects().stream().anyMatch(x.keepers::contains)).toList();
        }
    }

    /** "Z (meeting Y) reveals that he knows the truth about everything": every secret Y knows, or all in play. */
    static final class KnownByAudience implements ScopeStrategy {
        public String name() {
            return "known-by-audience";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> audience = Listeners.audience(c, d.sentence(), d.graph(), d.node());
            return audience.isEmpty() ? l.inPlay(d.sentence())
                    : l.inPlay(d.sentence()).stream().filter(x -> audience.stream().anyMatch(x::knownBy)).toList();
        }
    }

    /**
     * "confesses that he set the fire", "learns that X killed Y": the secrets holding a relation stated in the
     * sentence with one end inside the content. A deed confessed or found out was concealed: when no secret holds it
     * yet, it becomes one, kept by its doer.
     */
    static final class DeedsInContent implements ScopeStrategy {
        private final ContentClauses content;

        DeedsInContent(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "deeds-in-content";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            int s = d.sentence();
            DependencyGraph g = d.graph();
            Set<Token> inside = new HashSet<>(g.descendants(d.node()));
            for (Dependency e : g.outgoing(d.node())) {
                if (e.relation().startsWith("nsubj")) {
                    inside.removeAll(g.descendants(e.dependent()));
                }
            }
            Set<String> inContent = new LinkedHashSet<>();
            for (Token w : inside) {
                String id = c.mentions.direct(s, w);
                if (id != null) {
                    inContent.add(id);
                }
            }
            List<Draft> out = new java.util.ArrayList<>();
            for (Relation r : c.relations) {
                boolean stated = r.evidence().stream().anyMatch(e -> e.sentence() == s);
                if (!stated || !(inContent.contains(r.to()) || inContent.contains(r.from()))) {
                    continue;
                }
                // the secret holds the fact, or is about the same two people ("knows that Maya is his daughter" for
                // the hidden parentage of the two)
                boolean parenthood = r.type() == RelationType.PARENT_OF || r.type() == RelationType.SECRETLY_PARENT_OF;
                List<Draft> holding = l.drafts.stream().filter(x -> x.relations.contains(r)
                        || parenthood && (x.kind == SecretKind.HIDDEN_PARENTAGE || x.kind == SecretKind.BABY_SWAP)
                        && x.subjects.contains(r.from()) && x.subjects.contains(r.to()) && x.established <= s).toList();
                if (holding.isEmpty() && (r.type() == RelationType.KILLED || r.type() == RelationType.KIDNAPPED
                        || r.type() == RelationType.INJURED)) {
                    Draft x = new Draft(r.type() == RelationType.KILLED ? SecretKind.HIDDEN_KILLING : SecretKind.HIDDEN_CRIME);
                    x.subjects.add(r.from());
                    x.subjects.add(r.to());
                    x.keepers.add(r.from());
                    x.addRelation(r);
                    l.know(x, r.from(), KnowledgeSource.TOOK_PART, r.evidence().get(0));
                    x.statement = c.name(r.from()) + " " + r.type().name().toLowerCase(Locale.ROOT) + " " + c.name(r.to());
                    l.drafts.add(x);
                    holding = List.of(x);
                }
                for (Draft x : holding) {
                    if (!out.contains(x)) {
                        out.add(x);
                    }
                }
            }
            return out;
        }
    }

    /** "knows where they are": no secret. */
    static final class Nothing implements ScopeStrategy {
        public String name() {
            return "nothing";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return List.of();
        }
    }

    /** "learns the truth about X": what X keeps. */
    static final class KeptByTheOneNamedAbout implements ScopeStrategy {
        public String name() {
            return "kept-by-the-one-named-about";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return l.inPlay(d.sentence()).stream().filter(x -> d.about().stream().anyMatch(x.keepers::contains)).toList();
        }
    }

    /** "has pieced together the truth": the secrets the next sentences state. */
    static final class StatedNext implements ScopeStrategy {
        private final int lookahead;

        StatedNext(int lookahead) {
            this.lookahead = lookahead;
        }

        public String name() {
            return "stated-next";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return l.statedIn(d.sentence() + 1, d.sentence() + lookahead);
        }
    }

    /**
     * "Z pieces together the truth when she finds the diary. Z arrests X": nothing new is stated, so the truth is the
     * hidden crime kept by someone this or the next sentences name.
     */
    static final class CrimeKeptBySomeoneNamedNext implements ScopeStrategy {
        private final int lookahead;

        CrimeKeptBySomeoneNamedNext(int lookahead) {
            this.lookahead = lookahead;
        }

        public String name() {
            return "crime-kept-by-someone-named-next";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> named = c.namedIn(d.sentence(), d.sentence() + lookahead);
            named.removeAll(d.subjects());
            return l.inPlay(d.sentence()).stream().filter(x -> x.kind == SecretKind.HIDDEN_KILLING
                    || x.kind == SecretKind.HIDDEN_CRIME).filter(x -> x.keepers.stream().anyMatch(named::contains)).toList();
        }
    }

    /** "he finally tells her the truth", "she confided in her sister": the latest secret the teller keeps, is part of, or knows. */
    static final class LatestHeldByTeller implements ScopeStrategy {
        public String name() {
            return "latest-held-by-teller";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream().filter(x -> d.subjects().stream().anyMatch(s ->
                    x.keepers.contains(s) || x.subjects.contains(s) || x.knownBy(s))).toList());
        }
    }

    /** "realises what Frank has done": the latest secret a character the content names keeps. */
    static final class LatestKeptByContentCharacter implements ScopeStrategy {
        private final ContentClauses content;

        LatestKeptByContentCharacter(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "latest-kept-by-content-character";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> named = named(content, c, d);
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream()
                    .filter(x -> named.stream().anyMatch(x.keepers::contains)).toList());
        }
    }

    /** "kept it from her", "finds out about the adoption": the latest secret (of the kind the hidden thing names). */
    static final class LatestOfTheKindNamed implements ScopeStrategy {
        public String name() {
            return "latest-of-the-kind-named";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            SecretKind kind = d.anaphorKind();
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream().filter(x -> kind == null || x.kind == kind).toList());
        }
    }

    /** "notices that both Milo and Josie have ...": the latest secret about two of the people the content names. */
    static final class AboutTwoNamed implements ScopeStrategy {
        private final ContentClauses content;

        AboutTwoNamed(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "about-two-named";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> named = named(content, c, d);
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream()
                    .filter(x -> named.stream().filter(x.subjects::contains).count() >= 2).toList());
        }
    }

    /** "had learned that Julian was not his son": the hidden parentage of the one named. */
    static final class ParentageOfTheOneNamed implements ScopeStrategy {
        private final ContentClauses content;

        ParentageOfTheOneNamed(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "parentage-of-the-one-named";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> named = named(content, c, d);
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream().filter(x -> (x.kind == SecretKind.HIDDEN_PARENTAGE
                    || x.kind == SecretKind.BABY_SWAP) && named.stream().anyMatch(x.subjects::contains)).toList());
        }
    }

    /** "discovers that her son murdered Harold": the killing (or abduction) of the one named. */
    static final class DeedDoneToTheOneNamed implements ScopeStrategy {
        private final ContentClauses content;

        DeedDoneToTheOneNamed(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "deed-done-to-the-one-named";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            Set<String> named = named(content, c, d);
            Set<RelationType> deeds = content.deedsIn(c, d.sentence(), d.graph(), d.node());
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()).stream().filter(x -> x.relations.stream().anyMatch(r ->
                    deeds.contains(r.type()) && named.contains(r.to()))).toList());
        }
    }

    /**
     * "overhears Frank talking about the grave", "suspects Frank": the latest secret of a keeper who is the object
     * (not someone doing something else in a clause: "discovered that Gerald was stealing"); what one tells about a
     * keeper ("confides that he saw Cormac's car") is their secret.
     */
    static final class KeptByTheOneHeard implements ScopeStrategy {
        private final ContentClauses content;

        KeptByTheOneHeard(ContentClauses content) {
            this.content = content;
        }

        public String name() {
            return "kept-by-the-one-heard";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            int s = d.sentence();
            DependencyGraph g = d.graph();
            Set<String> objects = new LinkedHashSet<>();
            if (d.told()) {
                objects.addAll(named(content, c, d));
            }
            for (Dependency e : g.outgoing(d.node())) {
                String r = e.relation();
                if (r.equals("obj")) {
                    objects.addAll(c.mentions.of(s, g, e.dependent()));
                } else if ((r.equals("ccomp") || r.equals("xcomp") || r.equals("dep")) && ContentClauses.smallClause(g, e.dependent())) {
                    // "overhears Frank talking": the one heard is the small clause's subject
                    for (Dependency x : g.outgoing(e.dependent())) {
                        if (x.relation().equals("nsubj")) {
                            objects.addAll(c.mentions.of(s, g, x.dependent()));
                        }
                    }
                }
            }
            objects.removeAll(d.listeners());
            return Ledger.latest(s, l.inPlay(s).stream().filter(x -> objects.stream().anyMatch(x.keepers::contains)).toList());
        }
    }

    /** "learns the truth", "finds out when he reads the letters": the secret last spoken of. */
    static final class LatestSpokenOf implements ScopeStrategy {
        public String name() {
            return "latest-spoken-of";
        }

        public List<Draft> scope(SecretContext c, Ledger l, DisclosureReading d) {
            return Ledger.latest(d.sentence(), l.inPlay(d.sentence()));
        }
    }

    /** The characters the content names, its subjects and listeners aside. */
    private static Set<String> named(ContentClauses content, SecretContext c, DisclosureReading d) {
        Set<String> named = content.contentCharacters(c, d.sentence(), d.graph(), d.node());
        named.removeAll(d.subjects());
        named.removeAll(d.listeners());
        return named;
    }
}
