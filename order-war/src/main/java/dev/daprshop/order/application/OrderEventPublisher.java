package dev.daprshop.order.application;

import dev.daprshop.order.domain.OrderCancelled;
import dev.daprshop.order.domain.OrderCreated;
import java.util.concurrent.CompletionStage;

/** Tells payment-service about orders; it applies each event once, however often it hears of it. */
public interface OrderEventPublisher {

    /** The order waits for its payment. */
    CompletionStage<Void> announce(OrderCreated event);

    /** An announced order ended without being completed: what was paid is refunded. */
    CompletionStage<Void> cancelled(OrderCancelled event);
}
