package dev.daprshop.dapr.tracing;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * What {@link DaprCall} does for an annotated method, for a call whose component is chosen at run
 * time: the same span, current while the call starts, ended when its stage completes, the result
 * handed on in the caller's context.
 */
@ApplicationScoped
public class DaprCalls {

    private DaprSpans spans;

    @Inject
    void init(Tracer tracer, DaprSidecar sidecar) {
        this.spans = new DaprSpans(tracer, sidecar.appId());
    }

    public <R> CompletionStage<R> traced(DaprApi api, String operation, String component, Supplier<CompletionStage<R>> call) {
        return DaprCallInterceptor.traced(spans, api, operation, component, call);
    }
}
