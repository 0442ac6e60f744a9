package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stock of one product: units free to sell ({@code available}), units held for orders that are
 * not paid yet ({@code holds}, by order id), and the price of one unit.
 *
 * <p>The holds live in the product's own record so that holding, selling or giving back units is
 * one single-key write with an ETag: Dapr's Redis state store does not roll a multi-key
 * transaction back when one of its ETag checks fails.
 *
 * <p>Units are never lost or made up: for every product, the units stocked equal
 * {@code available + reserved()} plus the units of sales that stand (a sale taken back returns
 * its units to {@code available}).
 */
public record Stock(String productId, int available, Map<String, Integer> holds, BigDecimal unitPrice) {

    public Stock {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        holds = holds == null ? Map.of() : Map.copyOf(holds);
        if (available < 0) {
            throw new IllegalArgumentException("available cannot be negative");
        }
    }

    public static Stock of(String productId, int available, BigDecimal unitPrice) {
        return new Stock(productId, available, Map.of(), unitPrice);
    }

    /** Units held for orders, not free to sell. */
    public int reserved() {
        return holds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sets what is free to sell and the price; units held for orders stay held. */
    public Stock restock(int newAvailable, BigDecimal newUnitPrice) {
        return new Stock(productId, newAvailable, holds, newUnitPrice);
    }

    public boolean holdsFor(String orderId) {
        return holds.containsKey(orderId);
    }

    public boolean canHold(int quantity) {
        return quantity <= available;
    }

    /** Holds units for an order; holding again for the same order changes nothing. */
    public Stock hold(String orderId, int quantity) {
        if (holdsFor(orderId)) {
            return this;
        }
        if (!canHold(quantity)) {
            throw new IllegalStateException("not enough stock of " + productId);
        }
        Map<String, Integer> newHolds = new HashMap<>(holds);
        newHolds.put(orderId, quantity);
        return new Stock(productId, available - quantity, newHolds, unitPrice);
    }

    /** The order's held units are free to sell again; nothing held, nothing changes. */
    public Stock release(String orderId) {
        Integer quantity = holds.get(orderId);
        return quantity == null ? this : new Stock(productId, available + quantity, without(orderId), unitPrice);
    }

    /** Units of a sale that was taken back (its order was cancelled after all) are free to sell again. */
    public Stock takeBack(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return new Stock(productId, available + quantity, holds, unitPrice);
    }

    /** The order's held units are sold: they leave the stock. */
    public Stock sell(String orderId) {
        return holdsFor(orderId) ? new Stock(productId, available, without(orderId), unitPrice) : this;
    }

    private Map<String, Integer> without(String orderId) {
        Map<String, Integer> newHolds = new HashMap<>(holds);
        newHolds.remove(orderId);
        return newHolds;
    }
}
