package dev.daprshop.dapr.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each span marked by {@link ServiceNameSpanProcessor} a resource whose {@code service.name}
 * is that service, then hands the batch to the real exporter. OTLP groups spans by resource, so
 * the trace store sees one service per application even though Liberty has one SDK per server
 * application (the EAR).
 */
final class ServiceNameExporter implements SpanExporter {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final SpanExporter delegate;
    private final Map<Resource, Map<String, Resource>> resources = new ConcurrentHashMap<>();

    ServiceNameExporter(SpanExporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        List<SpanData> renamed = spans.stream().map(this::withServiceResource).toList();
        return delegate.export(renamed);
    }

    private SpanData withServiceResource(SpanData span) {
        String service = span.getAttributes().get(ServiceNameSpanProcessor.SERVICE);
        if (service == null) {
            return span;
        }
        Resource resource = resources
                .computeIfAbsent(span.getResource(), base -> new ConcurrentHashMap<>())
                .computeIfAbsent(service, name -> span.getResource().toBuilder().put(SERVICE_NAME, name).build());
        Attributes attributes = span.getAttributes().toBuilder().remove(ServiceNameSpanProcessor.SERVICE).build();
        return new DelegatingSpanData(span) {
            @Override
            public Resource getResource() {
                return resource;
            }

            @Override
            public Attributes getAttributes() {
                return attributes;
            }

            @Override
            public int getTotalAttributeCount() {
                return span.getTotalAttributeCount() - 1;
            }
        };
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }
}
