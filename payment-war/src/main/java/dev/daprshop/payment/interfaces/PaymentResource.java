package dev.daprshop.payment.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.payment.application.PaymentService;
import dev.daprshop.payment.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** {@code GET /payments/{orderId}}. */
@Path("/payments/{orderId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService payments;

    @GET
    public CompletionStage<Payment> get(@PathParam("orderId") String orderId) {
        return payments.payment(orderId).thenApply(found -> found
                .orElseThrow(() -> ProblemException.notFound("no payment for order " + orderId)));
    }
}
