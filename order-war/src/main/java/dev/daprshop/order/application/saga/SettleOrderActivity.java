package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Saga step: the order's final status (and why), once; nothing held to give back. */
@ApplicationScoped
public class SettleOrderActivity implements WorkflowActivity {

    @Inject
    OrderStore store;

    @Inject
    EventLog events;

    @Override
    public Object run(WorkflowActivityContext context) {
        Await.result(Settlements.apply(store, events, context.getInput(Settlement.class)));
        return null;
    }
}
