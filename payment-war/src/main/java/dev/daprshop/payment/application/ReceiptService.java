package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.infrastructure.PaymentStore;
import dev.daprshop.payment.infrastructure.ReceiptMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Mails a receipt for each approved payment, once: it follows the payment results (not the
 * payment itself), so a mail server that is down delays the receipt (the event is retried)
 * instead of losing it; a receipt already sent is not sent again ({@link #once}). A refunded
 * payment gets a refund notice the same way.
 */
@ApplicationScoped
public class ReceiptService {

    /** Customers are mailed at {@code <customerId>@} this domain (the shop knows no addresses yet). */
    static final String CUSTOMER_MAIL_DOMAIN = "customers.daprshop.test";

    @Inject
    PaymentStore store;

    @Inject
    ReceiptMail mail;

    public CompletionStage<Void> paymentApproved(String delivery, String orderId, String customerId, BigDecimal amount) {
        return once(delivery, "receipt-mail-" + orderId, () -> mail.send(customerId + "@" + CUSTOMER_MAIL_DOMAIN,
                "Your receipt for order " + orderId,
                "Thank you for your order " + orderId + ".\nAmount paid: " + amount.toPlainString() + "\n"));
    }

    /** The customer learns that the money went back, and why; once. */
    public CompletionStage<Void> paymentRefunded(String delivery, String orderId, String customerId, BigDecimal amount,
                                                 String reason) {
        return once(delivery, "refund-mail-" + orderId, () -> mail.send(customerId + "@" + CUSTOMER_MAIL_DOMAIN,
                "Your refund for order " + orderId,
                "Your order " + orderId + " was cancelled (" + reason + ").\nAmount refunded: " + amount.toPlainString() + "\n"));
    }

    /**
     * Sends a mail once, though the same result may arrive twice at the same moment (it is
     * published again when its order event is redelivered). The first delivery claims the mail (a
     * first write); another delivery that finds it claimed, or loses the claim, leaves it to the
     * claimer and is done: the claimer's delivery is not acknowledged before the mail went out, so
     * if the claimer fails it is delivered again, finds its own claim (or, after
     * {@link Mailing#CLAIM_FOR}, an expired one) and sends. Only a crash between the send and its
     * record can send a mail twice. Never answering "retry" here matters: a delivery being retried
     * holds one of the sidecar's delivery workers meanwhile.
     */
    private CompletionStage<Void> once(String delivery, String key, Supplier<CompletionStage<Void>> send) {
        Instant now = Instant.now();
        return store.mailing(key).thenCompose(found -> {
            if (found.isPresent() && (found.get().value().sent() || found.get().value().heldByOtherThan(delivery, now))) {
                return CompletableFuture.<Void>completedStage(null);
            }
            Versioned<Mailing> claim = found.map(mailing -> mailing.with(Mailing.claim(delivery, now)))
                    .orElseGet(() -> Versioned.fresh(Mailing.claim(delivery, now)));
            return store.claimMailing(key, claim).handle((claimed, failure) -> failure).thenCompose(failure -> {
                if (failure == null) {
                    return send.get().thenCompose(sent -> store.markMailingSent(key));
                }
                return OptimisticRetry.isEtagMismatch(failure)
                        ? CompletableFuture.<Void>completedStage(null)   // another delivery claimed it first
                        : CompletableFuture.<Void>failedStage(failure);
            });
        });
    }
}
