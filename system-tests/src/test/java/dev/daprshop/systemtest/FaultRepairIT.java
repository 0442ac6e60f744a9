package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.Shop.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What repairs an order when something went wrong: the deadline check ends an order whose workflow
 * is gone, a cancelled order's payment is refunded (and never approved later), and a letter a
 * subscription gave up on is recorded. Stops and starts components: runs under ./shop test only.
 */
@ExtendWith({RequiresRunningSystem.class, ShopControl.class})
public class FaultRepairIT {

    @Test
    void anOrderWhoseWorkflowIsGoneIsCancelledAtItsDeadlineAndNeverCharged() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "3");
        String orderId;
        try {
            LiveSettings.set(Shop.ORDERS, "order.payment-timeout-seconds", "2");
            ShopControl.stop("daprd-payment");
            orderId = Shop.accepted(Shop.placeOrder(product, 2)).getString("orderId");
            Shop.awaitOrder(orderId, "priced (with a total)", order -> order.containsKey("total"), Duration.ofSeconds(20));
            // The workflow is lost, as daprd sometimes loses one (dapr/dapr#9641): nothing will end the order but its deadline.
            Answer terminated = Shop.terminateWorkflow(orderId);
            assertThat(terminated.status()).isEqualTo(202);
            assertThat(Shop.ok(Shop.order(orderId)).getString("status")).isEqualTo("PENDING");

            JsonObject order = Shop.awaitFinal(orderId, Duration.ofSeconds(60));
            assertThat(order.getString("status")).isEqualTo("CANCELLED");
            assertThat(order.getString("reason")).isEqualTo("the order was not finished in time; nothing is charged");
            JsonObject stock = Shop.awaitNothingReserved(product);
            assertThat(stock.getInt("available")).isEqualTo(5);
        } finally {
            ShopControl.start("daprd-payment");
            LiveSettings.clear(Shop.ORDERS, "order.payment-timeout-seconds");
        }
        // payment-service now hears of the order and of its cancellation, in either order: no money is kept.
        JsonObject payment = awaitPayment(orderId, "not APPROVED", p -> !p.getString("status").equals("APPROVED"), Duration.ofSeconds(60));
        assertThat(payment.getString("status")).isIn("REFUNDED", "DECLINED");
        assertThat(payment.getString("reason")).startsWith("the order was cancelled: ");
    }

    @Test
    void aCancelledOrderThatWasPaidIsRefundedOnceWithANotice() throws Exception {
        String orderId = UUID.randomUUID().toString();
        String customer = "refund-" + orderId.substring(0, 8);
        publish("OrderCreated", "{\"orderId\": \"" + orderId + "\", \"customerId\": \"" + customer
                + "\", \"items\": [], \"total\": 12.5}");
        assertThat(awaitPayment(orderId, "recorded", p -> true, Duration.ofSeconds(30)).getString("status")).isEqualTo("APPROVED");

        publish("OrderCancelled", "{\"orderId\": \"" + orderId + "\", \"status\": \"CANCELLED\", \"reason\": \"no stock after all\"}");
        publish("OrderCancelled", "{\"orderId\": \"" + orderId + "\", \"status\": \"CANCELLED\", \"reason\": \"no stock after all\"}");

        JsonObject payment = awaitPayment(orderId, "REFUNDED", p -> p.getString("status").equals("REFUNDED"), Duration.ofSeconds(30));
        assertThat(payment.getString("status")).isEqualTo("REFUNDED");
        assertThat(payment.getString("reason")).isEqualTo("the order was cancelled: no stock after all");
        assertThat(awaitMails(customer, 2)).as("a receipt, then one refund notice")
                .containsExactlyInAnyOrder("Your receipt for order " + orderId, "Your refund for order " + orderId);
    }

    @Test
    void aLetterASubscriptionGaveUpOnIsRecorded() throws Exception {
        String marker = "unreadable-" + UUID.randomUUID();
        Answer published = Shop.publish("orders", "{\"marker\": \"" + marker + "\"}");
        assertThat(published.status()).isEqualTo(204);

        String letters = Eventually.within(Duration.ofSeconds(30)).until("the letter " + marker + " among payment-service's dead letters",
                () -> Shop.deadLetters(Shop.appHeaders("payment")).body(),
                body -> body.contains(marker));
        assertThat(letters).contains(marker).contains("\"topic\":\"orders-dead\"");
        assertThat(Shop.deadLetters(Map.of()).status())
                .as("letters carry customers' data: not without the app token").isEqualTo(401);
    }

    private static void publish(String type, String data) {
        Answer published = Shop.publishAs(type, "orders", data);
        assertThat(published.status()).isEqualTo(204);
    }

    /** The payment of the order once it is there and {@code reached} accepts it; {@code state} says what that is. */
    private static JsonObject awaitPayment(String orderId, String state, Predicate<JsonObject> reached, Duration within)
            throws InterruptedException {
        return Eventually.within(within).until("payment of order " + orderId + " " + state, () -> Shop.payment(orderId),
                answer -> answer.status() == 200 && reached.test(answer.json())).json();
    }

    /**
     * The subjects in the customer's inbox once it holds {@code count} mails (at most 30 s), and
     * after 3 s more in which no further mail came: a duplicate would arrive right after.
     */
    private static List<String> awaitMails(String customer, int count) throws InterruptedException {
        Eventually.within(Duration.ofSeconds(30))
                .until(count + " mails in the inbox of " + customer, () -> subjects(customer), subjects -> subjects.size() >= count);
        return Eventually.within(Duration.ofSeconds(3)).watch(() -> subjects(customer), subjects -> subjects.size() > count);
    }

    private static List<String> subjects(String customer) {
        return MailServer.inbox(customer).stream().map(mail -> mail.getString("subject", "")).toList();
    }
}
