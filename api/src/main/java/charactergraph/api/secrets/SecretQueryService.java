package charactergraph.api.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.common.Evidence;
import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.PlainValues;

/** Secrets and who knew them. */
@Singleton
public class SecretQueryService {
    private final GraphReads reads;

    public SecretQueryService(GraphReads reads) {
        this.reads = reads;
    }

    public List<SecretSummary> secrets(String story, String about) {
        Map<String, Object> params = new HashMap<>();
        params.put("story", blankToNull(story));
        params.put("about", blankToNull(about));
        return reads.list("api/secrets.cypher", params, r -> new SecretSummary(r.get("id").asString(),
                r.get("statement").asString(null), r.get("kind").asString(null), r.get("story").asString(null),
                refs(r.get("subjects"), r.get("story").asString(null)), refs(r.get("keepers"), r.get("story").asString(null)),
                r.get("knowers").asLong()));
    }

    public SecretDetail secret(String id, Long asOf) {
        List<Record> rows = reads.list("api/secret.cypher", Map.of("id", id), r -> r);
        if (rows.isEmpty()) {
            String known = String.join(", ", reads.list("api/secrets.cypher", mapOf("story", storyOf(id), "about", null),
                    r -> r.get("id").asString()));
            throw ApiProblem.notFound("Unknown secret", "No secret has the id '" + id + "'. "
                    + (known.isEmpty() ? "GET /api/secrets lists them all." : "Secrets of that story: " + known + "."));
        }
        Record r = rows.get(0);
        String story = r.get("story").asString(null);
        List<SecretDetail.Keeper> keepers = r.get("keepers").asList(k -> new SecretDetail.Keeper(ref(k, story),
                Evidence.list(k.get("evidence"))));
        keepers = new ArrayList<>(keepers);
        keepers.sort(Comparator.comparing(k -> k.character().id()));
        List<SecretDetail.Knower> knowers = new ArrayList<>();
        for (Value k : r.get("knowers").values()) {
            List<Evidence> evidence = new ArrayList<>(Evidence.list(k.get("evidence")));
            if (asOf != null) {
                evidence.removeIf(e -> e.order() == null || e.order() >= asOf);
                if (evidence.isEmpty()) {
                    continue;
                }
            }
            // As of a point, the way they knew then is the earliest entry before it.
            Evidence first = evidence.stream().filter(e -> e.order() != null)
                    .min(Comparator.comparing(Evidence::order)).orElse(null);
            String how = asOf == null || first == null ? PlainValues.str(k, "how") : first.how();
            Long order = asOf == null || first == null ? PlainValues.lng(k, "order") : first.order();
            String when = asOf == null || first == null ? PlainValues.str(k, "when") : first.when();
            knowers.add(new SecretDetail.Knower(ref(k, story), how, order, when == null || when.isBlank() ? null : when,
                    evidence));
        }
        knowers.sort(Comparator.comparing((SecretDetail.Knower k) -> k.order() == null ? Long.MAX_VALUE : k.order())
                .thenComparing(k -> k.character().id()));
        List<SecretDetail.Report> reports = r.get("reports").asList(d -> new SecretDetail.Report(
                d.get("document").asString(), PlainValues.str(d, "title"), Evidence.list(d.get("evidence"))));
        List<CharacterRef> subjects = new ArrayList<>(refs(r.get("subjects"), story));
        return new SecretDetail(r.get("id").asString(), r.get("statement").asString(null),
                r.get("kind").asString(null), story, asOf, subjects, keepers, knowers, reports);
    }

    private static List<CharacterRef> refs(Value list, String story) {
        List<CharacterRef> out = new ArrayList<>(list.asList(v -> ref(v, story)));
        out.sort(Comparator.comparing(CharacterRef::id));
        return out;
    }

    private static CharacterRef ref(Value v, String story) {
        return new CharacterRef(v.get("id").asString(), PlainValues.str(v, "name"), story);
    }

    private static String storyOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? null : id.substring(0, slash);
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new HashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
