package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Units of products held for one order, at the prices of the moment they were reserved; or, as
 * the answer to a reservation that cannot be made, {@code REJECTED} with the reason (never stored).
 */
public record Reservation(String orderId, Status status, List<Line> lines, String reason) {

    /**
     * EXPIRED: a hold ran out (reminder) before the order was paid; its units were given back.
     * NONE: nothing was ever held for the order (an answer, not stored).
     */
    public enum Status { RESERVED, CONFIRMED, RELEASED, EXPIRED, REJECTED, NONE }

    public static Reservation reserved(String orderId, List<Line> lines) {
        return new Reservation(orderId, Status.RESERVED, List.copyOf(lines), null);
    }

    /** Unknown product or not enough stock: nothing is held. */
    public static Reservation rejected(String orderId, String reason) {
        return new Reservation(orderId, Status.REJECTED, List.of(), reason);
    }

    /** The answer to confirming or releasing an order nothing was held for. */
    public static Reservation none(String orderId) {
        return new Reservation(orderId, Status.NONE, List.of(), "nothing is held for this order");
    }

    public record Line(String productId, int quantity, BigDecimal unitPrice) {
    }

    public Reservation withStatus(Status newStatus) {
        return new Reservation(orderId, newStatus, lines, reason);
    }
}
