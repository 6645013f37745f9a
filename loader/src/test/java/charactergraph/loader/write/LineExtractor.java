package charactergraph.loader.write;

import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.FactStatus;
import charactergraph.model.Gender;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the NLP pipeline in loader tests: every line "First Last TYPE First Last" (TYPE a RelationType)
 * is one relation with its line as evidence. Counts its calls, so tests can see which files were extracted.
 */
public final class LineExtractor implements ArticleLoader.Extractor {
    public final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(DocumentInfo document, String text) {
        calls.incrementAndGet();
        Map<String, Character> cast = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        int offset = 0;
        int sentence = 0;
        for (String line : text.split("\n", -1)) {
            String[] w = line.strip().split("\\s+");
            if (w.length == 5 && RelationType.parse(w[2]).isPresent()) {
                Evidence e = new Evidence(document.id(), sentence, offset, offset + line.length(), line, "line-rule",
                        0.9, FactStatus.STATED);
                String a = w[0] + " " + w[1];
                String b = w[3] + " " + w[4];
                for (String n : List.of(a, b)) {
                    cast.putIfAbsent(Slugs.slug(n), new Character(Slugs.slug(n), n, List.of(), null, Gender.UNKNOWN,
                            1, List.of(e)));
                }
                relations.add(new Relation(RelationType.parse(w[2]).get(), Slugs.slug(a), Slugs.slug(b), false,
                        FactStatus.STATED, List.of(e)));
            }
            offset += line.length() + 1;
            sentence++;
        }
        return new Extraction(document, List.copyOf(cast.values()), relations, List.of());
    }
}
