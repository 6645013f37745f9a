package charactergraph.loader.write;

import charactergraph.model.Character;
import charactergraph.model.Gender;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which existing character an article's character merges into (no database needed). */
class CharacterResolverTest {
    private static final String STORY = "the-quiet-ferry";

    private static Character c(String id, String name, String... aliases) {
        return new Character(id, name, List.of(aliases), null, Gender.UNKNOWN, 1, List.of());
    }

    private static CharacterResolver.Known known(String slug, String name, String... names) {
        return new CharacterResolver.Known(STORY + "/" + slug, name, List.of(names), null);
    }

    @Test
    void aFullNameMatchWinsOverAnAliasMatch() {
        // "Rosa Vidal" is both the full name of one character and an alias of another (her namesake aunt).
        var existing = List.of(known("rosa-vidal", "Rosa Vidal", "rosa vidal", "rosa"),
                known("aunt-rosa", "Rosa Vidal Senior", "rosa vidal senior", "rosa vidal"));
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("rosa", "Rosa Vidal")));
        assertEquals(STORY + "/rosa-vidal", r.graphId("rosa"));
        assertTrue(r.created().isEmpty());
    }

    @Test
    void aFirstNameMergesWithTheOnlyFullNameStartingWithIt() {
        var existing = List.of(known("rosa-vidal", "Rosa Vidal", "rosa vidal"),
                known("tomas-ruiz", "Tomas Ruiz", "tomas ruiz"));
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("rosa", "Rosa"), c("ruiz", "Ruiz")));
        assertEquals(STORY + "/rosa-vidal", r.graphId("rosa"));
        assertEquals(STORY + "/tomas-ruiz", r.graphId("ruiz"), "a surname alone matches too");
    }

    @Test
    void anAmbiguousFirstNameBecomesANewCharacter() {
        var existing = List.of(known("rosa-vidal", "Rosa Vidal", "rosa vidal", "rosa"),
                known("rosa-marin", "Rosa Marin", "rosa marin", "rosa"));
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("rosa", "Rosa")));
        assertEquals(STORY + "/rosa", r.graphId("rosa"));
        assertEquals(1, r.created().size());
    }

    @Test
    void aNewCharacterNeverTakesAnExistingId() {
        var existing = List.of(known("rosa", "Rosa Vidal", "rosa vidal"), known("rosa-marin", "Rosa Marin", "rosa marin"));
        // "Rosa" is ambiguous (first word of both), so it is new, and the id "rosa" is taken.
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("r", "Rosa")));
        assertEquals(STORY + "/rosa-2", r.graphId("r"));
    }

    @Test
    void aReloadKeepsTheMappingItHadEvenWhenANameBecameAmbiguous() {
        var existing = List.of(
                new CharacterResolver.Known(STORY + "/rosa-vidal", "Rosa Vidal", List.of("rosa vidal", "rosa"), "Rosa"),
                known("rosa-marin", "Rosa Marin", "rosa marin", "rosa"));
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("rosa", "Rosa")));
        assertEquals(STORY + "/rosa-vidal", r.graphId("rosa"));
    }

    @Test
    void anAliasOfTheArticleMatchesAnExistingName() {
        var existing = List.of(known("the-ferryman", "The Ferryman", "the ferryman"));
        var r = CharacterResolver.resolve(STORY, existing, List.of(c("jon", "Jon Alder", "The Ferryman")));
        assertEquals(STORY + "/the-ferryman", r.graphId("jon"));
    }

    @Test
    void withNothingKnownEveryCharacterIsNewWithASlugId() {
        var r = CharacterResolver.resolve(STORY, List.of(), List.of(c("a", "Óscar Núñez"), c("b", "Lía Paz")));
        assertEquals(STORY + "/oscar-nunez", r.graphId("a"));
        assertEquals(STORY + "/lia-paz", r.graphId("b"));
        assertEquals(2, r.created().size());
    }
}
