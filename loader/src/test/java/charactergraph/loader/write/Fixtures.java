package charactergraph.loader.write;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Knowledge;
import charactergraph.model.KnowledgeSource;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import charactergraph.model.SecretKind;

import java.util.ArrayList;
import java.util.List;

/** Small builders for inline extractions of invented stories. */
final class Fixtures {
    private Fixtures() {
    }

    static Evidence ev(String doc, int sentence, String quote, String rule) {
        int start = sentence * 100;
        return new Evidence(doc, sentence, start, start + quote.length(), quote, rule, 0.9, FactStatus.STATED);
    }

    static Evidence ev(String doc, int sentence, String quote, String rule, double confidence, FactStatus status) {
        int start = sentence * 100;
        return new Evidence(doc, sentence, start, start + quote.length(), quote, rule, confidence, status);
    }

    static Character person(String doc, String id, String name, String... aliases) {
        return new Character(id, name, List.of(aliases), null, Gender.UNKNOWN, 1,
                List.of(ev(doc, 0, name + " appears.", "character-intro")));
    }

    static Character played(String doc, String id, String name, String actor, int sentence) {
        return new Character(id, name, List.of(), actor, Gender.FEMALE, 2,
                List.of(ev(doc, sentence, actor + " plays " + name + ".", "casting-plays")));
    }

    static Relation rel(RelationType type, String from, String to, Evidence... evidence) {
        return new Relation(type, from, to, false, FactStatus.STATED, List.of(evidence));
    }

    static Relation accident(RelationType type, String from, String to, Evidence... evidence) {
        return new Relation(type, from, to, true, FactStatus.STATED, List.of(evidence));
    }

    static Secret secret(String id, String statement, SecretKind kind, List<String> subjects, List<String> keepers,
                         List<Knowledge> knowers, Evidence... evidence) {
        return new Secret(id, statement, kind, subjects, keepers, knowers, List.of(evidence));
    }

    static Knowledge knows(String character, KnowledgeSource how, int order, Evidence evidence) {
        return new Knowledge(character, how, order, null, evidence);
    }

    /** An extraction builder: {@code doc("harbor-1", "The Harbor", "v1").with(...).build()}. */
    static Builder doc(String id, String story, String version) {
        return new Builder(new DocumentInfo(id, "Title of " + id, "test fixture", story, "sha-" + id + "-" + version));
    }

    static final class Builder {
        private final DocumentInfo info;
        private final List<Character> characters = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<Secret> secrets = new ArrayList<>();

        Builder(DocumentInfo info) {
            this.info = info;
        }

        Builder character(Character c) {
            characters.add(c);
            return this;
        }

        Builder relation(Relation r) {
            relations.add(r);
            return this;
        }

        Builder secret(Secret s) {
            secrets.add(s);
            return this;
        }

        Extraction build() {
            return new Extraction(info, characters, relations, secrets);
        }
    }
}
