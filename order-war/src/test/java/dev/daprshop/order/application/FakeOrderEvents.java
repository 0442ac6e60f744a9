package dev.daprshop.order.application;

import dev.daprshop.order.domain.OrderCancelled;
import dev.daprshop.order.domain.OrderCreated;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The events that would have been published, in order. */
public final class FakeOrderEvents implements OrderEventPublisher {

    private final List<Object> published = new ArrayList<>();

    public List<Object> published() {
        return published;
    }

    @Override
    public CompletionStage<Void> announce(OrderCreated event) {
        published.add(event);
        return CompletableFuture.completedStage(null);
    }

    @Override
    public CompletionStage<Void> cancelled(OrderCancelled event) {
        published.add(event);
        return CompletableFuture.completedStage(null);
    }
}
