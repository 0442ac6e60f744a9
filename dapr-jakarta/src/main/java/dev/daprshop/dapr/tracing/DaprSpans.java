package dev.daprshop.dapr.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/**
 * Starts and ends the span of one Dapr call, with OpenTelemetry semantic-convention attributes:
 * {@code rpc.*} for invocation, {@code messaging.*} for pub/sub, {@code db.*} for state, and
 * {@code dapr.*} for every call.
 */
public final class DaprSpans {

    static final AttributeKey<String> DAPR_APP_ID = AttributeKey.stringKey("dapr.app_id");
    static final AttributeKey<String> DAPR_API = AttributeKey.stringKey("dapr.api");
    static final AttributeKey<String> DAPR_COMPONENT = AttributeKey.stringKey("dapr.component");
    static final AttributeKey<String> DAPR_OPERATION = AttributeKey.stringKey("dapr.operation");
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation");
    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> MESSAGING_DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> MESSAGING_OPERATION = AttributeKey.stringKey("messaging.operation");

    private final Tracer tracer;
    private final String appId;

    public DaprSpans(Tracer tracer, String appId) {
        this.tracer = tracer;
        this.appId = appId;
    }

    /** Starts the span of a call (not yet current). */
    public Span start(DaprCall call) {
        return start(call.api(), call.operation(), call.component(), call.topic());
    }

    /** Starts the span of a call described at run time (a store or topic chosen by the caller). */
    public Span start(DaprApi api, String operation, String component, String topic) {
        String target = topic.isEmpty() ? component : topic;
        SpanBuilder span = tracer.spanBuilder(api.spanPrefix() + " " + operation + " " + target)
                .setSpanKind(api.spanKind())
                .setAttribute(DAPR_APP_ID, appId)
                .setAttribute(DAPR_API, api.name().toLowerCase(java.util.Locale.ROOT))
                .setAttribute(DAPR_COMPONENT, component)
                .setAttribute(DAPR_OPERATION, operation);
        switch (api) {
            case INVOKE -> span.setAttribute(RPC_SYSTEM, "dapr")
                    .setAttribute(RPC_SERVICE, component)
                    .setAttribute(RPC_METHOD, operation);
            case STATE -> span.setAttribute(DB_SYSTEM, "dapr")
                    .setAttribute(DB_OPERATION, operation);
            case PUBSUB -> span.setAttribute(MESSAGING_SYSTEM, "dapr")
                    .setAttribute(MESSAGING_DESTINATION, topic)
                    .setAttribute(MESSAGING_OPERATION, "publish");
            default -> { }
        }
        return span.startSpan();
    }

    /** Ends a span, recording the failure (if any) as an exception event and error status. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }
}
