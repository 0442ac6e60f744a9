package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.domain.OrderStatus;
import dev.daprshop.order.infrastructure.InventoryGateway;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Saga step: the held stock becomes a sale and the order {@code COMPLETED}; false, with nothing
 * written, when the hold had already run out (the workflow then cancels the order).
 */
@ApplicationScoped
public class CompleteOrderActivity implements WorkflowActivity {

    @Inject
    InventoryGateway inventory;

    @Inject
    OrderStore store;

    @Inject
    EventLog events;

    @Override
    public Object run(WorkflowActivityContext context) {
        String orderId = context.getInput(String.class);
        return Await.result(inventory.confirm(orderId).thenCompose(sold -> sold
                ? Settlements.apply(store, events, new Settlement(orderId, OrderStatus.COMPLETED, null)).thenApply(settled -> true)
                : CompletableFuture.completedStage(false)));
    }
}
