package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.infrastructure.InventoryGateway;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Compensation step: the order's held stock is free to sell again, then the order ends as settled (both idempotent). */
@ApplicationScoped
public class ReleaseAndSettleActivity implements WorkflowActivity {

    @Inject
    InventoryGateway inventory;

    @Inject
    OrderStore store;

    @Inject
    EventLog events;

    @Override
    public Object run(WorkflowActivityContext context) {
        Settlement settlement = context.getInput(Settlement.class);
        Await.result(inventory.release(settlement.orderId()).thenCompose(released -> Settlements.apply(store, events, settlement)));
        return null;
    }
}
