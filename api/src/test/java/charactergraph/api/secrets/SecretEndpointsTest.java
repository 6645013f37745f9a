package charactergraph.api.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraphHttpTest;

/** Who knew what, over the seed article's graph. */
@MicronautTest
class SecretEndpointsTest extends SeedGraphHttpTest {
    String babySwapId() {
        return list("/api/secrets?about=Milo").stream().filter(s -> "BABY_SWAP".equals(s.get("kind")))
                .map(s -> s.get("id").toString()).findFirst().orElseThrow();
    }

    @Test
    void listsSecretsAndFiltersByStoryAndAbout() {
        List<Map<String, Object>> all = list("/api/secrets");
        assertTrue(all.size() >= 4, all.toString());
        assertEquals(all.size(), list("/api/secrets?story=all-her-fault").size());
        assertEquals(List.of(), list("/api/secrets?story=no-such-story"));
        List<Map<String, Object>> aboutLia = list("/api/secrets?about=lia");
        assertTrue(aboutLia.stream().allMatch(s -> s.get("statement").toString().contains("Lia")), aboutLia.toString());
        assertFalse(aboutLia.isEmpty());
        assertFalse(list("/api/secrets?about=babies").isEmpty(), "words of the statement work too");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyoneWhoKnewOfTheBabySwapAndHow() {
        Map<String, Object> swap = get("/api/secrets/" + babySwapId());
        assertTrue(swap.get("statement").toString().contains("swapped the babies"), swap.toString());
        Map<String, Object> how = new LinkedHashMap<>();
        for (Map<String, Object> k : (List<Map<String, Object>>) swap.get("knowers")) {
            how.put(((Map<?, ?>) k.get("character")).get("id").toString(), k.get("how"));
            assertFalse(((List<?>) k.get("evidence")).isEmpty(), "every knower has evidence: " + k);
        }
        assertEquals(Map.of("all-her-fault/peter", "TOOK_PART", "all-her-fault/josephine-murphy", "DISCOVERED",
                "all-her-fault/marissa-irvine", "TOLD", "all-her-fault/detective-alcaras", "DEDUCED"), how);
        assertEquals(List.of("all-her-fault/peter", "all-her-fault/josephine-murphy", "all-her-fault/marissa-irvine",
                "all-her-fault/detective-alcaras"), List.copyOf(how.keySet()), "in the order the story shows them");
        assertTrue(((List<Map<String, Object>>) swap.get("keepers")).stream()
                .anyMatch(k -> ((Map<?, ?>) k.get("character")).get("id").equals("all-her-fault/peter")));
        assertEquals("all-her-fault-ending", ((List<Map<String, Object>>) swap.get("reports")).get(0).get("document"));
        Map<String, Object> alcaras = ((List<Map<String, Object>>) swap.get("knowers")).get(3);
        assertEquals("By the end of the series", alcaras.get("when"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void asOfKeepsOnlyWhoKnewBeforeThatPoint() {
        String id = babySwapId();
        Map<String, Object> full = get("/api/secrets/" + id);
        List<Map<String, Object>> knowers = (List<Map<String, Object>>) full.get("knowers");
        long marissaLearned = ((Number) knowers.stream().filter(k -> ((Map<?, ?>) k.get("character")).get("id")
                .equals("all-her-fault/marissa-irvine")).findFirst().orElseThrow().get("order")).longValue();

        Map<String, Object> before = get("/api/secrets/" + id + "?asOf=" + marissaLearned);
        List<Object> ids = ((List<Map<String, Object>>) before.get("knowers")).stream()
                .map(k -> (Object) ((Map<?, ?>) k.get("character")).get("id")).toList();
        assertEquals(List.of("all-her-fault/peter", "all-her-fault/josephine-murphy"), ids);
        assertEquals(((Number) before.get("asOf")).longValue(), marissaLearned);
        Problems.expect(client(), "/api/secrets/" + id + "?asOf=later", HttpStatus.BAD_REQUEST);
        Problems.expect(client(), "/api/secrets/" + id + "?asOf=-1", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aUrlEncodedIdWorksToo() {
        String id = babySwapId();
        assertEquals(id, get("/api/secrets/" + id.replace("/", "%2F")).get("id"));
    }

    @Test
    void unknownSecretIs404ListingTheStorysSecrets() {
        Map<?, ?> problem = Problems.expect(client(), "/api/secrets/all-her-fault/nothing", HttpStatus.NOT_FOUND);
        assertTrue(problem.get("detail").toString().contains(babySwapId()), problem.toString());
    }
}
