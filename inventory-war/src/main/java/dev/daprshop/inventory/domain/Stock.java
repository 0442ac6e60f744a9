package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Stock of one product: units free to sell ({@code available}), units held for orders that are
 * not paid yet ({@code reserved}), and the price of one unit.
 */
public record Stock(String productId, int available, int reserved, BigDecimal unitPrice) {

    public Stock {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (available < 0 || reserved < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
    }

    /** Sets what is free to sell and the price; units held for orders stay held. */
    public Stock restock(int newAvailable, BigDecimal newUnitPrice) {
        return new Stock(productId, newAvailable, reserved, newUnitPrice);
    }

    public boolean canReserve(int quantity) {
        return quantity <= available;
    }

    public Stock reserve(int quantity) {
        if (!canReserve(quantity)) {
            throw new IllegalStateException("not enough stock of " + productId);
        }
        return new Stock(productId, available - quantity, reserved + quantity, unitPrice);
    }

    /** A held unit is given back: free to sell again. */
    public Stock release(int quantity) {
        return new Stock(productId, available + quantity, Math.max(0, reserved - quantity), unitPrice);
    }

    /** A held unit is sold: it leaves the stock. */
    public Stock confirm(int quantity) {
        return new Stock(productId, available, Math.max(0, reserved - quantity), unitPrice);
    }
}
