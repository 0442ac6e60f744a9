package dev.daprshop.payment.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.state.States;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.payment.application.Mailing;
import dev.daprshop.payment.domain.Payment;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Payments in the Dapr state store {@value #STORE}, each write checked against the ETag it read (first write wins). */
@ApplicationScoped
public class PaymentStore {

    static final String STORE = "paymentstore";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Payment>>> payment(String orderId) {
        return dapr.getState(STORE, key(orderId), Payment.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    /** Checked against the ETag it was read with: of two deliveries racing (a new payment, a refund), only one writes. */
    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> save(Versioned<Payment> payment) {
        return dapr.saveState(STORE, key(payment.value().orderId()), payment.etag(), payment.value(), FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Versioned<Mailing>>> mailing(String key) {
        return dapr.getState(STORE, key, Mailing.class)
                .contextWrite(TraceContext.reactor())
                .map(States::versioned)
                .toFuture();
    }

    /**
     * Checked against the ETag it read, so of two senders only one claims a mail. (Every write of
     * such a key needs its ETag: Dapr's Redis store refuses an unversioned write to a key created
     * by a first write.)
     */
    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> saveMailing(String key, Versioned<Mailing> claim) {
        return dapr.saveState(STORE, key, claim.etag(), claim.value(), FIRST_WRITE).contextWrite(TraceContext.reactor()).toFuture();
    }

    private static String key(String orderId) {
        return "payment-" + orderId;
    }
}
