package dev.daprshop.payment.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.logging.Logger;

/**
 * payment-service's rule, from the Dapr configuration store and applied without a restart:
 * {@code payment.max-amount} (default 1000), the largest order total it approves.
 */
@ApplicationScoped
public class PaymentSettings {

    static final String MAX_AMOUNT = "payment.max-amount";
    private static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("1000");
    private static final Logger LOG = Logger.getLogger(PaymentSettings.class.getName());

    @Inject
    LiveConfiguration configuration;

    void watch(@Observes Startup startup) {
        configuration.watch(MAX_AMOUNT);
    }

    public BigDecimal maxAmount() {
        return configuration.value(MAX_AMOUNT).flatMap(value -> {
            try {
                return Optional.of(new BigDecimal(value.trim()));
            } catch (NumberFormatException e) {
                LOG.warning(() -> MAX_AMOUNT + " is not a number (" + value + "): using " + DEFAULT_MAX_AMOUNT);
                return Optional.empty();
            }
        }).orElse(DEFAULT_MAX_AMOUNT);
    }
}
