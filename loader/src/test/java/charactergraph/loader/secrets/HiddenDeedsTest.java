package charactergraph.loader.secrets;

import charactergraph.loader.testsupport.StoryRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets and knowers that real plot summaries show without the words "secret" or "hid": a death told before its
 * killer is named, someone else arrested for it, a disguise or a false name, a hidden love, a plot; investigators who
 * solve the case, accomplices, and who catches or sees the culprit. Short stories written for this test.
 */
class HiddenDeedsTest {
    private static List<String> secrets(String story) {
        return StoryRunner.run(story).secretLines();
    }

    @Test
    void aDeathToldBeforeItsKillerIsNamedWasHidden() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART"),
                secrets("Nora Quist is found dead in the orchard. Weeks pass. Carl Bly poisoned Nora Quist."));
    }

    @Test
    void aKillingInTheOpenIsNoSecret() {
        assertTrue(secrets("Carl Bly shoots Nora Quist in front of the whole saloon.").isEmpty());
    }

    @Test
    void someoneElseArrestedForTheMurderHidesIt() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART"),
                secrets("Carl Bly poisoned Nora Quist. Tom Reed is arrested for the murder."));
    }

    @Test
    void anInvestigatorKnowsTheCaseSolvedWhileTheyInvestigate() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART, Ada Holm:DEDUCED"),
                secrets("Nora Quist is found dead in the orchard. Inspector Ada Holm investigates the case. "
                        + "In the end it turns out that Carl Bly poisoned Nora Quist."));
    }

    @Test
    void whoArrestsOrSeesTheCulpritKnows() {
        assertEquals(List.of("HIDDEN_KILLING [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART, Ada Holm:DEDUCED"),
                secrets("Nora Quist is found dead in the orchard. Carl Bly poisoned Nora Quist. Ada Holm arrests Carl Bly."));
        assertEquals(List.of("HIDDEN_KILLING [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART, Mia Dorn:DISCOVERED"),
                secrets("Carl Bly secretly strangled Nora Quist. Mia Dorn saw Carl Bly strangle Nora Quist."));
    }

    @Test
    void aDisguiseOrAFalseNameIsTheHoldersSecret() {
        assertEquals(List.of("FALSE_IDENTITY [Carl Bly] known by Carl Bly:TOOK_PART"),
                secrets("Carl Bly poses as a priest to enter the village."));
        assertEquals(List.of("FALSE_IDENTITY [Carl Bly] known by Carl Bly:TOOK_PART"),
                secrets("Carl Bly registers at the inn under the alias of Jim Cole."));
    }

    @Test
    void aHiddenLoveAndAnAffair() {
        assertEquals(List.of("HIDDEN_RELATIONSHIP [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART"),
                secrets("Carl Bly hides his love for Nora Quist."));
        assertEquals(List.of("HIDDEN_RELATIONSHIP [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART, Nora Quist:TOOK_PART"),
                secrets("Carl Bly is having an affair with Nora Quist."));
    }

    @Test
    void aPlotAgainstSomeoneIsTheirPlottersSecret() {
        assertEquals(List.of("HIDDEN_PLAN [Carl Bly, Nora Quist] known by Carl Bly:TOOK_PART"),
                secrets("Carl Bly plots to kill Nora Quist."));
        assertTrue(secrets("Carl Bly plans to visit Nora Quist.").isEmpty());
    }
}
