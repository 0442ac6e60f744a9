package dev.daprshop.order.application.saga;

import dev.daprshop.dapr.workflow.Await;
import dev.daprshop.order.application.saga.Steps.PricedOrder;
import dev.daprshop.order.infrastructure.OrderStore;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Saga step: the order, now priced, is saved and announced ({@code OrderCreated}) in one outbox transaction. */
@ApplicationScoped
public class AnnounceOrderActivity implements WorkflowActivity {

    @Inject
    OrderStore store;

    @Override
    public Object run(WorkflowActivityContext context) {
        PricedOrder priced = context.getInput(PricedOrder.class);
        Await.result(store.order(priced.orderId())
                .thenCompose(found -> {
                    var order = found.orElseThrow(() -> new IllegalStateException("no order " + priced.orderId()));
                    return store.saveAndAnnounce(order.with(order.value().priced(priced.lines())));
                }));
        return null;
    }
}
