package dev.daprshop.inventory.domain;

/** A reservation that cannot be made: the order is rejected, nothing is held. */
public class ReservationRejected extends RuntimeException {

    public enum Reason { UNKNOWN_PRODUCT, NOT_ENOUGH_STOCK }

    private final Reason reason;
    private final String productId;

    public ReservationRejected(Reason reason, String productId) {
        super((reason == Reason.UNKNOWN_PRODUCT ? "unknown product " : "not enough stock of ") + productId);
        this.reason = reason;
        this.productId = productId;
    }

    public Reason reason() {
        return reason;
    }

    public String productId() {
        return productId;
    }
}
