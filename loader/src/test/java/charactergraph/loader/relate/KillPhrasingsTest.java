package charactergraph.loader.relate;

import charactergraph.loader.NlpFixture;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Killings said without a plain "X killed Y": a vehicle's owner as the agent, a push whose victim is later found dead,
 * a confession to "the murder of Y", a question answered by the next line. Short stories written for this test.
 */
class KillPhrasingsTest {
    private static boolean killed(TreeSet<String> r) {
        return r.stream().anyMatch(l -> l.startsWith("KILLED"));
    }

    @Test
    void theOwnerOfTheVehicleThatStruckAndKilledSomeoneKilledThem() {
        TreeSet<String> r = NlpFixture.relationLines("Rosa Hale was struck and killed by Dan Pike's van on the bridge road. "
                + "Dan drove on and never looked back.");
        assertTrue(r.contains("KILLED Dan Pike -> Rosa Hale"), r.toString());
        TreeSet<String> lives = NlpFixture.relationLines("Tom Reed was struck by Jo Fry's car at the lights. "
                + "Tom walked away with a bruise, and Jo paid for his coat.");
        assertFalse(killed(lives), lives.toString());
    }

    @Test
    void aPushKillsWhenTheOnePushedIsFoundAtTheFootOfTheStairs() {
        TreeSet<String> r = NlpFixture.relationLines("Piet Brand was found at the foot of the quarry steps in May. "
                + "The police called it a fall. The last episode shows what really happened: Mira Vance pushed him.");
        assertTrue(r.contains("KILLED Mira Vance -> Piet Brand"), r.toString());
        TreeSet<String> lives = NlpFixture.relationLines("Mira Vance pushed Piet Brand at the party, and he laughed it off. "
                + "Piet went home early.");
        assertFalse(killed(lives), lives.toString());
    }

    @Test
    void aConfessionToTheMurderOfSomeoneIsTheirKilling() {
        TreeSet<String> r = NlpFixture.relationLines("Arno Weiss dies in his study. Weeks later the inspector arrests "
                + "Lena Cole. Under questioning she confesses to the murder of Arno Weiss.");
        assertTrue(r.contains("KILLED Lena Cole -> Arno Weiss"), r.toString());
    }

    @Test
    void aWhoQuestionAnsweredOnTheNextLineNamesTheKiller() {
        TreeSet<String> r = NlpFixture.relationLines(String.join("\n",
                "Who strangled Nina Falk?",
                "Otto Brandt did.",
                "He hid the scarf in the boathouse, and his sister Vera Brandt never asked about it."));
        assertTrue(r.contains("KILLED Otto Brandt -> Nina Falk"), r.toString());
    }

    @Test
    void theirFatherIsTheFatherTheTwoLastNamedShare() {
        TreeSet<String> r = NlpFixture.relationLines("Rudi Marek runs the hotel. His wife, Alma Marek, keeps the books. "
                + "Their son Filip wants the hotel; their daughter Zora wants to sell it. Rudi dies at the gala dinner. "
                + "Zora reads the bar bills and realises that Filip poisoned their father.");
        assertTrue(r.contains("KILLED Filip -> Rudi Marek"), r.toString());
    }

    @Test
    void holdingSomeoneUnderTheWaterKillsThemOnlyIfTheyDie() {
        TreeSet<String> r = NlpFixture.relationLines("Ines Roth drowned in the spa pool, and her death was ruled an "
                + "accident. In the finale we see the truth: Carla Beck held her under the water until she stopped moving.");
        assertTrue(r.contains("KILLED Carla Beck -> Ines Roth"), r.toString());
        TreeSet<String> lives = NlpFixture.relationLines("At swimming practice Carla Beck held Ines Roth under the water "
                + "for a second, and Ines came up laughing.");
        assertFalse(killed(lives), lives.toString());
    }
}
