package dev.daprshop.order.application;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.dapr.workflow.Workflows;
import dev.daprshop.order.application.saga.OrderDeadlines;
import dev.daprshop.order.application.saga.OrderWorkflow;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.PaymentResult;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderLine;
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
    OrderRepository orders;

    @Inject
    Workflows workflows;

    @Inject
    OrderDeadlines deadlines;

    @Inject
    OrdersInFlight inFlight;

    @Inject
    EventLog eventLog;

    public CompletionStage<Optional<Order>> order(String orderId) {
        return orders.find(orderId);
    }

    /**
     * Places the order, or answers the order already placed under this id. The order's deadline
     * check is scheduled with it, so the order ends even if its workflow never runs.
     */
    public CompletionStage<Order> place(String orderId, String customerId, List<OrderLine> items, String traceId,
                                        PlacementTerms terms) {
        // Refused before anything is written: the same request later places the order.
        if (!workflows.hasRoom()) {
            return placedBeforeOr(orderId, Workflows.saturated());
        }
        if (!inFlight.admit(orderId, terms.maxInFlight())) {
            return placedBeforeOr(orderId, OrdersInFlight.busy());
        }
        Order order = Order.accepted(orderId, customerId, items, traceId);
        OrderToPlace toPlace = new OrderToPlace(orderId, items, terms.paymentTimeout().toSeconds());
        // Both at once: the request fails if either does, and its retry (same key) does both again.
        return deadlines.watch(orderId, terms.paymentTimeout(), terms.historyRetention())
                .thenCombine(create(order, toPlace), (watched, placed) -> placed)
                .whenComplete((placed, failed) -> {
                    if (failed != null || placed != order) {
                        inFlight.placed(orderId); // nothing placed now: an order of before, or none
                    }
                });
    }

    /**
     * A refused request may repeat one whose answer was lost (a crash, a client's timeout) after it
     * placed the order: that order is answered as it is, so a careful client learns it exists.
     */
    private CompletionStage<Order> placedBeforeOr(String orderId, ProblemException refusal) {
        return orders.find(orderId).thenCompose(found -> found.isPresent()
                ? CompletableFuture.completedStage(found.get())
                : CompletableFuture.failedStage(refusal));
    }

    /** What an order is placed under: its payment timeout, its history's retention, the admission limit. */
    public record PlacementTerms(Duration paymentTimeout, Duration historyRetention, int maxInFlight) {
    }

    /**
     * A first write, tried before any read (a new order, the common case, costs one call): of two
     * requests with one Idempotency-Key, and for a key used before, the write that loses finds the
     * order already there.
     */
    private CompletionStage<Order> create(Order order, OrderToPlace toPlace) {
        return orders.create(order)
                .handle((saved, lost) -> lost)
                .thenCompose(lost -> lost == null
                        ? start(order.orderId(), toPlace).thenApply(started -> {
                            eventLog.info("order " + order.orderId() + " accepted: " + order.items().size() + " line(s)");
                            return order;
                        })
                        : orders.find(order.orderId()).thenCompose(found -> found.isPresent()
                                ? resume(found.get(), toPlace)
                                : CompletableFuture.failedStage(lost)));
    }

    /**
     * The same order again: a PENDING order whose first request failed between saving and starting
     * gets its workflow now; one already started (maybe by a request still in flight) is left as it is.
     */
    private CompletionStage<Order> resume(Order existing, OrderToPlace toPlace) {
        if (existing.isFinal()) {
            return CompletableFuture.completedStage(existing);
        }
        return start(existing.orderId(), toPlace).thenApply(started -> {
            if (started) {
                LOG.info(() -> "order " + existing.orderId() + ": workflow started by a repeated request");
            }
            return existing;
        });
    }

    /**
     * A start that fails leaves the order PENDING: the client's retry with the same key starts it,
     * and without one its deadline check cancels it.
     */
    private CompletionStage<Boolean> start(String orderId, OrderToPlace toPlace) {
        return workflows.start(OrderWorkflow.class, orderId, toPlace);
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
