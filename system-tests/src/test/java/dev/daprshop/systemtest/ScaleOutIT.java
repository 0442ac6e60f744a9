package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Scale-out in the Kubernetes shape (containers only: the local run has one Liberty for all three
 * services): a second replica of order-service and of inventory-service joins, each with its own
 * sidecar; placement spreads the stock actors over both inventory replicas and the order workflows
 * over both order replicas; then one replica of each is killed (app and sidecar, SIGKILL) in the
 * middle of a steady load, and still every accepted order ends and the stock adds up.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class ScaleOutIT {

    private static final int PRODUCTS = 20;
    private static final int STOCK = 1_000;
    private static final int ORDERS_PER_SECOND = 4;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(20);
    private static final Duration AFTER_KILL = Duration.ofSeconds(20);
    /** Payment timeout and the deadline check after it, with room for the actors' move. */
    private static final Duration FINAL_WITHIN = Duration.ofMinutes(4);
    private static final String STOCK_ACTOR = "InventoryActor";
    private static final String WORKFLOW_ACTOR = "dapr.internal.default.order-service.workflow";

    @Test
    void twoReplicasShareTheWorkAndOneOfEachMayDieUnderLoad() throws Exception {
        List<String> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            products.add(Shop.newProduct());
            Shop.ok(Shop.putStock(products.get(i), STOCK, "1"));
        }
        ContainerSystem.Pod order2 = ContainerSystem.addReplica("order");
        ContainerSystem.Pod inventory2 = ContainerSystem.addReplica("inventory");
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        try {
            List<String> accepted = Collections.synchronizedList(new ArrayList<>());
            List<String> named = Collections.synchronizedList(new ArrayList<>());
            Map<String, Integer> refusals = new ConcurrentHashMap<>();
            Map<Integer, Integer> refused = new ConcurrentHashMap<>();
            int[] sent = {0};
            // One order at a time at a fixed rate (a task that throws would end the schedule: nothing may).
            load.scheduleAtFixedRate(() -> {
                String product = products.get(sent[0]++ % PRODUCTS);
                try {
                    Shop.Answer answer = Shop.placeOrder(product, 1);
                    if (answer.status() == 202) {
                        accepted.add(answer.json().getString("orderId"));
                    } else {
                        refused.merge(answer.status(), 1, Integer::sum);
                        refusals.merge(answer.status() + " " + answer.json().getString("type", "?"), 1, Integer::sum);
                        // "Not confirmed in time": the order may be placed all the same; it is named, and followed.
                        String instance = answer.status() == 503 ? answer.json().getString("instance", "") : "";
                        if (instance.startsWith("/orders/")) {
                            named.add(instance.substring("/orders/".length()));
                        }
                    }
                } catch (RuntimeException e) {
                    refused.merge(-1, 1, Integer::sum);
                }
            }, 0, 1000 / ORDERS_PER_SECOND, TimeUnit.MILLISECONDS);

            // Each replica's active actors, sampled every second under load (the most seen): a
            // workflow is active only while its order is in progress.
            Map<String, Integer> stockActors = new HashMap<>();
            Map<String, Integer> workflows = new HashMap<>();
            Instant kill = Instant.now().plus(BEFORE_KILL);
            while (Instant.now().isBefore(kill)) {
                activeActors("inventory", inventory2, STOCK_ACTOR).forEach((replica, count) -> stockActors.merge(replica, count, Math::max));
                activeActors("order", order2, WORKFLOW_ACTOR).forEach((replica, count) -> workflows.merge(replica, count, Math::max));
                Thread.sleep(1000);
            }
            System.out.println("[scale-out] most active stock actors by replica: " + stockActors + "; most active order workflows by replica: "
                    + workflows);

            ContainerSystem.kill(order2);
            ContainerSystem.kill(inventory2);
            System.out.println("[scale-out] killed " + order2.name() + " and " + inventory2.name()
                    + " (app and sidecar, SIGKILL) at " + Instant.now() + ", after " + accepted.size() + " accepted orders");
            Thread.sleep(AFTER_KILL.toMillis());
            load.shutdown();
            assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            // Both replicas of each did work before the kill.
            assertThat(stockActors.values()).as("stock actors on each inventory replica").hasSize(2).allMatch(count -> count > 0);
            assertThat(workflows.values()).as("workflows on each order replica").hasSize(2).allMatch(count -> count > 0);

            // Every accepted order ends, and the stock adds up: what is gone is what completed orders bought.
            Map<String, Integer> bought = new HashMap<>();
            Map<String, Integer> outcomes = new HashMap<>();
            Map<String, Integer> reasons = new HashMap<>();
            List<String> placed = new ArrayList<>(accepted);
            for (String orderId : named) {
                if (Shop.order(orderId).status() == 200) {
                    placed.add(orderId);
                }
            }
            for (String orderId : placed) {
                JsonObject order = Shop.awaitFinal(orderId, FINAL_WITHIN);
                outcomes.merge(order.getString("status"), 1, Integer::sum);
                if (!order.getString("status").equals("COMPLETED")) {
                    reasons.merge(order.getString("status") + ": " + order.getString("reason", "?"), 1, Integer::sum);
                }
                if (order.getString("status").equals("COMPLETED")) {
                    bought.merge(order.getJsonArray("items").getJsonObject(0).getString("productId"), 1, Integer::sum);
                }
            }
            System.out.println("[scale-out] " + sent[0] + " sent, " + accepted.size() + " accepted, refused by status (-1: no answer) " + refused
                    + " (" + (placed.size() - accepted.size()) + " of them placed all the same)"
                    + ", final " + outcomes + (reasons.isEmpty() ? "" : ", why not completed: " + reasons) + ", refusals: " + refusals);
            assertThat(accepted).hasSizeGreaterThan(ORDERS_PER_SECOND * (int) BEFORE_KILL.toSeconds() / 2);
            assertThat(outcomes).containsKey("COMPLETED");
            for (String product : products) {
                JsonObject stock = Shop.awaitNothingReserved(product);
                assertThat(stock.getInt("available")).as(product).isEqualTo(STOCK - bought.getOrDefault(product, 0));
            }
        } finally {
            load.shutdownNow();   // no order of this test may reach the tests after it
            ContainerSystem.remove(order2);
            ContainerSystem.remove(inventory2);
        }
    }

    /** The active actors of {@code type} on each replica's sidecar (the first replica's and the added one's). */
    private static Map<String, Integer> activeActors(String service, ContainerSystem.Pod added, String type) {
        Map<String, Integer> counts = new HashMap<>();
        counts.put(service + "-service", count(Shop.send("GET", SystemPorts.url(service + ".dapr.http.port") + "/v1.0/metadata", null,
                Shop.sidecarHeaders(service)).json(), type));
        counts.put(added.name(), count(Shop.send("GET", "http://" + added.sidecar().getHost() + ":" + added.sidecar().getHttpPort()
                + "/v1.0/metadata", null, Shop.sidecarHeaders(service)).json(), type));
        return counts;
    }

    /** The count of active actors of {@code type} in a sidecar's metadata ({@code actorRuntime.activeActors}). */
    private static int count(JsonObject metadata, String type) {
        JsonObject runtime = metadata.getJsonObject("actorRuntime");
        if (runtime == null || !runtime.containsKey("activeActors") || runtime.get("activeActors").getValueType() != JsonValue.ValueType.ARRAY) {
            return 0;
        }
        return runtime.getJsonArray("activeActors").getValuesAs(JsonObject.class).stream()
                .filter(actor -> actor.getString("type").equals(type))
                .mapToInt(actor -> actor.getInt("count", 0))   // a type with none has no count
                .sum();
    }
}
