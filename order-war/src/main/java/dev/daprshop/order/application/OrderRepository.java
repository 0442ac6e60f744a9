package dev.daprshop.order.application;

import dev.daprshop.order.domain.Order;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Where orders are kept. A new order is a first write (two requests with one Idempotency-Key
 * cannot both create it); after that every change is a read, a move of the order, and a write
 * checked against what was read, run again from a fresh read when another writer came first.
 */
public interface OrderRepository {

    /** The order; empty when there is none with this id. */
    CompletionStage<Optional<Order>> find(String orderId);

    /** Saves a new order; fails when one with its id exists already. */
    CompletionStage<Void> create(Order order);

    /**
     * Applies {@code change} to the order as it is now and saves the result (nothing is written when
     * it leaves the order as it was). Fails with {@link IllegalStateException} when there is no such order.
     */
    CompletionStage<Revision> update(String orderId, UnaryOperator<Order> change);

    /** The order as an update found it and as it left it. */
    record Revision(Order before, Order after) {

        /** False when the change left the order as it was (nothing was written). */
        public boolean changed() {
            return !before.equals(after);
        }
    }
}
