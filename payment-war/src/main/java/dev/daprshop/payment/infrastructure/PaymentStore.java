package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Mailing;
import dev.daprshop.payment.domain.Payment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Payments and mail claims in the Dapr state store {@code paymentstore}, each write checked
 * against the ETag it read (first write wins): of two deliveries racing (a new payment, a refund),
 * only one writes, and of two senders only one claims a mail. (Every write of such a key needs its
 * ETag: Dapr's Redis store refuses an unversioned write to a key created by a first write.)
 */
@ApplicationScoped
public class PaymentStore {

    @Inject
    StateRepositories repositories;

    private StateRepository<Payment> payments;
    private StateRepository<Mailing> mailings;

    @PostConstruct
    void open() {
        payments = repositories.of("paymentstore", "payment-", Payment.class);
        mailings = repositories.of("paymentstore", "", Mailing.class);
    }

    public CompletionStage<Optional<Versioned<Payment>>> payment(String orderId) {
        return payments.find(orderId);
    }

    public CompletionStage<Void> save(Versioned<Payment> payment) {
        return payments.save(payment.value().orderId(), payment);
    }

    public CompletionStage<Optional<Versioned<Mailing>>> mailing(String key) {
        return mailings.find(key);
    }

    public CompletionStage<Void> saveMailing(String key, Versioned<Mailing> claim) {
        return mailings.save(key, claim);
    }
}
