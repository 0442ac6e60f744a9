package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.pubsub.CloudEvents;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import dev.daprshop.order.application.OrderEventPublisher;
import dev.daprshop.order.domain.OrderCancelled;
import dev.daprshop.order.domain.OrderCreated;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** Announces orders, and their cancellation, on topic {@value #TOPIC} of the pub/sub component {@value #PUBSUB}. */
@ApplicationScoped
public class OrderEvents implements OrderEventPublisher {

    static final String PUBSUB = "pubsub";
    static final String TOPIC = "orders";

    @Inject
    DaprClient dapr;

    @Override
    @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = PUBSUB, topic = TOPIC)
    public CompletionStage<Void> announce(OrderCreated event) {
        return publish(event, OrderCreated.TYPE);
    }

    @Override
    @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = PUBSUB, topic = TOPIC)
    public CompletionStage<Void> cancelled(OrderCancelled event) {
        return publish(event, OrderCancelled.TYPE);
    }

    private CompletionStage<Void> publish(Object event, String type) {
        return dapr.publishEvent(PUBSUB, TOPIC, event, CloudEvents.ofType(type))
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }
}
