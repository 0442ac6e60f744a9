package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** The Dapr secret store {@value #STORE}: a local file in local runs, Kubernetes secrets in a cluster. */
@ApplicationScoped
public class SecretStore {

    static final String STORE = "localsecretstore";

    @Inject
    DaprClient dapr;

    /** The secret's value; fails when the store does not hold it. Values are never logged or traced. */
    @DaprCall(api = DaprApi.SECRETS, operation = "get", component = STORE)
    public CompletionStage<String> get(String name) {
        return dapr.getSecret(STORE, name).contextWrite(TraceContext.reactor())
                .map(secret -> {
                    String value = secret.get(name);
                    if (value == null || value.isEmpty()) {
                        throw new IllegalStateException("secret " + name + " is missing in " + STORE);
                    }
                    return value;
                })
                .toFuture();
    }
}
