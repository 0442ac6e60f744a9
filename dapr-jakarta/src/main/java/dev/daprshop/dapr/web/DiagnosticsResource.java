package dev.daprshop.dapr.web;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.dapr.pubsub.DeadLetters;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.dapr.client.DaprClient;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code GET /diagnostics}: which service answered, in which trace, which sidecar it is bound to
 * (as that sidecar describes itself through the Dapr SDK) and its live settings. The cheapest request that
 * crosses a sidecar and shows up in the trace store, for smoke tests and troubleshooting.
 */
@Path("/diagnostics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    DaprSidecar sidecar;

    @Inject
    DaprClient dapr;

    @Inject
    LiveConfiguration configuration;

    @Inject
    DeadLetters deadLetters;

    /** Asynchronous: the request thread is not held while the sidecar answers. */
    @GET
    public CompletionStage<ServiceInfo> get() {
        String traceId = Span.current().getSpanContext().getTraceId();
        return dapr.getMetadata()
                .map(metadata -> new ServiceInfo(sidecar.appId(), traceId,
                        new SidecarInfo(metadata.getId(), metadata.getRuntimeVersion()), configuration.snapshot()))
                .toFuture();
    }

    /**
     * The latest events this service's subscriptions gave up on (see {@link DeadLetters}). They
     * carry customers' data: only with the app API token, like daprd's calls.
     */
    @GET
    @Path("dead-letters")
    @FromSidecar
    public DeadLetters.Summary deadLetters() {
        return deadLetters.summary();
    }

    /**
     * The answer: the service's Dapr app id, the request's trace id, its sidecar, and the settings
     * it holds from the configuration store now.
     */
    public record ServiceInfo(String service, String traceId, SidecarInfo sidecar, Map<String, String> configuration) {
    }

    /** The sidecar as it describes itself: its app id and Dapr runtime version. */
    public record SidecarInfo(String appId, String runtimeVersion) {
    }
}
