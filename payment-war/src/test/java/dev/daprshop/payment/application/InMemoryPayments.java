package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Payment;
import io.dapr.exceptions.DaprException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** The payments in a map, with the state store's first-write rule and a race to lose on demand. */
final class InMemoryPayments implements PaymentRepository {

    final Map<String, Payment> stored = new HashMap<>();
    int writes;
    /** Written by "another delivery" just before the next add, which then loses the race. */
    Payment addedFirstByAnother;

    @Override
    public CompletionStage<Optional<Payment>> find(String orderId) {
        return CompletableFuture.completedStage(Optional.ofNullable(stored.get(orderId)));
    }

    @Override
    public CompletionStage<Void> add(Payment payment) {
        if (addedFirstByAnother != null) {
            stored.put(addedFirstByAnother.orderId(), addedFirstByAnother);
            addedFirstByAnother = null;
        }
        if (stored.containsKey(payment.orderId())) {
            return CompletableFuture.failedStage(etagMismatch());
        }
        stored.put(payment.orderId(), payment);
        writes++;
        return CompletableFuture.completedStage(null);
    }

    @Override
    public CompletionStage<Optional<Change>> update(String orderId, UnaryOperator<Payment> change) {
        Payment before = stored.get(orderId);
        if (before == null) {
            return CompletableFuture.completedStage(Optional.empty());
        }
        Payment after = change.apply(before);
        if (!after.equals(before)) {
            stored.put(orderId, after);
            writes++;
        }
        return CompletableFuture.completedStage(Optional.of(new Change(before, after)));
    }

    static DaprException etagMismatch() {
        return new DaprException("ABORTED", "failed saving state: possible etag mismatch", (Throwable) null);
    }
}
