package charactergraph.loader.secrets;

import charactergraph.loader.testsupport.StoryRunner;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets and who knew them, on short stories written for this test: staged and sabotage killings, confessions,
 * deductions, "knows the truth about everything", false identities, baby swaps, revealed kidnappings, and the
 * things that are not secrets (an open killing, a wish that someone knew).
 */
class SecretExtractorTest {

    private static List<String> secrets(String story) {
        return StoryRunner.run(story).secretLines();
    }

    @Test
    void aStagedKillingConfessedToADaughter() {
        StoryRunner.Result r = StoryRunner.run("Years ago, Edgar Stone killed Walter Price and made it look like a burglary. "
                + "In the finale, Edgar confesses everything to his daughter Alice Stone.");
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, "
                + "Edgar Stone:CONFESSED, Alice Stone:TOLD"), r.secretLines());
        Secret s = r.secrets().get(0);
        Knowledge told = s.knowers().get(2);
        assertEquals(KnowledgeSource.TOLD, told.how());
        assertEquals(1, told.order());
        assertEquals("In the finale", told.when());
        assertEquals(List.of("edgar-stone"), s.keepers());
        assertTrue(s.statement().contains("Edgar Stone killed Walter Price"), s.statement());
    }

    @Test
    void aDetectiveDeducesAndThenRealizes() {
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, "
                        + "Mona Ruiz:DEDUCED, Mona Ruiz:DISCOVERED"),
                secrets("Edgar Stone poisoned Walter Price and staged a suicide. Detective Mona Ruiz has pieced together "
                        + "the truth. She realizes that Edgar Stone poisoned Walter Price."));
    }

    @Test
    void anOpenKillingIsNoSecretAndAWishIsNoDisclosure() {
        assertEquals(List.of(), secrets("Tom Baker shot Anna Reyes in front of the whole town."));
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART"),
                secrets("Edgar Stone wants Alice Stone to know the truth. Edgar Stone killed Walter Price and hid the body."));
    }

    @Test
    void knowingTheTruthAboutEverythingMeansKnowingWhatTheOtherHides() {
        assertEquals(List.of("HIDDEN_KILLING [Hugo Brandt, Olga Brandt] known by Olga Brandt:TOOK_PART, Paul Kern:DISCOVERED"),
                secrets("Olga Brandt secretly replaced Hugo Brandt's insulin with water, and Hugo Brandt died that night. "
                        + "Detective Paul Kern meets with Olga Brandt and reveals that he knows the truth about everything. "
                        + "Then he tells Olga Brandt he is closing the case."));
    }

    @Test
    void aCoverUpImpliesKnowingTheDeed() {
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, Alice Stone:DISCOVERED"),
                secrets("Edgar Stone killed Walter Price and hid the body. Alice Stone doesn't turn Edgar Stone in."));
    }

    @Test
    void aSecretKillingFoundOutYearsLater() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Dunn, Dora Finch] known by Carl Dunn:TOOK_PART, Ava Stone:DISCOVERED"),
                secrets("Carl Dunn secretly poisoned Dora Finch. Years later, Ava Stone discovers that Carl Dunn poisoned "
                        + "Dora Finch."));
    }

    @Test
    void aConfessedDeedWasASecret() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Dunn, Dora Finch] known by Carl Dunn:TOOK_PART, Carl Dunn:CONFESSED, "
                        + "Ava Stone:TOLD"),
                secrets("Carl Dunn confesses to Ava Stone that he strangled Dora Finch."));
    }

    @Test
    void helpersWhoHideTheBodyShareTheSecretAndASilentWifeKnowsIt() {
        assertEquals(List.of("HIDDEN_KILLING [Daniel Reyes, Helen Hale, Owen Hale, Victor Hale] known by "
                        + "Victor Hale:TOOK_PART, Owen Hale:TOOK_PART, Helen Hale:DISCOVERED"),
                secrets("Victor Hale murdered Daniel Reyes. Victor's son Owen Hale helped Victor dump the body, and "
                        + "Victor's wife Helen Hale knew about it but never went to the police."));
    }

    @Test
    void whoKeptTheSecret() {
        assertEquals(List.of("HIDDEN_PARENTAGE [Daniel Reyes, Victor Hale] known by Victor Hale:DISCOVERED, "
                        + "Ruth Quinn:TOOK_PART"),
                secrets("Ruth Quinn kept the secret that Daniel Reyes was actually Victor Hale's biological son."));
    }

    @Test
    void hidingTheAdoptionMakesAKeeper() {
        assertEquals(List.of("HIDDEN_PARENTAGE [Agnes Tull, Wren Hale] known by Agnes Tull:DISCOVERED, Owen Hale:TOOK_PART"),
                secrets("Wren Hale ran away to find her birth mother, a nurse named Agnes Tull. "
                        + "Owen Hale had hidden the adoption from Miriam Hale for twelve years."));
    }

    @Test
    void theFalseIdentityBelongsToThePersonNamedTwice() {
        assertEquals(List.of("FALSE_IDENTITY [Eliot Crane] known by Eliot Crane:TOOK_PART"),
                secrets("Eliot Crane isn't Eliot Crane at all; his real name is Samuel Whitcombe, the estranged son of "
                        + "Thomas Whitcombe."));
    }

    @Test
    void aFireThatKilledConfessedAndASilentBrother() {
        StoryRunner.Result r = StoryRunner.run("The fire at the ranch killed Eli Dunmore, and everyone blamed his son-in-law, "
                + "Marcus Reed. Hank Harlan confesses that he set the fire. Walt Harlan had known for months and said "
                + "nothing to protect Hank Harlan.");
        // an in-law is no parent; setting the fire that killed Eli is killing him; silence to protect is a cover-up
        assertEquals(new java.util.TreeSet<>(java.util.Set.of("COVERS_UP_FOR Walt Harlan -> Hank Harlan",
                "KILLED Hank Harlan -> Eli Dunmore")), r.relationLines());
        assertEquals(List.of("HIDDEN_KILLING [Eli Dunmore, Hank Harlan] known by Hank Harlan:TOOK_PART, "
                + "Hank Harlan:CONFESSED, Walt Harlan:DISCOVERED"), r.secretLines());
    }

    @Test
    void learningOrBeingToldTheTruthAboutSomeone() {
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, Alice Stone:DISCOVERED"),
                secrets("Edgar Stone killed Walter Price and hid the body. Months later, Alice Stone learns the truth about "
                        + "Edgar Stone."));
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, "
                        + "Edgar Stone:CONFESSED, Alice Stone:TOLD"),
                secrets("Edgar Stone killed Walter Price and hid the body. Edgar Stone finally tells Alice Stone the truth."));
    }

    @Test
    void aFalseIdentity() {
        // the test cast keeps the two names apart; the person is the one named twice
        assertEquals(List.of("FALSE_IDENTITY [Lena Frost] known by Lena Frost:TOOK_PART"),
                secrets("Lena Frost isn't Lena Frost at all; her real name is Clara Wilde."));
    }

    @Test
    void aBabySwapAdmittedToAWife() {
        StoryRunner.Result r = StoryRunner.run("Six years before the events of the show, Victor Lang switched the babies at "
                + "the hospital and took Maria Cruz's child. The boy called Leo is actually Maria Cruz's biological son. "
                + "Victor Lang later admits everything to Ines Lang.");
        assertEquals(List.of("BABY_SWAP [Leo, Maria Cruz, Victor Lang] known by Victor Lang:TOOK_PART, "
                + "Maria Cruz:DISCOVERED, Victor Lang:CONFESSED, Ines Lang:TOLD"), r.secretLines());
        assertEquals("Six years before", r.secrets().get(0).knowers().get(0).when());
    }

    @Test
    void aRevealedKidnappingIsKnownByThoseWhoTookPart() {
        assertEquals(List.of("HIDDEN_CRIME [Leo Grant, Nina Park, Owen Ford] known by Nina Park:TOOK_PART, Leo Grant:TOOK_PART"),
                secrets("We discover that Nina Park orchestrated the kidnapping of Owen Ford. "
                        + "Her boyfriend Leo Grant was also involved in the kidnapping."));
        assertEquals(List.of(), secrets("Nina Park kidnapped Owen Ford in broad daylight."));
    }

    @Test
    void aScapegoatIsASubjectButNotAKnower() {
        assertEquals(List.of("COVER_UP [Frank Voss, Helen Voss, Karl Voss] known by Frank Voss:TOOK_PART"),
                secrets("Frank Voss tripped his brother Karl Voss on the stairs and let his wife Helen Voss take the blame."));
    }

    @Test
    void theTruthPiecedTogetherIsTheHiddenCrimeOfTheOneArrestedNext() {
        // nothing after "pieced together the truth" states a secret; the next sentence names its keeper
        assertEquals(List.of("HIDDEN_KILLING [Edgar Stone, Walter Price] known by Edgar Stone:TOOK_PART, "
                        + "Alice Stone:DISCOVERED, Mona Ruiz:DEDUCED"),
                secrets("Alice Stone learns that Walter Price was poisoned by Edgar Stone. Later, Mona Ruiz pieced "
                        + "together the truth when she found the ledger. Mona Ruiz arrested Edgar Stone at the fair."));
    }
}
