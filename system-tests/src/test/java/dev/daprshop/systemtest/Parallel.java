package dev.daprshop.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Concurrent requests, as racing clients send them: {@code Parallel.run(30, i -> placeOrder(...))}
 * runs the task {@code times} times at once, one thread each (up to 64), and answers the results
 * in task order once all are done. The first failure (in task order) is rethrown, the others suppressed on it.
 */
final class Parallel {

    /** The most threads one call starts: more than any test races, few enough for a shared machine. */
    private static final int MAX_THREADS = 64;
    /** Each request has its own 30 s timeout (Shop); this only ends a call that hangs beyond them all. */
    private static final Duration JOIN_TIMEOUT = Duration.ofMinutes(2);

    private Parallel() {
    }

    /** The i-th of the concurrent tasks. */
    @FunctionalInterface
    interface Task<T> {
        T run(int i) throws Exception;
    }

    static <T> List<T> run(int times, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(times, MAX_THREADS)));
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, times)
                    .<Callable<T>>mapToObj(i -> () -> task.run(i)).toList(),
                    JOIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<T> results = new ArrayList<>();
            Throwable first = null;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException | CancellationException e) {
                    Throwable failure = e instanceof ExecutionException ? e.getCause()
                            : new AssertionError("task " + i + " of " + times + " not done within " + JOIN_TIMEOUT);
                    if (first == null) {
                        first = failure;
                    } else {
                        first.addSuppressed(failure);
                    }
                }
            }
            if (first instanceof Error error) {
                throw error;
            }
            if (first != null) {
                throw (Exception) first;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
