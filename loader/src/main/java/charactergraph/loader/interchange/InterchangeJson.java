package charactergraph.loader.interchange;

import charactergraph.model.Character;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.Secret;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Extraction} as the interchange JSON that {@code score.py} and gold annotations use: characters
 * by name, relation ends and secret people by character name. Ids, genders and provenance go in extra fields the
 * scorer ignores.
 */
public final class InterchangeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InterchangeJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Extraction x) {
        try {
            return MAPPER.writeValueAsString(toTree(x));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static ObjectNode toTree(Extraction x) {
        Map<String, String> names = new HashMap<>();
        for (Character c : x.characters()) {
            names.put(c.id(), c.name());
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", x.document().id());
        root.put("story", x.document().story());
        if (x.document().title() != null) {
            root.put("title", x.document().title());
        }
        ArrayNode chars = root.putArray("characters");
        for (Character c : x.characters()) {
            ObjectNode n = chars.addObject();
            n.put("name", c.name());
            ArrayNode aliases = n.putArray("aliases");
            c.aliases().forEach(aliases::add);
            if (c.actor() == null) {
                n.putNull("actor");
            } else {
                n.put("actor", c.actor());
            }
            n.put("id", c.id());
            n.put("gender", c.gender().name());
            n.put("mentions", c.mentions());
            evidence(n.putArray("provenance"), c.evidence());
        }
        ArrayNode rels = root.putArray("relations");
        for (Relation r : x.relations()) {
            ObjectNode n = rels.addObject();
            n.put("type", r.type().name());
            n.put("from", names.getOrDefault(r.from(), r.from()));
            n.put("to", names.getOrDefault(r.to(), r.to()));
            n.put("evidence", r.evidence().isEmpty() ? "" : r.evidence().get(0).quote());
            n.put("status", r.status().name());
            n.put("accidental", r.accidental());
            n.put("confidence", r.confidence());
            evidence(n.putArray("provenance"), r.evidence());
        }
        ArrayNode secs = root.putArray("secrets");
        for (Secret s : x.secrets()) {
            ObjectNode n = secs.addObject();
            n.put("about", s.statement());
            people(n.putArray("subject"), s.subjects(), names);
            ArrayNode known = n.putArray("known_by");
            for (Knowledge k : s.knowers()) {
                String name = names.getOrDefault(k.characterId(), k.characterId());
                boolean seen = false;
                for (var e : known) {
                    seen |= e.asText().equals(name);
                }
                if (!seen) {
                    known.add(name);
                }
            }
            n.put("evidence", s.evidence().isEmpty() ? "" : s.evidence().get(0).quote());
            n.put("id", s.id());
            n.put("kind", s.kind().name());
            people(n.putArray("keepers"), s.keepers(), names);
            ArrayNode how = n.putArray("knowers");
            for (Knowledge k : s.knowers()) {
                ObjectNode kn = how.addObject();
                kn.put("name", names.getOrDefault(k.characterId(), k.characterId()));
                kn.put("how", k.how().name());
                kn.put("order", k.order());
                if (k.when() != null) {
                    kn.put("when", k.when());
                }
                evidence(kn.putArray("provenance"), List.of(k.evidence()));
            }
            evidence(n.putArray("provenance"), s.evidence());
        }
        return root;
    }

    private static void people(ArrayNode into, List<String> ids, Map<String, String> names) {
        for (String id : ids) {
            into.add(names.getOrDefault(id, id));
        }
    }

    private static void evidence(ArrayNode into, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            ObjectNode n = into.addObject();
            n.put("document", e.documentId());
            n.put("sentence", e.sentence());
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("quote", e.quote());
            n.put("rule", e.rule());
            n.put("confidence", e.confidence());
            n.put("status", e.status().name());
        }
    }
}
