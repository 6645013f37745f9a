package charactergraph.loader.testsupport;

import charactergraph.loader.nlp.ParsedArticle;
import charactergraph.loader.NlpFixture;
import charactergraph.loader.relate.RelationExtractor;
import charactergraph.loader.resolve.Cast;
import charactergraph.loader.secrets.SecretExtractor;
import charactergraph.model.Character;
import charactergraph.model.Relation;
import charactergraph.model.Secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the relation and secret stages over short stories (with the test cast) and describes the results in the
 * compact form the tests assert: "KILLED Tom -> Anna", "SECRET HIDDEN_KILLING [Anna, Tom] known by Tom:TOOK_PART".
 * As a tool: {@code java ... StoryRunner FILE} with stories separated by lines of "---".
 */
public final class StoryRunner {
    private static final RelationExtractor RELATIONS = new RelationExtractor();
    private static final SecretExtractor SECRETS = new SecretExtractor();

    /** What the stages found in one story. */
    public record Result(ParsedArticle text, Cast cast, List<Relation> relations, List<Secret> secrets) {
        public String name(String id) {
            return cast.byId(id).map(Character::name).orElse(id);
        }

        /** "TYPE From -> To", plus " (accidental)" and " [ALLEGED]" where they apply, sorted. */
        public TreeSet<String> relationLines() {
            TreeSet<String> out = new TreeSet<>();
            for (Relation r : relations) {
                out.add(r.type() + " " + name(r.from()) + " -> " + name(r.to()) + (r.accidental() ? " (accidental)" : "")
                        + (r.status() == charactergraph.model.FactStatus.ALLEGED ? " [ALLEGED]" : ""));
            }
            return out;
        }

        /** "KIND [subjects sorted] known by Name:HOW, ..." with knowers in narrative order. */
        public List<String> secretLines() {
            List<String> out = new ArrayList<>();
            for (Secret s : secrets) {
                String subjects = s.subjects().stream().map(this::name).sorted().collect(Collectors.joining(", "));
                String knowers = s.knowers().stream().map(k -> name(k.characterId()) + ":" + k.how())
                        .collect(Collectors.joining(", "));
                out.add(s.kind() + " [" + subjects + "] known by " + knowers);
            }
            return out;
        }
    }

    public static Result run(String story) {
        ParsedArticle text = NlpFixture.parse("story", story);
        Cast cast = NerCast.of(text);
        List<Relation> relations = RELATIONS.extract(text, cast);
        List<Secret> secrets = SECRETS.extract(text, cast, relations);
        return new Result(text, cast, relations, secrets);
    }

    public static void main(String[] args) throws Exception {
        String all = Files.readString(Path.of(args[0]));
        for (String story : all.split("(?m)^---\\s*$")) {
            if (story.isBlank()) {
                continue;
            }
            Result r = run(story.strip());
            System.out.println("=== " + story.strip());
            System.out.println("    cast: " + r.cast().characters().stream().map(Character::name).toList()
                    + " mentions=" + r.cast().mentions().size());
            r.relationLines().forEach(l -> System.out.println("    " + l));
            r.secretLines().forEach(l -> System.out.println("    SECRET " + l));
            if (System.getenv("DEPS") != null) {
                DependencyDump.print(r.text());
                System.out.println("    mentions: " + r.cast().mentions());
            }
        }
    }
}
