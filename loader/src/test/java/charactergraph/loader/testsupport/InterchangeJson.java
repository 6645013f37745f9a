package charactergraph.loader.testsupport;

import charactergraph.loader.resolve.Cast;
import charactergraph.model.Character;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.Secret;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the scorer's interchange JSON (../shared/eval/README.md) for the relation and secret stages' output. */
public final class InterchangeJson {
    private InterchangeJson() {
    }

    public static String write(String doc, Cast cast, List<Relation> relations, List<Secret> secrets) {
        ObjectMapper om = new ObjectMapper();
        Map<String, String> names = cast.characters().stream().collect(Collectors.toMap(Character::id, Character::name));
        ObjectNode root = om.createObjectNode();
        root.put("doc", doc);
        ArrayNode chars = root.putArray("characters");
        for (Character c : cast.characters()) {
            ObjectNode n = chars.addObject();
            n.put("name", c.name());
            ArrayNode al = n.putArray("aliases");
            c.aliases().forEach(al::add);
            n.put("actor", c.actor());
        }
        ArrayNode rels = root.putArray("relations");
        for (Relation r : relations) {
            ObjectNode n = rels.addObject();
            n.put("type", r.type().name());
            n.put("from", names.getOrDefault(r.from(), r.from()));
            n.put("to", names.getOrDefault(r.to(), r.to()));
            n.put("evidence", r.evidence().get(0).quote());
            n.put("rule", r.evidence().get(0).rule());
            n.put("status", r.status().name());
            if (r.accidental()) {
                n.put("note", "accidental");
            }
        }
        ArrayNode secs = root.putArray("secrets");
        for (Secret s : secrets) {
            ObjectNode n = secs.addObject();
            n.put("about", s.statement());
            n.put("kind", s.kind().name());
            ArrayNode subj = n.putArray("subject");
            s.subjects().forEach(id -> subj.add(names.getOrDefault(id, id)));
            Set<String> knowers = new LinkedHashSet<>();
            for (Knowledge k : s.knowers()) {
                knowers.add(names.getOrDefault(k.characterId(), k.characterId()));
            }
            ArrayNode kb = n.putArray("known_by");
            knowers.forEach(kb::add);
            ArrayNode how = n.putArray("how");
            for (Knowledge k : s.knowers()) {
                how.add(names.getOrDefault(k.characterId(), k.characterId()) + ": " + k.how() + " @" + k.order()
                        + (k.when() == null ? "" : " (" + k.when() + ")") + " [" + k.evidence().rule() + "]");
            }
            if (!s.evidence().isEmpty()) {
                n.put("evidence", s.evidence().get(0).quote());
            }
        }
        try {
            return om.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
