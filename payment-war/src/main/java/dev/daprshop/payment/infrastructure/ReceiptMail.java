package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.async.Failures;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import dev.daprshop.payment.application.Mailer;
import dev.daprshop.payment.domain.Receipt;
import io.dapr.client.DaprClient;
import io.dapr.exceptions.DaprException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/** Mail through the Dapr output binding {@value #BINDING} (SMTP). */
@ApplicationScoped
public class ReceiptMail implements Mailer {

    static final String BINDING = "receipt-mail";

    @Inject
    DaprClient dapr;

    @Override
    @DaprCall(api = DaprApi.BINDING, operation = "create", component = BINDING)
    public CompletionStage<Void> send(Receipt mail) {
        return dapr.invokeBinding(BINDING, "create", mail.html().getBytes(StandardCharsets.UTF_8),
                        Map.of("emailTo", mail.to(), "subject", mail.subject()))
                .contextWrite(TraceContext.reactor())
                .then()
                .toFuture();
    }

    /** A send that timed out (here or at the sidecar) may have reached the SMTP server; one the binding refused did not. */
    @Override
    public boolean mayHaveGoneOut(Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        return cause instanceof TimeoutException
                || cause instanceof DaprException dapr && "DEADLINE_EXCEEDED".equals(dapr.getErrorCode());
    }
}
