package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Units of products held for one order, at the prices of the moment they were reserved; or, as
 * the answer to a reservation that cannot be made, {@code REJECTED} with the reason (never stored).
 */
public record Reservation(String orderId, Status status, List<Line> lines, String reason) {

    /** EXPIRED: a hold ran out (reminder) before the order was paid; its units were given back. */
    public enum Status { RESERVED, CONFIRMED, RELEASED, EXPIRED, REJECTED }

    public static Reservation reserved(String orderId, List<Line> lines) {
        return new Reservation(orderId, Status.RESERVED, List.copyOf(lines), null);
    }

    /** Unknown product or not enough stock: nothing is held. */
    public static Reservation rejected(String orderId, String reason) {
        return new Reservation(orderId, Status.REJECTED, List.of(), reason);
    }

    public record Line(String productId, int quantity, BigDecimal unitPrice) {
    }

    public Reservation withStatus(Status newStatus) {
        return new Reservation(orderId, newStatus, lines, reason);
    }
}
