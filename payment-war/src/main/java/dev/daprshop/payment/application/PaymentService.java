package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.payment.domain.Payment;
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
    PaymentRepository payments;

    @Inject
    PaymentSettings settings;

    @Inject
    GatewayKeySource gatewayKey;

    @Inject
    PaymentResultPublisher results;

    @Inject
    PaymentMetrics metrics;

    @Inject
    EventLog eventLog;

    public CompletionStage<Optional<Payment>> payment(String orderId) {
        return payments.find(orderId);
    }

    public CompletionStage<Payment> orderCreated(String orderId, String customerId, BigDecimal total) {
        // A concurrent delivery that adds the payment first makes this add fail: the retry finds its payment.
        return OptimisticRetry.run(() -> payments.find(orderId).thenCompose(existing -> existing.isPresent()
                        ? CompletableFuture.completedStage(existing.get())
                        : pay(settings.policy().decide(orderId, customerId, total))))
                .thenCompose(this::announce);
    }

    /**
     * The order was cancelled: an approved payment is refunded (and the refund announced, again on
     * every redelivery); an order not paid yet is recorded as declined, so it is never paid.
     */
    public CompletionStage<Payment> orderCancelled(String orderId, String reason) {
        String why = "the order was cancelled: " + reason;
        // An OrderCreated that adds the payment between the update and the add makes the add fail: the retry refunds it.
        return OptimisticRetry.run(() -> payments.update(orderId, payment -> payment.cancelled(why)).thenCompose(change -> {
            if (change.isEmpty()) {
                return add(Payment.cancelledBeforePayment(orderId, why));
            }
            Payment payment = change.get().after();
            return CompletableFuture.completedStage(change.get().made() ? recorded(payment) : payment);
        })).thenCompose(payment -> payment.status() == Payment.Status.REFUNDED
                ? announce(payment)
                : CompletableFuture.completedStage(payment));
    }

    private CompletionStage<Payment> pay(Payment decided) {
        return authorize(decided).thenCompose(this::add);
    }

    /** An approved payment is authorized by the gateway, with the key from the secret store. */
    private CompletionStage<Payment> authorize(Payment payment) {
        if (!payment.approved()) {
            return CompletableFuture.completedStage(payment);
        }
        return gatewayKey.key().thenApply(payment::authorizedWith);
    }

    private CompletionStage<Payment> add(Payment payment) {
        return payments.add(payment).thenApply(added -> recorded(payment));
    }

    /** A decision just written: counted and logged once. */
    private Payment recorded(Payment written) {
        metrics.decided(written);
        eventLog.info("order " + written.orderId() + ": payment " + written.status()
                + (written.amount() == null ? "" : ", amount " + written.amount())
                + (written.reason() == null ? "" : " (" + written.reason() + ")"));
        return written;
    }

    private CompletionStage<Payment> announce(Payment payment) {
        return results.announce(payment).thenApply(published -> payment);
    }
}
