package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Saga step: the order's final status (and why), once; nothing held to give back, nothing paid. */
@ApplicationScoped
public class SettleOrderActivity implements WorkflowActivity {

    @Inject
    Settlements settlements;

    @Override
    public Object run(WorkflowActivityContext context) {
        Settlement settlement = context.getInput(Settlement.class);
        Await.result(settlements.settle(settlement.orderId(), settlement.status(), settlement.reason()));
        return null;
    }
}
