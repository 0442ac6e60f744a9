package dev.daprshop.payment.application;

import dev.daprshop.dapr.configuration.LiveConfiguration;
import dev.daprshop.dapr.configuration.Setting;
import dev.daprshop.payment.domain.PaymentPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * payment-service's rule, from the Dapr configuration store and applied without a restart:
 * {@code payment.max-amount} (default 1000), the largest order total it approves.
 */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    LiveConfiguration configuration;

    private Setting<BigDecimal> maxAmount;

    @PostConstruct
    void define() {
        maxAmount = Setting.positiveDecimal(configuration, "payment.max-amount", new BigDecimal("1000"));
    }

    void watch(@Observes Startup startup) {
        configuration.watch(maxAmount);
    }

    public BigDecimal maxAmount() {
        return maxAmount.get();
    }

    /** The policy of the settings as they are now. */
    public PaymentPolicy policy() {
        return new PaymentPolicy(maxAmount());
    }
}
