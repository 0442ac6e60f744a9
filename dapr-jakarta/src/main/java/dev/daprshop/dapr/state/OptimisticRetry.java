package dev.daprshop.dapr.state;

import dev.daprshop.dapr.async.CallerContext;
import dev.daprshop.dapr.async.Failures;
import dev.daprshop.dapr.problem.ProblemException;
import io.dapr.exceptions.DaprException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Read-modify-write against a Dapr state store with ETags: an attempt that loses the race (ETag
 * mismatch) is run again from a fresh read, a bounded number of times; a conflicting write is
 * therefore retried or refused, never silently lost. One that keeps losing (a key many requests
 * change at once) is refused as {@link #contended 503}: a request may try again later, and so does a
 * workflow activity or an event delivery.
 */
public final class OptimisticRetry {

    public static final int MAX_ATTEMPTS = 12;
    private static final long MAX_BACKOFF_MS = 50;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private OptimisticRetry() {
    }

    public static <T> CompletionStage<T> run(Supplier<CompletionStage<T>> attempt) {
        return run(attempt, MAX_ATTEMPTS);
    }

    static <T> CompletionStage<T> run(Supplier<CompletionStage<T>> attempt, int attemptsLeft) {
        return attempt.get().handle((value, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedStage(value);
            }
            if (isEtagMismatch(failure) && attemptsLeft > 1) {
                // The next attempt runs on a timer thread: give it this request's trace context
                // and application class loader, so its calls stay in the request's trace.
                CallerContext caller = CallerContext.capture();
                return CompletableFuture.runAsync(() -> { }, backoff(attemptsLeft))
                        .thenCompose(ignored -> caller.call(() -> run(attempt, attemptsLeft - 1)));
            }
            Throwable cause = unwrap(failure);
            return CompletableFuture.<T>failedStage(isEtagMismatch(cause) ? contended(cause) : cause);
        }).thenCompose(stage -> stage);
    }

    /** What a write that lost every attempt ends with: a 503, with the last lost race as its cause. */
    static ProblemException contended(Throwable lastLoss) {
        ProblemException refused = ProblemException.unavailable(
                "too many concurrent changes to the same record; this one was not made, try again shortly", RETRY_AFTER);
        refused.initCause(lastLoss);
        return refused;
    }

    /** A random pause that grows with each lost race, so contenders spread out instead of colliding again. */
    private static Executor backoff(int attemptsLeft) {
        long ceiling = Math.min(MAX_BACKOFF_MS, 1L << Math.min(6, MAX_ATTEMPTS - attemptsLeft + 1));
        return CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextLong(ceiling + 1), TimeUnit.MILLISECONDS);
    }

    /**
     * Dapr answers a single write whose ETag no longer matches with ABORTED (gRPC) / 409 (HTTP);
     * state.redis fails a transaction with such a write with "failed to set key" (its Lua script
     * refuses the stale version).
     */
    public static boolean isEtagMismatch(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof DaprException dapr) {
            String code = dapr.getErrorCode();
            String message = String.valueOf(dapr.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return "ABORTED".equals(code) || "ERR_STATE_ETAG_MISMATCH".equals(code)
                    || message.contains("etag mismatch") || message.contains("failed to set key");
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        return Failures.unwrap(failure);
    }
}
