package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.infrastructure.InventoryGateway;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Compensation step: the order's held stock is free to sell again (idempotent). */
@ApplicationScoped
public class ReleaseStockActivity implements WorkflowActivity {

    @Inject
    InventoryGateway inventory;

    @Override
    public Object run(WorkflowActivityContext context) {
        Await.result(inventory.release(context.getInput(String.class)));
        return null;
    }
}
