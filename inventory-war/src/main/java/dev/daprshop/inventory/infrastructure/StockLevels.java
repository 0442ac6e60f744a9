package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.inventory.domain.StockLevel;
import io.dapr.client.DaprClient;
import io.dapr.client.domain.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A read model of every product's {@link StockLevel} under {@code level-<productId>} in the state
 * store, written by the product's actor after each change. The stock report reads all levels in one
 * bulk call instead of waking every product's actor.
 */
@ApplicationScoped
public class StockLevels {

    private static final String STORE = InventoryStore.STORE;

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> save(StockLevel level) {
        return dapr.saveState(STORE, key(level.productId()), level).contextWrite(TraceContext.reactor()).toFuture();
    }

    /** The levels of these products; a product with no level yet is left out. */
    @DaprCall(api = DaprApi.STATE, operation = "get bulk", component = STORE)
    public CompletionStage<List<StockLevel>> of(Collection<String> productIds) {
        List<String> keys = productIds.stream().map(StockLevels::key).toList();
        if (keys.isEmpty()) {
            return CompletableFuture.completedStage(List.of());
        }
        return dapr.getBulkState(STORE, keys, StockLevel.class)
                .contextWrite(TraceContext.reactor())
                .map(states -> states.stream().map(State::getValue).filter(Objects::nonNull).toList())
                .toFuture();
    }

    private static String key(String productId) {
        return "level-" + productId;
    }
}
