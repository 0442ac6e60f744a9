package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Compensation step: the order ends as settled, its stock is given back and its payment refunded ({@link Settlements#cancel}). */
@ApplicationScoped
public class CancelOrderActivity implements WorkflowActivity {

    @Inject
    Settlements settlements;

    @Override
    public Object run(WorkflowActivityContext context) {
        Settlement settlement = context.getInput(Settlement.class);
        Await.result(settlements.cancel(settlement.orderId(), settlement.status(), settlement.reason()));
        return null;
    }
}
