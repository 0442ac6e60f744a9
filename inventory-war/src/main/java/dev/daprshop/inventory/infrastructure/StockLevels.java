package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.inventory.application.StockLevelReadModel;
import dev.daprshop.inventory.domain.StockLevel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A read model of every product's {@link StockLevel} under {@code level-<productId>} in the state
 * store, written by the product's actor after each change ({@link ProductInventoryActor}). The stock report reads all levels in one
 * bulk call instead of waking every product's actor.
 */
@ApplicationScoped
public class StockLevels implements StockLevelReadModel {

    @Inject
    StateRepositories repositories;

    private StateRepository<StockLevel> levels;

    @PostConstruct
    void open() {
        levels = repositories.of(InventoryStore.STORE, "level-", StockLevel.class);
    }

    public CompletionStage<Void> save(StockLevel level) {
        return levels.put(level.productId(), level);
    }

    @Override
    public CompletionStage<List<StockLevel>> of(Collection<String> productIds) {
        return levels.findAll(productIds);
    }
}
