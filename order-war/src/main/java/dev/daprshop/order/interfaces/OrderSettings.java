package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * order-service's limits, from the Dapr configuration store and applied without a restart:
 * {@code order.max-quantity} (default 100), the most units of one product in an order, and
 * {@code order.payment-timeout-seconds} (default 120), how long an order waits for its payment
 * (fixed per order when it is placed).
 */
@ApplicationScoped
public class OrderSettings {

    static final String MAX_QUANTITY = "order.max-quantity";
    static final String PAYMENT_TIMEOUT = "order.payment-timeout-seconds";
    private static final int DEFAULT_MAX_QUANTITY = 100;
    private static final int DEFAULT_PAYMENT_TIMEOUT_SECONDS = 120;

    @Inject
    LiveConfiguration configuration;

    void watch(@Observes Startup startup) {
        configuration.watch(MAX_QUANTITY, PAYMENT_TIMEOUT);
    }

    public int maxQuantity() {
        return configuration.value(MAX_QUANTITY).flatMap(OrderSettings::positive).orElse(DEFAULT_MAX_QUANTITY);
    }

    /** How long an order waits for its payment result before it is cancelled. */
    public Duration paymentTimeout() {
        return Duration.ofSeconds(configuration.value(PAYMENT_TIMEOUT).flatMap(OrderSettings::positive)
                .orElse(DEFAULT_PAYMENT_TIMEOUT_SECONDS));
    }

    private static Optional<Integer> positive(String value) {
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed > 0 ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
