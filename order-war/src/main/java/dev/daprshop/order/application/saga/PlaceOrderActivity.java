package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.OrdersInFlight;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.ReservationResult;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCreated;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.infrastructure.InventoryGateway;
import dev.daprshop.order.infrastructure.InventoryGateway.Refused;
import dev.daprshop.order.infrastructure.InventoryGateway.Reserved;
import dev.daprshop.order.infrastructure.OrderEvents;
import dev.daprshop.order.infrastructure.OrderStore;
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
    InventoryGateway inventory;

    @Inject
    OrderStore store;

    @Inject
    OrderEvents events;

    @Inject
    OrdersInFlight inFlight;

    @Override
    public Object run(WorkflowActivityContext context) {
        OrderToPlace order = context.getInput(OrderToPlace.class);
        String traceId = Span.current().getSpanContext().getTraceId();
        ReservationResult placed = Await.result(inventory.reserve(order.orderId(), order.items()).thenCompose(outcome -> outcome instanceof Reserved reserved
                ? announce(order.orderId(), reserved.lines())
                : CompletableFuture.completedStage(new ReservationResult(false, null, ((Refused) outcome).reason())))
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
    private CompletionStage<ReservationResult> announce(String orderId, List<OrderLine> lines) {
        return store.order(orderId).thenCompose(found -> {
            var order = found.orElseThrow(() -> new IllegalStateException("no order " + orderId));
            if (order.value().isFinal()) {
                return inventory.release(orderId, lines).thenApply(released -> new ReservationResult(false, null, order.value().reason()));
            }
            Order priced = order.value().priced(lines);
            return (priced.equals(order.value()) ? CompletableFuture.<Void>completedStage(null) : store.save(order.with(priced)))
                    .thenCompose(saved -> events.announce(OrderCreated.of(priced)))
                    .thenApply(announced -> new ReservationResult(true, lines, null));
        });
    }
}
