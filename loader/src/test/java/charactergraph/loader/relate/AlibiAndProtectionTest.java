package charactergraph.loader.relate;

import charactergraph.loader.testsupport.StoryRunner;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static charactergraph.loader.NlpFixture.relationLines;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cover-ups stated as an alibi told to the police, and "lied to protect her" where the pronoun is not the liar;
 * with the real resolver (pronouns), on short stories written for this test.
 */
class AlibiAndProtectionTest {
    @Test
    void anAlibiToldToThePoliceCoversForTheOneItPlacesElsewhere() {
        TreeSet<String> r = relationLines("Frank Dole strangled Irene Vance on the towpath. His sister, Paula Dole, "
                + "told the police he had been at home all evening.");
        assertTrue(r.contains("COVERS_UP_FOR Paula Dole -> Frank Dole"), r.toString());
        TreeSet<String> spent = relationLines("Frank Dole strangled Irene Vance on the towpath. The next day Paula "
                + "Dole told the detectives that Frank spent the night at her flat.");
        assertTrue(spent.contains("COVERS_UP_FOR Paula Dole -> Frank Dole"), spent.toString());
    }

    @Test
    void tellingThePoliceWhatOneSawIsNoCoverUp() {
        TreeSet<String> r = relationLines("Frank Dole strangled Irene Vance on the towpath. Paula Dole told the police "
                + "that she saw Frank near the river.");
        assertFalse(r.stream().anyMatch(l -> l.startsWith("COVERS_UP_FOR")), r.toString());
    }

    @Test
    void hidingTheWeaponCoversForTheKillerUnlessItIsTheirOwn() {
        TreeSet<String> other = StoryRunner.run("Frank Dole strangled Irene Vance. Paula Dole hid the rifle in the attic.")
                .relationLines();
        assertTrue(other.contains("COVERS_UP_FOR Paula Dole -> Frank Dole"), other.toString());
        TreeSet<String> own = StoryRunner.run("Frank Dole strangled Irene Vance. Frank Dole hid the rifle in the attic.")
                .relationLines();
        assertFalse(own.stream().anyMatch(l -> l.startsWith("COVERS_UP_FOR")), own.toString());
    }

    @Test
    void theKillerIsNamedAfterTheVictimWasKilled() {
        TreeSet<String> r = StoryRunner.run("Irene Vance was shot in the woods. The finale reveals that the real killer is "
                + "the headmaster, Frank Dole.").relationLines();
        assertTrue(r.contains("KILLED Frank Dole -> Irene Vance"), r.toString());
    }

    @Test
    void whomOneLiesToProtectIsNotOneself() {
        TreeSet<String> r = relationLines("Evelyn Cross poisoned her husband, Harold Cross. Evelyn's housekeeper, "
                + "Bernadette Kell, lied to police to protect her.");
        assertTrue(r.contains("COVERS_UP_FOR Bernadette Kell -> Evelyn Cross"), r.toString());
    }
}
