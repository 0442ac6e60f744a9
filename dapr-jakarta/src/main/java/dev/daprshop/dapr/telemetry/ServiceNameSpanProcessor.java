package dev.daprshop.dapr.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks each span with the service it belongs to, decided on the thread that starts it.
 * {@link ServiceNameExporter} turns the mark into the span's {@code service.name}.
 */
final class ServiceNameSpanProcessor implements SpanProcessor {

    static final AttributeKey<String> SERVICE = AttributeKey.stringKey("daprshop.service.name");

    private final Supplier<Optional<String>> currentService;

    ServiceNameSpanProcessor(Supplier<Optional<String>> currentService) {
        this.currentService = currentService;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        currentService.get().ifPresent(name -> span.setAttribute(SERVICE, name));
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
