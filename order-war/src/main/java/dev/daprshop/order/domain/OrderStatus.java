package dev.daprshop.order.domain;

/** PENDING until paid (COMPLETED), refused by inventory (REJECTED) or not paid (CANCELLED). */
public enum OrderStatus {
    PENDING, COMPLETED, REJECTED, CANCELLED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
