package dev.daprshop.inventory.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * inventory-service's settings from the Dapr configuration store, applied without a restart:
 * {@code inventory.reservation-hold-seconds} (default 300), how long units stay held for an
 * order that is neither paid nor cancelled, and {@code inventory.low-stock-threshold} (default 5).
 * The hold must outlast order-service's payment timeout.
 */
@ApplicationScoped
public class InventorySettings {

    static final String RESERVATION_HOLD = "inventory.reservation-hold-seconds";
    static final String LOW_STOCK_THRESHOLD = "inventory.low-stock-threshold";
    private static final int DEFAULT_HOLD_SECONDS = 300;
    private static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;

    @Inject
    LiveConfiguration configuration;

    void watch(@Observes Startup startup) {
        configuration.watch(RESERVATION_HOLD, LOW_STOCK_THRESHOLD);
    }

    public Duration reservationHold() {
        return Duration.ofSeconds(configuration.positiveInteger(RESERVATION_HOLD).orElse(DEFAULT_HOLD_SECONDS));
    }

    public int lowStockThreshold() {
        return configuration.positiveInteger(LOW_STOCK_THRESHOLD).orElse(DEFAULT_LOW_STOCK_THRESHOLD);
    }
}
