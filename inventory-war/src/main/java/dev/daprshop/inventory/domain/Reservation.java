package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.List;

/** Units of products held for one order, at the prices of the moment they were reserved. */
public record Reservation(String orderId, Status status, List<Line> lines) {

    /** EXPIRED: a hold ran out (reminder) before the order was paid; its units were given back. */
    public enum Status { RESERVED, CONFIRMED, RELEASED, EXPIRED }

    public record Line(String productId, int quantity, BigDecimal unitPrice) {
    }

    public Reservation withStatus(Status newStatus) {
        return new Reservation(orderId, newStatus, lines);
    }
}
