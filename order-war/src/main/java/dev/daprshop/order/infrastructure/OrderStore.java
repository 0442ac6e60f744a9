package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.order.application.OrderRepository;
import dev.daprshop.order.domain.Order;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Orders in the Dapr state store {@code orderstore}, each under {@code order-<id>}. A new order is a
 * first write; after that its workflow and its deadline check change it, each write checked against
 * the ETag it read ({@link StateRepository#update}).
 */
@ApplicationScoped
public class OrderStore implements OrderRepository {

    @Inject
    StateRepositories repositories;

    private StateRepository<Order> orders;

    @PostConstruct
    void open() {
        orders = repositories.of("orderstore", "order-", Order.class);
    }

    @Override
    public CompletionStage<Optional<Order>> find(String orderId) {
        return orders.find(orderId).thenApply(found -> found.map(Versioned::value));
    }

    @Override
    public CompletionStage<Void> create(Order order) {
        return orders.save(order.orderId(), Versioned.fresh(order));
    }

    @Override
    public CompletionStage<Revision> update(String orderId, UnaryOperator<Order> change) {
        // Each attempt reads again and changes what it read: the last one is the one written.
        AtomicReference<Order> read = new AtomicReference<>();
        return orders.update(orderId, order -> {
            read.set(order);
            return change.apply(order);
        }).thenApply(after -> new Revision(read.get(), after.orElseThrow(() -> new IllegalStateException("no order " + orderId))));
    }
}
