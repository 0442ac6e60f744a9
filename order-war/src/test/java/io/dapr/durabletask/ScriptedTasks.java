package io.dapr.durabletask;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tasks with a scripted outcome, for a workflow run against a fake context. In the SDK's package
 * because {@link Task} and its exceptions can only be made from there.
 */
public final class ScriptedTasks {

    private ScriptedTasks() {
    }

    public static <V> Task<V> completed(V value) {
        return new Scripted<>(() -> value);
    }

    /** A task whose activity failed after its retries, as the engine reports it. */
    public static <V> Task<V> failed(String taskName, String error) {
        return new Scripted<>(() -> {
            throw new TaskFailedException(taskName, 1, new FailureDetails("java.lang.IllegalStateException", error, null, false));
        });
    }

    /** A task cancelled by its timeout (an external event that did not come in time). */
    public static <V> Task<V> timedOut(String taskName) {
        return new Scripted<>(() -> {
            throw new TaskCanceledException("timed out", taskName, 1);
        });
    }

    private static final class Scripted<V> extends Task<V> {

        private final Supplier<V> outcome;

        Scripted(Supplier<V> outcome) {
            super(new CompletableFuture<>());
            this.outcome = outcome;
        }

        @Override
        public V await() {
            return outcome.get();
        }

        @Override
        public <U> Task<U> thenApply(Function<V, U> fn) {
            return new Scripted<>(() -> fn.apply(outcome.get()));
        }

        @Override
        public Task<Void> thenAccept(Consumer<V> fn) {
            return new Scripted<>(() -> {
                fn.accept(outcome.get());
                return null;
            });
        }
    }
}
