package dev.daprshop.order.application;

import dev.daprshop.order.domain.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** Orders in memory, with the semantics of the real store: first write creates, an unchanged update writes nothing. */
public final class FakeOrders implements OrderRepository {

    private final Map<String, Order> orders = new HashMap<>();
    private final List<Order> writes = new ArrayList<>();

    public FakeOrders with(Order order) {
        orders.put(order.orderId(), order);
        return this;
    }

    public Order get(String orderId) {
        return orders.get(orderId);
    }

    /** Every order written, in order. */
    public List<Order> writes() {
        return writes;
    }

    @Override
    public CompletionStage<Optional<Order>> find(String orderId) {
        return CompletableFuture.completedStage(Optional.ofNullable(orders.get(orderId)));
    }

    @Override
    public CompletionStage<Void> create(Order order) {
        if (orders.containsKey(order.orderId())) {
            return CompletableFuture.failedStage(new IllegalStateException("order " + order.orderId() + " exists"));
        }
        write(order);
        return CompletableFuture.completedStage(null);
    }

    @Override
    public CompletionStage<Revision> update(String orderId, UnaryOperator<Order> change) {
        Order before = orders.get(orderId);
        if (before == null) {
            return CompletableFuture.failedStage(new IllegalStateException("no order " + orderId));
        }
        Order after;
        try {
            after = change.apply(before);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedStage(refused);
        }
        if (!after.equals(before)) {
            write(after);
        }
        return CompletableFuture.completedStage(new Revision(before, after));
    }

    private void write(Order order) {
        orders.put(order.orderId(), order);
        writes.add(order);
    }
}
