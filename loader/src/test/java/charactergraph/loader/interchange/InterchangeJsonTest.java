package charactergraph.loader.interchange;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import charactergraph.model.SecretKind;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterchangeJsonTest {
    @Test
    void writesNamesWhereTheModelHasIds() throws Exception {
        Evidence ev = new Evidence("doc", 3, 10, 30, "Vera poisons Hal", "kill.active", 0.9, FactStatus.STATED);
        Character vera = new Character("vera-lind", "Vera Lind", List.of("Vera"), "Ines Moor", Gender.FEMALE, 4, List.of(ev));
        Character hal = new Character("hal", "Hal", List.of(), null, Gender.MALE, 2, List.of());
        Relation kill = new Relation(RelationType.KILLED, "vera-lind", "hal", false, FactStatus.STATED, List.of(ev));
        Secret secret = new Secret("hidden-killing-hal", "Vera killed Hal", SecretKind.HIDDEN_KILLING,
                List.of("vera-lind", "hal"), List.of("vera-lind"),
                List.of(new Knowledge("vera-lind", KnowledgeSource.TOOK_PART, 3, null, ev)), List.of(ev));
        Extraction x = new Extraction(new DocumentInfo("doc", "Title", null, "Story", null), List.of(vera, hal),
                List.of(kill), List.of(secret));

        JsonNode n = InterchangeJson.mapper().readTree(InterchangeJson.write(x));
        assertEquals("doc", n.get("doc").asText());
        assertEquals("Vera Lind", n.get("characters").get(0).get("name").asText());
        assertEquals("Vera", n.get("characters").get(0).get("aliases").get(0).asText());
        assertEquals("Ines Moor", n.get("characters").get(0).get("actor").asText());
        assertTrue(n.get("characters").get(1).get("actor").isNull());
        JsonNode r = n.get("relations").get(0);
        assertEquals("KILLED", r.get("type").asText());
        assertEquals("Vera Lind", r.get("from").asText());
        assertEquals("Hal", r.get("to").asText());
        assertEquals("Vera poisons Hal", r.get("evidence").asText());
        assertEquals("kill.active", r.get("provenance").get(0).get("rule").asText());
        assertEquals(10, r.get("provenance").get(0).get("start").asInt());
        JsonNode s = n.get("secrets").get(0);
        assertEquals("Vera killed Hal", s.get("about").asText());
        assertEquals(List.of("Vera Lind", "Hal"), List.of(s.get("subject").get(0).asText(), s.get("subject").get(1).asText()));
        assertEquals("Vera Lind", s.get("known_by").get(0).asText());
        assertEquals("TOOK_PART", s.get("knowers").get(0).get("how").asText());
    }
}
