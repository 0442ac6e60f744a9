package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
            LiveSettings.set(Shop.PAYMENTS, "payment.max-amount", "40");

            String orderId = Shop.placeOrder(product, 2).json().getString("orderId");

            JsonObject order = Shop.awaitFinal(orderId);
            assertThat(order.getString("status")).isEqualTo("CANCELLED");
            assertThat(order.getString("reason")).isEqualTo("amount 50 exceeds the limit of 40");
        } finally {
            LiveSettings.clear(Shop.PAYMENTS, "payment.max-amount");
        }
        String orderId = Shop.placeOrder(product, 2).json().getString("orderId");
        assertThat(Shop.awaitFinal(orderId).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aLowerMaxQuantityRefusesLargerOrders() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, "1");
        try {
            LiveSettings.set(Shop.ORDERS, "order.max-quantity", "3");

            Shop.Answer answer = Shop.placeOrder(product, 4);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().getString("detail")).contains("from 1 to 3");
            assertThat(Shop.stock(product).getInt("available")).isEqualTo(10);
        } finally {
            LiveSettings.clear(Shop.ORDERS, "order.max-quantity");
        }
    }
}
