package dev.daprshop.dapr.sidecar;

import io.dapr.client.DaprClient;
import io.dapr.client.DaprClientBuilder;
import io.dapr.config.Properties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * One Dapr SDK client per application, bound to this application's own sidecar. Its ports are
 * set explicitly from {@link DaprSidecar}, never from the process-wide {@code DAPR_*} variables
 * the SDK reads by default, which all three WARs of the one-server deployment would share.
 * The client keeps one gRPC channel open for the application's lifetime and is closed with it.
 */
@ApplicationScoped
public class DaprClientProducer {

    @Produces
    @ApplicationScoped
    DaprClient daprClient(DaprSidecar sidecar) {
        DaprClientBuilder builder = new DaprClientBuilder()
                .withPropertyOverride(Properties.SIDECAR_IP, sidecar.host())
                .withPropertyOverride(Properties.HTTP_PORT, String.valueOf(sidecar.httpPort()))
                .withPropertyOverride(Properties.GRPC_PORT, String.valueOf(sidecar.grpcPort()));
        sidecar.apiToken().ifPresent(token -> builder.withPropertyOverride(Properties.API_TOKEN, token));
        return builder.build();
    }

    void close(@Disposes DaprClient client) throws Exception {
        client.close();
    }
}
