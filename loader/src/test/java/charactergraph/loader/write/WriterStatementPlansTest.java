package charactergraph.loader.write;

import charactergraph.model.RelationType;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plans of the statements that carry an article's bulk (characters, relationships, appended evidence): an Eager
 * operator would make Neo4j materialize every row of the batch between two steps, and an index seek turning into a
 * label scan would make each row cost as much as the whole label. EXPLAIN only, nothing runs.
 */
class WriterStatementPlansTest {

    private static Plan explain(String statement, Map<String, Object> params) {
        try (Session session = SharedNeo4j.driver().session()) {
            var summary = session.run("EXPLAIN " + statement, params).consume();
            assertTrue(summary.hasPlan());
            return summary.plan();
        }
    }

    private static List<String> operators(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add(plan.operatorType());
        plan.children().forEach(c -> out.addAll(operators(c)));
        return out;
    }

    private static void assertStreams(String name, String statement, Map<String, Object> params) {
        List<String> ops = operators(explain(statement, params));
        assertFalse(ops.stream().anyMatch(op -> op.equals("Eager") || op.startsWith("Eager@")),
                name + " has an Eager operator: " + ops);
        assertFalse(ops.stream().anyMatch(op -> op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan")),
                name + " scans instead of seeking: " + ops);
    }

    @Test
    void createRelationsSeeksBothEndsAndStreams() {
        Map<String, Object> columns = Map.of("rows", List.of());
        for (RelationType type : List.of(RelationType.KILLED, RelationType.SIBLING_OF)) {
            List<String> ops = operators(explain(Statements.createRelations(type), columns));
            assertStreams("create-relations " + type, Statements.createRelations(type), columns);
            assertEquals(2, ops.stream().filter(op -> op.startsWith("NodeUniqueIndexSeek")).count(), ops.toString());
        }
    }

    @Test
    void theOtherBulkStatementsStream() {
        Map<String, Object> rows = Map.of("rows", List.of(), "story", "s", "doc", "d");
        for (String name : List.of("create-characters", "merge-characters", "read-relations", "append-evidence")) {
            assertStreams(name, Statements.get(name), rows);
        }
    }
}
