package charactergraph.loader.relate;

import charactergraph.loader.NlpFixture;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Injuries said through a body part: "slashes X's arm", "breaks his arm" (whose arm), "hits X hard enough to break
 * his nose", "cracking two of his ribs". Short stories written for this test.
 */
class InjuryPhrasingsTest {
    @Test
    void harmToSomeonesBodyPartInjuresThem() {
        TreeSet<String> r = NlpFixture.relationLines("Mara Quist runs for the door. As she escapes she slashes Oren Tal's "
                + "arm with a shard of glass.");
        assertTrue(r.contains("INJURED Mara Quist -> Oren Tal"), r.toString());
    }

    @Test
    void hisArmIsTheOtherMansWhenTheSentenceNamedOneElseNobodys() {
        TreeSet<String> r = NlpFixture.relationLines("Piet Kroll and Dirk Baas fight on the jetty. In the struggle Dirk "
                + "is badly hurt; Piet breaks his arm and leaves him on the boards.");
        assertTrue(r.contains("INJURED Piet Kroll -> Dirk Baas"), r.toString());
        TreeSet<String> self = NlpFixture.relationLines("Piet Kroll drives home in the storm. His van leaves the road, and "
                + "Piet breaks his leg in the crash.");
        assertFalse(self.stream().anyMatch(l -> l.startsWith("INJURED")), self.toString());
    }

    @Test
    void aBlowHardEnoughToBreakABoneInjuresTheOneHit() {
        TreeSet<String> r = NlpFixture.relationLines("Sven Ladd finds out the truth: he hits Aron Pell hard enough to "
                + "break his nose, then walks away.");
        assertTrue(r.contains("INJURED Sven Ladd -> Aron Pell"), r.toString());
        TreeSet<String> ribs = NlpFixture.relationLines("Outside the station Sven Ladd slams Aron Pell against a van, "
                + "cracking two of his ribs.");
        assertTrue(ribs.contains("INJURED Sven Ladd -> Aron Pell"), ribs.toString());
    }

    @Test
    void shotInABodyPartIsAnInjuryWhenTheVictimLivesAKillingWhenHeDies() {
        TreeSet<String> lives = NlpFixture.relationLines("Brann Kell follows Ivar Solt to the barn. Brann shoots him in "
                + "the shoulder, but Ivar survives and drives to the hospital.");
        assertTrue(lives.contains("INJURED Brann Kell -> Ivar Solt"), lives.toString());
        assertFalse(lives.contains("KILLED Brann Kell -> Ivar Solt"), lives.toString());
        TreeSet<String> dies = NlpFixture.relationLines("Brann Kell follows Ivar Solt to the barn. Brann shoots him in "
                + "the chest, and Ivar dies before the ambulance arrives.");
        assertTrue(dies.contains("KILLED Brann Kell -> Ivar Solt"), dies.toString());
        assertFalse(dies.contains("INJURED Brann Kell -> Ivar Solt"), dies.toString());
    }
}
