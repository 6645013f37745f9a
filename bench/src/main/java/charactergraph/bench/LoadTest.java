package charactergraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded closed-loop load: a fixed pool of workers, each sending its next request as soon as the previous one
 * answered, until the request count is reached or the time limit passes, whichever comes first. Warm-up requests
 * run first and are not counted.
 */
final class LoadTest {
    /** One request; {@code i} picks the target, so every mode asks the same questions in the same order. */
    @FunctionalInterface
    interface Call {
        void call(int i) throws Exception;
    }

    record Result(int requests, int errors, double seconds, double p50Ms, double p99Ms, double meanMs,
                  String firstError, boolean timedOut) {
        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private LoadTest() {
    }

    static Result run(Call call, int concurrency, int requests, int warmUp, Duration limit) throws InterruptedException {
        if (warmUp > 0) {
            measure(call, concurrency, warmUp, Duration.ofSeconds(Math.max(5, limit.toSeconds() / 2)));
        }
        return measure(call, concurrency, requests, limit);
    }

    private static Result measure(Call call, int concurrency, int requests, Duration limit) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            latencies[w] = new long[requests];
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    try {
                        call.call(i);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    latencies[worker][counts[worker]++] = System.nanoTime() - t;
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(latencies[w], 0, all, k, counts[w]);
            k += counts[w];
        }
        Arrays.sort(all);
        double mean = total == 0 ? 0 : Arrays.stream(all).average().orElse(0) / 1e6;
        return new Result(total, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99), mean,
                firstError.get(), total < requests);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
