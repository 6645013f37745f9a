package charactergraph.loader.secrets;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import charactergraph.loader.testsupport.StoryRunner;
import charactergraph.model.Character;
import charactergraph.model.Knowledge;
import charactergraph.model.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who knew a secret, from the many ways recaps say it, on short stories written for this test: overhearing,
 * confiding in someone, being told (passive), finding out about "it", keeping "it" from someone, keeping quiet,
 * realising what someone did, suspecting, telling someone "the truth"; and what is no knowledge ("was telling the
 * truth", "figures out where the children are", "realises she is pregnant").
 */
class KnowledgePhrasingsTest {
    private static final String KILLING = "Frank Dole strangled Irene Vance and buried her in the woods. ";
    private static final String DUMPED = "Frank Dole strangled Irene Vance and dumped her body in the river. ";

    private static List<String> secrets(String story) {
        return StoryRunner.run(story).secretLines();
    }

    private static String killingKnownBy(String knowers) {
        return "HIDDEN_KILLING [Frank Dole, Irene Vance] known by Frank Dole:TOOK_PART" + knowers;
    }

    @Test
    void overhearingTheKillerTalk() {
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED")),
                secrets(KILLING + "Weeks later, Paula Dole overhears Frank Dole talking about the grave on the phone."));
    }

    @Test
    void confidingInSomeoneTellsThemTheSecretLastSpokenOf() {
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED, Sam Kirby:TOLD")),
                secrets(DUMPED + "Paula Dole confided in her brother, Sam Kirby, after she found the shovel."));
    }

    @Test
    void beingToldInThePassive() {
        assertEquals(List.of(killingKnownBy(", Sam Kirby:DISCOVERED, Paula Dole:TOLD")),
                secrets(DUMPED + "Paula Dole is told by Sam Kirby that Frank Dole killed Irene Vance."));
    }

    @Test
    void knewAboutItAndKeptItFromThePolice() {
        assertEquals(List.of(killingKnownBy(", Sam Kirby:DISCOVERED, Sam Kirby:TOOK_PART")),
                secrets(DUMPED + "His brother Sam Kirby knew about it but kept it from the police."));
    }

    @Test
    void findingOutAboutItAndLearningTheTruth() {
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED")),
                secrets(DUMPED + "Paula Dole finds out about it when she reads his diary."));
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED")),
                secrets(DUMPED + "Paula Dole learns the truth in the final episode."));
    }

    @Test
    void aKillingTheArticleUncoversIsASecretAndRealisingWhatTheKillerDidIsKnowingIt() {
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED")),
                secrets("It turns out that Irene Vance was poisoned by Frank Dole. Paula Dole realises what Frank Dole "
                        + "has done when she finds the bottle."));
        assertEquals(List.of(killingKnownBy(", Ann Moss:DEDUCED")),
                secrets("The finale reveals that Frank Dole killed Irene Vance. Detective Ann Moss suspects Frank Dole "
                        + "from the start."));
        // a twist for the viewer is no concealment
        assertEquals(List.of(), secrets("In a final twist, Tom Baker shoots Anna Reyes dead on the dock."));
    }

    @Test
    void discoveringThatSomeoneMurderedTheVictimIsKnowingThatKilling() {
        assertEquals(List.of(killingKnownBy(", Paula Dole:DISCOVERED")),
                secrets("Frank Dole poisoned Irene Vance and staged a suicide. Weeks later, Paula Dole discovers that "
                        + "somebody murdered Irene Vance."));
    }

    @Test
    void knowingThatTheDeedHappenedButNotKnowingWhereSomeoneIs() {
        assertEquals(List.of(killingKnownBy(", Sam Kirby:DISCOVERED")),
                secrets(KILLING + "Sam Kirby knows that Frank Dole killed Irene Vance."));
        assertEquals(List.of(killingKnownBy("")), secrets(KILLING + "Sam Kirby knows where Frank Dole is hiding."));
        // a plain "is the father of" restating a hidden parentage is knowing that parentage
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Rose Hart:DISCOVERED"),
                secrets("Carl Webb is the real father of Theo Hart, a secret Nina Hart kept for years. Rose Hart has "
                        + "always known that Carl Webb is the father of Theo Hart."));
    }

    @Test
    void theOneItIsLearnedFromKnewIt() {
        assertEquals(List.of(killingKnownBy(", Sam Kirby:DISCOVERED, Ann Moss:DISCOVERED")),
                secrets("Frank Dole poisoned Irene Vance and staged a suicide. Sam Kirby eventually learns the truth "
                        + "from Ann Moss."));
    }

    @Test
    void havingASecretOfOnesOwnIsKeepingWhatTheSentenceStates() {
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Carl Webb:TOOK_PART"),
                secrets("Carl Webb has a secret of his own: Carl Webb is the biological father of Theo Hart."));
    }

    @Test
    void discoveringSomethingElseTheKillerDidIsNotKnowingTheKilling() {
        assertEquals(List.of(killingKnownBy("")),
                secrets("Frank Dole poisoned Irene Vance and staged a suicide. Irene Vance had discovered that Frank Dole "
                        + "was stealing from the school."));
    }

    @Test
    void aDisclosureSomeoneWasNotAllowedToMakeIsNone() {
        assertEquals(List.of(killingKnownBy("")),
                secrets("Frank Dole poisoned Irene Vance and staged a suicide. Frank Dole could not let Sam Kirby reveal "
                        + "what happened."));
    }

    @Test
    void coveringForTheKillerMakesTheKillingASecretTheCovererKnows() {
        assertEquals(List.of(killingKnownBy(", Sam Kirby:DISCOVERED")),
                secrets("Frank Dole strangled Irene Vance. His brother Sam Kirby lied to the police about where Frank Dole "
                        + "was that night."));
    }

    @Test
    void keepingTheSecretAndFindingOutWithoutAnObject() {
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Nina Hart:DISCOVERED, "
                        + "Rose Hart:TOLD, Rose Hart:TOOK_PART"),
                secrets("Carl Webb is the real father of Theo Hart. Nina Hart confides in her sister, Rose Hart. "
                        + "Rose Hart keeps the secret."));
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Theo Hart:DISCOVERED"),
                secrets("Carl Webb secretly fathered Theo Hart. Theo Hart finds out when he reads the letters."));
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Theo Hart:TOLD"),
                secrets("Carl Webb is the real father of Theo Hart, a secret Nina Hart kept for years. "
                        + "She finally tells Theo Hart the truth."));
    }

    @Test
    void confidingFollowedByALooselyAttachedClauseStillTellsTheListener() {
        // the parser hangs "and Rose Hart has kept quiet" off "confided": that is no content of the confidence
        assertEquals(List.of("HIDDEN_PARENTAGE [Carl Webb, Theo Hart] known by Carl Webb:DISCOVERED, Nina Hart:DISCOVERED, "
                        + "Rose Hart:TOLD"),
                secrets("Carl Webb is the real father of Theo Hart. Nina Hart confided in her sister, Rose Hart, years "
                        + "ago, and Rose Hart has kept quiet ever since."));
    }

    @Test
    void honestyWhereaboutsAndOtherNewsAreNoKnowledgeOfTheSecret() {
        assertEquals(List.of(killingKnownBy("")),
                secrets(KILLING + "Paula Dole admits that Sam Kirby was telling the truth."));
        assertEquals(List.of(killingKnownBy("")),
                secrets(KILLING + "Paula Dole figures out where the children are hiding."));
        assertEquals(List.of(killingKnownBy("")),
                secrets(KILLING + "Paula Dole realises she is pregnant."));
    }

    /** With the real resolver (genders from pronouns): a mother keeps her son's hidden father; he knows only when told. */
    @Test
    void aHiddenFatherDoesNotKnowUntilToldButTheMotherKeepsIt() {
        ArticleExtractor.Result r = NlpFixture.extract("Nina Hart lives with her son Theo in a small flat. "
                + "Carl Webb is the biological father of Nina's son, Theo. He has no idea. "
                + "In the finale, Nina tells Carl the truth.");
        Map<String, String> names = r.cast().characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        List<Secret> secrets = r.extraction().secrets();
        assertEquals(1, secrets.size(), secrets.toString());
        Secret s = secrets.get(0);
        TreeSet<String> knowers = s.knowers().stream().map(k -> names.get(k.characterId()) + ":" + k.how())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("Nina Hart:TOOK_PART", "Nina Hart:CONFESSED", "Carl Webb:TOLD")), knowers);
        assertTrue(s.keepers().stream().map(names::get).toList().contains("Nina Hart"), s.keepers().toString());
        Knowledge told = s.knowers().stream().filter(k -> names.get(k.characterId()).equals("Carl Webb")).findFirst()
                .orElseThrow();
        assertEquals(3, told.order());
    }

    @Test
    void aCharacterRealisingWhoKilledMakesTheKillingASecretTheyKnow() {
        List<String> lines = secrets("Tom Brandt shot Leo Varga at the lake. Weeks later, Ruth Varga reads the gun "
                + "licence and realises that Tom Brandt shot Leo Varga.");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("HIDDEN_KILLING [") && lines.get(0).contains("Tom Brandt:TOOK_PART"),
                lines.toString());
        assertTrue(lines.get(0).contains("Ruth Varga:DISCOVERED"), lines.toString());
    }

    @Test
    void aParentageStatedRightAfterTheArticleUncoversALieIsAHiddenOne() {
        String story = "Nell Stroud raised her son Ezra Stroud alone and said his father was a sailor. "
                + "It turns out that was a lie. Ezra was Hugo Brisk's son, and Nell never told Hugo.";
        List<String> lines = secrets(story);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HIDDEN_PARENTAGE") && l.contains("Hugo")
                && l.contains("Ezra Stroud")), lines + " " + StoryRunner.run(story).relationLines());
        // a plain parentage with no such cue stays plain
        List<String> plain = secrets("Nell Stroud raised her son Ezra Stroud in the harbour town. Ezra was Hugo Brisk's son, "
                + "and Hugo came to every birthday.");
        assertTrue(plain.stream().noneMatch(l -> l.startsWith("HIDDEN_PARENTAGE")), plain.toString());
    }

    @Test
    void aSecretOfHerOwnAnnouncedBeforeItIsStatedIsTheNextSecretNotTheLastOne() {
        List<String> lines = secrets(KILLING + "Paula Dole has a secret of her own. In the attic she found her late "
                + "mother's letters. They show that Walter Brisk is her biological father. Paula confides in Sam Kirby.");
        String parentage = lines.stream().filter(l -> l.startsWith("HIDDEN_PARENTAGE")).findFirst().orElse("");
        assertTrue(parentage.contains("Paula Dole:TOOK_PART") && parentage.contains("Sam Kirby:TOLD"), lines.toString());
        String killing = lines.stream().filter(l -> l.startsWith("HIDDEN_KILLING")).findFirst().orElse("");
        assertTrue(!killing.contains("Paula Dole") && !killing.contains("Sam Kirby"), lines.toString());
    }

    @Test
    void learningThatSomeoneIsNotOnesSonIsKnowingTheHiddenParentage() {
        List<String> lines = secrets("Rhoda Pike confesses to Silas Wren that he is Owen Pike's real father. "
                + "It also explains the feud. Gideon Pike had learned that Owen Pike was not his son.");
        String parentage = lines.stream().filter(l -> l.startsWith("HIDDEN_PARENTAGE")).findFirst().orElse("");
        assertTrue(parentage.contains("Gideon Pike:DISCOVERED"), lines.toString());
    }
}
