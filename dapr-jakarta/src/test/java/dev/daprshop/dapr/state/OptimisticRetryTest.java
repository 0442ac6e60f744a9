package dev.daprshop.dapr.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.dapr.problem.ProblemException;
import io.dapr.exceptions.DaprException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OptimisticRetryTest {

    private static final DaprException ETAG_MISMATCH =
            new DaprException("ABORTED", "failed saving state: possible etag mismatch", (Throwable) null);
    private static final DaprException TRANSACTION_CONFLICT =
            new DaprException("INTERNAL", "error while executing state transaction: ERR failed to set key x", (Throwable) null);

    @Test
    void aLostRaceIsReadAndTriedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        String result = OptimisticRetry.run(() -> attempts.incrementAndGet() < 3
                ? CompletableFuture.<String>failedFuture(ETAG_MISMATCH)
                : CompletableFuture.completedFuture("saved")).toCompletableFuture().get();

        assertThat(result).isEqualTo("saved");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aConflictInsideATransactionIsALostRaceToo() {
        assertThat(OptimisticRetry.isEtagMismatch(TRANSACTION_CONFLICT)).isTrue();
        assertThat(OptimisticRetry.isEtagMismatch(new DaprException("UNAVAILABLE", "connection refused", (Throwable) null)))
                .isFalse();
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        CompletionStage<String> result = OptimisticRetry.run(() -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("unknown product"));
        });

        assertThatThrownBy(() -> result.toCompletableFuture().get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aWriteThatKeepsLosingIsRefusedNotLost() {
        AtomicInteger attempts = new AtomicInteger();

        CompletionStage<String> result = OptimisticRetry.run(() -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(ETAG_MISMATCH);
        });

        assertThatThrownBy(() -> result.toCompletableFuture().get()).cause()
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.problem().status()).isEqualTo(503);
                    assertThat(refused.retryAfter()).hasValue(Duration.ofSeconds(1));
                })
                .hasCause(ETAG_MISMATCH);
        assertThat(attempts).hasValue(OptimisticRetry.MAX_ATTEMPTS);
    }

    @Test
    void aRetriedAttemptRunsInTheCallersTraceContext() throws Exception {
        try (SdkTracerProvider provider = SdkTracerProvider.builder().build()) {
            Span request = provider.get("test").spanBuilder("request").startSpan();
            List<SpanContext> seen = new ArrayList<>();
            AtomicInteger attempts = new AtomicInteger();
            CompletionStage<String> result;
            try (Scope ignored = request.makeCurrent()) {
                result = OptimisticRetry.run(() -> {
                    seen.add(Span.current().getSpanContext());
                    return attempts.incrementAndGet() < 2
                            ? CompletableFuture.failedFuture(ETAG_MISMATCH)
                            : CompletableFuture.completedFuture("saved");
                });
            }
            result.toCompletableFuture().get();

            assertThat(seen).hasSize(2).allSatisfy(context -> assertThat(context).isEqualTo(request.getSpanContext()));
        }
    }
}
