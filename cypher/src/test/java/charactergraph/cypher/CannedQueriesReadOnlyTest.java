package charactergraph.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/** Every canned query runs in a READ transaction, plans as read only, and returns exactly its declared columns. */
class CannedQueriesReadOnlyTest {
    @BeforeAll
    static void loadGraph() {
        TestNeo4j.freshGraph("fixtures/two-stories.cypher");
    }

    static Stream<CannedQuery> queries() {
        return CannedQueries.load().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void runsInAReadTransactionWithItsExampleAndReturnsTheDeclaredColumns(CannedQuery query) {
        try (Session session = TestNeo4j.session()) {
            Map<String, Object> params = query.bind(query.exampleParameters());
            List<Object> outcome = session.executeRead(tx -> {
                Result result = tx.run(query.body(), params);
                List<String> keys = result.keys();
                int rows = result.list().size();
                return List.of(keys, rows);
            });
            assertEquals(query.columnNames(), outcome.get(0), "RETURN columns of " + query.file() + " vs its header");
            assertFalse((Integer) outcome.get(1) == 0, "the header's example parameters find rows on the seed story");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void plansAsReadOnly(CannedQuery query) {
        try (Session session = TestNeo4j.session()) {
            ResultSummary summary = session.executeRead(
                    tx -> tx.run("EXPLAIN " + query.body(), query.bind(query.exampleParameters())).consume());
            assertEquals(QueryType.READ_ONLY, summary.queryType());
        }
    }

    /** Shows the read-transaction check above has teeth: the server refuses a write in a READ transaction. */
    @Test
    void theServerRefusesAWriteInAReadTransaction() {
        String write = TestNeo4j.resource("fixtures/write-probe.cypher");
        try (Session session = TestNeo4j.session()) {
            assertThrows(ClientException.class, () -> session.executeRead(tx -> tx.run(write).consume()));
        }
    }
}
