package dev.daprshop.dapr.tracing;

import io.opentelemetry.api.trace.SpanKind;

/** The Dapr building blocks an application calls, with the span kind of such a call. */
public enum DaprApi {
    INVOKE(SpanKind.CLIENT),
    STATE(SpanKind.CLIENT),
    PUBSUB(SpanKind.PRODUCER),
    BINDING(SpanKind.CLIENT),
    CONFIGURATION(SpanKind.CLIENT),
    SECRETS(SpanKind.CLIENT),
    ACTOR(SpanKind.CLIENT),
    WORKFLOW(SpanKind.CLIENT),
    JOBS(SpanKind.CLIENT);

    private final SpanKind spanKind;

    DaprApi(SpanKind spanKind) {
        this.spanKind = spanKind;
    }

    public SpanKind spanKind() {
        return spanKind;
    }

    /** As it appears in span names: {@code dapr.state}, {@code dapr.pubsub}, ... */
    public String spanPrefix() {
        return "dapr." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
