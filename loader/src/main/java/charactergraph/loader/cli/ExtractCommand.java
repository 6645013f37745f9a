package charactergraph.loader.cli;

import charactergraph.loader.ArticleExtractor;
import charactergraph.loader.interchange.InterchangeJson;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code extract FILE}: prints the article's characters, relations and secrets as interchange JSON. */
public final class ExtractCommand implements Command {
    @Override
    public String summary() {
        return "extract characters, relations and secrets; print them as interchange JSON on stdout";
    }

    @Override
    public String usage() {
        return "FILE";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) {
            throw new UsageException("extract takes exactly one FILE");
        }
        ArticleFile article = ArticleFile.read(Path.of(args.get(0)), err);
        ArticleExtractor.Result result = Extractions.run(article, err);
        out.println(InterchangeJson.write(result.extraction()));
        return 0;
    }
}
