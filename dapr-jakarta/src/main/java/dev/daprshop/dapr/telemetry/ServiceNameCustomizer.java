package dev.daprshop.dapr.telemetry;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;

/**
 * Registered through {@code META-INF/services}: Liberty's mpTelemetry builds the application's
 * OpenTelemetry SDK with the application's class loader, which finds this customizer and lets it
 * name every span after the WAR (its Dapr app id) that started it.
 */
public final class ServiceNameCustomizer implements AutoConfigurationCustomizerProvider {

    @Override
    public void customize(AutoConfigurationCustomizer customizer) {
        customizer.addTracerProviderCustomizer((tracerProvider, config) ->
                tracerProvider.addSpanProcessor(new ServiceNameSpanProcessor(ServiceNames::ofCurrentThread)));
        customizer.addSpanExporterCustomizer((exporter, config) -> new ServiceNameExporter(exporter));
    }
}
