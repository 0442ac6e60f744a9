package dev.daprshop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dapr.serializer.DefaultObjectSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Orders are stored as the Dapr SDK's serializer writes them: these properties are the stored
 * format (a new getter on Order would add one to every order written).
 */
class OrderJsonTest {

    private final DefaultObjectSerializer serializer = new DefaultObjectSerializer();

    @Test
    void anOrderIsStoredWithTheseProperties() throws IOException {
        Order order = Order.accepted("o-1", "c-1", List.of(new OrderLine("p", 2, null)), "trace")
                .priced(List.of(new OrderLine("p", 2, new BigDecimal("4.95"))))
                .settled(OrderStatus.CANCELLED, "card declined");

        String stored = new String(serializer.serialize(order), StandardCharsets.UTF_8);

        assertThat(stored).isEqualTo("{\"orderId\":\"o-1\",\"customerId\":\"c-1\","
                + "\"items\":[{\"productId\":\"p\",\"quantity\":2,\"unitPrice\":4.95}],\"total\":9.90,"
                + "\"status\":\"CANCELLED\",\"reason\":\"card declined\",\"traceId\":\"trace\",\"final\":true}");
        assertThat(serializer.deserialize(stored.getBytes(StandardCharsets.UTF_8), Order.class)).isEqualTo(order);
    }
}
