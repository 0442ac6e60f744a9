package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Mailing;
import dev.daprshop.payment.domain.Receipt;
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
    MailClaims claims;

    @Inject
    Mailer mailer;

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
     * record can send a mail twice; that second mail says it is sent again
     * ({@link Receipt#resent()}), so no customer gets two receipts that look like two payments.
     * Never answering "retry" here matters: a delivery being retried holds one of the sidecar's
     * delivery workers meanwhile.
     */
    private CompletionStage<Void> once(String delivery, String key, Optional<Receipt> receipt) {
        if (receipt.isEmpty()) {
            LOG.warning(() -> key + ": not sent, the customer id is not a plain mail local part");
            return CompletableFuture.completedStage(null);
        }
        Instant now = Instant.now();
        return claims.find(key).thenCompose(found -> {
            if (found.isPresent() && (found.get().value().sent() || found.get().value().heldByOtherThan(delivery, now))) {
                return CompletableFuture.<Void>completedStage(null);
            }
            Versioned<Mailing> claim = found.map(earlier -> earlier.with(earlier.value().claimedAgain(delivery, now)))
                    .orElseGet(() -> Versioned.fresh(Mailing.firstClaim(delivery, now)));
            return claims.claim(key, claim).thenCompose(claimed -> claimed
                    ? send(key, claim.value(), receipt.get()).handle((sent, refused) -> refused)
                            .thenCompose(refused -> refused == null ? markSent(key) : giveBack(key, refused))
                    : CompletableFuture.<Void>completedStage(null));   // another delivery claimed it first
        });
    }

    private CompletionStage<Void> send(String key, Mailing claim, Receipt receipt) {
        Receipt mail = claim.resend() ? receipt.resent() : receipt;
        if (claim.resend()) {
            LOG.warning(() -> key + ": attempt " + claim.attempts() + "; an earlier attempt did not record whether its mail"
                    + " went out, so this one is marked as sent again");
        }
        return mailer.send(mail);
    }

    /**
     * A send the binding refused did not go out: the claim is given back uncounted, so the retry's
     * mail is not marked as sent again. A send that timed out may have gone out, and keeps its count.
     */
    private CompletionStage<Void> giveBack(String key, Throwable refused) {
        CompletionStage<Void> given = mailer.mayHaveGoneOut(refused) ? CompletableFuture.completedStage(null)
                : claims.find(key).thenCompose(found -> found.isPresent() && !found.get().value().sent()
                        ? claims.save(key, found.get().with(found.get().value().givenBack()))
                        : CompletableFuture.completedStage(null))
                .handle((ignored, lost) -> null);   // not given back: the retry is merely marked as sent again
        return given.thenCompose(done -> CompletableFuture.failedStage(refused));
    }

    /** Read again for the ETag of the claim just written (a crash-safe record needs it, see {@link MailClaims#save}). */
    private CompletionStage<Void> markSent(String key) {
        return OptimisticRetry.run(() -> claims.find(key).thenCompose(found -> claims.save(key,
                found.map(claim -> claim.with(claim.value().completed()))
                        .orElseGet(() -> Versioned.fresh(Mailing.firstClaim(null, Instant.now()).completed())))));
    }
}
