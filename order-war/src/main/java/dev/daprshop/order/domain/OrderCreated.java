package dev.daprshop.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** Published on topic {@code orders} when an order waits for its payment. */
public record OrderCreated(String orderId, String customerId, List<OrderLine> items, BigDecimal total) {

    public static final String TYPE = "OrderCreated";

    public static OrderCreated of(Order order) {
        return new OrderCreated(order.orderId(), order.customerId(), order.items(), order.total());
    }
}
