package dev.daprshop.inventory.infrastructure;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import dev.daprshop.inventory.application.LowStockAlerts;
import dev.daprshop.inventory.domain.LowStockReport;
import io.dapr.client.DaprClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** {@link LowStockAlerts} as a message on topic {@value #TOPIC} for each stock report. */
@ApplicationScoped
public class ReportPublisher implements LowStockAlerts {

    static final String TOPIC = "low-stock";

    @Inject
    DaprClient dapr;

    @Override
    @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = "pubsub", topic = TOPIC)
    public CompletionStage<Void> publish(LowStockReport report) {
        return dapr.publishEvent("pubsub", TOPIC, report).contextWrite(TraceContext.reactor()).toFuture();
    }
}
