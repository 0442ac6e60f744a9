package dev.daprshop.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** An order and where it stands; {@code reason} says why it is not (yet) completed. */
public record Order(String orderId, String customerId, List<OrderLine> items, BigDecimal total,
                    OrderStatus status, String reason, String traceId) {

    public Order {
        items = List.copyOf(items);
    }

    /** Stock is held at these prices: the order waits for its payment. */
    public static Order pending(String orderId, String customerId, List<OrderLine> pricedItems, String traceId) {
        BigDecimal total = pricedItems.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Order(orderId, customerId, pricedItems, total, OrderStatus.PENDING, null, traceId);
    }

    /** Inventory refused: unknown product or not enough stock. */
    public static Order rejected(String orderId, String customerId, List<OrderLine> items, String reason, String traceId) {
        return new Order(orderId, customerId, items, null, OrderStatus.REJECTED, reason, traceId);
    }

    public Order completed() {
        return new Order(orderId, customerId, items, total, OrderStatus.COMPLETED, null, traceId);
    }

    public Order cancelled(String why) {
        return new Order(orderId, customerId, items, total, OrderStatus.CANCELLED, why, traceId);
    }
}
