package charactergraph.api.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.inject.Singleton;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import charactergraph.api.common.CharacterRef;
import charactergraph.api.common.Evidence;
import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.CypherReads;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.PlainValues;
import charactergraph.loader.write.Slugs;

/**
 * Stories: the list, and one story's picture (characters, relationships, secrets and knowers), as of a point of the
 * story when asked. "As of" follows {@code GET /api/secrets/{id}?asOf=}: what a sentence before that order shows.
 */
@Singleton
class StoryQueryService {
    private final GraphReads reads;

    StoryQueryService(GraphReads reads) {
        this.reads = reads;
    }

    List<StorySummary> stories(int limit) {
        return reads.list("api/stories.cypher", Map.of("limit", (long) limit), r -> new StorySummary(
                r.get("id").asString(), r.get("name").asString(null), r.get("characters").asLong(),
                r.get("relationships").asLong(), r.get("secrets").asLong(), r.get("documents").asLong()));
    }

    /** {@code ref}: a story id or name; {@code asOf}: a sentence order or null for the whole story. */
    StoryGraph graph(String ref, Long asOf, int limit) {
        String id = Slugs.slug(ref == null ? "" : ref);
        return reads.inOneTransaction(in -> {
            List<Record> story = id.isEmpty() ? List.of() : in.list("api/story.cypher", Map.of("story", id), r -> r);
            if (story.isEmpty()) {
                throw unknownStory(in, ref);
            }
            Record s = story.get(0);
            List<StoryGraph.DocumentRef> documents = new ArrayList<>(s.get("documents").asList(d ->
                    new StoryGraph.DocumentRef(d.get("id").asString(), PlainValues.str(d, "title"))));
            documents.sort(Comparator.comparing(StoryGraph.DocumentRef::id));
            long total = s.get("characters").asLong();

            Map<String, Object> params = new HashMap<>();
            params.put("story", id);
            params.put("limit", (long) limit);
            List<Record> characters = in.list("api/story-characters.cypher", params, r -> r);
            List<String> ids = characters.stream().map(r -> r.get("id").asString()).toList();
            List<Record> relationships = in.list("api/story-relationships.cypher", Map.of("ids", ids), r -> r);
            List<Record> secrets = in.list("api/story-secrets.cypher", Map.of("story", id), r -> r);
            return assemble(s, documents, total, characters, relationships, secrets, asOf);
        });
    }

