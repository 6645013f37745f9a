package charactergraph.loader.testsupport;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import charactergraph.loader.relate.RelationExtractor;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.resolve.EntityResolver;
import charactergraph.loader.secrets.SecretExtractor;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Extraction;
import charactergraph.model.Relation;
import charactergraph.model.Secret;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tool for rule authors: scores several articles against their gold files in one JVM (CoreNLP loads once;
 * annotations are cached in CACHE_DIR so that a rerun after a rule change takes seconds) and prints one table row
 * per article (characters, actors, core, all, knows F1), then the secrets and knowers of each.
 *
 * <pre>java -cp ... charactergraph.loader.testsupport.BatchEval CACHE_DIR ARTICLE.txt=GOLD.json ...</pre>
 */
public final class BatchEval {
    private BatchEval() {
    }

    public static void main(String[] args) throws Exception {
        Path cacheDir = Path.of(args[0]);
        Files.createDirectories(cacheDir);
        StringBuilder table = new StringBuilder(String.format("%-32s %6s %6s %6s %6s %6s%n", "article", "chars", "actors",
                "core", "all", "knows"));
        StringBuilder details = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            Path file = Path.of(pair[0]);
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            ParsedArticle text = DependencyDump.annotate(file, cacheDir);
            Cast cast = new EntityResolver().resolve(text);
            List<Relation> rels = new RelationExtractor().extract(text, cast);
            List<Secret> secs = new SecretExtractor().extract(text, cast, rels);
            Extraction x = new Extraction(new DocumentInfo(name, name, null, "eval", null), cast.characters(), rels, secs);
            JsonNode system = InterchangeJson.toTree(x);
            Files.writeString(cacheDir.resolve(name + ".json"), InterchangeJson.write(x));
            JsonNode gold = InterchangeJson.mapper().readTree(Files.readString(Path.of(pair[1])));
            ExtractionScorer.Report r = ExtractionScorer.score(gold, system);
            table.append(String.format("%-32s %6.2f %6.2f %6.2f %6.2f %6.2f%n", name, r.characters().f1(), r.actors().f1(),
                    r.relationsCore().f1(), r.relationsAll().f1(), r.knows().f1()));
            details.append("== ").append(name).append('\n').append(r.format());
            for (Secret s : secs) {
                details.append("  SECRET ").append(s.kind()).append(' ').append(s.subjects()).append(" : ")
                        .append(s.statement()).append('\n');
                s.knowers().forEach(k -> details.append("     ").append(k.characterId()).append(' ').append(k.how())
                        .append(" @").append(k.order()).append(' ').append(k.evidence().rule()).append('\n'));
            }
        }
        System.out.print(details);
        System.out.print(table);
    }
}
