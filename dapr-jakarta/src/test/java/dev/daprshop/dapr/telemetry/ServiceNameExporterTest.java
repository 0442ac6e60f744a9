package dev.daprshop.dapr.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceNameExporterTest {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    private final AtomicReference<Optional<String>> currentService = new AtomicReference<>(Optional.empty());
    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .setResource(Resource.getDefault().toBuilder().put(SERVICE_NAME, "daprshop").put("host.name", "h1").build())
            .addSpanProcessor(new ServiceNameSpanProcessor(currentService::get))
            .addSpanProcessor(SimpleSpanProcessor.create(new ServiceNameExporter(exported)))
            .build();
    private final Tracer tracer = provider.get("test");

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void spansTakeTheServiceOfTheApplicationThatStartedThem() {
        currentService.set(Optional.of("order-service"));
        tracer.spanBuilder("order span").startSpan().end();
        currentService.set(Optional.of("inventory-service"));
        tracer.spanBuilder("inventory span").startSpan().end();

        assertThat(exported.getFinishedSpanItems())
                .extracting(SpanData::getName, span -> span.getResource().getAttribute(SERVICE_NAME))
                .containsExactly(
                        Tuple.tuple("order span", "order-service"),
                        Tuple.tuple("inventory span", "inventory-service"));
    }

    @Test
    void theMarkerIsNotExportedAndTheRestOfTheResourceIsKept() {
        currentService.set(Optional.of("payment-service"));
        tracer.spanBuilder("payment span").setAttribute("order.id", "o-1").startSpan().end();

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().asMap()).containsOnlyKeys(AttributeKey.stringKey("order.id"));
        assertThat(span.getTotalAttributeCount()).isEqualTo(1);
        assertThat(span.getResource().getAttribute(AttributeKey.stringKey("host.name"))).isEqualTo("h1");
    }

    @Test
    void spansOfNoApplicationKeepTheDefaultService() {
        tracer.spanBuilder("server span").startSpan().end();

        assertThat(exported.getFinishedSpanItems().get(0).getResource().getAttribute(SERVICE_NAME)).isEqualTo("daprshop");
    }
}
