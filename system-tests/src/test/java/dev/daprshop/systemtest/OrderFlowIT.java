package dev.daprshop.systemtest;

import static dev.daprshop.systemtest.Shop.awaitFinal;
import static dev.daprshop.systemtest.Shop.decimal;
import static dev.daprshop.systemtest.Shop.newProduct;
import static dev.daprshop.systemtest.Shop.ok;
import static dev.daprshop.systemtest.Shop.placeOrder;
import static dev.daprshop.systemtest.Shop.putStock;
import static dev.daprshop.systemtest.Shop.stock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.Shop.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** The order saga of API.md end to end: order-service, inventory-service and payment-service through Dapr. */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class OrderFlowIT {

    @Test
    void aPaidOrderCompletesAndSellsTheStock() throws Exception {
        String product = newProduct();
        assertThat(putStock(product, 10, "12.50").status()).isEqualTo(200);

        Answer placed = placeOrder(product, 2);
        assertThat(placed.status()).isEqualTo(202);
        JsonObject accepted = placed.json();
        String orderId = accepted.getString("orderId");
        assertThat(accepted.getString("status")).isEqualTo("PENDING");
        assertThat(accepted.getString("traceId")).matches("[0-9a-f]{32}");
        assertThat(placed.location()).endsWith("/orders/" + orderId);

        JsonObject order = awaitFinal(orderId);
        assertThat(order.getString("status")).isEqualTo("COMPLETED");
        assertThat(order.getString("customerId")).isEqualTo("c-it");
        assertThat(decimal(order, "total")).isEqualByComparingTo("25.00");
        assertThat(order.getJsonArray("items").getJsonObject(0).getJsonNumber("unitPrice").bigDecimalValue())
                .isEqualByComparingTo("12.50");
        assertThat(order.containsKey("reason")).isFalse();
        assertThat(order.getString("traceId")).isEqualTo(accepted.getString("traceId"));

        JsonObject payment = ok(Shop.payment(orderId));
        assertThat(payment.getString("status")).isEqualTo("APPROVED");
        assertThat(decimal(payment, "amount")).isEqualByComparingTo("25.00");
        // Authorized with the gateway key payment-service read from the secret store: the signature is
        // in payment-service's store, never in the public view.
        assertThat(payment.containsKey("authorization")).isFalse();
        assertThat(payment.containsKey("customerId")).isFalse();
        JsonObject stored = Json.createReader(new StringReader(Redis.hget("payment-service||payment-" + orderId, "data"))).readObject();
        assertThat(stored.getString("authorization")).isEqualTo(hmac(LocalSecrets.get("payment-gateway-key"),
                orderId + ":" + stored.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros().toPlainString()));
        // A payment admin sees it; nobody else.
        assertThat(ok(Shop.paymentAuthorization(orderId, Shop.bearer(System.getProperty("payment.admin.token", ""))))
                .getString("authorization")).isEqualTo(stored.getString("authorization"));
        assertThat(Shop.paymentAuthorization(orderId, Map.of()).status()).isEqualTo(401);
        assertThat(Shop.paymentAuthorization(orderId, Shop.admin()).status()).isEqualTo(403);

        JsonObject stock = stock(product);
        assertThat(stock.getInt("available")).isEqualTo(8);
        assertThat(stock.getInt("reserved")).isZero();
    }

    @Test
    void notEnoughStockRejectsTheOrderAndHoldsNothing() throws Exception {
        String product = newProduct();
        putStock(product, 1, "5");

        String orderId = placeOrder(product, 2).json().getString("orderId");

        JsonObject order = awaitFinal(orderId);
        assertThat(order.getString("status")).isEqualTo("REJECTED");
        assertThat(order.getString("reason")).contains("not enough stock").contains(product);
        assertThat(Shop.payment(orderId).status()).isEqualTo(404);
        assertThat(stock(product).getInt("available")).isEqualTo(1);
        assertThat(stock(product).getInt("reserved")).isZero();
    }

    @Test
    void anUnknownProductRejectsTheOrder() throws Exception {
        String orderId = placeOrder(newProduct(), 1).json().getString("orderId");

        JsonObject order = awaitFinal(orderId);
        assertThat(order.getString("status")).isEqualTo("REJECTED");
        assertThat(order.getString("reason")).contains("unknown product");
    }

    @Test
    void aDeclinedPaymentCancelsTheOrderAndGivesTheStockBack() throws Exception {
        String product = newProduct();
        putStock(product, 5, "600");

        String orderId = placeOrder(product, 2).json().getString("orderId");

        JsonObject order = awaitFinal(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("reason")).contains("exceeds the limit of 1000");
        JsonObject payment = ok(Shop.payment(orderId));
        assertThat(payment.getString("status")).isEqualTo("DECLINED");
        assertThat(decimal(payment, "amount")).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(stock(product).getInt("available")).isEqualTo(5);
        assertThat(stock(product).getInt("reserved")).isZero();
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameOrderOnce() throws Exception {
        String product = newProduct();
        putStock(product, 10, "1");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Answer first = placeOrder(Shop.orderBody(product, 3), key);
        String orderId = first.json().getString("orderId");
        awaitFinal(orderId);
        Answer again = placeOrder(Shop.orderBody(product, 3), key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().getString("orderId")).isEqualTo(orderId);
        assertThat(again.json().getString("status")).isEqualTo("COMPLETED");
        assertThat(stock(product).getInt("available")).isEqualTo(7);
    }

    @Test
    void anIdempotencyKeyBelongsToItsCustomerAndTheOrderIdIsNotDerivedFromIt() throws Exception {
        String product = newProduct();
        putStock(product, 10, "1");
        String key = UUID.randomUUID().toString();

        String first = Shop.accepted(placeOrder(Shop.orderBody(product, 1).replace("c-it", "c-one"), Map.of("Idempotency-Key", key)))
                .getString("orderId");
        String second = Shop.accepted(placeOrder(Shop.orderBody(product, 1).replace("c-it", "c-two"), Map.of("Idempotency-Key", key)))
                .getString("orderId");

        assertThat(second).isNotEqualTo(first);
        assertThat(awaitFinal(first).getString("customerId")).isEqualTo("c-one");
        assertThat(awaitFinal(second).getString("customerId")).isEqualTo("c-two");
        // The old scheme, a name-based UUID of the key alone, is what a stranger could compute.
        assertThat(first).isNotEqualTo(UUID.nameUUIDFromBytes(("order:" + key).getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(stock(product).getInt("available")).isEqualTo(8);
    }

    @Test
    void parallelRequestsWithOneIdempotencyKeyPlaceOneOrder() throws Exception {
        String product = newProduct();
        putStock(product, 10, "1");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<Answer> answers = Parallel.run(8, i -> placeOrder(Shop.orderBody(product, 2), key));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(202));
        assertThat(answers).extracting(answer -> answer.json().getString("orderId")).containsOnly(answers.get(0).json().getString("orderId"));
        assertThat(awaitFinal(answers.get(0).json().getString("orderId")).getString("status")).isEqualTo("COMPLETED");
        assertThat(stock(product).getInt("available")).isEqualTo(8);
        assertThat(stock(product).getInt("reserved")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON       | {"customerId": "c-1", "items": [
            missing customerId   | {"items": [{"productId": "PRODUCT", "quantity": 1}]}
            empty customerId     | {"customerId": " ", "items": [{"productId": "PRODUCT", "quantity": 1}]}
            missing items        | {"customerId": "c-1"}
            empty items          | {"customerId": "c-1", "items": []}
            quantity 0           | {"customerId": "c-1", "items": [{"productId": "PRODUCT", "quantity": 0}]}
            quantity over 100    | {"customerId": "c-1", "items": [{"productId": "PRODUCT", "quantity": 101}]}
            missing productId    | {"customerId": "c-1", "items": [{"quantity": 1}]}
            """)
    void aBadOrderIsRefusedWithAProblemAndChangesNothing(String caseName, String body) {
        String product = newProduct();
        putStock(product, 10, "1");

        Answer answer = placeOrder(body.replace("PRODUCT", product), Map.of());

        assertThat(answer.status()).as(caseName).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(400);
        assertThat(answer.json().getString("title")).isEqualTo("Bad Request");
        assertThat(answer.json().getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stock(product).getInt("available")).isEqualTo(10);
        assertThat(stock(product).getInt("reserved")).isZero();
    }

    @Test
    void badStockIsRefusedAndChangesNothing() {
        String product = newProduct();
        putStock(product, 4, "2.50");

        Answer negative = putStock(product, -1, "2.50");
        Answer noPrice = putStock(product, "{\"available\": 3}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(noPrice.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(stock(product).getInt("available")).isEqualTo(4);
        assertThat(decimal(stock(product), "unitPrice")).isEqualByComparingTo("2.50");
    }

    @Test
    void unknownThingsAreNotFoundProblems() {
        for (Answer answer : new Answer[] {Shop.order(UUID.randomUUID().toString()),
                Shop.payment(UUID.randomUUID().toString()),
                Shop.inventory(newProduct())}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void redeliveredEventsChangeNothing() throws Exception {
        String product = newProduct();
        putStock(product, 10, "4");
        String orderId = placeOrder(product, 2).json().getString("orderId");
        assertThat(awaitFinal(orderId).getString("status")).isEqualTo("COMPLETED");

        // The same OrderCreated again (now over the limit), and a contradicting payment result,
        // each published in a trace of its own so the trace store shows when it has been handled.
        String orderTrace = publishTraced("orders",
                "{\"orderId\": \"" + orderId + "\", \"customerId\": \"c-it\", \"total\": 5000}");
        String paymentTrace = publishTraced("payments",
                "{\"orderId\": \"" + orderId + "\", \"status\": \"DECLINED\", \"reason\": \"late duplicate\"}");
        awaitHandled(orderTrace, "payment-service", "post /events/orders");
        awaitHandled(paymentTrace, "order-service", "post /events/payments");

        JsonObject payment = ok(Shop.payment(orderId));
        assertThat(payment.getString("status")).isEqualTo("APPROVED");
        assertThat(decimal(payment, "amount")).isEqualByComparingTo("8");
        assertThat(ok(Shop.order(orderId)).getString("status")).isEqualTo("COMPLETED");
        assertThat(stock(product).getInt("available")).isEqualTo(8);
        assertThat(stock(product).getInt("reserved")).isZero();
    }

    private static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Publishes through order-service's sidecar in a new trace; answers the trace id. */
    private static String publishTraced(String topic, String event) {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
        Answer published = Shop.publish(topic, event, Map.of("traceparent", traceparent));
        assertThat(published.status()).isEqualTo(204);
        return traceId;
    }

    /** Waits until the subscriber's server span of the delivery, answered 200, is in the trace store. */
    private static void awaitHandled(String traceId, String service, String spanName) throws Exception {
        new TraceStore(SystemPorts.zipkin()).awaitTrace(traceId, spans -> spans.stream().anyMatch(span ->
                service.equals(span.service()) && spanName.equals(span.name())
                        && "200".equals(span.tags().get("http.response.status_code"))), Duration.ofSeconds(30));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() throws Exception {
        long before = Redis.streamLength("orders-dead");

        Answer published = Shop.publish("orders", "{\"unexpected\": true}");

        assertThat(published.status()).isEqualTo(204);
        Eventually.within(Duration.ofSeconds(30)).every(Duration.ofMillis(100))
                .until("a letter more on orders-dead than " + before, () -> Redis.streamLength("orders-dead"), length -> length != before);
        assertThat(Redis.streamLength("orders-dead")).isEqualTo(before + 1);
    }
}
