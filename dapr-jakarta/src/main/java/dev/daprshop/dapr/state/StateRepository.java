package dev.daprshop.dapr.state;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCalls;
import dev.daprshop.dapr.propagation.TraceContext;
import io.dapr.client.DaprClient;
import io.dapr.client.domain.State;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Values of one type in one Dapr state store, each under {@code <prefix><id>}: how every service
 * reads and writes state. Each call is a traced {@code dapr.state} span carrying the trace context to
 * the sidecar. Versioned writes carry the ETag they were read with (first write wins; none = create,
 * which fails if the key exists), so a concurrent change makes them fail instead of being lost.
 */
public final class StateRepository<T> {

    private final DaprClient dapr;
    private final DaprCalls calls;
    private final String store;
    private final String prefix;
    private final Class<T> type;

    StateRepository(DaprClient dapr, DaprCalls calls, String store, String prefix, Class<T> type) {
        this.dapr = dapr;
        this.calls = calls;
        this.store = store;
        this.prefix = prefix;
        this.type = type;
    }

    /** The value with its ETag; empty when the key holds nothing. */
    public CompletionStage<Optional<Versioned<T>>> find(String id) {
        return calls.traced(DaprApi.STATE, "get", store, () -> dapr.getState(store, key(id), type)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture());
    }

    /** The values of these ids; an id that holds nothing is left out. */
    public CompletionStage<List<T>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return CompletableFuture.completedStage(List.of());
        }
        List<String> keys = ids.stream().map(this::key).toList();
        return calls.traced(DaprApi.STATE, "get bulk", store, () -> dapr.getBulkState(store, keys, type)
                .contextWrite(TraceContext.reactor())
                .map(states -> states.stream().map(State::getValue).filter(Objects::nonNull).toList())
                .toFuture());
    }

    /** Writes the value against the ETag it was read with ({@link Versioned#fresh} creates it). */
    public CompletionStage<Void> save(String id, Versioned<T> value) {
        return calls.traced(DaprApi.STATE, "save", store, () -> dapr.saveState(store, key(id), value.etag(), value.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture());
    }

    /** Writes the value whatever the key holds (last write wins): for read models that are only ever replaced whole. */
    public CompletionStage<Void> put(String id, T value) {
        return calls.traced(DaprApi.STATE, "save", store, () -> dapr.saveState(store, key(id), value)
                .contextWrite(TraceContext.reactor())
                .toFuture());
    }

    /**
     * Reads the value, changes it and writes it back against its ETag; a lost race runs again from a
     * fresh read ({@link OptimisticRetry}). A change that leaves the value as it was writes nothing.
     * Empty when the key holds nothing (nothing is written).
     */
    public CompletionStage<Optional<T>> update(String id, UnaryOperator<T> change) {
        return OptimisticRetry.run(() -> find(id).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedStage(Optional.<T>empty());
            }
            T changed = change.apply(found.get().value());
            if (changed.equals(found.get().value())) {
                return CompletableFuture.completedStage(Optional.of(changed));
            }
            return save(id, found.get().with(changed)).thenApply(saved -> Optional.of(changed));
        }));
    }

    private String key(String id) {
        return prefix + id;
    }
}
