package dev.daprshop.dapr.state;

import io.dapr.client.domain.State;
import io.dapr.client.domain.StateOptions;
import java.util.Optional;

/** How this project reads and writes Dapr state. */
public final class States {

    /**
     * Writes that carry the ETag they were read with fail when the value changed since (first
     * write wins) instead of overwriting it.
     */
    public static final StateOptions FIRST_WRITE =
            new StateOptions(StateOptions.Consistency.STRONG, StateOptions.Concurrency.FIRST_WRITE);

    private States() {
    }

    /** A read value with its ETag; empty when the key holds nothing. */
    public static <T> Optional<Versioned<T>> versioned(State<T> state) {
        return state.getValue() == null ? Optional.empty() : Optional.of(new Versioned<>(state.getValue(), state.getEtag()));
    }
}