    private static StoryGraph assemble(Record story, List<StoryGraph.DocumentRef> documents, long total,
                                       List<Record> characters, List<Record> relationships, List<Record> secrets,
                                       Long asOf) {
        String storyId = story.get("id").asString();
        long last = -1;
        List<StoryGraph.EdgeElement> edges = new ArrayList<>();
        Map<String, Long> firstSeen = new HashMap<>();
        for (Record r : relationships) {
            List<Long> sentences = sentences(r.get("entries"));
            Long first = sentences.stream().min(Long::compare).orElse(null);
            last = Math.max(last, sentences.stream().max(Long::compare).orElse(-1L));
            String source = r.get("source").asString();
            String target = r.get("target").asString();
            if (first != null) {
                firstSeen.merge(source, first, Math::min);
                firstSeen.merge(target, first, Math::min);
            }
            if (shown(first, asOf)) {
                edges.add(new StoryGraph.EdgeElement(new StoryGraph.EdgeData(r.get("id").asString(), source, target,
                        r.get("type").asString(), r.get("status").asString(null),
                        r.get("confidence").isNull() ? null : r.get("confidence").asDouble(),
                        r.get("accidental").isNull() ? null : r.get("accidental").asBoolean(), sentences.size(),
                        first)));
            }
        }
        List<StoryGraph.NodeElement> nodes = new ArrayList<>();
        for (Record c : characters) {
            String id = c.get("id").asString();
            List<Long> sentences = new ArrayList<>();
            for (Value perDocument : c.get("entries").values()) {
                sentences.addAll(sentences(perDocument));
            }
            last = Math.max(last, sentences.stream().max(Long::compare).orElse(-1L));
            // Introduced by a mention, or by the first relationship a sentence shows, whichever comes first.
            sentences.stream().min(Long::compare).ifPresent(first -> firstSeen.merge(id, first, Math::min));
            Long first = firstSeen.get(id);
            if (shown(first, asOf)) {
                nodes.add(new StoryGraph.NodeElement(new StoryGraph.NodeData(id, c.get("name").asString(null),
                        PlainValues.strings(c.get("aliases")), PlainValues.strings(c.get("actors")),
                        c.get("mentions").isNull() ? null : c.get("mentions").asLong(), first)));
            }
        }
        List<StoryGraph.SecretLine> lines = new ArrayList<>();
        for (Record s : secrets) {
            List<StoryGraph.Knower> knowers = new ArrayList<>();
            for (Value k : s.get("knowers").values()) {
                last = Math.max(last, k.get("orders").asList(v -> v.isNull() ? -1L : v.asLong()).stream()
                        .max(Long::compare).orElse(-1L));
                StoryGraph.Knower knower = knower(k, storyId, asOf);
                if (knower != null) {
                    knowers.add(knower);
                }
            }
            knowers.sort(Comparator.comparing((StoryGraph.Knower k) -> k.order() == null ? Long.MAX_VALUE : k.order())
                    .thenComparing(k -> k.character().id()));
            lines.add(new StoryGraph.SecretLine(s.get("id").asString(), s.get("statement").asString(null),
                    s.get("kind").asString(null), refs(s.get("subjects"), storyId), refs(s.get("keepers"), storyId),
                    knowers));
        }
        // Only relationships between characters that are shown: a character left out by the limit takes its own.
        Set<String> shownIds = new HashSet<>();
        nodes.forEach(n -> shownIds.add(n.data().id()));
        edges.removeIf(e -> !shownIds.contains(e.data().source()) || !shownIds.contains(e.data().target()));
        return new StoryGraph(storyId, story.get("name").asString(null), asOf, last + 1, total,
                total > characters.size(), documents, new StoryGraph.Elements(nodes, edges), lines);
    }

    /**
     * A knower as of a point: the earliest of their sentences before it gives how, order and when (as
     * {@code GET /api/secrets/{id}?asOf=} does); null when none is before it. Without asOf, the stored summary.
     */
    private static StoryGraph.Knower knower(Value k, String story, Long asOf) {
        CharacterRef who = new CharacterRef(k.get("id").asString(), PlainValues.str(k, "name"), story);
        if (asOf == null) {
            return new StoryGraph.Knower(who, PlainValues.str(k, "how"), PlainValues.lng(k, "order"),
                    blankToNull(PlainValues.str(k, "when")));
        }
        List<Value> hows = k.get("hows").asList(v -> v);
        List<Value> orders = k.get("orders").asList(v -> v);
        List<Value> whens = k.get("whens").asList(v -> v);
        int best = -1;
        for (int i = 0; i < orders.size(); i++) {
            if (!orders.get(i).isNull() && orders.get(i).asLong() < asOf
                    && (best < 0 || orders.get(i).asLong() < orders.get(best).asLong())) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        return new StoryGraph.Knower(who, best < hows.size() ? hows.get(best).asString(null) : null,
                orders.get(best).asLong(), best < whens.size() ? blankToNull(whens.get(best).asString(null)) : null);
    }

    /** The sentence of each evidence entry of a list of {entry} maps, where the entry names one. */
    private static List<Long> sentences(Value entries) {
        return Evidence.list(entries).stream().map(Evidence::sentence).filter(Objects::nonNull).toList();
    }

    private static boolean shown(Long firstSeen, Long asOf) {
        return asOf == null || firstSeen != null && firstSeen < asOf;
    }

    private static List<CharacterRef> refs(Value list, String story) {
        List<CharacterRef> out = new ArrayList<>(list.asList(v -> new CharacterRef(v.get("id").asString(),
                PlainValues.str(v, "name"), story)));
        out.sort(Comparator.comparing(CharacterRef::id));
        return out;
    }

    private static ApiProblem unknownStory(CypherReads in, String ref) {
        List<String> known = in.list("api/stories.cypher", Map.of("limit", 50L), r -> r.get("id").asString());
        return ApiProblem.notFound("Unknown story", "No story has the id or name '" + shorten(ref) + "'. " + (known.isEmpty()
                ? "The graph holds no stories yet." : "Stories: " + String.join(", ", known) + "."));
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
