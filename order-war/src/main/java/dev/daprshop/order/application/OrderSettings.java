package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.order.application.OrderService.PlacementTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * order-service's limits, from the Dapr configuration store and applied without a restart:
 * {@code order.max-quantity} (default 100), the most units of one product in an order, and
 * {@code order.payment-timeout-seconds} (default 120), how long an order waits for its payment
 * (fixed per order when it is placed), and {@code order.history-retention-seconds} (default 3600),
 * how long a finished order's workflow history is kept after its deadline, and
 * {@code order.max-in-flight} (default 64), how many orders may be being placed at once (more are
 * refused with 503).
 */
@ApplicationScoped
public class OrderSettings {

    static final String MAX_QUANTITY = "order.max-quantity";
    static final String PAYMENT_TIMEOUT = "order.payment-timeout-seconds";
    static final String HISTORY_RETENTION = "order.history-retention-seconds";
    static final String MAX_IN_FLIGHT = "order.max-in-flight";
    private static final int DEFAULT_MAX_QUANTITY = 100;
    private static final int DEFAULT_PAYMENT_TIMEOUT_SECONDS = 120;
    private static final int DEFAULT_HISTORY_RETENTION_SECONDS = 3600;
    private static final int DEFAULT_MAX_IN_FLIGHT = 64;

    @Inject
    LiveConfiguration configuration;

    void watch(@Observes Startup startup) {
        configuration.watch(MAX_QUANTITY, PAYMENT_TIMEOUT, HISTORY_RETENTION, MAX_IN_FLIGHT);
    }

    public int maxQuantity() {
        return configuration.positiveInteger(MAX_QUANTITY).orElse(DEFAULT_MAX_QUANTITY);
    }

    /** How long an order waits for its payment result before it is cancelled. */
    public Duration paymentTimeout() {
        return Duration.ofSeconds(configuration.positiveInteger(PAYMENT_TIMEOUT)
                .orElse(DEFAULT_PAYMENT_TIMEOUT_SECONDS));
    }

    /** How long a finished order's workflow history is kept (after the order's deadline) before it is purged. */
    public Duration historyRetention() {
        return Duration.ofSeconds(configuration.positiveInteger(HISTORY_RETENTION).orElse(DEFAULT_HISTORY_RETENTION_SECONDS));
    }

    /** The terms a new order is placed under, as they are now. */
    public PlacementTerms terms() {
        return new PlacementTerms(paymentTimeout(), historyRetention(),
                configuration.positiveInteger(MAX_IN_FLIGHT).orElse(DEFAULT_MAX_IN_FLIGHT));
    }
}
