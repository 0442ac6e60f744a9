package dev.daprshop.payment.application;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.payment.domain.GatewayAuthorization;
import dev.daprshop.payment.domain.Payment;
import dev.daprshop.payment.domain.PaymentPolicy;
import dev.daprshop.payment.infrastructure.GatewayKey;
import dev.daprshop.payment.infrastructure.PaymentEvents;
import dev.daprshop.payment.infrastructure.PaymentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides the payment of each created order once, saves it, then publishes its result. A
 * redelivered OrderCreated finds the payment already made and publishes its result again (the
 * result of a delivery that crashed between the save and the publish is not lost); the result's
 * consumers apply it once.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    PaymentStore store;

    @Inject
    PaymentSettings settings;

    @Inject
    GatewayKey gatewayKey;

    @Inject
    PaymentEvents events;

    @Inject
    PaymentMetrics metrics;

    @Inject
    EventLog eventLog;

    public CompletionStage<Optional<Payment>> payment(String orderId) {
        return store.payment(orderId);
    }

    public CompletionStage<Payment> orderCreated(String orderId, String customerId, BigDecimal total) {
        return store.payment(orderId)
                .thenCompose(existing -> existing.isPresent()
                        ? CompletableFuture.completedStage(existing.get())
                        : pay(new PaymentPolicy(settings.maxAmount()).decide(orderId, customerId, total)))
                .thenCompose(payment -> events.announce(payment).thenApply(published -> payment));
    }

    private CompletionStage<Payment> pay(Payment decided) {
        return authorize(decided).thenCompose(payment -> store.save(payment).thenApply(saved -> {
            metrics.decided(payment);
            eventLog.info("order " + payment.orderId() + ": payment " + payment.status() + ", amount " + payment.amount()
                    + (payment.reason() == null ? "" : " (" + payment.reason() + ")"));
            return payment;
        }));
    }

    /** An approved payment is authorized by the gateway, with the key from the secret store. */
    private CompletionStage<Payment> authorize(Payment payment) {
        if (!payment.approved()) {
            return CompletableFuture.completedStage(payment);
        }
        return gatewayKey.get().thenApply(key ->
                payment.authorized(GatewayAuthorization.of(key, payment.orderId(), payment.amount())));
    }
}
