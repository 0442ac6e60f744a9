package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.Inventory;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Saga step: the held stock becomes a sale and the order {@code COMPLETED}. False when the hold
 * had run out, or when the order was ended otherwise meanwhile: the workflow then cancels it,
 * which takes back whatever was sold.
 */
@ApplicationScoped
public class CompleteOrderActivity implements WorkflowActivity {

    @Inject
    Inventory inventory;

    @Inject
    Settlements settlements;

    @Override
    public Object run(WorkflowActivityContext context) {
        String orderId = context.getInput(String.class);
        return Await.result(inventory.confirm(orderId).thenCompose(sold -> sold
                ? settlements.complete(orderId)
                : CompletableFuture.completedStage(false)));
    }
}
