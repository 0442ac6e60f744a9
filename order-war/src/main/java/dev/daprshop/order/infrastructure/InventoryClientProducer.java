package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.invoke.ServiceInvocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;

/**
 * One {@link InventoryClient} for the application, through the order-service sidecar. Built when
 * the application starts: Liberty's mpTelemetry attaches its client instrumentation only to
 * clients built on an application thread, not on the executor threads that later run the calls.
 */
@ApplicationScoped
public class InventoryClientProducer {

    private InventoryClient client;

    void build(@Observes Startup startup, ServiceInvocation invocation) {
        client = invocation.client(InventoryClient.class, InventoryClient.APP_ID);
    }

    @Produces
    InventoryClient inventoryClient() {
        return client;
    }
}
