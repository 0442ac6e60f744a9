package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Payment;
import dev.daprshop.payment.domain.PaymentPolicy;
import dev.daprshop.payment.infrastructure.PaymentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides the payment of each created order once: a redelivered OrderCreated finds the payment
 * already made and changes nothing.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    PaymentStore store;

    @Inject
    PaymentSettings settings;

    public CompletionStage<Optional<Payment>> payment(String orderId) {
        return store.payment(orderId);
    }

    public CompletionStage<Payment> orderCreated(String orderId, String customerId, BigDecimal total) {
        return store.payment(orderId).thenCompose(existing -> existing.isPresent()
                ? CompletableFuture.completedStage(existing.get())
                : pay(new PaymentPolicy(settings.maxAmount()).decide(orderId, customerId, total)));
    }

    private CompletionStage<Payment> pay(Payment payment) {
        return store.saveAndAnnounce(payment).thenApply(saved -> payment);
    }
}
