package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import dev.daprshop.order.infrastructure.InventoryClient;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /diagnostics/inventory}: order-service reaches inventory-service through Dapr. */
@Path("/diagnostics/inventory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DependencyDiagnosticsResource {

    @Inject
    DaprSidecar sidecar;

    @Inject
    InventoryClient inventory;

    @GET
    public DependencyInfo get() {
        return new DependencyInfo(sidecar.appId(), Span.current().getSpanContext().getTraceId(), inventory.diagnostics());
    }

    /** This service, its trace id, and what inventory-service answered within the same trace. */
    public record DependencyInfo(String service, String traceId, ServiceInfo inventory) {
    }
}
