package dev.daprshop.payment.infrastructure;

import static dev.daprshop.dapr.state.States.FIRST_WRITE;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import dev.daprshop.payment.domain.Payment;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Payments in the Dapr state store {@value #STORE}, each written once (first write wins). */
@ApplicationScoped
public class PaymentStore {

    static final String STORE = "paymentstore";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Optional<Payment>> payment(String orderId) {
        return dapr.getState(STORE, key(orderId), Payment.class)
                .contextWrite(TraceContext.reactor())
                .map(state -> Optional.ofNullable(state.getValue()))
                .toFuture();
    }

    /** A new payment: of two deliveries of one order racing, only one writes it. */
    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> save(Payment payment) {
        return dapr.saveState(STORE, key(payment.orderId()), null, payment, FIRST_WRITE)
                .contextWrite(TraceContext.reactor())
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "get", component = STORE)
    public CompletionStage<Boolean> receiptSent(String orderId) {
        return dapr.getState(STORE, receiptKey(orderId), String.class)
                .contextWrite(TraceContext.reactor())
                .map(state -> state.getValue() != null)
                .toFuture();
    }

    @DaprCall(api = DaprApi.STATE, operation = "save", component = STORE)
    public CompletionStage<Void> markReceiptSent(String orderId) {
        return dapr.saveState(STORE, receiptKey(orderId), "sent").contextWrite(TraceContext.reactor()).toFuture();
    }

    private static String receiptKey(String orderId) {
        return "receipt-" + orderId;
    }

    private static String key(String orderId) {
        return "payment-" + orderId;
    }
}
