package dev.daprshop.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** An order and where it stands; {@code reason} says why it is not (yet) completed. */
public record Order(String orderId, String customerId, List<OrderLine> items, BigDecimal total,
                    OrderStatus status, String reason, String traceId) {

    public Order {
        items = List.copyOf(items);
    }

    /** A new order: its items are not priced yet (inventory prices them when it holds the stock). */
    public static Order accepted(String orderId, String customerId, List<OrderLine> items, String traceId) {
        return new Order(orderId, customerId, items, null, OrderStatus.PENDING, null, traceId);
    }

    /** Stock is held at these prices: the order waits for its payment. */
    public Order priced(List<OrderLine> pricedItems) {
        BigDecimal sum = pricedItems.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Order(orderId, customerId, pricedItems, sum, OrderStatus.PENDING, null, traceId);
    }

    /** The order's end: COMPLETED, or REJECTED/CANCELLED with the reason. */
    public Order settled(OrderStatus finalStatus, String why) {
        return new Order(orderId, customerId, items, total, finalStatus, finalStatus == OrderStatus.COMPLETED ? null : why, traceId);
    }
}
