package dev.daprshop.order.application;

import dev.daprshop.order.domain.OrderLine;
import java.util.List;

/**
 * What became of an order's stock: inventory holds it at the prices of {@code lines}, or it is not
 * held, for {@code reason}. The answer of {@link Inventory#reserve} and of the saga's placing step,
 * kept as JSON in the workflow's history: its components are its format.
 */
public record Reservation(boolean reserved, List<OrderLine> lines, String reason) {

    public static Reservation held(List<OrderLine> pricedLines) {
        return new Reservation(true, pricedLines, null);
    }

    public static Reservation refused(String reason) {
        return new Reservation(false, null, reason);
    }
}
