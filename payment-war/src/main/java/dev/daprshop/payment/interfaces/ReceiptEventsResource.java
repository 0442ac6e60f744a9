package dev.daprshop.payment.interfaces;

import dev.daprshop.dapr.pubsub.CloudEvent;
import dev.daprshop.dapr.pubsub.Delivery;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.payment.application.ReceiptService;
import io.dapr.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/** Payment results (topic {@code payments}): an approved payment gets its receipt mailed, a refunded one a refund notice. */
@FromSidecar
@Path("/events/receipts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/cloudevents+json", MediaType.APPLICATION_JSON})
public class ReceiptEventsResource {

    private static final Logger LOG = Logger.getLogger(ReceiptEventsResource.class.getName());

    @Inject
    ReceiptService receipts;

    @POST
    @Topic(pubsubName = "pubsub", name = "payments", deadLetterTopic = "receipts-dead")
    public CompletionStage<Delivery> onPaymentResult(CloudEvent<PaymentResult> event) {
        PaymentResult result = event == null ? null : event.data();
        if (result == null || result.orderId() == null || result.status() == null) {
            return Delivery.unreadable(LOG, "payment result " + (event == null ? null : event.id()));
        }
        if (result.customerId() == null || result.amount() == null) {
            return CompletableFuture.completedStage(Delivery.SUCCESS);
        }
        return switch (result.status()) {
            case "APPROVED" -> Delivery.after(receipts.paymentApproved(event.id(), result.orderId(), result.customerId(),
                    result.amount()), LOG, "sending the receipt of order " + result.orderId());
            case "REFUNDED" -> Delivery.after(receipts.paymentRefunded(event.id(), result.orderId(), result.customerId(),
                    result.amount(), result.reason()), LOG, "sending the refund notice of order " + result.orderId());
            default -> CompletableFuture.completedStage(Delivery.SUCCESS);
        };
    }

    public record PaymentResult(String orderId, String customerId, BigDecimal amount, String status, String reason) {
    }
}
