package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A product's stock is its InventoryActor's (reservations are made as order-service makes them,
 * through its sidecar): however many orders race for it, exactly the units
 * there are get held or sold — never more, none lost — and a hold nobody settles is given back by
 * the actor's reminder.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class InventoryActorIT {

    @Test
    void parallelOrdersSellExactlyTheStock() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "2");

        List<String> orderIds = Parallel.run(30, i -> Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId"));

        List<JsonObject> orders = new ArrayList<>();
        for (String orderId : orderIds) {
            orders.add(Shop.awaitFinal(orderId));
        }
        assertThat(orders).filteredOn(order -> order.getString("status").equals("COMPLETED")).hasSize(5);
        assertThat(orders).filteredOn(order -> order.getString("status").equals("REJECTED")).hasSize(25)
                .allSatisfy(order -> assertThat(order.getString("reason")).contains("not enough stock of " + product));
        JsonObject stock = Shop.stock(product);
        assertThat(stock.getInt("available")).isZero();
        assertThat(stock.getInt("reserved")).isZero();
    }

    @Test
    void parallelReservationsHoldExactlyTheStockAndGiveItAllBack() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 10, "1");

        List<Reservation> reservations = Parallel.run(40, i -> {
            String orderId = UUID.randomUUID().toString();
            return new Reservation(orderId, Shop.ok(Shop.reserve(orderId, product, 1)).getString("status"));
        });

        List<Reservation> held = reservations.stream().filter(reservation -> reservation.status().equals("RESERVED")).toList();
        assertThat(held).hasSize(10);
        assertThat(reservations).filteredOn(reservation -> reservation.status().equals("REJECTED")).hasSize(30);
        assertThat(Shop.stock(product).getInt("available")).isZero();
        assertThat(Shop.stock(product).getInt("reserved")).isEqualTo(10);

        Parallel.run(held.size(), i -> Shop.invokeInventory("DELETE", "/reservations/" + held.get(i).orderId(), null).status());
        assertThat(Shop.stock(product).getInt("available")).isEqualTo(10);
        assertThat(Shop.stock(product).getInt("reserved")).isZero();
    }

    @Test
    void aHoldNobodySettlesIsGivenBackByTheReminder() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 3, "1");
        String orderId = UUID.randomUUID().toString();
        try {
            LiveSettings.set(Shop.INVENTORY, "inventory.reservation-hold-seconds", "2");

            assertThat(Shop.ok(Shop.reserve(orderId, product, 2)).getString("status")).isEqualTo("RESERVED");
            assertThat(Shop.stock(product).getInt("reserved")).isEqualTo(2);

            JsonObject stock = Eventually.within(Duration.ofSeconds(30)).until("the reminder giving back the held units of " + product,
                    () -> Shop.stock(product), level -> level.getInt("reserved") == 0);
            assertThat(stock.getInt("reserved")).as("held units after the hold ran out").isZero();
            assertThat(stock.getInt("available")).isEqualTo(3);
            JsonObject confirmed = Shop.ok(Shop.invokeInventory("POST", "/reservations/" + orderId + "/confirmation", null));
            assertThat(confirmed.getString("status")).isEqualTo("EXPIRED");
            assertThat(Shop.stock(product).getInt("available")).isEqualTo(3);
        } finally {
            LiveSettings.clear(Shop.INVENTORY, "inventory.reservation-hold-seconds");
        }
    }

    private record Reservation(String orderId, String status) {
    }
}
