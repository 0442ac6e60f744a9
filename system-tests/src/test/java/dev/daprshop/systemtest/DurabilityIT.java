package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The order workflow survives a restart of the server in the middle of the saga, and an order
 * whose payment never comes is cancelled with its stock given back. Stops and starts components
 * of the running system, so it runs under {@code ./shop test} only.
 */
@MicroShedTest
@ExtendWith({RequiresRunningSystem.class, ShopControl.class})
public class DurabilityIT {

    @Test
    void ordersWaitingForPaymentCompleteAfterTheServerRestarts() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, "4");
        List<String> orderIds = new ArrayList<>();
        ShopControl.stop("daprd-payment");
        try {
            for (int i = 0; i < 3; i++) {
                orderIds.add(Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId"));
            }
            for (String orderId : orderIds) {
                awaitAnnounced(orderId);
            }
            assertThat(Shop.stock(product).getInt("reserved")).isEqualTo(3);

            ShopControl.stop("liberty");
            ShopControl.start("liberty");
        } finally {
            ShopControl.start("daprd-payment");
        }

        for (String orderId : orderIds) {
            assertThat(Shop.awaitFinal(orderId).getString("status")).as("order " + orderId).isEqualTo("COMPLETED");
            JsonObject payment = Shop.ok(Shop.payment(orderId));
            assertThat(payment.getString("status")).isEqualTo("APPROVED");
        }
        JsonObject stock = Shop.stock(product);
        assertThat(stock.getInt("available")).isEqualTo(7);
        assertThat(stock.getInt("reserved")).isZero();
    }

    @Test
    void anOrderWithoutPaymentIsCancelledAndItsStockGivenBack() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 4, "1");
        try {
            LiveSettings.set(Shop.ORDERS, "order.payment-timeout-seconds", "3");
            ShopControl.stop("daprd-payment");

            String orderId = Shop.accepted(Shop.placeOrder(product, 2)).getString("orderId");

            JsonObject order = Shop.awaitFinal(orderId);
            assertThat(order.getString("status")).isEqualTo("CANCELLED");
            assertThat(order.getString("reason")).isEqualTo("no payment result within 3 s");
            JsonObject stock = Shop.awaitNothingReserved(product);
            assertThat(stock.getInt("available")).isEqualTo(4);
            assertThat(stock.getInt("reserved")).isZero();
        } finally {
            ShopControl.start("daprd-payment");
            LiveSettings.clear(Shop.ORDERS, "order.payment-timeout-seconds");
        }
    }

    /** The order is saved priced and announced (OrderCreated published): it waits for its payment. */
    private static void awaitAnnounced(String orderId) throws InterruptedException {
        JsonObject order = Shop.awaitOrder(orderId, "announced (with a total)", o -> o.containsKey("total"), Duration.ofSeconds(30));
        assertThat(order.getString("status")).isEqualTo("PENDING");
        assertThat(order.containsKey("total")).as("order " + orderId + " announced").isTrue();
    }
}
