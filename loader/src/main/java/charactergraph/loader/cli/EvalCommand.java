package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.eval.ExtractionScorer;
import charactergraph.loader.interchange.InterchangeJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code eval --gold GOLD.json FILE}: extracts FILE and prints precision, recall and F1 against the gold file. */
public final class EvalCommand implements Command {
    @Override
    public String summary() {
        return "extract FILE and score it against a gold annotation (precision, recall, F1 like score.py)";
    }

    @Override
    public String usage() {
        return "--gold GOLD.json FILE";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String gold = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--gold")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--gold needs a file");
                }
                gold = args.get(++i);
            } else if (a.startsWith("--gold=")) {
                gold = a.substring("--gold=".length());
            } else {
                rest.add(a);
            }
        }
        if (gold == null || rest.size() != 1) {
            throw new UsageException("eval needs --gold GOLD.json and exactly one FILE");
        }
        JsonNode goldJson = readGold(Path.of(gold));
        ArticleFile article = ArticleFile.read(Path.of(rest.get(0)), err);
        ArticleExtractor.Result r = Extractions.run(article, err);
        JsonNode system = InterchangeJson.toTree(r.extraction());
        out.print(ExtractionScorer.score(goldJson, system).format());
        return 0;
    }

    static JsonNode readGold(Path path) throws InputException {
        if (!Files.isRegularFile(path)) {
            throw new InputException("no such gold file: " + path);
        }
        try {
            JsonNode n = InterchangeJson.mapper().readTree(Files.readString(path));
            if (n == null || !n.isObject() || !n.has("characters")) {
                throw new InputException(path + " is not an interchange JSON annotation (no \"characters\")");
            }
            return n;
        } catch (IOException e) {
            throw new InputException("cannot read gold file " + path + ": " + e.getMessage());
        }
    }
}
