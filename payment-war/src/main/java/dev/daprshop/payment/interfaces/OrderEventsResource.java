package dev.daprshop.payment.interfaces;

import dev.daprshop.dapr.pubsub.CloudEvent;
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
 * Orders (topic {@code orders}), delivered by daprd as CloudEvents: each created order is paid
 * once, each cancelled one refunded once, however often they arrive; an event that cannot be read
 * goes to the dead-letter topic.
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
    public CompletionStage<Delivery> onOrderEvent(CloudEvent<OrderEventData> event) {
        OrderEventData order = event == null ? null : event.data();
        if (order == null || order.orderId() == null) {
            return Delivery.unreadable(LOG, "order event " + (event == null ? null : event.id()));
        }
        if ("OrderCancelled".equals(event.type())) {
            return Delivery.after(payments.orderCancelled(order.orderId(), order.reason()), LOG, "refunding order " + order.orderId());
        }
        if (order.total() == null || order.total().signum() < 0) {
            return Delivery.unreadable(LOG, "order event " + event.id());
        }
        return Delivery.after(payments.orderCreated(order.orderId(), order.customerId(), order.total()),
                LOG, "paying order " + order.orderId());
    }

    /** The data of an OrderCreated or OrderCancelled event: the parts of OrderCreated (customer, total) and OrderCancelled (reason) that payment needs. */
    public record OrderEventData(String orderId, String customerId, BigDecimal total, String reason) {
    }
}
