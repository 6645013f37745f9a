package charactergraph.loader.relate;

import charactergraph.loader.NlpFixture;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "X takes her. She is held on a boat." : the one who seized someone later held captive kidnapped them. */
class SeizedThenHeldTest {
    @Test
    void someoneHeldRightAfterBeingSeizedWasKidnappedByTheSeizer() {
        TreeSet<String> r = NlpFixture.relationLines("Oskar Brandt waits for Lena Hoff after her shift and takes her. "
                + "Lena is held in a shed behind the mill while Oskar calls her father.");
        assertTrue(r.contains("KIDNAPPED Oskar Brandt -> Lena Hoff"), r.toString());
        TreeSet<String> dragged = NlpFixture.relationLines("Oskar Brandt confronts Lena Hoff in the barn, drags her into the "
                + "cellar and locks the door. She is held there for two days.");
        assertTrue(dragged.contains("KIDNAPPED Oskar Brandt -> Lena Hoff"), dragged.toString());
    }

    @Test
    void heldWithoutAnyoneSeizingHerIsNoKidnapping() {
        TreeSet<String> r = NlpFixture.relationLines("Oskar Brandt reads the letter to Lena Hoff. "
                + "Detective Rui Sato takes Lena Hoff to the station. Lena is held in custody overnight.");
        assertFalse(r.stream().anyMatch(l -> l.startsWith("KIDNAPPED")), r.toString());
    }

    @Test
    void seizedInThePassiveBySomeoneWhoThenKeptHerIsAKidnapping() {
        TreeSet<String> r = NlpFixture.relationLines("Nobody saw Lena Hoff again after the fair. Lena was snatched by "
                + "Oskar Brandt, who drove her north and kept her in a cellar for a month.");
        assertTrue(r.contains("KIDNAPPED Oskar Brandt -> Lena Hoff"), r.toString());
        TreeSet<String> errand = NlpFixture.relationLines("Lena Hoff was taken by Oskar Brandt, who kept a bakery by the "
                + "harbour, to the fair. Lena loved the fair.");
        assertFalse(errand.stream().anyMatch(l -> l.startsWith("KIDNAPPED")), errand.toString());
    }
}
