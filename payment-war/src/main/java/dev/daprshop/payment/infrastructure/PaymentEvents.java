package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.pubsub.CloudEvents;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import dev.daprshop.payment.application.PaymentResultPublisher;
import dev.daprshop.payment.domain.Payment;
import dev.daprshop.payment.domain.PaymentResult;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** Publishes each payment's result on topic {@value #TOPIC}; its consumers apply it once, however often it arrives. */
@ApplicationScoped
public class PaymentEvents implements PaymentResultPublisher {

    static final String PUBSUB = "pubsub";
    static final String TOPIC = "payments";

    @Inject
    DaprClient dapr;

    @Override
    @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = PUBSUB, topic = TOPIC)
    public CompletionStage<Void> announce(Payment payment) {
        return dapr.publishEvent(PUBSUB, TOPIC, PaymentResult.of(payment), CloudEvents.ofType(PaymentResult.typeOf(payment)))
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }
}
