package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.pubsub.CloudEvent;
import dev.daprshop.dapr.pubsub.Delivery;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.order.application.OrderService;
import io.dapr.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * payment-service's results (topic {@code payments}), delivered by daprd as CloudEvents. A result
 * is applied once however often it is delivered; one that cannot be read goes to the dead-letter
 * topic; a failure to apply it is retried (resiliency policy of the pub/sub component).
 */
@FromSidecar
@Path("/events/payments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
public class PaymentEventsResource {

    private static final Logger LOG = Logger.getLogger(PaymentEventsResource.class.getName());

    @Inject
    OrderService orders;

    @POST
    @Topic(pubsubName = "pubsub", name = "payments", deadLetterTopic = "payments-dead")
    public CompletionStage<Delivery> onPaymentResult(CloudEvent<PaymentResult> event) {
        if (event == null || event.data() == null || event.data().orderId() == null || event.data().status() == null) {
            return Delivery.unreadable(LOG, "payment result " + (event == null ? null : event.id()));
        }
        PaymentResult result = event.data();
        if (!"APPROVED".equals(result.status()) && !"DECLINED".equals(result.status())) {
            return CompletableFuture.completedStage(Delivery.SUCCESS); // a refund: the order has ended already
        }
        return Delivery.after(orders.paymentDecided(result.orderId(), "APPROVED".equals(result.status()), result.reason()),
                LOG, "applying the payment result of order " + result.orderId());
    }

    /** payment-service's decision on an order. */
    public record PaymentResult(String orderId, String status, String reason) {
    }
}
