package dev.daprshop.order.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.state.Outbox;
import dev.daprshop.dapr.state.States;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCreated;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Orders in the Dapr state store {@value #STORE}, whose transactional outbox publishes to topic
 * {@code orders}: the priced order and its {@link OrderCreated} are one transaction. A new order is
 * a first write (two requests with one Idempotency-Key cannot both create it); after that its
 * workflow is the only writer, one step at a time, each write checked against the ETag it read.
 */
@ApplicationScoped
public class OrderStore {

    static final String STORE = "orderstore";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Order>>> order(String orderId) {
        return dapr.getState(STORE, key(orderId), Order.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    /** The order and its {@link OrderCreated} event, atomically (transactional outbox). */
    @DaprCall(api = DaprApi.STATE, operation = "transaction", component = STORE)
    public CompletionStage<Void> saveAndAnnounce(Versioned<Order> order) {
        Order value = order.value();
        return dapr.executeStateTransaction(STORE, Outbox.saveAndPublish(key(value.orderId()), value, order.etag(), FIRST_WRITE,
                        OrderCreated.TYPE, OrderCreated.of(value)))
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> save(Versioned<Order> order) {
        return dapr.saveState(STORE, key(order.value().orderId()), order.etag(), order.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    private static String key(String orderId) {
        return "order-" + orderId;
    }
}
