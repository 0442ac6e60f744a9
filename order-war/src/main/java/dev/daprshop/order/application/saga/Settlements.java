package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.order.application.Inventory;
import dev.daprshop.order.application.OrderEventPublisher;
import dev.daprshop.order.application.OrderRepository;
import dev.daprshop.order.application.OrdersInFlight;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCancelled;
import dev.daprshop.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How an order ends. Its final status is written once, checked against the ETag it was read with,
 * and whoever writes it first (the saga, or the deadline check of {@link OrderDeadlines}) decides;
 * the stock and the payment then follow the order: a cancelled order gives back what it holds or
 * bought and tells payment-service, which refunds it. Every part is idempotent, so a step that
 * crashed midway is simply run again.
 */
@ApplicationScoped
public class Settlements {

    @Inject
    OrderRepository orders;

    @Inject
    Inventory inventory;

    @Inject
    OrderEventPublisher events;

    @Inject
    OrdersInFlight inFlight;

    @Inject
    EventLog eventLog;

    /** The final status, and nothing else (nothing is held): for an order inventory refused. */
    public CompletionStage<Order> settle(String orderId, OrderStatus status, String reason) {
        return orders.update(orderId, order -> order.settledIfPending(status, reason)).thenApply(revision -> {
            if (revision.changed()) {
                ended(revision.after());
            }
            return revision.after();
        });
    }

    /** The order is COMPLETED (its stock was sold): false when it had ended otherwise before. */
    public CompletionStage<Boolean> complete(String orderId) {
        return settle(orderId, OrderStatus.COMPLETED, null).thenApply(order -> order.status() == OrderStatus.COMPLETED);
    }

    /**
     * The order ends {@code status} (unless it is COMPLETED already: then nothing happens): the
     * status first, then its stock is given back, then, if payment-service heard of it, the
     * cancellation is announced.
     */
    public CompletionStage<Void> cancel(String orderId, OrderStatus status, String reason) {
        return settle(orderId, status, reason).thenCompose(order -> order.status() == OrderStatus.COMPLETED
                ? CompletableFuture.<Void>completedStage(null)
                : inventory.release(orderId, order.items()).thenCompose(released -> order.announced()
                        ? events.cancelled(OrderCancelled.of(order))
                        : CompletableFuture.<Void>completedStage(null)));
    }

    /** This call ended the order (it was not found ended): it leaves the admission count, and the event log says how it ended. */
    private void ended(Order order) {
        inFlight.placed(order.orderId());
        eventLog.info("order " + order.orderId() + " " + order.status() + (order.reason() == null ? "" : ": " + order.reason()));
    }
}
