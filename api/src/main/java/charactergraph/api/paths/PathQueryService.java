package charactergraph.api.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import charactergraph.api.characters.CharacterLookup;
import charactergraph.api.common.CharacterRef;
import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.CypherReads;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.PlainValues;
import charactergraph.cypher.CypherResources;
import charactergraph.model.EvidenceEntry;
import charactergraph.model.RelationType;

/** Shortest and all simple paths between two characters over character-to-character relationships. */
@Singleton
public class PathQueryService {
    public static final int MAX_SHORTEST_HOPS = 10;
    public static final int MAX_ALL_PATHS_HOPS = 6;
    public static final int DEFAULT_HOPS = 6;
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 200;

    private final GraphReads reads;
    private final CharacterLookup lookup;

    public PathQueryService(GraphReads reads, CharacterLookup lookup) {
        this.reads = reads;
        this.lookup = lookup;
    }

    public PathAnswer shortest(String from, String to, String story, String types, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_SHORTEST_HOPS) {
            throw ApiProblem.badRequest("Invalid maxHops", "maxHops must be 1 to " + MAX_SHORTEST_HOPS + ".");
        }
        return run(shortestPathQuery(maxHops), from, to, story, types, maxHops, 1, true);
    }

    public PathAnswer all(String from, String to, String story, String types, int maxHops, int limit) {
        if (maxHops < 1 || maxHops > MAX_ALL_PATHS_HOPS) {
            throw ApiProblem.badRequest("Invalid maxHops", "maxHops must be 1 to " + MAX_ALL_PATHS_HOPS + ".");
        }
        return run(allPathsQuery(maxHops), from, to, story, types, maxHops, limit, false);
    }

    /**
     * all-paths.cypher with its length bound set to {@code maxHops} (Cypher takes no parameter there). Only a
     * validated integer is spliced in, never caller text.
     */
    static String allPathsQuery(int maxHops) {
        return bounded("api/all-paths.cypher", "*1..6]", "*1..%d]", maxHops, MAX_ALL_PATHS_HOPS);
    }

    /** shortest-path.cypher with its length bound set to {@code maxHops}, as {@link #allPathsQuery(int)}. */
    static String shortestPathQuery(int maxHops) {
        return bounded("api/shortest-path.cypher", "{1,10}", "{1,%d}", maxHops, MAX_SHORTEST_HOPS);
    }

    /**
     * The file's text with its one bound {@code largest} (the most the API allows, so the file runs as it stands
     * too) replaced by {@code format} with {@code maxHops}.
     */
    private static String bounded(String file, String largest, String format, int maxHops, int max) {
        if (maxHops < 1 || maxHops > max) {
            throw new IllegalArgumentException("maxHops out of range for " + file + ": " + maxHops);
        }
        return BOUNDED.computeIfAbsent(file + "#" + maxHops,
                k -> CypherResources.readWithBound(file, largest, format, maxHops));
    }

    /** Query texts by file and bound: at most 16 short strings. */
    private static final Map<String, String> BOUNDED = new ConcurrentHashMap<>();

    private PathAnswer run(String query, String from, String to, String story, String types, int maxHops, int limit,
                           boolean shortest) {
        List<String> typeList = parseTypes(types);
        required("from", from);
        required("to", to);
        // The two look-ups and the path query share one read transaction: one session and one commit per request.
        return reads.inOneTransaction(in -> answer(in, query, from, to, story, typeList, maxHops, limit, shortest));
    }

    private PathAnswer answer(CypherReads in, String query, String from, String to, String story, List<String> typeList,
                              int maxHops, int limit, boolean shortest) {
        CharacterRef a = lookup.resolve(in, from, story);
        CharacterRef b = lookup.resolve(in, to, story);
        if (a.id().equals(b.id())) {
            throw ApiProblem.badRequest("Same character", "from and to both name " + a.id() + " (" + a.name()
                    + "); give two different characters.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", a.id());
        params.put("to", b.id());
        params.put("types", typeList);
        params.put("maxHops", (long) maxHops);
        params.put("limit", (long) limit);
        List<PathAnswer.CharacterPath> paths = in.listCypher(query, params, PathQueryService::path);
        if (shortest && paths.isEmpty()) {
            String why = a.story() != null && !a.story().equals(b.story())
                    ? " They are in different stories (" + a.story() + ", " + b.story() + "), which never connect."
                    : " Try a larger maxHops (at most " + MAX_SHORTEST_HOPS + ")"
                      + (typeList == null ? "." : " or fewer types.");
            throw ApiProblem.notFound("No path", "No chain of relationships joins " + a.name() + " (" + a.id()
                    + ") and " + b.name() + " (" + b.id() + ") within " + maxHops + " hops"
                    + (typeList == null ? "" : " of types " + typeList) + "." + why);
        }
        return new PathAnswer(a, b, maxHops, typeList, paths);
    }

    private static PathAnswer.CharacterPath path(Record r) {
        List<CharacterRef> characters = r.get("characters").asList(
                n -> new CharacterRef(n.get("id").asString(), PlainValues.str(n, "name"), storyOf(n.get("id").asString())));
        List<Value> rels = r.get("hops").asList(v -> v);
        List<PathAnswer.Hop> hops = new ArrayList<>();
        for (int i = 0; i < rels.size(); i++) {
            Value rel = rels.get(i);
            CharacterRef here = characters.get(i);
            CharacterRef next = characters.get(i + 1);
            String direction = rel.get("start").asString().equals(here.id()) ? "OUT" : "IN";
            hops.add(new PathAnswer.Hop(here, next, rel.get("type").asString(), direction,
                    PlainValues.str(rel, "quote"), PlainValues.str(rel, "document"),
                    EvidenceEntry.parse(PlainValues.str(rel, "entry")).sentence(),
                    PlainValues.str(rel, "status")));
        }
        return new PathAnswer.CharacterPath(hops.size(), characters, hops);
    }

    private static String storyOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? null : id.substring(0, slash);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("Missing " + name, name + "= is required: a character id, name or alias, e.g. "
                    + name + "=Marissa.");
        }
        return value;
    }

    /** Comma-separated relationship type names, any case; null for every type. Unknown names are a 400. */
    static List<String> parseTypes(String types) {
        if (types == null || types.isBlank()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String t : types.split(",")) {
            if (t.isBlank()) {
                continue;
            }
            RelationType.parse(t).ifPresentOrElse(rt -> out.add(rt.name()), () -> unknown.add(t.strip()));
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("Unknown relationship type", "Not a relationship type: "
                    + String.join(", ", unknown) + ". Valid types: " + Arrays.stream(RelationType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + " (comma-separated, any case).");
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }
}
