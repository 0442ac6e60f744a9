package dev.daprshop.payment.interfaces;

import dev.daprshop.dapr.pubsub.Delivery;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.payment.application.PaymentService;
import io.dapr.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * Created orders (topic {@code orders}), delivered by daprd as CloudEvents: each is paid once
 * however often it arrives; one that cannot be read goes to the dead-letter topic.
 */
@FromSidecar
@Path("/events/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
public class OrderEventsResource {

    private static final Logger LOG = Logger.getLogger(OrderEventsResource.class.getName());

    @Inject
    PaymentService payments;

    @POST
    @Topic(pubsubName = "pubsub", name = "orders", deadLetterTopic = "orders-dead")
    public CompletionStage<Delivery> onOrderCreated(OrderCreatedEvent event) {
        OrderCreated order = event == null ? null : event.data();
        if (order == null || order.orderId() == null || order.total() == null || order.total().signum() < 0) {
            return Delivery.unreadable(LOG, "order event " + (event == null ? null : event.id()));
        }
        return Delivery.after(payments.orderCreated(order.orderId(), order.customerId(), order.total()),
                LOG, "paying order " + order.orderId());
    }

    /** The CloudEvent envelope daprd delivers. */
    public record OrderCreatedEvent(String id, String type, OrderCreated data) {
    }

    /** The part of order-service's OrderCreated that payment needs. */
    public record OrderCreated(String orderId, String customerId, BigDecimal total) {
    }
}
