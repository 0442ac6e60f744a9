package dev.daprshop.order.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.infrastructure.InventoryGateway;
import dev.daprshop.order.infrastructure.InventoryGateway.Refused;
import dev.daprshop.order.infrastructure.InventoryGateway.Reserved;
import dev.daprshop.order.infrastructure.OrderStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * The order saga, one small step per method: reserve the stock, save the order and announce it
 * (one outbox transaction), then, when payment-service has answered, confirm the sale or give
 * the stock back. Placing is idempotent by order id; a payment result is applied once.
 */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());

    @Inject
    OrderStore store;

    @Inject
    InventoryGateway inventory;

    public CompletionStage<Optional<Order>> order(String orderId) {
        return store.order(orderId).thenApply(found -> found.map(Versioned::value));
    }

    /** Places the order, or answers the order already placed under this id. */
    public CompletionStage<Order> place(String orderId, String customerId, List<OrderLine> items, String traceId) {
        return store.order(orderId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedStage(existing.get().value())
                : reserve(orderId, customerId, items, traceId));
    }

    private CompletionStage<Order> reserve(String orderId, String customerId, List<OrderLine> items, String traceId) {
        return inventory.reserve(orderId, items).thenCompose(outcome -> outcome instanceof Reserved reserved
                ? saveAndAnnounce(Order.pending(orderId, customerId, reserved.lines(), traceId))
                : reject(Order.rejected(orderId, customerId, items, ((Refused) outcome).reason(), traceId)));
    }

    private CompletionStage<Order> saveAndAnnounce(Order order) {
        return store.saveAndAnnounce(order).thenApply(saved -> order);
    }

    private CompletionStage<Order> reject(Order order) {
        return store.save(Versioned.fresh(order)).thenApply(saved -> order);
    }

    /** payment-service's answer: the order completes, or is cancelled and its stock given back. */
    public CompletionStage<Void> paymentDecided(String orderId, boolean approved, String reason) {
        return OptimisticRetry.run(() -> store.order(orderId).thenCompose(found -> {
            if (found.isEmpty()) {
                LOG.warning(() -> "payment result for unknown order " + orderId + ": ignored");
                return CompletableFuture.completedStage(null);
            }
            if (found.get().value().status().isFinal()) {
                return CompletableFuture.completedStage(null);
            }
            return approved ? complete(found.get()) : cancel(found.get(), reason);
        }));
    }

    private CompletionStage<Void> complete(Versioned<Order> order) {
        return inventory.confirm(order.value().orderId())
                .thenCompose(confirmed -> store.save(order.with(order.value().completed())));
    }

    private CompletionStage<Void> cancel(Versioned<Order> order, String reason) {
        return inventory.release(order.value().orderId())
                .thenCompose(released -> store.save(order.with(order.value().cancelled(reason))));
    }
}
