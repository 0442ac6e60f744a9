package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.pubsub.CloudEvents;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.order.domain.OrderCreated;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** Announces orders on topic {@value #TOPIC}; payment-service pays each once, however often it hears of it. */
@ApplicationScoped
public class OrderEvents {

    static final String PUBSUB = "pubsub";
    static final String TOPIC = "orders";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = PUBSUB, topic = TOPIC)
    public CompletionStage<Void> announce(OrderCreated event) {
        return dapr.publishEvent(PUBSUB, TOPIC, event, CloudEvents.ofType(OrderCreated.TYPE))
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }
}
