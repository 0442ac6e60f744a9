package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * inventory-service, called through this service's own sidecar: the {@code dapr-app-id} header
 * makes daprd resolve and invoke the target app. mpTelemetry opens the client span and sends
 * its {@code traceparent}, which daprd continues.
 */
@RegisterRestClient(configKey = "inventory-service")
@ClientHeaderParam(name = "dapr-app-id", value = "inventory-service")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    @GET
    @Path("/diagnostics")
    ServiceInfo diagnostics();
}
