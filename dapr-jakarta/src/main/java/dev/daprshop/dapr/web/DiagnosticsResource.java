package dev.daprshop.dapr.web;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /diagnostics}: which service answered and in which trace. The cheapest request that
 * crosses a sidecar and shows up in the trace store, for smoke tests and troubleshooting.
 */
@Path("/diagnostics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    DaprSidecar sidecar;

    @GET
    public ServiceInfo get() {
        return ServiceInfo.current(sidecar.appId());
    }

    /** The answer: the service's Dapr app id and the trace id of the request. */
    public record ServiceInfo(String service, String traceId) {

        static ServiceInfo current(String service) {
            return new ServiceInfo(service, Span.current().getSpanContext().getTraceId());
        }
    }
}
