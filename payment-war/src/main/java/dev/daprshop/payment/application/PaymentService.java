package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
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
 * consumers apply it once. A cancelled order's payment is refunded ({@link #orderCancelled}).
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
        return store.payment(orderId).thenApply(found -> found.map(Versioned::value));
    }

    public CompletionStage<Payment> orderCreated(String orderId, String customerId, BigDecimal total) {
        return OptimisticRetry.run(() -> store.payment(orderId).thenCompose(existing -> existing.isPresent()
                        ? CompletableFuture.completedStage(existing.get().value())
                        : pay(new PaymentPolicy(settings.maxAmount()).decide(orderId, customerId, total))))
                .thenCompose(payment -> events.announce(payment).thenApply(published -> payment));
    }

    /**
     * The order was cancelled: an approved payment is refunded (and the refund announced, again on
     * every redelivery); an order not paid yet is recorded as declined, so it is never paid.
     */
    public CompletionStage<Payment> orderCancelled(String orderId, String reason) {
        String why = "the order was cancelled: " + reason;
        return OptimisticRetry.run(() -> store.payment(orderId).thenCompose(existing -> {
            if (existing.isEmpty()) {
                return save(Versioned.fresh(Payment.cancelledBeforePayment(orderId, why)));
            }
            Payment payment = existing.get().value();
            return payment.approved() ? save(existing.get().with(payment.refunded(why))) : CompletableFuture.completedStage(payment);
        })).thenCompose(payment -> payment.status() == Payment.Status.REFUNDED
                ? events.announce(payment).thenApply(published -> payment)
                : CompletableFuture.completedStage(payment));
    }

    private CompletionStage<Payment> pay(Payment decided) {
        return authorize(decided).thenCompose(payment -> save(Versioned.fresh(payment)));
    }

    private CompletionStage<Payment> save(Versioned<Payment> payment) {
        return store.save(payment).thenApply(saved -> {
            Payment written = payment.value();
            metrics.decided(written);
            eventLog.info("order " + written.orderId() + ": payment " + written.status()
                    + (written.amount() == null ? "" : ", amount " + written.amount())
                    + (written.reason() == null ? "" : " (" + written.reason() + ")"));
            return written;
        });
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
