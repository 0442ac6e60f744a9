package dev.daprshop.order.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.state.States;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.order.domain.Order;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Orders in the Dapr state store {@value #STORE}. A new order is a first write (two requests with
 * one Idempotency-Key cannot both create it); after that its workflow is the only writer, one step
 * at a time, each write checked against the ETag it read.
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
