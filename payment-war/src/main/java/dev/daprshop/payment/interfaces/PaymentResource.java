package dev.daprshop.payment.interfaces;

import dev.daprshop.dapr.input.Ids;
import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.RequiresRole;
import dev.daprshop.payment.application.PaymentService;
import dev.daprshop.payment.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.concurrent.CompletionStage;

/** {@code GET /payments/{orderId}}: the public view of a payment; its authorization for admins. */
@Path("/payments/{orderId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService payments;

    @GET
    public CompletionStage<PaymentView> get(@PathParam("orderId") String orderId) {
        Ids.requireOrderId(orderId);
        return payments.payment(orderId).thenApply(found -> found.map(PaymentView::of)
                .orElseThrow(() -> ProblemException.notFound("no payment for order " + orderId)));
    }

    /** The gateway's authorization of an approved payment, for the shop's payment admins only. */
    @GET
    @Path("authorization")
    @RequiresRole("payment-admin")
    public CompletionStage<Authorization> authorization(@PathParam("orderId") String orderId) {
        Ids.requireOrderId(orderId);
        return payments.payment(orderId).thenApply(found -> found.filter(Payment::approved)
                .map(payment -> new Authorization(payment.orderId(), payment.authorization()))
                .orElseThrow(() -> ProblemException.notFound("no approved payment for order " + orderId)));
    }

    public record Authorization(String orderId, String authorization) {
    }

    /**
     * What anyone holding the order id may see: not the customer, and not the gateway's
     * authorization (an HMAC under the gateway key; it stays in payment-service's store).
     */
    public record PaymentView(String orderId, BigDecimal amount, Payment.Status status, String reason) {
        static PaymentView of(Payment payment) {
            return new PaymentView(payment.orderId(), payment.amount(), payment.status(), payment.reason());
        }
    }
}
