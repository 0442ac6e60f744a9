package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.application.PaymentRepository;
import dev.daprshop.payment.domain.Payment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Payments in the Dapr state store {@value #STORE}, under {@code payment-<orderId>}, each write
 * checked against the ETag it read (first write wins). (Every write of such a key needs its ETag:
 * Dapr's Redis store refuses an unversioned write to a key created by a first write.)
 */
@ApplicationScoped
public class PaymentStore implements PaymentRepository {

    static final String STORE = "paymentstore";

    @Inject
    StateRepositories repositories;

    private StateRepository<Payment> payments;

    @PostConstruct
    void open() {
        payments = repositories.of(STORE, "payment-", Payment.class);
    }

    @Override
    public CompletionStage<Optional<Payment>> find(String orderId) {
        return payments.find(orderId).thenApply(found -> found.map(Versioned::value));
    }

    @Override
    public CompletionStage<Void> add(Payment payment) {
        return payments.save(payment.orderId(), Versioned.fresh(payment));
    }

    @Override
    public CompletionStage<Optional<Change>> update(String orderId, UnaryOperator<Payment> change) {
        // The payment the last attempt read: a lost race reads again, and runs the change again.
        AtomicReference<Payment> read = new AtomicReference<>();
        return payments.update(orderId, payment -> {
            read.set(payment);
            return change.apply(payment);
        }).thenApply(changed -> changed.map(after -> new Change(read.get(), after)));
    }
}
