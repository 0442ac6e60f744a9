package dev.daprshop.order.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order and where it stands; {@code reason} says why it is not (yet) completed. It moves along
 * one state machine: {@code PENDING} (priced once inventory holds its stock) to one final status,
 * {@code COMPLETED}, {@code REJECTED} or {@code CANCELLED}, which it then keeps. Its methods are
 * those moves; nothing else makes a changed order.
 *
 * <p>Stored as JSON (Jackson, by its accessors): a new {@code getX()}/{@code isX()} method would
 * add a property to every order written.
 */
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

    /** {@link #priced}, unless the order ended meanwhile (its deadline check ended it): then it stays as it is. */
    public Order pricedIfPending(List<OrderLine> pricedItems) {
        return isFinal() ? this : priced(pricedItems);
    }

    /**
     * The order's end, once: COMPLETED, or REJECTED/CANCELLED with the reason. A final status is
     * never changed.
     */
    public Order settled(OrderStatus finalStatus, String why) {
        requireFinal(finalStatus);
        requirePending("settled " + finalStatus);
        return new Order(orderId, customerId, items, total, finalStatus, finalStatus == OrderStatus.COMPLETED ? null : why, traceId);
    }

    /**
     * {@link #settled}, unless the order has ended already: whoever ends it first (the saga, or the
     * deadline check) decides, and a later end leaves it as it is.
     */
    public Order settledIfPending(OrderStatus finalStatus, String why) {
        requireFinal(finalStatus);
        return isFinal() ? this : settled(finalStatus, why);
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /** Priced orders were announced to payment-service: one that ends otherwise than COMPLETED may hold a payment. */
    public boolean announced() {
        return total != null;
    }

    private static void requireFinal(OrderStatus status) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("an order cannot be settled " + status);
        }
    }

    private void requirePending(String change) {
        if (isFinal()) {
            throw new IllegalStateException("order " + orderId + " is " + status + " and cannot be " + change);
        }
    }
}
