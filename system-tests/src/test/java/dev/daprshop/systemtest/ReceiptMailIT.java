package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/** An approved payment mails a receipt through the SMTP output binding; a declined one does not. */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class ReceiptMailIT {

    @Test
    void anApprovedPaymentMailsAReceipt() throws Exception {
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String orderId = placeCompletedOrder(customer, "4", 2, "COMPLETED");

        JsonObject mail = awaitMail(customer, orderId);

        assertThat(mail.getString("subject")).isEqualTo("Your receipt for order " + orderId);
        assertThat(mail.getString("mimeMessage"))
                .contains("To: " + customer + "@customers.daprshop.test")
                .contains("From: receipts@daprshop.test")
                .contains("Amount paid: 8");
    }

    @Test
    void aDeclinedPaymentMailsNothing() throws Exception {
        String customer = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String orderId = placeCompletedOrder(customer, "900", 2, "CANCELLED");
        String traceId = Shop.ok(Shop.order(orderId)).getString("traceId");

        // The receipt subscriber has received the PaymentFailed (its span is in the order's trace).
        new TraceStore(SystemPorts.zipkin()).awaitTrace(traceId, spans -> spans.stream().anyMatch(span ->
                "payment-service".equals(span.service()) && "post /events/receipts".equals(span.name())), Duration.ofSeconds(30));

        assertThat(MailServer.inbox(customer)).isEmpty();
    }

    private static String placeCompletedOrder(String customer, String price, int quantity, String expected) throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, price);
        String body = "{\"customerId\": \"" + customer + "\", \"items\": [{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}]}";
        String orderId = Shop.placeOrder(body, Map.of()).json().getString("orderId");
        assertThat(Shop.awaitFinal(orderId).getString("status")).isEqualTo(expected);
        return orderId;
    }

    /** The customer's receipt for the order, once in the inbox (at most 30 s). */
    private static JsonObject awaitMail(String customer, String orderId) throws InterruptedException {
        List<JsonObject> inbox = Eventually.within(Duration.ofSeconds(30))
                .until("a receipt for order " + orderId + " in the inbox of " + customer, () -> MailServer.inbox(customer),
                        mails -> receipt(mails, orderId) != null);
        return receipt(inbox, orderId);
    }

    /** The first mail whose subject names the order, null when none. */
    private static JsonObject receipt(List<JsonObject> inbox, String orderId) {
        return inbox.stream().filter(mail -> mail.getString("subject", "").contains(orderId))
                .findFirst().orElse(null);
    }
}
