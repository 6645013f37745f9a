package charactergraph.api.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import charactergraph.api.testsupport.Problems;
import charactergraph.api.testsupport.SeedGraphHttpTest;
import charactergraph.cypher.CannedQueries;

/** The canned-query catalogue over HTTP, run against the seed article's graph. */
@MicronautTest
class QueryEndpointsTest extends SeedGraphHttpTest {
    Map<String, Object> run(String name, Map<String, Object> params) {
        return client().retrieve(HttpRequest.POST("/api/queries/" + name, params),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsExactlyTheCatalogueWithQuestionsParametersAndColumns() {
        List<Map<String, Object>> list = client().retrieve(HttpRequest.GET("/api/queries"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(CannedQueries.load().names(), list.stream().map(q -> q.get("name")).toList());
        Map<String, Object> knowers = list.stream().filter(q -> q.get("name").equals("secret-knowers")).findFirst()
                .orElseThrow();
        assertFalse(knowers.get("question").toString().isBlank());
        Map<String, Object> secret = ((List<Map<String, Object>>) knowers.get("parameters")).stream()
                .filter(p -> p.get("name").equals("secret")).findFirst().orElseThrow();
        assertEquals("string", secret.get("type"));
        assertEquals(false, secret.get("required"));
        assertTrue(((List<Map<String, Object>>) knowers.get("columns")).stream().anyMatch(c -> c.get("name").equals("how")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsAQueryWithJsonParameters() {
        Map<String, Object> result = run("secret-knowers", Map.of("secret", "babies"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("rows");
        Map<Object, Object> how = rows.stream().collect(Collectors.toMap(r -> r.get("knower"), r -> r.get("how")));
        assertEquals("TOOK_PART", how.get("Peter"));
        assertEquals("TOLD", how.get("Marissa Irvine"));
        assertEquals("DEDUCED", how.get("Detective Alcaras"));
        assertEquals(Set.copyOf((List<String>) result.get("columns")), rows.get(0).keySet());
        assertEquals(null, ((Map<?, ?>) result.get("parameters")).get("story"), "optional parameters bound to null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nodesAndRelationshipsComeAsPlainMaps() {
        Map<String, Object> result = run("story-graph", Map.of("story", "all-her-fault"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("rows");
        assertFalse(rows.isEmpty());
        Map<String, Object> character = (Map<String, Object>) rows.get(0).get("character");
        assertTrue(((List<?>) character.get("labels")).contains("Character"), character.toString());
        assertTrue(((Map<?, ?>) character.get("properties")).containsKey("name"));
        Map<String, Object> rel = (Map<String, Object>) rows.get(0).get("relationship");
        assertTrue(rel.keySet().containsAll(Set.of("type", "start", "end", "properties")), rel.toString());
    }

    @Test
    void bindErrorsAre400() {
        Map<?, ?> wrongType = Problems.expect(client(), HttpRequest.POST("/api/queries/knew-before",
                Map.of("asOf", "thirty")), HttpStatus.BAD_REQUEST);
        assertTrue(wrongType.get("detail").toString().contains("integer"), wrongType.toString());
        Map<?, ?> missing = Problems.expect(client(), HttpRequest.POST("/api/queries/knew-before", Map.of()),
                HttpStatus.BAD_REQUEST);
        assertTrue(missing.get("detail").toString().contains("asOf"));
        Map<?, ?> unknown = Problems.expect(client(), HttpRequest.POST("/api/queries/knew-before",
                Map.of("asOf", 30, "colour", "red")), HttpStatus.BAD_REQUEST);
        assertTrue(unknown.get("detail").toString().contains("colour"));
    }

    @Test
    void unknownQueryIs404NamingTheQueries() {
        Map<?, ?> problem = Problems.expect(client(), HttpRequest.POST("/api/queries/drop-everything", Map.of()),
                HttpStatus.NOT_FOUND);
        assertTrue(problem.get("detail").toString().contains("secret-knowers"));
    }

    @Test
    void malformedJsonAndWrongMethodsAreProblems() {
        Problems.expect(client(), HttpRequest.POST("/api/queries/secret-knowers", "{bad")
                .contentType(MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        Problems.expect(client(), HttpRequest.POST("/api/queries/secret-knowers", "[1, 2]")
                .contentType(MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        Problems.expect(client(), HttpRequest.PUT("/api/queries/secret-knowers", Map.of()),
                HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void plainTextParametersAre415() {
        Problems.expect(client(), HttpRequest.POST("/api/queries/secret-knowers", "secret=babies")
                .contentType(MediaType.TEXT_PLAIN), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
}
