package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * inventory-service unreachable (its sidecar stopped): briefly, the order still completes through
 * the retries; for longer, the circuit breaker opens and the order ends REJECTED with the reason
 * instead of hanging. Stops and starts components, so it runs under {@code ./shop test} only.
 */
@MicroShedTest
@ExtendWith({RequiresRunningSystem.class, ShopControl.class})
public class ResiliencyIT {

    @Test
    void anOrderPlacedWhileInventoryIsBrieflyAwayCompletes() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "3");
        String orderId;
        ShopControl.stop("daprd-inventory");
        try {
            orderId = Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId");
            Thread.sleep(1_000); // the order's first reservation attempts fail meanwhile
        } finally {
            ShopControl.start("daprd-inventory");
        }

        assertThat(Shop.awaitFinal(orderId, Duration.ofSeconds(60)).getString("status")).isEqualTo("COMPLETED");
        assertThat(Shop.stock(product).getInt("available")).isEqualTo(4);
    }

    @Test
    void anOrderPlacedWhileInventoryStaysAwayIsRejectedWithTheReason() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "3");
        ShopControl.stop("daprd-inventory");
        try {
            Instant placed = Instant.now();
            String orderId = Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId");

            JsonObject order = Shop.awaitFinal(orderId, Duration.ofSeconds(90));

            assertThat(order.getString("status")).isEqualTo("REJECTED");
            // A stable sentence for the customer; the failure (circuit breaker open) is in the log, with the trace id.
            assertThat(order.getString("reason"))
                    .isEqualTo("the order could not be placed at this time; please place it again later");
            assertThat(Duration.between(placed, Instant.now())).isLessThan(Duration.ofSeconds(90));
        } finally {
            ShopControl.start("daprd-inventory");
            awaitInventoryReachable();
        }
        assertThat(Shop.awaitNothingReserved(product).getInt("reserved")).isZero();
    }

    /**
     * Until order-service's reservations reach inventory-service again. daprd keeps a circuit breaker
     * per endpoint: it is the one of {@code /reservations} that must have closed, or the next test's
     * orders meet it open (or half-open, letting one call through at a time).
     */
    private static void awaitInventoryReachable() throws InterruptedException {
        Eventually.within(Duration.ofSeconds(60)).every(Duration.ofMillis(500))
                .until("order-service's reservations reaching inventory-service again",
                        () -> Shop.reserve(UUID.randomUUID().toString(), Shop.newProduct(), 1), answer -> answer.status() == 200);
    }
}
