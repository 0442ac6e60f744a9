package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.order.domain.Order;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Orders in the Dapr state store {@code orderstore}. A new order is a first write (two requests with
 * one Idempotency-Key cannot both create it); after that its workflow is the only writer, one step
 * at a time, each write checked against the ETag it read.
 */
@ApplicationScoped
public class OrderStore {

    @Inject
    StateRepositories repositories;

    private StateRepository<Order> orders;

    @PostConstruct
    void open() {
        orders = repositories.of("orderstore", "order-", Order.class);
    }

    public CompletionStage<Optional<Versioned<Order>>> order(String orderId) {
        return orders.find(orderId);
    }

    public CompletionStage<Void> save(Versioned<Order> order) {
        return orders.save(order.value().orderId(), order);
    }
}
