package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.ReservationResult;
import dev.daprshop.order.infrastructure.InventoryGateway;
import dev.daprshop.order.infrastructure.InventoryGateway.Refused;
import dev.daprshop.order.infrastructure.InventoryGateway.Reserved;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Saga step: inventory-service holds the order's stock (idempotent by order id) and prices it. */
@ApplicationScoped
public class ReserveStockActivity implements WorkflowActivity {

    @Inject
    InventoryGateway inventory;

    @Override
    public Object run(WorkflowActivityContext context) {
        OrderToPlace order = context.getInput(OrderToPlace.class);
        var outcome = Await.result(inventory.reserve(order.orderId(), order.items()));
        return outcome instanceof Reserved reserved
                ? new ReservationResult(true, reserved.lines(), null)
                : new ReservationResult(false, null, ((Refused) outcome).reason());
    }
}
