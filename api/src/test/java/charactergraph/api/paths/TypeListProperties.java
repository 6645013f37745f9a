package charactergraph.api.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.http.HttpStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import charactergraph.api.error.ApiProblem;
import charactergraph.model.RelationType;

/** types= on random input: only names of RelationType ever reach a query, anything else is a 400. */
class TypeListProperties {
    static final Set<String> VALID = Arrays.stream(RelationType.values()).map(Enum::name).collect(Collectors.toSet());

    @Property(tries = 2000)
    void onlyRealTypesReachTheQuery(@ForAll("typeLists") String raw) {
        try {
            List<String> types = PathQueryService.parseTypes(raw);
            if (types != null) {
                assertTrue(VALID.containsAll(types), types.toString());
            }
        } catch (ApiProblem p) {
            assertEquals(HttpStatus.BAD_REQUEST, p.status());
        }
    }

    @Provide
    Arbitrary<String> typeLists() {
        Arbitrary<String> one = Arbitraries.oneOf(Arbitraries.of(VALID.toArray(String[]::new)),
                Arbitraries.of(VALID.toArray(String[]::new)).map(String::toLowerCase),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("KILLED]->(x) DETACH DELETE x //", "`KILLED`", "KILLED|PARENT_OF", "KILLED*1..99", ""));
        return one.list().ofMaxSize(6).map(l -> String.join(",", l));
    }
}
