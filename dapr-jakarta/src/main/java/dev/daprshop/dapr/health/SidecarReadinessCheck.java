package dev.daprshop.dapr.health;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when this application's sidecar answers: without it the service can reach no state,
 * no topic and no other service. Uses daprd's outbound health, which turns healthy once the
 * sidecar has loaded its components, without waiting for this application.
 */
@Readiness
@ApplicationScoped
public class SidecarReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    DaprSidecar sidecar;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("dapr-sidecar")
                .withData("appId", sidecar.appId())
                .withData("httpPort", sidecar.httpPort());
        try {
            var request = HttpRequest.newBuilder(sidecar.httpEndpoint("/v1.0/healthz/outbound"))
                    .timeout(TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.status(status / 100 == 2).withData("status", status).build();
        } catch (IOException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
