package charactergraph.loader.clean;

import charactergraph.loader.rules.BadRules;
import charactergraph.loader.rules.RuleCatalog;
import charactergraph.loader.rules.RuleFileException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String ARTICLE = String.join("\n",
            "What Happened to Lena Vasquez?",
            "The drama follows Lena, a ferry pilot who vanishes after a storm.",
            "Subscribe to our free newsletter for the best TV recaps, delivered to your inbox every morning.",
            "Her brother Tomas searches the coast for her.",
            "Related: Ten Shows Like This One You Should Watch Next",
            "NEXT: The Streaming Service Everyone Is Cancelling",
            "Click to share on social media",
            "Read More",
            "In the end, Tomas learns that Lena staged her own disappearance.",
            "This story was originally republished from a partner site and may have been edited by our editorial team.",
            "Also on our site:",
            "- A Gadget Company Opens Orders for Its New Printer",
            "- Puzzle Of The Day",
            "",
            "Tomas forgives her.");

    @Test
    void dropsBoilerplateAndKeepsTheNarrative() {
        CleanedText c = cleaner.clean(ARTICLE);
        String t = c.text();
        assertTrue(t.contains("The drama follows Lena, a ferry pilot who vanishes after a storm."));
        assertTrue(t.contains("Her brother Tomas searches the coast for her."));
        assertTrue(t.contains("In the end, Tomas learns that Lena staged her own disappearance."));
        assertTrue(t.contains("Tomas forgives her."));
        for (String gone : new String[]{"What Happened", "newsletter", "Related:", "NEXT:", "Click to share", "Read More",
                "republished", "Also on our site", "Gadget Company", "Puzzle Of The Day"}) {
            assertFalse(t.contains(gone), "should have dropped: " + gone);
        }
    }

    @Test
    void keepsTheOriginalLengthAndLineBreaksSoOffsetsStayFileOffsets() {
        CleanedText c = cleaner.clean(ARTICLE);
        assertEquals(ARTICLE.length(), c.text().length());
        for (int i = 0; i < ARTICLE.length(); i++) {
            char o = ARTICLE.charAt(i);
            char n = c.text().charAt(i);
            assertTrue(n == o || n == ' ', "position " + i + " changed to something other than a space");
            assertEquals(o == '\n', n == '\n', "line breaks are kept at " + i);
        }
        int at = c.text().indexOf("Tomas learns");
        assertEquals("Tomas learns", ARTICLE.substring(at, at + "Tomas learns".length()));
    }

    @Test
    void saysWhyEachRegionWasDropped() {
        CleanedText c = cleaner.clean(ARTICLE);
        assertTrue(c.dropped().stream().anyMatch(d -> d.reason().equals("heading")));
        assertTrue(c.dropped().stream().anyMatch(d -> d.reason().equals("newsletter")));
        assertTrue(c.dropped().stream().anyMatch(d -> d.reason().equals("related-link")));
        assertTrue(c.dropped().stream().anyMatch(d -> d.reason().equals("also-on-site")));
        for (CleanedText.DroppedRegion d : c.dropped()) {
            assertTrue(c.text().substring(d.start(), d.end()).isBlank());
        }
    }

    @Test
    void titleCaseAndQuestionLinesAreHeadingsButSentencesAreNot() {
        assertTrue(cleaner.isHeading("How Does the Inspector Die?"));
        assertTrue(cleaner.isHeading("The Final Twist Explained"));
        assertTrue(cleaner.isHeading("Will There Be a Season 3 of 'The Hollow'?"));
        assertFalse(cleaner.isHeading("Anna Price tells her sister the truth."));
        assertFalse(cleaner.isHeading("The detective finally closes the case without telling anyone what he found"));
        assertFalse(cleaner.isHeading(""));
    }

    @Test
    void aListThatFollowsNoMarkerIsKept() {
        String text = "The suspects:\n- Marta, the cook\n- Viktor, the driver\n";
        assertEquals(text, cleaner.clean(text).text());
    }

    @Test
    void aBrokenRuleFailsAtStartWithFileAndLine() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> new ArticleCleaner(
                BadRules.lines("bad-boilerplate.txt"), RuleCatalog.builtIn().lines(ArticleCleaner.HEADING_RULES)));
        assertTrue(e.getMessage().contains("bad-boilerplate.txt:2"), e.getMessage());
    }

    @Test
    void bylinesAndDatelinesGoButSentencesStartingLikeThemStay() {
        String text = String.join("\n",
                "By Jane Okoro | Senior Editor",
                "Published Nov 24, 2026 10:00 AM",
                "By the end, Marta knows who lied.",
                "Published in 1999, the diary changes everything for Marta.",
                "By Tuesday, the police have a suspect.");
        String t = cleaner.clean(text).text();
        assertFalse(t.contains("Okoro"));
        assertFalse(t.contains("Nov 24"));
        assertTrue(t.contains("By the end, Marta knows who lied."));
        assertTrue(t.contains("Published in 1999, the diary changes everything for Marta."));
        assertTrue(t.contains("By Tuesday, the police have a suspect."));
    }

    @Test
    void castListLinesAreNotHeadings() {
        assertFalse(cleaner.isHeading("Ann Lee as Mia Ford"));
        assertFalse(cleaner.isHeading("- Bo Reyes as Detective Kline"));
        assertFalse(cleaner.isHeading("• Ann Lee: Mia Ford"));
        assertTrue(cleaner.isHeading("Everything We Know About Season Two"));
    }

    @Test
    void anArticleWithoutLineBreaksLosesOnlyItsBoilerplateSentences() {
        String story = "Vera Lind returns to the island after twenty years. Her brother Hal meets her at the dock. "
                + "Would he forgive her? Nobody in the village knows what she did the night their father died. ";
        String text = story + "Sign up for our newsletter to get recaps delivered to your inbox. " + story + story;
        assertTrue(text.length() > ArticleCleaner.LONG_LINE);
        String t = cleaner.clean(text).text();
        assertEquals(text.length(), t.length());
        assertFalse(t.contains("newsletter"));
        assertTrue(t.startsWith(story), t);
        assertTrue(t.contains("Would he forgive her?"));
        assertTrue(t.endsWith(story + story), t);
    }
}
