package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/** Saga step: the order's final status (and why), once. */
@ApplicationScoped
public class SettleOrderActivity implements WorkflowActivity {

    @Inject
    OrderStore store;

    @Override
    public Object run(WorkflowActivityContext context) {
        Settlement settlement = context.getInput(Settlement.class);
        Await.result(store.order(settlement.orderId())
                .thenCompose(found -> {
                    var order = found.orElseThrow(() -> new IllegalStateException("no order " + settlement.orderId()));
                    return order.value().status().isFinal()
                            ? CompletableFuture.<Void>completedStage(null)
                            : store.save(order.with(order.value().settled(settlement.status(), settlement.reason())));
                }));
        return null;
    }
}
