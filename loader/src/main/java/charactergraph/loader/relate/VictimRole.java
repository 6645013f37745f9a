package charactergraph.loader.relate;

import charactergraph.model.RelationType;

import java.util.Set;

/**
 * {@code victim(node)}: the victim of a crime or mishap noun or verb. Its own possessor or "of" phrase ("Milo's
 * kidnapping", "the murder of Y"), else the latest victim of a crime of the same class named in this sentence or
 * before ("the abduction" after "Milo was kidnapped"; "the killer" after "Daniel was murdered").
 */
final class VictimRole implements RoleResolver {
    private final CrimeClasses crimes;

    VictimRole(CrimeClasses crimes) {
        this.crimes = crimes;
    }

    @Override
    public String name() {
        return "victim";
    }

    @Override
    public boolean readsNode() {
        return true;
    }

    @Override
    public Set<String> resolve(RoleQuery q) {
        Set<String> own = ArticleFactsReader.possessorOrOf(q.reading(), q.sentence(), q.graph(), q.node());
        if (!own.isEmpty()) {
            return own;
        }
        return recentVictim(q.reading(), q.sentence(), q.node().base());
    }

    private Set<String> recentVictim(Reading r, int s, String crimeLemma) {
        String best = null;
        int bestSentence = -1;
        String cls = crimes.of(crimeLemma);
        for (ArticleFacts.CrimeVictim v : r.facts.crimeVictims) {
            if (v.sentence() <= s && v.sentence() >= bestSentence && cls.equals(v.crime())) {
                best = v.character();
                bestSentence = v.sentence();
            }
        }
        for (Finding f : r.findings.found) {
            if (f.type() == RelationType.KIDNAPPED && crimes.isKidnapping(crimeLemma) && f.sentence() <= s
                    && f.sentence() >= bestSentence) {
                best = f.to();
                bestSentence = f.sentence();
            }
        }
        return best == null ? Set.of() : Set.of(best);
    }
}
