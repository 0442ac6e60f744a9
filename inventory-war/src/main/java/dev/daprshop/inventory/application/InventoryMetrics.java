package dev.daprshop.inventory.application;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.inventory.domain.Reservation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Units of stock by what reservations did with them, from a meter of the application's
 * OpenTelemetry: {@code held} when a reservation is made, then {@code sold}, {@code released} or
 * {@code expired} when it is settled, each counted once (a repeated request finds it done).
 * Units held now = held - sold - released - expired. {@code app_id} names the service.
 */
@ApplicationScoped
public class InventoryMetrics {

    static final AttributeKey<String> APP_ID = AttributeKey.stringKey("app_id");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("stock.operation");

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    DaprSidecar sidecar;

    private LongCounter units;

    @PostConstruct
    void instruments() {
        units = openTelemetry.getMeter("dev.daprshop.inventory").counterBuilder("daprshop.stock.units")
                .setDescription("Units of stock held by reservations, and sold, released or expired when they were settled")
                .setUnit("{unit}")
                .build();
    }

    public void held(Reservation reservation) {
        count("held", reservation);
    }

    /** A settled reservation: CONFIRMED counts as sold, RELEASED as released, EXPIRED as expired. */
    public void settled(Reservation reservation) {
        count(reservation.status() == Reservation.Status.CONFIRMED ? "sold" : reservation.status().name().toLowerCase(Locale.ROOT),
                reservation);
    }

    private void count(String operation, Reservation reservation) {
        long quantity = reservation.lines().stream().mapToLong(Reservation.Line::quantity).sum();
        units.add(quantity, Attributes.of(APP_ID, sidecar.appId(), OPERATION, operation));
    }
}
