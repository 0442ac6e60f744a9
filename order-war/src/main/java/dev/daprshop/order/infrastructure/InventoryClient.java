package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** inventory-service's API as order-service uses it; built by {@link InventoryClientProducer}. */
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    String APP_ID = "inventory-service";

    @GET
    @Path("/diagnostics")
    ServiceInfo diagnostics();
}
