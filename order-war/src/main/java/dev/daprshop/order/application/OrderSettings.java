package dev.daprshop.order.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.dapr.configuration.Setting;
import dev.daprshop.order.application.OrderService.PlacementTerms;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * order-service's limits, from the Dapr configuration store and applied without a restart:
 * {@code order.max-quantity} (default 100), the most units of one product in an order,
 * {@code order.payment-timeout-seconds} (default 120), how long an order waits for its payment
 * (fixed per order when it is placed), {@code order.history-retention-seconds} (default 3600),
 * how long a finished order's workflow history is kept after its deadline, and
 * {@code order.max-in-flight} (default 64), how many orders may be being placed at once (more are
 * refused with 503).
 */
@ApplicationScoped
public class OrderSettings {

    @Inject
    LiveConfiguration configuration;

    private Setting<Integer> maxQuantity;
    private Setting<Duration> paymentTimeout;
    private Setting<Duration> historyRetention;
    private Setting<Integer> maxInFlight;

    @PostConstruct
    void define() {
        maxQuantity = Setting.positiveInteger(configuration, "order.max-quantity", 100);
        paymentTimeout = Setting.seconds(configuration, "order.payment-timeout-seconds", Duration.ofSeconds(120));
        historyRetention = Setting.seconds(configuration, "order.history-retention-seconds", Duration.ofSeconds(3600));
        maxInFlight = Setting.positiveInteger(configuration, "order.max-in-flight", 64);
    }

    void watch(@Observes Startup startup) {
        configuration.watch(maxQuantity, paymentTimeout, historyRetention, maxInFlight);
    }

    public int maxQuantity() {
        return maxQuantity.get();
    }

    /** The terms a new order is placed under, as they are now. */
    public PlacementTerms terms() {
        return new PlacementTerms(paymentTimeout.get(), historyRetention.get(), maxInFlight.get());
    }
}
