package dev.daprshop.order.application;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.dapr.workflow.Workflows;
import dev.daprshop.order.application.saga.OrderWorkflow;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.PaymentResult;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import dev.daprshop.order.infrastructure.OrderStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Places orders and hands payment results to them. An order is saved {@code PENDING} and its
 * {@link OrderWorkflow} started under the order id, so placing the same order again (same
 * Idempotency-Key) finds it and starts nothing twice.
 */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());

    @Inject
    OrderStore store;

    @Inject
    Workflows workflows;

    @Inject
    EventLog events;

    public CompletionStage<Optional<Order>> order(String orderId) {
        return store.order(orderId).thenApply(found -> found.map(Versioned::value));
    }

    /** Places the order, or answers the order already placed under this id. */
    public CompletionStage<Order> place(String orderId, String customerId, List<OrderLine> items, String traceId,
                                        Duration paymentTimeout) {
        if (!workflows.hasRoom()) {
            // Refused before anything is written: the same request later places the order.
            return CompletableFuture.failedStage(Workflows.saturated());
        }
        Order order = Order.accepted(orderId, customerId, items, traceId);
        return create(order, new OrderToPlace(orderId, items, paymentTimeout.toSeconds()));
    }

    /**
     * A first write, tried before any read (a new order, the common case, costs one call): of two
     * requests with one Idempotency-Key, and for a key used before, the write that loses finds the
     * order already there.
     */
    private CompletionStage<Order> create(Order order, OrderToPlace toPlace) {
        return store.save(Versioned.fresh(order))
                .handle((saved, lost) -> lost)
                .thenCompose(lost -> lost == null
                        ? start(order, toPlace)
                        : store.order(order.orderId()).thenCompose(found -> found.isPresent()
                                ? resume(found.get().value(), toPlace)
                                : CompletableFuture.failedStage(lost)));
    }

    private CompletionStage<Order> start(Order order, OrderToPlace toPlace) {
        return workflows.start(OrderWorkflow.class, order.orderId(), toPlace)
                .thenApply(started -> {
                    events.info("order " + order.orderId() + " accepted: " + order.items().size() + " line(s)");
                    return order;
                })
                .exceptionallyCompose(failure -> store.order(order.orderId())
                        .thenCompose(found -> store.save(found.orElseThrow().with(order.settled(OrderStatus.REJECTED,
                                "order-service could not start processing the order; place it again"))))
                        .thenCompose(marked -> CompletableFuture.failedStage(failure)));
    }

    /**
     * The same order again: a PENDING order whose first request failed between saving and starting
     * gets its workflow now; one already started (maybe by a request still in flight) is left as it is.
     */
    private CompletionStage<Order> resume(Order existing, OrderToPlace toPlace) {
        if (existing.status().isFinal()) {
            return CompletableFuture.completedStage(existing);
        }
        return workflows.start(OrderWorkflow.class, existing.orderId(), toPlace).thenApply(started -> {
            if (started) {
                LOG.info(() -> "order " + existing.orderId() + ": workflow started by a repeated request");
            }
            return existing;
        });
    }

    /** payment-service's decision, raised on the order's workflow; applied once by the workflow. */
    public CompletionStage<Void> paymentDecided(String orderId, boolean approved, String reason) {
        return workflows.raiseEvent(orderId, OrderWorkflow.PAYMENT_RESULT, new PaymentResult(approved, reason))
                .thenAccept(raised -> {
                    if (!raised) {
                        LOG.warning(() -> "payment result for order " + orderId + " without a workflow: ignored");
                    }
                });
    }
}
