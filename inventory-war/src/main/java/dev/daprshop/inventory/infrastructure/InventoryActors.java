package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.inventory.application.InventoryActor;
import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import io.dapr.actors.ActorId;
import io.dapr.actors.client.ActorClient;
import io.dapr.actors.client.ActorProxyBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Calls to the {@link InventoryActor} of a product, through this application's sidecar (which
 * finds the actor's host through placement). Each call is a {@code dapr.actor} span; the SDK's
 * gRPC channel carries that span's context to daprd.
 */
@ApplicationScoped
public class InventoryActors {

    @Inject
    ActorClient client;

    private ActorProxyBuilder<InventoryActor> proxies;

    @PostConstruct
    void init() {
        proxies = new ActorProxyBuilder<>(InventoryActor.class, client);
    }

    @DaprCall(api = DaprApi.ACTOR, operation = "stock", component = InventoryActor.TYPE)
    public CompletionStage<Optional<Stock>> stock(String productId) {
        return actor(productId).stock().map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture();
    }

    @DaprCall(api = DaprApi.ACTOR, operation = "restock", component = InventoryActor.TYPE)
    public CompletionStage<Stock> restock(String productId, InventoryActor.Restock restock) {
        return actor(productId).restock(restock).toFuture();
    }

    @DaprCall(api = DaprApi.ACTOR, operation = "reserve", component = InventoryActor.TYPE)
    public CompletionStage<HoldOutcome> reserve(String productId, InventoryActor.Hold hold) {
        return actor(productId).reserve(hold).toFuture();
    }

    @DaprCall(api = DaprApi.ACTOR, operation = "confirm", component = InventoryActor.TYPE)
    public CompletionStage<Settlement> confirm(String productId, String orderId) {
        return actor(productId).confirm(orderId).toFuture();
    }

    @DaprCall(api = DaprApi.ACTOR, operation = "release", component = InventoryActor.TYPE)
    public CompletionStage<Settlement> release(String productId, InventoryActor.Hold hold) {
        return actor(productId).release(hold).toFuture();
    }

    private InventoryActor actor(String productId) {
        return proxies.build(new ActorId(productId));
    }
}
