package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Receipt;
import dev.daprshop.payment.infrastructure.PaymentStore;
import dev.daprshop.payment.infrastructure.ReceiptMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Mails a receipt for each approved payment, once: it follows the payment results (not the
 * payment itself), so a mail server that is down delays the receipt (the event is retried)
 * instead of losing it; a receipt already sent is not sent again. A customer id that is no plain
 * mail local part gets no mail at all (order-service refuses such ids; this is the second lock).
 */
@ApplicationScoped
public class ReceiptService {

    private static final Logger LOG = Logger.getLogger(ReceiptService.class.getName());

    @Inject
    PaymentStore store;

    @Inject
    ReceiptMail mail;

    public CompletionStage<Void> paymentApproved(String orderId, String customerId, BigDecimal amount) {
        Optional<Receipt> receipt = Receipt.of(orderId, customerId, amount);
        if (receipt.isEmpty()) {
            LOG.warning(() -> "order " + orderId + ": no receipt, the customer id is not a plain mail local part");
            return CompletableFuture.completedStage(null);
        }
        return store.receiptSent(orderId).thenCompose(sent -> sent
                ? CompletableFuture.<Void>completedStage(null)
                : mail.send(receipt.get().to(), receipt.get().subject(), receipt.get().html())
                        .thenCompose(done -> store.markReceiptSent(orderId)));
    }
}
