package charactergraph.loader.testsupport;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.relate.RelationExtractor;
import charactergraph.loader.resolve.Cast;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tool for rule authors: runs the relation and secret stages over a file (annotation cached) with the test cast,
 * prints timings and writes the interchange JSON for score.py.
 *
 * <pre>java -cp ... charactergraph.loader.testsupport.ExtractionDump FILE CACHE.pb OUT.json</pre>
 */
public final class ExtractionDump {
    private ExtractionDump() {
    }

    public static void main(String[] args) throws Exception {
        ParsedArticle text = DependencyDump.annotate(Path.of(args[0]), Path.of(args[1]));
        Cast cast = System.getenv("NER_CAST") != null ? NerCast.of(text)
                : new charactergraph.loader.resolve.EntityResolver().resolve(text);
        RelationExtractor relations = new RelationExtractor();
        charactergraph.loader.secrets.SecretExtractor secrets = new charactergraph.loader.secrets.SecretExtractor();
        List<Relation> rels = null;
        List<Secret> secs = null;
        long t0 = System.nanoTime();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 0; i < runs; i++) {
            rels = relations.extract(text, cast);
            secs = secrets.extract(text, cast, rels);
        }
        long t1 = System.nanoTime();
        System.err.printf("relations+secrets: %.1f ms per run (%d runs)%n", (t1 - t0) / 1e6 / runs, runs);
        if (System.getenv("MENTIONS") != null) {
            cast.mentions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(
                    java.util.Comparator.comparingInt(Cast.TokenRef::sentence).thenComparingInt(Cast.TokenRef::token)))
                    .forEach(e -> System.err.println("   " + e.getKey().sentence() + ":" + e.getKey().token() + " "
                            + text.sentences().get(e.getKey().sentence()).tokens().get(e.getKey().token() - 1).word()
                            + " -> " + e.getValue()));
        }
        for (Relation r : rels) {
            System.err.println(r.type() + " " + r.from() + " -> " + r.to() + (r.accidental() ? " (accidental)" : "") + " "
                    + r.status() + " " + r.evidence().stream().map(e -> e.rule() + "@" + e.sentence()).toList());
        }
        for (Secret s : secs) {
            System.err.println("SECRET " + s.kind() + " " + s.subjects() + " keepers=" + s.keepers() + " : " + s.statement());
            s.knowers().forEach(k -> System.err.println("   " + k.characterId() + " " + k.how() + " @" + k.order()
                    + (k.when() == null ? "" : " (" + k.when() + ")") + " " + k.evidence().rule()));
        }
        // The same JSON the CLI's extract prints: one writer of the interchange format.
        Extraction x = new Extraction(new DocumentInfo(text.documentId(), text.documentId(), null, "dump", null),
                cast.characters(), rels, secs);
        Files.writeString(Path.of(args[2]), charactergraph.loader.interchange.InterchangeJson.write(x));
    }
}
