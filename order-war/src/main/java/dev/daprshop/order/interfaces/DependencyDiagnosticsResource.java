package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import dev.daprshop.order.infrastructure.InventoryGateway;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** {@code GET /diagnostics/inventory}: order-service reaches inventory-service through Dapr. */
@Path("/diagnostics/inventory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DependencyDiagnosticsResource {

    @Inject
    DaprSidecar sidecar;

    @Inject
    InventoryGateway inventory;

    @GET
    public CompletionStage<DependencyInfo> get() {
        String traceId = Span.current().getSpanContext().getTraceId();
        return inventory.diagnostics().thenApply(answer -> new DependencyInfo(sidecar.appId(), traceId, answer));
    }

    /** This service, its trace id, and what inventory-service answered within the same trace. */
    public record DependencyInfo(String service, String traceId, ServiceInfo inventory) {
    }
}
