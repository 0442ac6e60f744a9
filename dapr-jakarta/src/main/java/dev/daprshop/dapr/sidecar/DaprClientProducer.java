package dev.daprshop.dapr.sidecar;

import io.dapr.actors.client.ActorClient;
import io.dapr.client.DaprClient;
import io.dapr.client.DaprClientBuilder;
import io.dapr.client.DaprPreviewClient;
import io.dapr.client.resiliency.ResiliencyOptions;
import io.dapr.config.Properties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;

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
        return builder(sidecar).build();
    }

    /** The client of Dapr's alpha APIs (jobs), configured like {@link #daprClient}. */
    @Produces
    @ApplicationScoped
    DaprPreviewClient daprPreviewClient(DaprSidecar sidecar) {
        return builder(sidecar).buildPreviewClient();
    }

    private static DaprClientBuilder builder(DaprSidecar sidecar) {
        DaprClientBuilder builder = new DaprClientBuilder()
                .withPropertyOverride(Properties.SIDECAR_IP, sidecar.host())
                .withPropertyOverride(Properties.HTTP_PORT, String.valueOf(sidecar.httpPort()))
                .withPropertyOverride(Properties.GRPC_PORT, String.valueOf(sidecar.grpcPort()))
                // A call that found the sidecar unavailable is tried again (see SidecarChannelBuilder).
                .withResiliencyOptions(new ResiliencyOptions().setMaxRetries(3));
        sidecar.apiToken().ifPresent(token -> builder.withPropertyOverride(Properties.API_TOKEN, token));
        return builder;
    }

    /**
     * Client of actors (any app's) through this application's sidecar. A call the sidecar could not
     * take (gRPC UNAVAILABLE, e.g. a connection it just closed) is retried: this project's actor
     * methods are idempotent. Each call gives up after 10 s rather than hanging.
     */
    @Produces
    @ApplicationScoped
    ActorClient actorClient(DaprSidecar sidecar) {
        return new ActorClient(sidecar.sdkProperties(),
                new ResiliencyOptions().setTimeout(Duration.ofSeconds(10)).setMaxRetries(3));
    }

    void close(@Disposes ActorClient client) {
        client.close();
    }

    void close(@Disposes DaprClient client) throws Exception {
        client.close();
    }

    void close(@Disposes DaprPreviewClient client) throws Exception {
        client.close();
    }
}
