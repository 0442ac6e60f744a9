package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.payment.domain.Payment;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * The payments, one per order, each written against the version it was read at (first write
 * wins): of two deliveries racing (a new payment, a refund), only one writes.
 */
public interface PaymentRepository {

    CompletionStage<Optional<Payment>> find(String orderId);

    /**
     * Writes the first payment of its order; fails with an ETag mismatch when the order has one
     * already, which {@link OptimisticRetry} runs again from a fresh read.
     */
    CompletionStage<Void> add(Payment payment);

    /**
     * Changes the payment of this order and writes it back, a lost race running again from a fresh
     * read; empty when the order has none. A change that leaves it as it was writes nothing.
     */
    CompletionStage<Optional<Change>> update(String orderId, UnaryOperator<Payment> change);

    /** A payment as it was read and as the change left it. */
    record Change(Payment before, Payment after) {

        /** Whether it was written: the change changed something. */
        public boolean made() {
            return !after.equals(before);
        }
    }
}
