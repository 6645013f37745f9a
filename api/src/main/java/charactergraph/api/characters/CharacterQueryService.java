package charactergraph.api.characters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.common.Evidence;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.PlainValues;

/** Characters: search, one character with its relationships, its neighbourhood and its knowledge. */
@Singleton
public class CharacterQueryService {
    private final GraphReads reads;
    private final CharacterLookup lookup;

    public CharacterQueryService(GraphReads reads, CharacterLookup lookup) {
        this.reads = reads;
        this.lookup = lookup;
    }

    /** Every character (of a story), or those whose names or aliases match {@code q}, best first. */
    public List<CharacterSummary> search(String story, String q, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("story", CharacterLookup.blankToNull(story));
        params.put("limit", (long) limit);
        String file = "api/list-characters.cypher";
        if (q != null && !q.isBlank()) {
            String lucene = CharacterLookup.fuzzyQuery(q);
            if (lucene.isEmpty()) {
                return List.of();
            }
            params.put("lucene", lucene);
            file = "api/search-characters.cypher";
        }
        return reads.list(file, params, r -> new CharacterSummary(r.get("id").asString(), r.get("name").asString(null),
                PlainValues.strings(r.get("aliases")), r.get("story").asString(null),
                PlainValues.strings(r.get("actors")), r.get("score").isNull() ? null : r.get("score").asDouble()));
    }

    public CharacterDetail character(String id) {
        return character(id, null);
    }

    /** {@code story} tells apart characters of the same name in several stories; null for any story. */
    public CharacterDetail character(String id, String story) {
        Found found = resolveAndRead(id, story, "api/character.cypher", ref -> Map.of("id", ref.id()));
        CharacterRef ref = found.ref();
        Record r = found.row();
        List<CharacterDetail.Relationship> out = new ArrayList<>();
        List<CharacterDetail.Relationship> in = new ArrayList<>();
        for (Value rel : r.get("relationships").values()) {
            CharacterDetail.Relationship dto = new CharacterDetail.Relationship(rel.get("type").asString(),
                    new CharacterRef(rel.get("otherId").asString(), PlainValues.str(rel, "otherName"), ref.story()),
                    PlainValues.str(rel, "status"), PlainValues.dbl(rel, "confidence"),
                    rel.get("accidental").isNull() ? null : rel.get("accidental").asBoolean(),
                    Evidence.list(rel.get("evidence")));
            (rel.get("outgoing").asBoolean() ? out : in).add(dto);
        }
        java.util.Comparator<CharacterDetail.Relationship> order = java.util.Comparator
                .comparing(CharacterDetail.Relationship::type).thenComparing(x -> x.other().id());
        out.sort(order);
        in.sort(order);
        return new CharacterDetail(r.get("id").asString(), r.get("name").asString(null),
                PlainValues.strings(r.get("aliases")), r.get("gender").asString(null),
                r.get("mentions").isNull() ? null : r.get("mentions").asLong(), r.get("story").asString(null),
                r.get("storyName").asString(null), PlainValues.strings(r.get("actors")), out, in);
    }

    public Network network(String id, int depth) {
        return network(id, null, depth);
    }

    public Network network(String id, String story, int depth) {
        Found found = resolveAndRead(id, story, "api/network.cypher",
                ref -> Map.of("id", ref.id(), "depth", (long) depth));
        CharacterRef ref = found.ref();
        Record r = found.row();
        List<Network.NodeElement> nodes = r.get("nodes").asList(n -> new Network.NodeElement(new Network.NodeData(
                n.get("id").asString(), PlainValues.str(n, "name"), PlainValues.str(n, "story"),
                PlainValues.strings(n.get("aliases")), n.get("id").asString().equals(ref.id()))));
        List<Network.EdgeElement> edges = r.get("edges").asList(e -> new Network.EdgeElement(new Network.EdgeData(
                e.get("id").asString(), e.get("source").asString(), e.get("target").asString(),
                e.get("type").asString(), PlainValues.str(e, "quote"), PlainValues.str(e, "status"))));
        return new Network(ref.id(), depth, new Network.Elements(nodes, edges));
    }

    public Knowledge knowledge(String id, Long asOf) {
        return knowledge(id, null, asOf);
    }

    public Knowledge knowledge(String id, String story, Long asOf) {
        Found found = resolveAndRead(id, story, "api/character-knowledge.cypher", ref -> {
            Map<String, Object> params = new HashMap<>();
            params.put("id", ref.id());
            params.put("asOf", asOf);
            return params;
        });
        CharacterRef ref = found.ref();
        Record r = found.row();
        List<Knowledge.Known> knew = new ArrayList<>();
        for (Value k : r.get("knew").values()) {
            if (!k.get("id").isNull()) {
                knew.add(new Knowledge.Known(k.get("id").asString(), PlainValues.str(k, "statement"),
                        PlainValues.str(k, "how"), PlainValues.lng(k, "order"), blankToNull(PlainValues.str(k, "when")),
                        PlainValues.str(k, "quote")));
            }
        }
        knew.sort(java.util.Comparator.comparing((Knowledge.Known k) -> k.order() == null ? Long.MAX_VALUE : k.order())
                .thenComparing(Knowledge.Known::secret));
        List<Knowledge.Kept> kept = new ArrayList<>();
        for (Value k : r.get("kept").values()) {
            if (!k.get("id").isNull()) {
                kept.add(new Knowledge.Kept(k.get("id").asString(), PlainValues.str(k, "statement"),
                        PlainValues.str(k, "quote")));
            }
        }
        kept.sort(java.util.Comparator.comparing(Knowledge.Kept::secret));
        List<Knowledge.KeptFrom> keptFrom = new ArrayList<>();
        for (Value k : r.get("keptFrom").values()) {
            List<CharacterRef> keepers = k.get("keepers").asList(
                    c -> new CharacterRef(c.get("id").asString(), PlainValues.str(c, "name"), ref.story()));
            keptFrom.add(new Knowledge.KeptFrom(k.get("id").asString(), PlainValues.str(k, "statement"), keepers,
                    PlainValues.str(k, "learnedHow"), PlainValues.lng(k, "learnedAt")));
        }
        keptFrom.sort(java.util.Comparator.comparing(Knowledge.KeptFrom::secret));
        return new Knowledge(ref.id(), ref.name(), asOf, knew, kept, keptFrom);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The character a reference names, and the one row of a query about it. */
    private record Found(CharacterRef ref, Record row) {
    }

    /** The look-up and the query share one read transaction: one session and one commit per request. */
    private Found resolveAndRead(String id, String story, String queryFile,
                                 Function<CharacterRef, Map<String, Object>> params) {
        return reads.inOneTransaction(in -> {
            CharacterRef ref = lookup.resolve(in, id, story);
            return new Found(ref, in.list(queryFile, params.apply(ref), x -> x).get(0));
        });
    }
}
