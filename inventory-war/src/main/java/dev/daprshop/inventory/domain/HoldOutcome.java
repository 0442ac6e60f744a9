package dev.daprshop.inventory.domain;

import java.math.BigDecimal;

/** A product's answer to holding units for an order: {@code HELD} at {@code unitPrice}, or why not. */
public record HoldOutcome(Status status, BigDecimal unitPrice) {

    /** SETTLED: the order's hold on this product ended already (released before it was held). */
    public enum Status { HELD, UNKNOWN_PRODUCT, NOT_ENOUGH_STOCK, SETTLED }
}
