package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.payment.application.PaymentMetrics;
import dev.daprshop.payment.domain.Payment;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Payments by status, from a {@link Meter} of the application's OpenTelemetry, counted once per order
 * (a redelivered event finds the payment made and counts nothing). {@code app_id} names the
 * service, as on the sidecars' series.
 */
@ApplicationScoped
public class PaymentCounter implements PaymentMetrics {

    static final AttributeKey<String> APP_ID = AttributeKey.stringKey("app_id");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("payment.status");

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    DaprSidecar sidecar;

    private LongCounter payments;

    @PostConstruct
    void instruments() {
        // The WAR's own meter: the Meter bean of mpTelemetry is one scope for the whole EAR.
        Meter meter = openTelemetry.getMeter("dev.daprshop.payment");
        payments = meter.counterBuilder("daprshop.payments")
                .setDescription("Payments decided, by status (APPROVED, DECLINED, REFUNDED)")
                .setUnit("{payment}")
                .build();
    }

    @Override
    public void decided(Payment payment) {
        payments.add(1, Attributes.of(APP_ID, sidecar.appId(), STATUS, payment.status().name()));
    }
}
