package dev.daprshop.payment.application;

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

    public CompletionStage<Void> paymentApproved(String orderId, String customerId, BigDecimal amount) {
        return once("receipt-mail-" + orderId, () -> mail.send(customerId + "@" + CUSTOMER_MAIL_DOMAIN,
                "Your receipt for order " + orderId,
                "Thank you for your order " + orderId + ".\nAmount paid: " + amount.toPlainString() + "\n"));
    }

    /** The customer learns that the money went back, and why; once. */
    public CompletionStage<Void> paymentRefunded(String orderId, String customerId, BigDecimal amount, String reason) {
        return once("refund-mail-" + orderId, () -> mail.send(customerId + "@" + CUSTOMER_MAIL_DOMAIN,
                "Your refund for order " + orderId,
                "Your order " + orderId + " was cancelled (" + reason + ").\nAmount refunded: " + amount.toPlainString() + "\n"));
    }

    /**
     * Sends a mail once, though the same result may be delivered twice at the same moment (it is
     * published again when its order event is redelivered): the first delivery claims the mail, a
     * concurrent one fails (its delivery is retried and then finds the mail sent), and a claim left by
     * a sender that crashed is taken over after {@link Mailing#CLAIM_FOR}. Only a crash between the
     * send and its record can send a mail twice.
     */
    private CompletionStage<Void> once(String key, Supplier<CompletionStage<Void>> send) {
        Instant now = Instant.now();
        return store.mailing(key).thenCompose(found -> {
            if (found.isPresent() && found.get().value().sent()) {
                return CompletableFuture.<Void>completedStage(null);
            }
            if (found.isPresent() && found.get().value().claimValidAt(now)) {
                return CompletableFuture.<Void>failedStage(new IllegalStateException(key + " is being sent by another delivery"));
            }
            Versioned<Mailing> claim = found.map(mailing -> mailing.with(Mailing.claim(now)))
                    .orElseGet(() -> Versioned.fresh(Mailing.claim(now)));
            return store.claimMailing(key, claim)
                    .thenCompose(claimed -> send.get())
                    .thenCompose(sent -> store.markMailingSent(key));
        });
    }
}
