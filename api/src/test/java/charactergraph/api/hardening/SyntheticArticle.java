package charactergraph.api.hardening;

import java.util.ArrayList;
import java.util.List;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

/**
 * A large made-up extraction: {@code n} characters with distinct names, each a friend of the next and a parent of
 * the one after, every fact with one piece of evidence. {@code version} changes the quotes and the hash, as a
 * corrected article would.
 */
final class SyntheticArticle {
    private SyntheticArticle() {
    }

    static Extraction of(String docId, String story, int n, int version) {
        List<Character> characters = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "Zed" + word(i) + " Q" + word(i * 7 + version);
            characters.add(new Character(id(i), name, List.of(), null, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, 1,
                    List.of(evidence(docId, i, name + " appears (v" + version + ")."))));
        }
        for (int i = 0; i + 1 < n; i++) {
            relations.add(new Relation(RelationType.FRIEND_OF, id(i), id(i + 1), false, FactStatus.STATED,
                    List.of(evidence(docId, i, "friends " + i + " v" + version))));
            if (i + 2 < n) {
                relations.add(new Relation(RelationType.PARENT_OF, id(i), id(i + 2), false, FactStatus.IMPLIED,
                        List.of(evidence(docId, i, "parent " + i + " v" + version))));
            }
        }
        DocumentInfo doc = new DocumentInfo(docId, "Synthetic " + docId, "test", story,
                String.format("%064x", (long) docId.hashCode() * 31 + version));
        return new Extraction(doc, characters, relations, List.of());
    }

    private static String id(int i) {
        return "zed" + word(i);
    }

    /** Letters only, so names never share a first or last name by accident. */
    private static String word(int i) {
        StringBuilder s = new StringBuilder();
        int x = i;
        do {
            s.append((char) ('a' + x % 26));
            x /= 26;
        } while (x > 0);
        return s.toString();
    }

    private static Evidence evidence(String docId, int sentence, String quote) {
        return new Evidence(docId, sentence, 0, quote.length(), quote, "synthetic", 0.9, FactStatus.STATED);
    }
}
