package dev.daprshop.order.application;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.order.domain.OrderStatus;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * The saga's business metrics, from a {@link Meter} of the application's OpenTelemetry: orders by
 * final status and the time from acceptance to that status. {@code app_id} names the service on
 * every point, as on the sidecars' series (one Liberty server exports for all three WARs).
 */
@ApplicationScoped
public class OrderMetrics {

    static final AttributeKey<String> APP_ID = AttributeKey.stringKey("app_id");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("order.status");

    /** Seconds: an order ends in well under a second on an idle system, in tens under overload. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0);

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    DaprSidecar sidecar;

    private LongCounter orders;
    private DoubleHistogram durations;

    @PostConstruct
    void instruments() {
        // The WAR's own meter: the Meter bean of mpTelemetry is one scope for the whole EAR.
        Meter meter = openTelemetry.getMeter("dev.daprshop.order");
        orders = meter.counterBuilder("daprshop.orders")
                .setDescription("Orders that reached a final status (COMPLETED, REJECTED, CANCELLED)")
                .setUnit("{order}")
                .build();
        durations = meter.histogramBuilder("daprshop.order.duration")
                .setDescription("Time from an order's acceptance to its final status (the saga)")
                .setUnit("s")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
                .build();
    }

    public void ended(OrderStatus status, Duration saga) {
        Attributes attributes = Attributes.of(APP_ID, sidecar.appId(), STATUS, status.name());
        orders.add(1, attributes);
        durations.record(saga.toMillis() / 1000.0, attributes);
    }
}
