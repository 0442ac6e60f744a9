package dev.daprshop.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.LowStockReport;
import dev.daprshop.inventory.domain.ProductIndex;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.domain.StockLevel;
import io.dapr.serializer.DefaultObjectSerializer;
import io.dapr.utils.TypeRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON that the Dapr SDK's serializer writes for actor calls, actor state and state records:
 * stored state and calls in flight outlive a deployment, so these shapes must not change.
 */
class WireFormatTest {

    private final DefaultObjectSerializer serializer = new DefaultObjectSerializer();

    @Test
    void actorCallsAndAnswers() throws IOException {
        assertThat(json(new InventoryActor.Restock(7, new BigDecimal("9.99")))).isEqualTo("{\"available\":7,\"unitPrice\":9.99}");
        assertThat(json(new InventoryActor.Hold("o-1", 2))).isEqualTo("{\"orderId\":\"o-1\",\"quantity\":2}");
        assertThat(json(new HoldOutcome(HoldOutcome.Status.HELD, new BigDecimal("9.99"))))
                .isEqualTo("{\"status\":\"HELD\",\"unitPrice\":9.99}");
        assertThat(json(Settlement.RETURNED)).isEqualTo("\"RETURNED\"");
        assertThat(serializer.deserialize(bytes("\"EXPIRED\""), TypeRef.get(Settlement.class))).isEqualTo(Settlement.EXPIRED);
    }

    @Test
    void actorState() throws IOException {
        Stock stock = new Stock("p-1", 3, Map.of("o-1", 2), Map.of("o-1", 1767225600000L), new BigDecimal("9.99"));

        assertThat(json(stock)).isEqualTo("{\"productId\":\"p-1\",\"available\":3,\"holds\":{\"o-1\":2},"
                + "\"holdsUntil\":{\"o-1\":1767225600000},\"unitPrice\":9.99}");
        assertThat(serializer.deserialize(serializer.serialize(stock), TypeRef.get(Stock.class))).isEqualTo(stock);
        // A product stored before holds had an end still reads.
        Stock older = serializer.deserialize(bytes("{\"productId\":\"p-1\",\"available\":3,\"holds\":{\"o-1\":2},\"unitPrice\":9.99}"),
                TypeRef.get(Stock.class));
        assertThat(older).isEqualTo(new Stock("p-1", 3, Map.of("o-1", 2), Map.of(), new BigDecimal("9.99")));
    }

    @Test
    void stateRecords() throws IOException {
        Reservation reservation = Reservation.reserved("o-1", List.of(new Reservation.Line("p-1", 2, new BigDecimal("9.99"))));

        assertThat(json(reservation)).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"RESERVED\","
                + "\"lines\":[{\"productId\":\"p-1\",\"quantity\":2,\"unitPrice\":9.99}]}");
        assertThat(serializer.deserialize(serializer.serialize(reservation), TypeRef.get(Reservation.class))).isEqualTo(reservation);
        // (The SDK's serializer leaves nulls out.)
        assertThat(json(Reservation.releasedUnheld("o-1"))).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"RELEASED\",\"lines\":[],"
                + "\"reason\":\"the order was released before its stock was held\"}");
        assertThat(json(new ProductIndex(Set.of("p-1")))).isEqualTo("{\"productIds\":[\"p-1\"]}");
        assertThat(json(new LowStockReport("2026-01-01T00:00:00Z", 5, List.of(new StockLevel("p-1", 1, 2)), "trace")))
                .isEqualTo("{\"generatedAt\":\"2026-01-01T00:00:00Z\",\"threshold\":5,"
                        + "\"products\":[{\"productId\":\"p-1\",\"available\":1,\"reserved\":2}],\"traceId\":\"trace\"}");
    }

    private String json(Object value) throws IOException {
        return new String(serializer.serialize(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
