package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.TraceStore.Span;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/** The cron input binding runs inventory-service's low-stock report, each run a trace of its own. */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class StockReportIT {

    @Test
    void aProductRunningLowAppearsInTheNextReport() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 2, "1");

        JsonObject report = awaitReportWith(product, 2);
        assertThat(report.getInt("threshold")).isEqualTo(5);

        List<Span> spans = new TraceStore(SystemPorts.zipkin()).awaitTrace(report.getString("traceId"),
                trace -> trace.stream().anyMatch(span -> span.name().equals("dapr.pubsub publish low-stock"))
                        && trace.stream().anyMatch(span -> span.name().startsWith("dapr.state get bulk"))
                        && trace.stream().anyMatch(span -> span.name().equals("bindings/stock-report")),
                Duration.ofSeconds(30));
        assertThat(spans).filteredOn(span -> span.parentId() == null).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("bindings/stock-report");
            assertThat(root.fromSidecar()).isTrue();
        });
        assertThat(spans).anySatisfy(span -> {
            assertThat(span.name()).isEqualTo("post /stock-report");
            assertThat(span.service()).isEqualTo("inventory-service");
        });
        assertThat(spans).as("levels read in one call, no product actor woken")
                .anyMatch(span -> span.name().startsWith("dapr.state get bulk"))
                .noneMatch(span -> span.name().startsWith("dapr.actor"));
        assertThat(spans).anySatisfy(span -> {
            assertThat(span.name()).isEqualTo("dapr.pubsub publish low-stock");
            assertThat(span.kind()).isEqualTo("PRODUCER");
            assertThat(span.tags()).containsEntry("messaging.destination.name", "low-stock");
        });
    }

    @Test
    void theReportFollowsTheStock() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 3, "1");
        awaitReportWith(product, 3);

        JsonObject order = Shop.awaitFinal(Shop.accepted(Shop.placeOrder(product, 1)).getString("orderId"));
        assertThat(order.getString("status")).isEqualTo("COMPLETED");

        JsonObject item = item(awaitReportWith(product, 2), product);
        assertThat(item.getInt("reserved")).isZero();
    }

    private static JsonObject item(JsonObject report, String product) {
        return report.getJsonArray("products").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("productId").equals(product)).findFirst().orElseThrow();
    }

    /** The first report listing {@code product} with {@code available} units free (at most 30 s). */
    private static JsonObject awaitReportWith(String product, int available) throws InterruptedException {
        return Eventually.within(Duration.ofSeconds(30)).every(Duration.ofMillis(250))
                .until("a report listing " + product + " with " + available + " available",
                        Shop::stockReport,
                        answer -> answer.status() == 200 && lists(answer.json(), product, available))
                .json();
    }

    private static boolean lists(JsonObject report, String product, int available) {
        return report.getJsonArray("products").stream().map(JsonValue::asJsonObject)
                .anyMatch(item -> item.getString("productId").equals(product) && item.getInt("available") == available);
    }
}
