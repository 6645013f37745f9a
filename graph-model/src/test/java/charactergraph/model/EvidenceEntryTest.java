package charactergraph.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceEntryTest {
    @Test
    void anEntryHoldsSentenceSpanConfidenceStatusAndRule() {
        Evidence e = new Evidence("recap", 14, 812, 901, "Nell poisons the tea.", "kill-poison", 0.85, FactStatus.STATED);
        assertEquals("14:812-901 0.85 STATED kill-poison", EvidenceEntry.of(e));
    }

    @Test
    void aConfidenceKeepsEveryDigitSoCypherReadsBackTheSameNumber() {
        double odd = 0.1 + 0.2;
        Evidence e = new Evidence("recap", 0, 0, 3, "She", "resolve.pronoun", odd, FactStatus.ALLEGED);
        String entry = EvidenceEntry.of(e);
        assertEquals("0:0-3 0.30000000000000004 ALLEGED resolve.pronoun", entry);
        assertEquals(odd, Double.parseDouble(entry.split(" ")[1]));
    }

    @Test
    void aRuleIdMadeInCodeWithSpacesStillGivesFiveFields() {
        Evidence e = new Evidence("recap", 3, 10, 20, "a quote with spaces", " cast list  row ", 1.0, FactStatus.IMPLIED);
        String entry = EvidenceEntry.of(e);
        assertEquals("3:10-20 1.0 IMPLIED cast_list_row", entry);
        assertEquals(4, entry.split(" ").length, "span, confidence, status, rule");
    }

    @Test
    void parseReadsBackWhatOfWrote() {
        Evidence e = new Evidence("recap", 14, 812, 901, "Nell poisons the tea.", "kill-poison", 0.1 + 0.2,
                FactStatus.ALLEGED);
        assertEquals(new EvidenceEntry.Fields(14L, 812L, 901L, 0.1 + 0.2, "ALLEGED", "kill-poison"),
                EvidenceEntry.parse(EvidenceEntry.of(e)));
    }

    @Test
    void parseGivesNullForWhatItCannotRead() {
        assertEquals(new EvidenceEntry.Fields(null, null, null, null, null, null), EvidenceEntry.parse(null));
        assertEquals(new EvidenceEntry.Fields(3L, null, 9L, null, "STATED", null), EvidenceEntry.parse("3:x-9 high STATED"));
        assertEquals(new EvidenceEntry.Fields(null, null, null, null, null, null), EvidenceEntry.parse("no-span"));
    }
}
