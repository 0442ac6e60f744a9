package dev.daprshop.dapr.telemetry;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.logs.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One log line per business step of an order (accepted, stock held, paid, settled), sent through
 * the application's OpenTelemetry logs API with the current trace and span: the log store finds
 * it by the order's trace id. Not through java.util.logging: Liberty forwards a JUL record only
 * from a thread that runs for an application, and these steps mostly end on the Dapr SDK's threads.
 * Each line names its service ({@code service.name}, which the collector makes the line's resource).
 */
@ApplicationScoped
public class EventLog {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    DaprSidecar sidecar;

    private Logger logger;

    @PostConstruct
    void logger() {
        logger = openTelemetry.getLogsBridge().get("dev.daprshop.events");
    }

    public void info(String message) {
        logger.logRecordBuilder()
                .setSeverity(Severity.INFO)
                .setSeverityText("INFO")
                .setBody(message)
                .setAttribute(SERVICE_NAME, sidecar.appId())
                .emit();
    }
}
