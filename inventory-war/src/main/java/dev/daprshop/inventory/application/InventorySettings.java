package dev.daprshop.inventory.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.dapr.configuration.Setting;
import jakarta.annotation.PostConstruct;
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

    @Inject
    LiveConfiguration configuration;

    private Setting<Duration> reservationHold;
    private Setting<Integer> lowStockThreshold;

    @PostConstruct
    void define() {
        reservationHold = Setting.seconds(configuration, "inventory.reservation-hold-seconds", Duration.ofSeconds(300));
        lowStockThreshold = Setting.positiveInteger(configuration, "inventory.low-stock-threshold", 5);
    }

    void watch(@Observes Startup startup) {
        configuration.watch(reservationHold, lowStockThreshold);
    }

    public Duration reservationHold() {
        return reservationHold.get();
    }

    public int lowStockThreshold() {
        return lowStockThreshold.get();
    }
}
