package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.tracing.TraceContext;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Mail through the Dapr output binding {@value #BINDING} (SMTP). */
@ApplicationScoped
public class ReceiptMail {

    static final String BINDING = "receipt-mail";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.BINDING, operation = "create", component = BINDING)
    public CompletionStage<Void> send(String to, String subject, String text) {
        return dapr.invokeBinding(BINDING, "create", text.getBytes(StandardCharsets.UTF_8), Map.of("emailTo", to, "subject", subject))
                .contextWrite(TraceContext.reactor())
                .then()
                .toFuture();
    }
}
