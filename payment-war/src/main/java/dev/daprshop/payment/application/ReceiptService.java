package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Receipt;
import dev.daprshop.payment.infrastructure.PaymentStore;
import dev.daprshop.payment.infrastructure.ReceiptMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Mails a receipt for each approved payment, once: it follows the payment results (not the
 * payment itself), so a mail server that is down delays the receipt (the event is retried)
 * instead of losing it; a receipt already sent is not sent again ({@link #once}). A refunded
 * payment gets a refund notice the same way. A customer id that is no plain mail local part gets
 * no mail at all (order-service refuses such ids; this is the second lock).
 */
@ApplicationScoped
public class ReceiptService {

    private static final Logger LOG = Logger.getLogger(ReceiptService.class.getName());

    @Inject
    PaymentStore store;

    @Inject
    ReceiptMail mail;

    public CompletionStage<Void> paymentApproved(String delivery, String orderId, String customerId, BigDecimal amount) {
        return once(delivery, "receipt-mail-" + orderId, Receipt.of(orderId, customerId, amount));
    }

    /** The customer learns that the money went back, and why; once. */
    public CompletionStage<Void> paymentRefunded(String delivery, String orderId, String customerId, BigDecimal amount,
                                                 String reason) {
        return once(delivery, "refund-mail-" + orderId, Receipt.refund(orderId, customerId, amount, reason));
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
    private CompletionStage<Void> once(String delivery, String key, Optional<Receipt> receipt) {
        if (receipt.isEmpty()) {
            LOG.warning(() -> key + ": not sent, the customer id is not a plain mail local part");
            return CompletableFuture.completedStage(null);
        }
        Instant now = Instant.now();
        return store.mailing(key).thenCompose(found -> {
            if (found.isPresent() && (found.get().value().sent() || found.get().value().heldByOtherThan(delivery, now))) {
                return CompletableFuture.<Void>completedStage(null);
            }
            Versioned<Mailing> claim = found.map(mailing -> mailing.with(Mailing.claim(delivery, now)))
                    .orElseGet(() -> Versioned.fresh(Mailing.claim(delivery, now)));
            return store.saveMailing(key, claim).handle((claimed, failure) -> failure).thenCompose(failure -> {
                if (failure == null) {
                    return mail.send(receipt.get().to(), receipt.get().subject(), receipt.get().html())
                            .thenCompose(sent -> markSent(key));
                }
                return OptimisticRetry.isEtagMismatch(failure)
                        ? CompletableFuture.<Void>completedStage(null)   // another delivery claimed it first
                        : CompletableFuture.<Void>failedStage(failure);
            });
        });
    }

    /** Read again for the ETag of the claim just written (a crash-safe record needs it, see {@link PaymentStore#saveMailing}). */
    private CompletionStage<Void> markSent(String key) {
        return OptimisticRetry.run(() -> store.mailing(key).thenCompose(found -> store.saveMailing(key,
                found.map(claim -> claim.with(Mailing.completed())).orElseGet(() -> Versioned.fresh(Mailing.completed())))));
    }
}
