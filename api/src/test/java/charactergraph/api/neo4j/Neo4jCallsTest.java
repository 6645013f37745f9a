package charactergraph.api.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import charactergraph.api.StartupProblem;
import charactergraph.api.error.ApiProblem;

/** The deadline runner on its own, with work that stands in for a driver call to a Neo4j that does not answer. */
class Neo4jCallsTest {
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void answersAndExceptionsPassThroughUnchanged() {
        Neo4jCalls calls = new Neo4jCalls(2, SHORT, SHORT);
        try {
            assertEquals(42, calls.read(() -> 42));
            IllegalArgumentException thrown = new IllegalArgumentException("from the work");
            assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> calls.read(() -> {
                throw thrown;
            })));
            ApiProblem problem = ApiProblem.notFound("Unknown", "no such thing");
            assertSame(problem, assertThrows(ApiProblem.class, () -> calls.write(() -> {
                throw problem;
            })));
        } finally {
            calls.close();
        }
    }

    @Test
    void anExportHasTheLongerWriteDeadlineAQuestionDoesNot() {
        Neo4jCalls calls = new Neo4jCalls(2, SHORT, Duration.ofSeconds(30));
        try {
            java.util.function.Supplier<String> slowWholeGraphRead = () -> {
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "every node";
            };
            assertEquals("every node", calls.bulkRead(slowWholeGraphRead));
            ApiProblem problem = assertThrows(ApiProblem.class, () -> calls.read(slowWholeGraphRead));
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, problem.status());
        } finally {
            calls.close();
        }
    }

    @Test
    void aCallPastItsDeadlineIs503AndItsWorkerIsInterrupted() throws Exception {
        Neo4jCalls calls = new Neo4jCalls(2, SHORT, SHORT);
        CountDownLatch interrupted = new CountDownLatch(1);
        try {
            long t0 = System.nanoTime();
            ApiProblem problem = assertThrows(ApiProblem.class, () -> calls.read(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return 0;
            }));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, problem.status());
            assertTrue(problem.getMessage().contains("200 ms") && problem.getMessage().contains("NEO4J_READ_DEADLINE"),
                    problem.getMessage());
            assertEquals("5", problem.headers().get("Retry-After"));
            assertTrue(ms >= 200 && ms < 5_000, ms + " ms");
            // The driver closes the connection of an interrupted thread; here the sleep ends.
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the worker was not interrupted");
            assertEquals(42, calls.read(() -> 42), "the freed worker serves the next call");
        } finally {
            calls.close();
        }
    }

    @Test
    void whenEveryWorkerIsStuckPastItsDeadlineRequestsAreRefusedAtOnceUntilOneIsFree() throws Exception {
        Neo4jCalls calls = new Neo4jCalls(2, SHORT, SHORT);
        CountDownLatch neo4jAnswers = new CountDownLatch(1);
        try {
            // Work that ignores interrupts, as a driver call might: both workers stay stuck after their deadline.
            for (int i = 0; i < 2; i++) {
                assertThrows(ApiProblem.class, () -> calls.read(() -> {
                    awaitIgnoringInterrupts(neo4jAnswers);
                    return 0;
                }));
            }
            assertEquals(2, calls.overdue());
            long t0 = System.nanoTime();
            ApiProblem refused = assertThrows(ApiProblem.class, () -> calls.read(() -> 1));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, refused.status());
            assertTrue(refused.getMessage().contains("past their deadline"), refused.getMessage());
            assertTrue(ms < SHORT.toMillis(), "refused after " + ms + " ms, not at once");

            neo4jAnswers.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (calls.overdue() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, calls.overdue());
            assertEquals(1, calls.read(() -> 1), "served again once the workers are free");
        } finally {
            neo4jAnswers.countDown();
            calls.close();
        }
    }

    @Test
    void aFullQueueIsRefusedAtOnce() throws Exception {
        Neo4jCalls calls = new Neo4jCalls(1, Duration.ofSeconds(30), SHORT);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try {
            // One busy worker and four queued calls (the queue holds four per worker) fill it.
            for (int i = 0; i < 5; i++) {
                boolean first = i == 0;
                Thread caller = new Thread(() -> calls.read(() -> {
                    if (first) {
                        running.countDown();
                    }
                    awaitIgnoringInterrupts(release);
                    return 0;
                }));
                caller.setDaemon(true);
                caller.start();
                if (first) {
                    assertTrue(running.await(5, TimeUnit.SECONDS));
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (calls.queued() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(4, calls.queued());
            long t0 = System.nanoTime();
            ApiProblem refused = assertThrows(ApiProblem.class, () -> calls.read(() -> 0));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, refused.status());
            assertTrue(refused.getMessage().contains("NEO4J_WORKERS"), refused.getMessage());
            assertTrue(ms < 5_000, "refused after " + ms + " ms, not at once");
        } finally {
            release.countDown();
            calls.close();
        }
    }

    @Test
    void badSettingsAreAStartupProblem() {
        assertThrows(StartupProblem.class, () -> new Neo4jCalls(0, SHORT, SHORT));
        assertTrue(assertThrows(StartupProblem.class, () -> new Neo4jCalls(1, Duration.ZERO, SHORT)).getMessage()
                .contains("NEO4J_READ_DEADLINE"));
        assertTrue(assertThrows(StartupProblem.class, () -> new Neo4jCalls(1, SHORT, Duration.ofSeconds(-1)))
                .getMessage().contains("NEO4J_WRITE_DEADLINE"));
    }

    @Test
    void theReadDeadlineFollowsTheQueryTimeoutUnlessSet() {
        Neo4jSettings settings = new Neo4jSettings();
        settings.setQueryTimeout(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(35), settings.getReadDeadline());
        settings.setReadDeadline(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(3), settings.getReadDeadline());
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // stand-in for a call that does not end on an interrupt
            }
        }
    }
}
