package dev.daprshop.dapr.state;

import dev.daprshop.dapr.tracing.DaprCalls;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Makes the {@link StateRepository} of a type: a service's store adapter holds one per kind of record. */
@ApplicationScoped
public class StateRepositories {

    @Inject
    DaprClient dapr;

    @Inject
    DaprCalls calls;

    /** Values of {@code type} in the state store {@code store}, each under {@code prefix + id}. */
    public <T> StateRepository<T> of(String store, String prefix, Class<T> type) {
        return new StateRepository<>(dapr, calls, store, prefix, type);
    }
}
