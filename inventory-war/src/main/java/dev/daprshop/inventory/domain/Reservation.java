package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Units of products held for one order, at the prices of the moment they were reserved; or, as
 * the answer to a reservation that cannot be made, {@code REJECTED} with the reason (never stored).
 * {@code RESERVED} ends {@code CONFIRMED} (sold), {@code EXPIRED} or {@code RELEASED}; a
 * {@code CONFIRMED} one can still be {@code RELEASED} when its order is cancelled after all.
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

    /**
     * The release of an order that holds nothing (yet): stored, so that a reservation request for
     * it that arrives later finds the order settled and holds nothing.
     */
    public static Reservation releasedUnheld(String orderId) {
        return new Reservation(orderId, Status.RELEASED, List.of(), "the order was released before its stock was held");
    }

    /** Whether units are held or sold under this reservation (so a release has something to give back). */
    public boolean holdsOrSold() {
        return status == Status.RESERVED || status == Status.CONFIRMED;
    }

    /** Every line sold. Only a {@code RESERVED} one can be. */
    public Reservation confirm() {
        return ended(Status.RESERVED, Status.CONFIRMED);
    }

    /** A hold ran out before the sale: nothing of the order is held or sold. Only a {@code RESERVED} one can. */
    public Reservation expire() {
        return ended(Status.RESERVED, Status.EXPIRED);
    }

    /**
     * Nothing of the order is held or sold any more (held units freed, sold ones taken back). Only
     * one that {@link #holdsOrSold holds or sold} units can be released.
     */
    public Reservation release() {
        if (!holdsOrSold()) {
            throw new IllegalStateException("reservation of order " + orderId + " is " + status + ": nothing to release");
        }
        return new Reservation(orderId, Status.RELEASED, lines, reason);
    }

    /**
     * What confirming makes of this reservation, given how the hold of each of its lines ended:
     * {@code CONFIRMED} when every line was sold; otherwise {@code EXPIRED} when a hold ran out, else
     * {@code RELEASED} (the lines already sold are to be taken back).
     */
    public Reservation afterConfirming(List<Settlement> lineEnds) {
        if (lineEnds.stream().allMatch(end -> end == Settlement.SOLD)) {
            return confirm();
        }
        return lineEnds.contains(Settlement.EXPIRED) ? expire() : release();
    }

    private Reservation ended(Status from, Status to) {
        if (status != from) {
            throw new IllegalStateException("reservation of order " + orderId + " is " + status + ", not " + from);
        }
        return new Reservation(orderId, to, lines, reason);
    }
}
