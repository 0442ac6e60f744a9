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

    /** Stock is held at these prices: the order waits for its payment. Only a pending order is priced. */
    public Order priced(List<OrderLine> pricedItems) {
        requirePending("priced");
        BigDecimal sum = pricedItems.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Order(orderId, customerId, pricedItems, sum, OrderStatus.PENDING, null, traceId);
    }

    /**
     * The order's end, once: COMPLETED, or REJECTED/CANCELLED with the reason. A final status is
     * never changed: whoever ends the order first (the saga, or the deadline check) decides.
     */
    public Order settled(OrderStatus finalStatus, String why) {
        requirePending("settled " + finalStatus);
        if (!finalStatus.isFinal()) {
            throw new IllegalArgumentException("an order cannot be settled " + finalStatus);
        }
        return new Order(orderId, customerId, items, total, finalStatus, finalStatus == OrderStatus.COMPLETED ? null : why, traceId);
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /** Priced orders were announced to payment-service: one that ends otherwise than COMPLETED may hold a payment. */
    public boolean announced() {
        return total != null;
    }

    private void requirePending(String change) {
        if (isFinal()) {
            throw new IllegalStateException("order " + orderId + " is " + status + " and cannot be " + change);
        }
    }
}
