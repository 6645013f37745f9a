package charactergraph.api.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * Runs a read query from a {@code .cypher} file of module {@code cypher} and maps each record: either in a read
 * transaction of its own ({@link GraphReads}) or inside one read transaction shared by every query of a request
 * ({@link GraphReads#inOneTransaction}), which saves a session, a BEGIN and a COMMIT per extra query.
 */
public interface CypherReads {
    /** {@code queryFile} is relative to {@code cypher/}, e.g. {@code api/find-character.cypher}. */
    <T> List<T> list(String queryFile, Map<String, Object> parameters, Function<Record, T> mapper);

    /** Cypher text read from a {@code .cypher} file already (and maybe completed, e.g. a pattern's length bound). */
    <T> List<T> listCypher(String query, Map<String, Object> parameters, Function<Record, T> mapper);
}
