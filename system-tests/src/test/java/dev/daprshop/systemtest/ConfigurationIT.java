package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/** Settings in the Dapr configuration store apply to the next order, without a restart. */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class ConfigurationIT {

    @Test
    void aLowerMaxAmountDeclinesTheNextOrder() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, "25");
        try {
            Redis.setConfiguration("payment.max-amount", "40", 1);
            awaitSetting(Shop.PAYMENTS, "payment.max-amount", "40");

            String orderId = Shop.placeOrder(product, 2).json().getString("orderId");

            JsonObject order = Shop.awaitFinal(orderId);
            assertThat(order.getString("status")).isEqualTo("CANCELLED");
            assertThat(order.getString("reason")).isEqualTo("amount 50 exceeds the limit of 40");
        } finally {
            Redis.delete("payment.max-amount");
            awaitSetting(Shop.PAYMENTS, "payment.max-amount", null);
        }
        String orderId = Shop.placeOrder(product, 2).json().getString("orderId");
        assertThat(Shop.awaitFinal(orderId).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aLowerMaxQuantityRefusesLargerOrders() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, "1");
        try {
            Redis.setConfiguration("order.max-quantity", "3", 1);
            awaitSetting(Shop.ORDERS, "order.max-quantity", "3");

            Shop.Answer answer = Shop.placeOrder(product, 4);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().getString("detail")).contains("between 1 and 3");
            assertThat(Shop.stock(product).getInt("available")).isEqualTo(10);
        } finally {
            Redis.delete("order.max-quantity");
            awaitSetting(Shop.ORDERS, "order.max-quantity", null);
        }
    }

    /** Polls the service's diagnostics until it holds the value (null: holds none). */
    private static void awaitSetting(String service, String key, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            JsonObject settings = Shop.ok(Shop.send("GET", service + "/diagnostics", null, Map.of())).getJsonObject("configuration");
            seen = settings.containsKey(key) ? settings.getString(key) : null;
            if (Objects.equals(seen, expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(service + " holds " + key + "=" + seen + ", expected " + expected);
    }
}
