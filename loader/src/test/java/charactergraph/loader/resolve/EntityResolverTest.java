package charactergraph.loader.resolve;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.NlpFixture;
import charactergraph.model.Character;
import charactergraph.model.Gender;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static charactergraph.loader.NlpFixture.named;
import static charactergraph.loader.NlpFixture.referentOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage 3 on short invented stories (real CoreNLP; the pipeline is shared across the test JVM). */
class EntityResolverTest {
    static String resource(String path) throws IOException {
        try (InputStream in = EntityResolverTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertNoCharacter(Cast cast, String... names) {
        for (String n : names) {
            for (Character c : cast.characters()) {
                for (String alias : c.allNames()) {
                    assertFalse(alias.contains(n), n + " must not be a character: " + c);
                }
            }
        }
    }

    @Test
    void castingVariantsMakeActorsAndCreatorsApartFromCharacters() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "The thriller stars Maya Lorne as Edith Crane, a lawyer whose son Felix goes missing.",
                "Her ex-husband Ronan (Daniel Achebe) is the first suspect.",
                "Felix's teacher, Odile Park, played by Harriet Sund, saw him leave with a stranger.",
                "Detective Sam Ortiz (played by Kofi Mensah) leads the search.",
                "Showrunner Bea Lindqvist told Vanity Fair that the story began as a short film.",
                "The series is adapted from author Lionel Graves's novel.",
                "Maya Lorne explained her character's choices in an interview with Vanity Fair."));
        Cast cast = r.cast();
        assertEquals(Optional.of("Maya Lorne"), named(cast, "Edith Crane").map(Character::actor));
        assertEquals(Optional.of("Daniel Achebe"), named(cast, "Ronan").map(Character::actor));
        assertEquals(Optional.of("Harriet Sund"), named(cast, "Odile Park").map(Character::actor));
        assertEquals(Optional.of("Kofi Mensah"), named(cast, "Sam Ortiz").map(Character::actor));
        assertTrue(named(cast, "Felix").isPresent());
        assertEquals(5, cast.characters().size(), NlpFixture.names(cast).toString());
        assertNoCharacter(cast, "Lorne", "Achebe", "Sund", "Mensah", "Lindqvist", "Graves", "Vanity");
        // the actor's tokens are kept apart for the relation rules
        assertTrue(cast.actors().contains(new Cast.TokenRef(1, 5)), "Daniel is an actor token");
        // evidence: where the character is introduced and where the actor is named, quoted from the file
        Character ronan = named(cast, "Ronan").orElseThrow();
        assertTrue(ronan.evidence().stream().anyMatch(e -> e.rule().startsWith("casting.")
                && e.quote().equals("Ronan (Daniel Achebe)")));
        for (var e : ronan.evidence()) {
            assertEquals(e.quote(), r.cleaned().original().substring(e.start(), e.end()));
        }
        assertEquals("Sam Ortiz", named(cast, "Sam Ortiz").orElseThrow().name());
        assertTrue(named(cast, "Sam Ortiz").orElseThrow().aliases().contains("Detective Sam Ortiz"));
    }

    @Test
    void proseCastListsWithRolesAndIsLinkActors() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "The cast: Nadia Okoro plays their daughter Petra; Callum Reeve is Victor Sand, the ferry captain;",
                "Ines Harlow plays Petra's aunt, Lotte Brandt; and Oskar Fenn is her husband Jonas.",
                "Petra finds the ferry logs. Victor Sand lies to her, and Lotte warns Jonas.",
                "Jonas and Petra sail out at night. Victor follows them. Lotte waits for Petra at the harbour.",
                "Victor Sand is Lotte Brandt. Nobody believes that, and Jonas laughs."));
        Cast cast = r.cast();
        assertEquals(Optional.of("Nadia Okoro"), named(cast, "Petra").map(Character::actor));
        assertEquals(Optional.of("Callum Reeve"), named(cast, "Victor Sand").map(Character::actor));
        assertEquals(Optional.of("Ines Harlow"), named(cast, "Lotte Brandt").map(Character::actor));
        assertEquals(Optional.of("Oskar Fenn"), named(cast, "Jonas").map(Character::actor));
        assertNoCharacter(cast, "Okoro", "Reeve", "Harlow", "Fenn");
        // two names the story uses throughout are two characters, not an actor and a role
        assertEquals(4, cast.characters().size(), NlpFixture.names(cast).toString());
    }

    @Test
    void castListLinesOfActorAndBracketedCharacterWithoutPunctuationLinkActors() {
        // one "Actor (Character)" entry per line, no full stop: title case must not make them headings
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "The Lantern ending explained",
                "",
                "Cast",
                "",
                "Olivia Colman (Agnes Moor)",
                "Toby Jones (Detective Sergeant Henry Moor)",
                "",
                "Agnes argues with Henry. Agnes leaves the house. Henry follows Agnes to the pier, and Agnes waits."));
        Cast cast = r.cast();
        assertEquals(Optional.of("Olivia Colman"), named(cast, "Agnes").map(Character::actor));
        assertEquals(Optional.of("Toby Jones"), named(cast, "Henry").map(Character::actor));
        assertEquals(Optional.of("Agnes Moor"), named(cast, "Agnes").map(Character::name));
        assertNoCharacter(cast, "Olivia Colman", "Toby Jones", "Lantern");
        assertEquals(2, cast.characters().size(), NlpFixture.names(cast).toString());
    }

    @Test
    void proseCastListWithDemonstrativeRoleAndRoundsOutTheCastAs() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "Hana Ilves plays Mira Tamm, a pilot who comes home after her older brother drowns.",
                "Rasmus Kask is that brother, Juhan Tamm, seen only in flashbacks.",
                "Laura Fenwick rounds out the main cast as Sergeant Erin Vaughan, the harbour officer.",
                "Mira reads Juhan's logbook. Vaughan warns Mira about Juhan's debts, and Mira ignores Vaughan.",
                "Juhan had trusted Vaughan once."));
        Cast cast = r.cast();
        assertEquals(Optional.of("Rasmus Kask"), named(cast, "Juhan").map(Character::actor));
        assertEquals(Optional.of("Laura Fenwick"), named(cast, "Vaughan").map(Character::actor));
        assertNoCharacter(cast, "Rasmus Kask", "Laura Fenwick");
        assertEquals(3, cast.characters().size(), NlpFixture.names(cast).toString());
    }

    @Test
    void aFalseIdentityNicknameAndTitlesAreOnePerson() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "Nobody in the village suspects the new doctor.",
                "Dr. Helen Marsh isn't Helen Marsh at all; her real name is Margaret \"Peggy\" Doyle, a nurse who vanished twenty years ago.",
                "Peggy came back to find her sister Irene.",
                "Irene recognizes her at the church and says nothing.",
                "Inspector Wade has his doubts about Dr. Marsh.",
                "Wade eventually confronts Doyle with an old photograph."));
        Cast cast = r.cast();
        Character peggy = named(cast, "Peggy").orElseThrow();
        assertEquals("Margaret Doyle", peggy.name());
        assertEquals("margaret-doyle", peggy.id());
        for (String alias : List.of("Helen Marsh", "Peggy Doyle")) {
            assertTrue(peggy.allNames().contains(alias), alias + " in " + peggy.allNames());
        }
        assertEquals(Gender.FEMALE, peggy.gender());
        assertEquals(Optional.of(peggy.id()), referentOf(r, 4, "Marsh", 0));
        assertEquals(Optional.of(peggy.id()), referentOf(r, 5, "Doyle", 0));
        Character irene = named(cast, "Irene").orElseThrow();
        assertEquals(Gender.FEMALE, irene.gender());
        Character wade = named(cast, "Wade").orElseThrow();
        assertEquals("Inspector Wade", wade.name());
        assertEquals(3, cast.characters().size(), NlpFixture.names(cast).toString());
        // "her sister Irene": the kinship noun names Irene, "her" is Peggy
        assertEquals(Optional.of(irene.id()), referentOf(r, 2, "sister", 0));
        assertEquals(Optional.of(peggy.id()), referentOf(r, 2, "her", 0));
        // "Irene recognizes her": not Irene herself
        assertEquals(Optional.of(peggy.id()), referentOf(r, 3, "her", 0));
        assertEquals(Optional.of(wade.id()), referentOf(r, 4, "his", 0));
    }

    @Test
    void pronounsGoToTheNearestSalientPersonOfTheRightGender() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "Anna Reyes meets Tom Becker at the harbour.",
                "She hands him the key, and he thanks her.",
                "Later, Tom drives to the farm.",
                "His sister Clara is waiting there.",
                "She tells him that Anna lied.",
                "While Jonas sleeps, Victor strangles him."));
        String anna = named(r.cast(), "Anna Reyes").orElseThrow().id();
        String tom = named(r.cast(), "Tom Becker").orElseThrow().id();
        String clara = named(r.cast(), "Clara").orElseThrow().id();
        String jonas = named(r.cast(), "Jonas").orElseThrow().id();
        assertEquals(Optional.of(anna), referentOf(r, 1, "She", 0));
        assertEquals(Optional.of(tom), referentOf(r, 1, "him", 0));
        assertEquals(Optional.of(tom), referentOf(r, 1, "he", 0));
        assertEquals(Optional.of(anna), referentOf(r, 1, "her", 0));
        assertEquals(Optional.of(tom), referentOf(r, 2, "Tom", 0));
        assertEquals(Optional.of(tom), referentOf(r, 3, "His", 0));
        assertEquals(Optional.of(clara), referentOf(r, 3, "sister", 0));
        assertEquals(Optional.of(clara), referentOf(r, 4, "She", 0));
        assertEquals(Optional.of(tom), referentOf(r, 4, "him", 0));
        // the object of a verb is never its own subject
        assertEquals(Optional.of(jonas), referentOf(r, 5, "him", 0));
        assertEquals(Gender.FEMALE, named(r.cast(), "Clara").orElseThrow().gender());
        assertEquals(Gender.MALE, named(r.cast(), "Tom").orElseThrow().gender());
    }

    @Test
    void networksPublicationsFamiliesAndTitlesAreNotPeople() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "The crime drama Saltmarsh premiered on Kestrel last fall.",
                "The Whitlow family owns the old mill, and Rosa Whitlow runs it with her cousin Dev.",
                "In a conversation with Screen Monthly, writer Imogen Hale said the mill was based on a real one.",
                "All eight episodes of Saltmarsh are streaming on Kestrel."));
        Cast cast = r.cast();
        assertEquals(Set.of("Rosa Whitlow", "Dev"), Set.copyOf(NlpFixture.names(cast)));
        assertNoCharacter(cast, "Saltmarsh", "Kestrel", "Screen Monthly", "Imogen");
    }

    @Test
    void anotherStoryWithAFalseNameAndInterviews() throws IOException {
        ArticleExtractor.Result r = NlpFixture.extract(resource("articles/quiet-harbor-finale.txt"));
        Cast cast = r.cast();
        assertEquals(Set.of("Nora Whitcombe", "Thomas", "Callum", "Ruth Adeyemi", "Samuel Whitcombe"),
                Set.copyOf(NlpFixture.names(cast)));
        Character sam = named(cast, "Sam").orElseThrow();
        assertTrue(sam.allNames().containsAll(List.of("Eliot Crane", "Sam Whitcombe")), sam.allNames().toString());
        assertEquals(Optional.of("Mara Quill"), named(cast, "Ruth Adeyemi").map(Character::actor));
        assertEquals(Optional.of("Rhys Varden"), named(cast, "Callum").map(Character::actor));
        assertNoCharacter(cast, "Tobias", "Lenn", "Okafor", "Tasker", "Variety", "Harbor");
    }

    @Test
    void aThirdStoryWithTitlesAndAdoptiveFamily() throws IOException {
        ArticleExtractor.Result r = NlpFixture.extract(resource("articles/blackwood-recap.txt"));
        Cast cast = r.cast();
        assertEquals(Set.of("Miriam Hale", "Wren", "Gideon Marsh", "Owen", "Agnes Tull", "Sergeant Pell"),
                Set.copyOf(NlpFixture.names(cast)));
        assertTrue(named(cast, "Dr. Hale").isPresent());
        assertEquals(Optional.of("Jonah Pike"), named(cast, "Miriam").map(Character::actor));
        assertEquals(Gender.FEMALE, named(cast, "Wren").orElseThrow().gender());
        assertNoCharacter(cast, "Blackwood", "Jonah", "Ferris", "Varga");
        // "She ran away" follows "Wren ... was never taken"
        assertEquals(Optional.of(named(cast, "Wren").orElseThrow().id()), referentOf(r, 4, "She", 0));
    }

    @Test
    void aFourthStoryWithACastListAndNamesUsedAsModifiers() throws IOException {
        ArticleExtractor.Result r = NlpFixture.extract(resource("articles/cold-creek-review.txt"));
        Cast cast = r.cast();
        assertEquals(Set.of("Walt Harlan", "June Takeda", "Eli Dunmore", "Marcus Reed", "Hank"),
                Set.copyOf(NlpFixture.names(cast)));
        assertEquals(Optional.of("Paul Brennan"), named(cast, "Walt").map(Character::actor));
        assertEquals(Optional.of("Keiko Mori"), named(cast, "June").map(Character::actor));
        assertEquals(Optional.of("Tariq Owusu"), named(cast, "Marcus").map(Character::actor));
        assertTrue(named(cast, "Walt").orElseThrow().aliases().contains("Sheriff Walt Harlan"));
        // "the Dunmore ranch" is a place, so "Dunmore" alone is nobody's alias
        assertFalse(named(cast, "Eli").orElseThrow().aliases().contains("Dunmore"));
        assertNoCharacter(cast, "Brennan", "Mori", "Owusu", "Calder", "Vulture", "Northlight", "Cold Creek");
        // "When June confronts him, Walt hands her his badge."
        String walt = named(cast, "Walt").orElseThrow().id();
        String june = named(cast, "June").orElseThrow().id();
        int s = 0;
        while (!r.parsed().sentences().get(s).text().startsWith("When June confronts")) {
            s++;
        }
        assertEquals(Optional.of(walt), referentOf(r, s, "him", 0));
        assertEquals(Optional.of(june), referentOf(r, s, "her", 0));
        assertEquals(Optional.of(walt), referentOf(r, s, "his", 0));
    }

    @Test
    void aSurnameSharedByTwoCharactersNamesNeitherAndIsNotACharacter() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "Anna Price runs the bakery with her husband Ben Price.",
                "When the money disappears, everyone in town suspects Price.",
                "Anna tells Ben that she knows."));
        assertEquals(Set.of("Anna Price", "Ben Price"), Set.copyOf(NlpFixture.names(r.cast())));
        assertEquals(Optional.empty(), referentOf(r, 1, "Price", 0));
        assertEquals(Optional.of(named(r.cast(), "Ben").orElseThrow().id()), referentOf(r, 2, "Ben", 0));
    }

    @Test
    void aFifthStoryWithNerGapsPriestTitlesAndADescribedActor() throws IOException {
        ArticleExtractor.Result r = NlpFixture.extract(resource("articles/harrow-point-recap.txt"));
        Cast cast = r.cast();
        assertEquals(Set.of("Oona Vance", "Zephyrine Holt", "Kaito Mercer", "Tomas Ruiz", "Luis", "Lorna Greer"),
                Set.copyOf(NlpFixture.names(cast)));
        assertEquals(Optional.of("Greta Lund"), named(cast, "Zephyrine").map(Character::actor));
        assertTrue(named(cast, "Mrs. Greer").isPresent());
        assertTrue(named(cast, "Father Tomas").isPresent());
        assertEquals(Gender.MALE, named(cast, "Tomas").orElseThrow().gender());
        assertNoCharacter(cast, "Harrow", "Achterberg", "Insider", "Lund");
    }

    @Test
    void actorFirstParenthesesAreReadTheOtherWayRound() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "The cast is led by Tessa Lane (Mira) and Omar Feld (Dr. Jonah Bright).",
                "Mira works nights at the clinic, where Jonah Bright is her boss.",
                "Jonah notices that Mira has been stealing morphine, and Mira knows he has seen her.",
                "Bright says nothing, because Mira is his daughter."));
        Cast cast = r.cast();
        assertEquals(Set.of("Mira", "Jonah Bright"), Set.copyOf(NlpFixture.names(cast)));
        assertEquals(Optional.of("Tessa Lane"), named(cast, "Mira").map(Character::actor));
        assertEquals(Optional.of("Omar Feld"), named(cast, "Jonah Bright").map(Character::actor));
    }

    @Test
    void aCastListAtTheEndNamesTheActors() {
        ArticleExtractor.Result r = NlpFixture.extract(String.join("\n",
                "Mia Ford learns that her partner Dex Kline has been selling evidence.",
                "She reports him, and Dex never forgives her.",
                "The cast:",
                "- Ann Lee as Mia Ford",
                "- Bo Reyes as Dex Kline"));
        Cast cast = r.cast();
        assertEquals(Set.of("Mia Ford", "Dex Kline"), Set.copyOf(NlpFixture.names(cast)));
        assertEquals(Optional.of("Ann Lee"), named(cast, "Mia Ford").map(Character::actor));
        assertEquals(Optional.of("Bo Reyes"), named(cast, "Dex Kline").map(Character::actor));
    }

    @Test
    void anAccusativePronounSubjectOfAComplementIsNotTheHelper() {
        ArticleExtractor.Result r = NlpFixture.extract(
                "Carl Moody strangled Ivan Petrov at the quarry. His brother Sam helped him sink the body in the lake. "
                        + "Rita Vance follows Carl to the dock and shoots him dead.");
        Cast cast = r.cast();
        String carl = named(cast, "Carl Moody").orElseThrow().id();
        assertEquals(Optional.of(carl), referentOf(r, 1, "him", 0));
        assertEquals(Optional.of(carl), referentOf(r, 2, "him", 0));
    }

    @Test
    void thePossessorOfACopulasPredicateIsNotItsSubject() {
        ArticleExtractor.Result r = NlpFixture.extract(
                "Father Aldo Brun admits to the bishop that Pietro Sala is his son, a secret he kept for forty years.");
        String aldo = named(r.cast(), "Aldo Brun").orElseThrow().id();
        assertEquals(Optional.of(aldo), referentOf(r, 0, "his", 0));
    }
}
