package dev.daprshop.inventory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stock of one product: units free to sell ({@code available}), units held for orders that are
 * not paid yet ({@code holds}, by order id), until when each hold lasts ({@code holdsUntil}, epoch
 * milliseconds by order id), and the price of one unit.
 *
 * <p>The holds live in the product's own record so that holding, selling or giving back units is
 * one single-key write with an ETag: Dapr's Redis state store does not roll a multi-key
 * transaction back when one of its ETag checks fails.
 *
 * <p>Units are never lost or made up: for every product, the units stocked equal
 * {@code available + reserved()} plus the units of sales that stand (a sale taken back returns
 * its units to {@code available}).
 *
 * <p>A hold past its end is still a hold until it is released ({@link #expiredHolds}): expiring
 * is a release like any other. (A hold written before holds had an end has none here: it is
 * released by the reminder of its own that was registered with it.)
 */
public record Stock(String productId, int available, Map<String, Integer> holds, Map<String, Long> holdsUntil,
                    BigDecimal unitPrice) {

    public Stock {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        holds = holds == null ? Map.of() : Map.copyOf(holds);
        holdsUntil = holdsUntil == null ? Map.of() : Map.copyOf(holdsUntil);
        if (available < 0) {
            throw new IllegalArgumentException("available cannot be negative");
        }
        if (!holds.keySet().containsAll(holdsUntil.keySet())) {
            throw new IllegalArgumentException("an end for a hold that does not exist");
        }
    }

    public static Stock of(String productId, int available, BigDecimal unitPrice) {
        return new Stock(productId, available, Map.of(), Map.of(), unitPrice);
    }

    /** Units held for orders, not free to sell. */
    public int reserved() {
        return holds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sets what is free to sell and the price; units held for orders stay held. */
    public Stock restock(int newAvailable, BigDecimal newUnitPrice) {
        return new Stock(productId, newAvailable, holds, holdsUntil, newUnitPrice);
    }

    public boolean holdsFor(String orderId) {
        return holds.containsKey(orderId);
    }

    public boolean canHold(int quantity) {
        return quantity <= available;
    }

    /** Holds units for an order until {@code until}; holding again for the same order changes nothing. */
    public Stock hold(String orderId, int quantity, Instant until) {
        if (holdsFor(orderId)) {
            return this;
        }
        if (!canHold(quantity)) {
            throw new IllegalStateException("not enough stock of " + productId);
        }
        Map<String, Integer> newHolds = new HashMap<>(holds);
        newHolds.put(orderId, quantity);
        Map<String, Long> newUntil = new HashMap<>(holdsUntil);
        newUntil.put(orderId, until.toEpochMilli());
        return new Stock(productId, available - quantity, newHolds, newUntil, unitPrice);
    }

    /** The orders whose holds ended before {@code now}: no one settled them in time. */
    public List<String> expiredHolds(Instant now) {
        return holdsUntil.entrySet().stream()
                .filter(end -> end.getValue() < now.toEpochMilli())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Whether any hold has an end, i.e. {@link #expiredHolds} has something to look at. */
    public boolean hasHoldsThatEnd() {
        return !holdsUntil.isEmpty();
    }

    /** The order's held units are free to sell again; nothing held, nothing changes. */
    public Stock release(String orderId) {
        Integer quantity = holds.get(orderId);
        return quantity == null ? this : new Stock(productId, available + quantity, without(holds, orderId),
                without(holdsUntil, orderId), unitPrice);
    }

    /** Units of a sale that was taken back (its order was cancelled after all) are free to sell again. */
    public Stock takeBack(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return new Stock(productId, available + quantity, holds, holdsUntil, unitPrice);
    }

    /** The order's held units are sold: they leave the stock. */
    public Stock sell(String orderId) {
        return holdsFor(orderId)
                ? new Stock(productId, available, without(holds, orderId), without(holdsUntil, orderId), unitPrice)
                : this;
    }

    private static <V> Map<String, V> without(Map<String, V> byOrder, String orderId) {
        Map<String, V> rest = new HashMap<>(byOrder);
        rest.remove(orderId);
        return rest;
    }
}
