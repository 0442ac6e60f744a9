package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.Inventory;
import dev.daprshop.order.application.OrderEventPublisher;
import dev.daprshop.order.application.OrderRepository;
import dev.daprshop.order.application.OrdersInFlight;
import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCreated;
import dev.daprshop.order.domain.OrderLine;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Saga step: inventory-service holds the order's stock and prices it; the priced order is saved,
 * then announced ({@code OrderCreated}) for payment. One step, so one durable round trip of the
 * workflow; every part is idempotent by order id, so the workflow retries it whole until all are
 * done. The event goes out only after the save committed: a retry after a crash finds the hold and
 * the priced order and announces again, which payment-service, paying each order once, takes as
 * the same order. (Dapr's transactional outbox gives that guarantee too, but holds every event a
 * second before it publishes it.)
 */
@ApplicationScoped
public class PlaceOrderActivity implements WorkflowActivity {

    private static final Logger LOG = Logger.getLogger(PlaceOrderActivity.class.getName());

    @Inject
    Inventory inventory;

    @Inject
    OrderRepository orders;

    @Inject
    OrderEventPublisher events;

    @Inject
    OrdersInFlight inFlight;

    @Override
    public Object run(WorkflowActivityContext context) {
        OrderToPlace order = context.getInput(OrderToPlace.class);
        String traceId = Span.current().getSpanContext().getTraceId();
        Reservation placed = Await.result(inventory.reserve(order.orderId(), order.items())
                .thenCompose(reservation -> reservation.reserved()
                        ? announce(order.orderId(), reservation.lines())
                        : CompletableFuture.completedStage(reservation))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        // The order's public reason stays a stable sentence: the detail is here, with the trace id.
                        LOG.warning(() -> "order " + order.orderId() + ": placing failed (the workflow retries, then rejects), trace "
                                + traceId + ": " + failure);
                    }
                }));
        inFlight.placed(order.orderId());
        return placed;
    }

    /**
     * Prices and announces the order; an order that ended meanwhile (its deadline check cancelled
     * it) gets back the stock just held for it and is not announced.
     */
    private CompletionStage<Reservation> announce(String orderId, List<OrderLine> pricedLines) {
        return orders.update(orderId, order -> order.pricedIfPending(pricedLines)).thenCompose(revision -> {
            Order order = revision.after();
            return order.isFinal()
                    ? inventory.release(orderId, pricedLines).thenApply(released -> Reservation.refused(order.reason()))
                    : events.announce(OrderCreated.of(order)).thenApply(announced -> Reservation.held(pricedLines));
        });
    }
}
