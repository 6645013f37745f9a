package charactergraph.api.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import charactergraph.api.error.ApiProblem;
import charactergraph.api.neo4j.GraphReads;
import charactergraph.api.neo4j.PlainValues;
import charactergraph.cypher.CannedQueries;
import charactergraph.cypher.CannedQuery;

/** The journalists' catalogue ({@code cypher/queries}), listed and run in read transactions. */
@Singleton
public class CannedQueryService {
    private final GraphReads reads;
    private final CannedQueries catalogue;

    public CannedQueryService(GraphReads reads) {
        this.reads = reads;
        this.catalogue = CannedQueries.load();
    }

    public List<QueryInfo> list() {
        return catalogue.all().stream().map(CannedQueryService::info).toList();
    }

    public QueryResult run(String name, Map<String, Object> given) {
        CannedQuery query = catalogue.get(name).orElseThrow(() -> ApiProblem.notFound("Unknown query",
                "No canned query is called '" + name + "'. The queries are: " + String.join(", ", catalogue.names())
                        + " (GET /api/queries describes each)."));
        Map<String, Object> bound;
        try {
            bound = query.bind(given);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Bad query parameters", e.getMessage());
        }
        List<Map<String, Object>> rows = reads.listCypher(query.body(), bound, r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String key : r.keys()) {
                row.put(key, PlainValues.plain(r.get(key)));
            }
            return row;
        });
        return new QueryResult(query.name(), bound, query.columnNames(), rows);
    }

    private static QueryInfo info(CannedQuery q) {
        return new QueryInfo(q.name(), q.question(),
                q.parameters().stream().map(p -> new QueryInfo.Param(p.name(), p.required(), p.type(), p.description(),
                        p.exampleValue())).toList(),
                q.columns().stream().map(c -> new QueryInfo.Column(c.name(), c.description())).toList(), q.notes());
    }
}
