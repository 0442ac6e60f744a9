package dev.daprshop.dapr.workflow;

import dev.daprshop.dapr.async.Failures;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Waits for an adapter's asynchronous result inside a workflow activity (activities run on the
 * worker's own threads, so waiting there holds no request thread). A failure is rethrown as
 * itself, not wrapped, so the activity's failure — and the reason an order ends with — reads as
 * what went wrong.
 */
public final class Await {

    private Await() {
    }

    public static <T> T result(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException wrapped) {
            if (Failures.unwrap(wrapped) instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }
}
