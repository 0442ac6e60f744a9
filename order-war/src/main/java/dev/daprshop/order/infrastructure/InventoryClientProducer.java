package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.invoke.ServiceInvocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One {@link InventoryClient} for the application, through the order-service sidecar. */
@ApplicationScoped
public class InventoryClientProducer {

    @Produces
    @ApplicationScoped
    InventoryClient inventoryClient(ServiceInvocation invocation) {
        return invocation.client(InventoryClient.class, InventoryClient.APP_ID);
    }
}
