package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.actors.HostedActorFactory;
import dev.daprshop.inventory.application.InventorySettings;
import io.dapr.actors.ActorId;
import io.dapr.actors.runtime.ActorRuntimeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * inventory-service hosts {@link ProductInventoryActor}s, one per product, with their settings and
 * the stock levels they keep. The actor reads the hold duration when it holds units: the live setting.
 */
@ApplicationScoped
public class InventoryActorFactory implements HostedActorFactory<ProductInventoryActor> {

    @Inject
    InventorySettings settings;

    @Inject
    StockLevels levels;

    @Override
    public Class<ProductInventoryActor> actorClass() {
        return ProductInventoryActor.class;
    }

    @Override
    public ProductInventoryActor createActor(ActorRuntimeContext<ProductInventoryActor> context, ActorId id) {
        return new ProductInventoryActor(context, id, settings::reservationHold, levels);
    }
}
