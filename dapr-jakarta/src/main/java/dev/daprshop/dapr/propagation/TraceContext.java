package dev.daprshop.dapr.propagation;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The current trace context in the forms Dapr takes it: W3C {@code traceparent}/{@code tracestate}
 * headers for HTTP calls to the sidecar, and a Reactor context with the same keys for the Dapr
 * SDK, whose gRPC interceptor copies them into the call. The SDK cannot find the context by itself:
 * Liberty disables {@code GlobalOpenTelemetry} and the SDK propagates only what it is handed.
 */
public final class TraceContext {

    private TraceContext() {
    }

    /** {@code traceparent} (and {@code tracestate} when there is one) of the current span. */
    public static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return headers;
    }

    /** For {@code mono.contextWrite(TraceContext.reactor())} on a Dapr SDK call. */
    public static reactor.util.context.Context reactor() {
        return reactor.util.context.Context.of(headers());
    }
}
