package dev.daprshop.payment.infrastructure;

import dev.daprshop.payment.application.GatewayKeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** The payment gateway's key from the secret store, read once and kept in memory only. */
@ApplicationScoped
public class GatewayKey implements GatewayKeySource {

    static final String NAME = "payment-gateway-key";

    @Inject
    SecretStore secrets;

    private volatile CompletionStage<String> key;

    /** The key; a failed read is tried again on the next call. */
    @Override
    public CompletionStage<String> key() {
        CompletionStage<String> current = key;
        if (current == null || current.toCompletableFuture().isCompletedExceptionally()) {
            current = secrets.get(NAME);
            key = current;
        }
        return current;
    }
}
