package dev.daprshop.payment.application;

import dev.daprshop.payment.infrastructure.PaymentStore;
import dev.daprshop.payment.infrastructure.ReceiptMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Mails a receipt for each approved payment, once: it follows the payment results (not the
 * payment itself), so a mail server that is down delays the receipt (the event is retried)
 * instead of losing it; a receipt already sent is not sent again.
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
        return store.receiptSent(orderId).thenCompose(sent -> sent
                ? CompletableFuture.<Void>completedStage(null)
                : mail.send(customerId + "@" + CUSTOMER_MAIL_DOMAIN, "Your receipt for order " + orderId,
                                "Thank you for your order " + orderId + ".\nAmount paid: " + amount.toPlainString() + "\n")
                        .thenCompose(done -> store.markReceiptSent(orderId)));
    }
}
