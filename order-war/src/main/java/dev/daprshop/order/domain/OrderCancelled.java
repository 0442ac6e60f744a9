package dev.daprshop.order.domain;

/**
 * Published on topic {@code orders} when an announced order ends without being completed
 * ({@code CANCELLED}, or {@code REJECTED} after it was priced): payment-service refunds what it
 * was paid, or makes sure it is never paid.
 */
public record OrderCancelled(String orderId, OrderStatus status, String reason) {

    public static final String TYPE = "OrderCancelled";

    public static OrderCancelled of(Order order) {
        return new OrderCancelled(order.orderId(), order.status(), order.reason());
    }
}
