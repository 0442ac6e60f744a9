package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.inventory.application.ProductStocks;
import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import io.dapr.actors.ActorId;
import io.dapr.actors.client.ActorClient;
import io.dapr.actors.client.ActorProxyBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@link ProductStocks} as calls to the {@link InventoryActor} of each product, through this
 * application's sidecar (which finds the actor's host through placement). Each call is a
 * {@code dapr.actor} span named after the actor method; the SDK's gRPC channel carries that span's
 * context to daprd.
 */
@ApplicationScoped
public class InventoryActors implements ProductStocks {

    @Inject
    ActorClient client;

    private ActorProxyBuilder<InventoryActor> proxies;

    @PostConstruct
    void init() {
        proxies = new ActorProxyBuilder<>(InventoryActor.class, client);
    }

    @Override
    @DaprCall(api = DaprApi.ACTOR, operation = "stock", component = InventoryActor.TYPE)
    public CompletionStage<Optional<Stock>> stock(String productId) {
        return actor(productId).stock().map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture();
    }

    @Override
    @DaprCall(api = DaprApi.ACTOR, operation = "restock", component = InventoryActor.TYPE)
    public CompletionStage<Stock> restock(String productId, int available, BigDecimal unitPrice) {
        return actor(productId).restock(new InventoryActor.Restock(available, unitPrice)).toFuture();
    }

    @Override
    @DaprCall(api = DaprApi.ACTOR, operation = "reserve", component = InventoryActor.TYPE)
    public CompletionStage<HoldOutcome> hold(String productId, String orderId, int quantity) {
        return actor(productId).reserve(new InventoryActor.Hold(orderId, quantity)).toFuture();
    }

    @Override
    @DaprCall(api = DaprApi.ACTOR, operation = "confirm", component = InventoryActor.TYPE)
    public CompletionStage<Settlement> confirm(String productId, String orderId) {
        return actor(productId).confirm(orderId).toFuture();
    }

    @Override
    @DaprCall(api = DaprApi.ACTOR, operation = "release", component = InventoryActor.TYPE)
    public CompletionStage<Settlement> release(String productId, String orderId, int quantity) {
        return actor(productId).release(new InventoryActor.Hold(orderId, quantity)).toFuture();
    }

    private InventoryActor actor(String productId) {
        return proxies.build(new ActorId(productId));
    }
}
