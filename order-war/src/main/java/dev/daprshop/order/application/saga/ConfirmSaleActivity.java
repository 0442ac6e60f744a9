package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.infrastructure.InventoryGateway;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Saga step: the held stock becomes a sale; false when the hold had already run out. */
@ApplicationScoped
public class ConfirmSaleActivity implements WorkflowActivity {

    @Inject
    InventoryGateway inventory;

    @Override
    public Object run(WorkflowActivityContext context) {
        return Await.result(inventory.confirm(context.getInput(String.class)));
    }
}
