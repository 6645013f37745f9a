package charactergraph.api.stories;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import charactergraph.api.common.CharacterRef;

/**
 * One story for a picture: its characters and the relationships between them as Cytoscape.js elements
 * ({@code cytoscape({elements: body.elements})} draws it), and its secrets with who knew each, how and from which
 * point of the story. Points of the story are sentence orders, as in the API's {@code asOf}: {@code firstSeen} is the
 * earliest sentence that shows a character or a relationship, {@code sentences} is one past the last sentence any
 * evidence of the story points at. With {@code asOf}, only what the story has shown before that point is there.
 *
 * @param characters how many characters the story has; {@code truncated} when more than {@code limit} of them
 */
@Serdeable
public record StoryGraph(String id, @Nullable String name, @Nullable Long asOf, long sentences, long characters,
                         boolean truncated, List<DocumentRef> documents, Elements elements, List<SecretLine> secrets) {

    @Serdeable
    public record DocumentRef(String id, @Nullable String title) {
    }

    @Serdeable
    public record Elements(List<NodeElement> nodes, List<EdgeElement> edges) {
    }

    @Serdeable
    public record NodeElement(NodeData data) {
    }

    /** label: the name; firstSeen: the earliest sentence showing the character (null when none says). */
    @Serdeable
    public record NodeData(String id, @Nullable String label, List<String> aliases, List<String> actors,
                           @Nullable Long mentions, @Nullable Long firstSeen) {
    }

    @Serdeable
    public record EdgeElement(EdgeData data) {
    }

    /** label: the relationship type, e.g. KILLED; sentences: how many sentences support it. */
    @Serdeable
    public record EdgeData(String id, String source, String target, String label, @Nullable String status,
                           @Nullable Double confidence, @Nullable Boolean accidental, int sentences,
                           @Nullable Long firstSeen) {
    }

    /** A secret and everyone who knew it, in the order the story shows them. */
    @Serdeable
    public record SecretLine(String id, @Nullable String statement, @Nullable String kind,
                             List<CharacterRef> subjects, List<CharacterRef> keepers, List<Knower> knowers) {
    }

    /** how: TOOK_PART, CONFESSED, TOLD, DISCOVERED or DEDUCED; order: the earliest sentence showing they knew. */
    @Serdeable
    public record Knower(CharacterRef character, @Nullable String how, @Nullable Long order, @Nullable String when) {
    }
}
