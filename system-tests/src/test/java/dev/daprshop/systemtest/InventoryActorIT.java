package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

        List<String> orderIds = inParallel(30, () -> Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId"));

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

        List<Reservation> reservations = inParallel(40, () -> {
            String orderId = UUID.randomUUID().toString();
            return new Reservation(orderId, Shop.ok(Shop.reserve(orderId, product, 1)).getString("status"));
        });

        List<Reservation> held = reservations.stream().filter(reservation -> reservation.status().equals("RESERVED")).toList();
        assertThat(held).hasSize(10);
        assertThat(reservations).filteredOn(reservation -> reservation.status().equals("REJECTED")).hasSize(30);
        assertThat(Shop.stock(product).getInt("available")).isZero();
        assertThat(Shop.stock(product).getInt("reserved")).isEqualTo(10);

        inParallel(held.size(), new ArrayList<>(held.stream().<Callable<Integer>>map(reservation ->
                () -> Shop.invokeInventory("DELETE", "/reservations/" + reservation.orderId(), null).status()).toList()));
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

    private static <T> List<T> inParallel(int times, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            tasks.add(task);
        }
        return inParallel(times, tasks);
    }

    private static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
