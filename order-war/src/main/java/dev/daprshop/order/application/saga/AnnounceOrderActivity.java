package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.PricedOrder;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCreated;
import dev.daprshop.order.infrastructure.OrderEvents;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Saga step: the order, now priced, is saved, then announced ({@code OrderCreated}). The event
 * goes out only after the save committed, and the workflow retries the step until both are done:
 * a retry after a crash finds the order priced and announces it again, which payment-service,
 * paying each order once, takes as the same order. (Dapr's transactional outbox gives the same
 * guarantee, but holds every event a second before publishing it.)
 */
@ApplicationScoped
public class AnnounceOrderActivity implements WorkflowActivity {

    @Inject
    OrderStore store;

    @Inject
    OrderEvents events;

    @Override
    public Object run(WorkflowActivityContext context) {
        PricedOrder priced = context.getInput(PricedOrder.class);
        Await.result(store.order(priced.orderId())
                .thenCompose(found -> {
                    var order = found.orElseThrow(() -> new IllegalStateException("no order " + priced.orderId()));
                    Order pricedOrder = order.value().priced(priced.lines());
                    return (pricedOrder.equals(order.value())
                            ? CompletableFuture.<Void>completedStage(null)
                            : store.save(order.with(pricedOrder)))
                            .thenCompose(saved -> events.announce(OrderCreated.of(pricedOrder)));
                }));
        return null;
    }
}
