package dev.daprshop.dapr.sidecar;

import io.dapr.actors.client.ActorClient;
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
        return new DaprClientBuilder()
                .withPropertyOverride(Properties.SIDECAR_IP, sidecar.host())
                .withPropertyOverride(Properties.HTTP_PORT, String.valueOf(sidecar.httpPort()))
                .withPropertyOverride(Properties.GRPC_PORT, String.valueOf(sidecar.grpcPort()))
                .build();
    }

    /** Client of actors (any app's) through this application's sidecar. */
    @Produces
    @ApplicationScoped
    ActorClient actorClient(DaprSidecar sidecar) {
        return new ActorClient(sidecar.sdkProperties());
    }

    void close(@Disposes ActorClient client) {
        client.close();
    }

    void close(@Disposes DaprClient client) throws Exception {
        client.close();
    }
}
