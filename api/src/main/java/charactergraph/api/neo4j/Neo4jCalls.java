package charactergraph.api.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import charactergraph.api.StartupProblem;
import charactergraph.api.error.ApiProblem;

/**
 * Runs blocking driver work on a bounded pool of worker threads and waits for it up to a deadline, so that a Neo4j
 * that hangs (alive, connected, silent) costs a request a 503 after the deadline instead of a wait without end.
 *
 * <p>Why a pool and not the request thread: the driver's blocking API has no read timeout, and the query timeout is
 * enforced by Neo4j itself, which does nothing while it hangs. Waiting for a {@link FutureTask} with a deadline is
 * the one bound that holds whatever the server does. On the deadline the worker is interrupted: the driver answers
 * an interrupt by closing the connection the call holds, which frees the worker; a call still opening a connection
 * (the Bolt handshake with a silent server) is freed by the driver's connection timeout instead. A worker still busy
 * after its deadline counts as overdue, and once every worker is overdue requests are refused at once, so stuck
 * requests cannot pile up threads; the workers come back by themselves when Neo4j answers again.
 */
@Context
public class Neo4jCalls {
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jCalls.class);
    /** Seconds a client is asked to wait before trying again (the {@code Retry-After} of the 503s). */
    private static final String RETRY_AFTER = "5";

    private final ThreadPoolExecutor pool;
    private final int workers;
    private final int queueCapacity;
    private final Duration readDeadline;
    private final Duration writeDeadline;
    /** Workers still running a call whose caller gave up on it (an approximation: see {@link Call}). */
    private final AtomicInteger overdue = new AtomicInteger();

    @Inject
    public Neo4jCalls(Neo4jSettings settings) {
        this(settings.getWorkers(), settings.getReadDeadline(), settings.getWriteDeadline());
    }

    public Neo4jCalls(int workers, Duration readDeadline, Duration writeDeadline) {
        if (workers < 1) {
            throw new StartupProblem("neo4j.workers (NEO4J_WORKERS) is " + workers + "; it must be 1 or more.");
        }
        requirePositive(readDeadline, "neo4j.read-deadline (NEO4J_READ_DEADLINE)");
        requirePositive(writeDeadline, "neo4j.write-deadline (NEO4J_WRITE_DEADLINE)");
        this.workers = workers;
        // Room for a burst of four requests per worker; past that a request is refused rather than queued, since
        // it would most likely reach its deadline in the queue.
        this.queueCapacity = workers * 4;
        this.readDeadline = readDeadline;
        this.writeDeadline = writeDeadline;
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(queueCapacity), r -> {
                    Thread t = new Thread(r, "neo4j-call-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // Idle workers end after 30 s: a quiet app holds no threads for its peak.
        pool.allowCoreThreadTimeOut(true);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new StartupProblem(name + " is " + d + "; it must be a positive duration such as 10s.");
        }
    }

    public Duration readDeadline() {
        return readDeadline;
    }

    public Duration writeDeadline() {
        return writeDeadline;
    }

    /** How many workers are still busy with a call their caller gave up on (for tests and logs). */
    public int overdue() {
        return overdue.get();
    }

    /** How many calls wait for a worker. */
    int queued() {
        return pool.getQueue().size();
    }

    /** {@code work} (a read) with the read deadline; its exceptions reach the caller unchanged. */
    public <R> R read(Supplier<R> work) {
        return call(work, readDeadline, "read deadline", "NEO4J_READ_DEADLINE", "Try again later.");
    }

    /**
     * {@code work} (a read of the whole graph or a whole story, as an export) with the write deadline: it reads
     * everything, so on a large graph it takes far longer than a question does, yet it must still end when Neo4j
     * hangs. Its exceptions reach the caller unchanged.
     */
    public <R> R bulkRead(Supplier<R> work) {
        return call(work, writeDeadline, "write deadline (which exports use too)", "NEO4J_WRITE_DEADLINE",
                "Try again later, or export one story (?story=).");
    }

    /** {@code work} (a write) with the write deadline; its exceptions reach the caller unchanged. */
    public <R> R write(Supplier<R> work) {
        return call(work, writeDeadline, "write deadline", "NEO4J_WRITE_DEADLINE",
                "The write may still be applied if Neo4j comes back: check with GET /api/documents, or send the"
                        + " same request again (loading the same article twice changes nothing).");
    }

    private <R> R call(Supplier<R> work, Duration deadline, String deadlineName, String setting, String advice) {
        if (overdue.get() >= workers) {
            throw unavailable("Neo4j does not answer", "All " + workers + " connections to Neo4j are still waiting"
                    + " for an answer past their deadline, so this request was not sent. Neo4j is running but not"
                    + " answering (stopped, overloaded or stuck). Try again later.");
        }
        Call<R> task = new Call<>(work, overdue);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            throw unavailable("Too many requests waiting for Neo4j", "All " + workers + " workers are busy with"
                    + " Neo4j and " + queueCapacity + " requests wait for one (NEO4J_WORKERS). Try again in a moment.");
        }
        try {
            return task.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            abandon(task);
            throw unavailable("Neo4j does not answer", "Neo4j did not answer within the " + deadlineName + " of "
                    + deadline.toMillis() + " ms (" + setting + "): it is running but not answering (stopped,"
                    + " overloaded or stuck). " + advice);
        } catch (InterruptedException e) {
            abandon(task);
            Thread.currentThread().interrupt();
            throw unavailable("Neo4j does not answer", "The request was interrupted while waiting for Neo4j.");
        } catch (CancellationException e) {
            throw unavailable("Neo4j does not answer", "The call to Neo4j was cancelled (the app is stopping).");
        }
    }

    /** Interrupts a running call (the driver then closes its connection) or drops a queued one. */
    private void abandon(Call<?> task) {
        task.cancel(true);
        // A call still queued leaves the queue now rather than when a worker reaches it: with the workers stuck,
        // cancelled calls would otherwise fill the queue.
        pool.remove(task);
        if (task.markOverdue()) {
            int now = overdue.incrementAndGet();
            if (now == workers) {
                LOG.warn("All {} Neo4j workers wait for Neo4j past their deadline: refusing requests until one is free",
                        workers);
            }
        }
    }

    private static ApiProblem unavailable(String title, String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, title, detail, Map.of("Retry-After", RETRY_AFTER));
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }

    /**
     * One call, which knows whether its worker is running it, so that a caller who gives up can count the worker
     * as overdue, and the worker can uncount itself when it ends. A call dropped from the queue never runs and is
     * never counted. (Between "running" and the interrupt there is a moment where a call can escape the count; it
     * is interrupted all the same, and the count only decides when to refuse at once.)
     */
    private static final class Call<R> extends FutureTask<R> {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int OVERDUE = 2;
        private static final int DONE = 3;
        private final AtomicInteger state;

        Call(Supplier<R> work, AtomicInteger overdue) {
            this(work, overdue, new AtomicInteger(QUEUED));
        }

        private Call(Supplier<R> work, AtomicInteger overdue, AtomicInteger state) {
            super(() -> {
                state.set(RUNNING);
                long started = System.nanoTime();
                Throwable failure = null;
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    failure = e;
                    throw e;
                } finally {
                    // Only the worker moves OVERDUE on, so the count goes down exactly once for each count up.
                    if (state.getAndSet(DONE) == OVERDUE) {
                        overdue.decrementAndGet();
                        // Says whether Neo4j did the work after all, which matters for a write.
                        LOG.info("A Neo4j call given up at its deadline ended after {} ms: {}",
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                                failure == null ? "completed" : failure.toString());
                    }
                }
            });
            this.state = state;
        }

        boolean markOverdue() {
            return state.compareAndSet(RUNNING, OVERDUE);
        }
    }
}
